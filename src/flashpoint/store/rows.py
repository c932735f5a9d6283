"""Conversion between `Event` records and flat table rows."""
from __future__ import annotations

from typing import Optional

from ..models import Actor, Attribution, Event, Location

EVENT_COLUMNS = (
    "event_id", "doc_id", "doc_date", "date", "day",
    "source_code", "source_country", "source_name", "source_text", "source_sector",
    "target_code", "target_country", "target_name", "target_text", "target_sector",
    "cameo", "cameo_root", "plover", "plover_mode", "goldstein", "quad_class", "status",
    "attribution_text", "attribution_code", "attribution_anonymous", "quote",
    "location_name", "location_country", "lat", "lon", "sentence",
    "span_start", "span_end", "trigger_start", "trigger_end", "confidence",
)


def _actor_cols(a: Optional[Actor]) -> list:
    return [a.code, a.country, a.name, a.text, a.sector] if a else [None] * 5


def first_day(value: Optional[str]) -> Optional[str]:
    """'2024-04' -> '2024-04-01' so that partial dates sort and filter."""
    if not value:
        return None
    parts = value.split("-")
    return "-".join(parts + ["01"] * (3 - len(parts)))


def event_row(e: Event) -> tuple:
    att = e.attribution
    loc = e.location
    trig = e.trigger or (None, None)
    return tuple([e.event_id, e.doc_id, e.doc_date, e.date, first_day(e.date)]
                 + _actor_cols(e.source) + _actor_cols(e.target)
                 + [e.cameo, e.cameo_root, e.plover, e.plover_mode, e.goldstein, e.quad_class,
                    e.status, att.text if att else None, att.code if att else None,
                    att.anonymous if att else None, e.quote,
                    loc.name if loc else None, loc.country if loc else None,
                    loc.lat if loc else None, loc.lon if loc else None,
                    e.sentence, e.span[0], e.span[1], trig[0], trig[1], e.confidence])


def _actor(row: dict, prefix: str) -> Optional[dict]:
    if row[f"{prefix}_text"] is None:
        return None
    return {k: row[f"{prefix}_{k}"] for k in ("code", "country", "name", "text", "sector")}


def export_dict(row: dict) -> dict:
    """A stored row in the export format of DESIGN.md."""
    att = None
    if row["attribution_text"] is not None:
        att = Attribution(row["attribution_text"], row["attribution_code"],
                          bool(row["attribution_anonymous"])).to_dict()
    loc = None
    if row["location_name"] is not None:
        loc = Location(row["location_name"], row["location_country"], row["lat"],
                       row["lon"]).to_dict()
    return {
        "event_id": row["event_id"], "doc_id": row["doc_id"],
        "doc_date": str(row["doc_date"]) if row["doc_date"] else None, "date": row["date"],
        "source": _actor(row, "source"), "target": _actor(row, "target"),
        "cameo": row["cameo"], "cameo_root": row["cameo_root"], "plover": row["plover"],
        "plover_mode": row["plover_mode"], "goldstein": row["goldstein"],
        "quad_class": row["quad_class"], "status": row["status"], "attribution": att,
        "quote": row["quote"], "location": loc, "sentence": row["sentence"],
        "span": [row["span_start"], row["span_end"]], "confidence": row["confidence"],
    }
