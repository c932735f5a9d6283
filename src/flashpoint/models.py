"""Plain data records shared by every layer (no dependencies)."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Optional


@dataclass(frozen=True)
class Article:
    """One input document, as read from a file or a JSONL record."""

    doc_id: str
    text: str
    title: Optional[str] = None
    date: Optional[str] = None  # publication date, YYYY-MM-DD
    url: Optional[str] = None
    source: Optional[str] = None  # publisher
    path: Optional[str] = None  # file it came from
    body_offset: int = 0  # where the body starts inside `text` (after title/date lines)
    title_span: Optional[tuple[int, int]] = None  # the title's offsets inside `text`
    warnings: tuple[str, ...] = ()  # input problems that were repaired, one line each


@dataclass(frozen=True)
class Actor:
    """A resolved (or unresolved) actor mention."""

    code: Optional[str]  # CAMEO-style code, e.g. IRNGOV; None when unknown
    country: Optional[str]  # ISO 3166 alpha-3
    name: Optional[str]  # canonical name
    text: str  # as written
    sector: Optional[str] = None  # GOV, MIL, REB, ...

    def to_dict(self) -> dict:
        return {"code": self.code, "country": self.country, "name": self.name,
                "text": self.text, "sector": self.sector}


@dataclass(frozen=True)
class Attribution:
    text: str
    code: Optional[str]
    anonymous: bool

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Location:
    name: str
    country: Optional[str]
    lat: Optional[float]
    lon: Optional[float]

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Event:
    """One coded event with its evidence; `to_dict` gives the export format."""

    event_id: str
    doc_id: str
    doc_date: Optional[str]
    date: Optional[str]
    source: Optional[Actor]
    target: Optional[Actor]
    cameo: str
    cameo_root: str
    plover: str
    plover_mode: Optional[str]
    goldstein: float
    quad_class: int
    status: str
    attribution: Optional[Attribution]
    quote: Optional[str]
    location: Optional[Location]
    sentence: str
    span: tuple[int, int]
    confidence: float
    trigger: Optional[tuple[int, int]] = field(default=None, compare=False)

    def to_dict(self) -> dict:
        return {
            "event_id": self.event_id, "doc_id": self.doc_id, "doc_date": self.doc_date,
            "date": self.date,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "cameo": self.cameo, "cameo_root": self.cameo_root, "plover": self.plover,
            "plover_mode": self.plover_mode, "goldstein": self.goldstein,
            "quad_class": self.quad_class, "status": self.status,
            "attribution": self.attribution.to_dict() if self.attribution else None,
            "quote": self.quote,
            "location": self.location.to_dict() if self.location else None,
            "sentence": self.sentence, "span": list(self.span),
            "confidence": self.confidence,
        }


EXPORT_FIELDS = (
    "event_id", "doc_id", "doc_date", "date", "source", "target", "cameo", "cameo_root",
    "plover", "plover_mode", "goldstein", "quad_class", "status", "attribution", "quote",
    "location", "sentence", "span", "confidence",
)

STATUSES = ("asserted", "reported", "alleged", "negated", "hypothetical", "planned")
