"""Find date expressions in a sentence and resolve them against a reference date.

Precision follows the expression: "on Wednesday" -> day, "in April" -> month,
"in 2020" -> year. Clock times ("2 a.m.") are never read as dates.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterator, Optional

from .parse import WEEKDAYS

_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]
_MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
               "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
MONTH = (r"(?P<month>January|February|March|April|May|June|July|August|September|October|"
         r"November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|"
         r"Oct\.?|Nov\.?|Dec\.?)")
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<year>(?:19|20)\d{2})"

PATTERNS = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("mdy", re.compile(rf"\b{MONTH}\s+{DAY}\b(?:,?\s+{YEAR}\b)?(?!\s*(?:a\.m|p\.m|am\b|pm\b|:))")),
    ("dmy", re.compile(rf"\b{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR}\b)?")),
    ("my", re.compile(rf"\b(?i:in|since|during|by|until|last|this|next|early|late|mid-|of|from)\s+"
                      rf"(?:early\s+|late\s+|mid-)?{MONTH}(?:\s+{YEAR})?\b")),
    ("my", re.compile(rf"\b{MONTH}\s+{YEAR}\b")),
    ("weekday", re.compile(r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                           r"(?:'s)?\b")),
    ("rel", re.compile(r"\b(?P<rel>yesterday|today|tonight|last night|this morning|"
                       r"(?:last|this|earlier this|past) (?:week|month|year)|"
                       r"(?P<n>\d+|one|two|three|four|five|six|ten) (?P<unit>days?|weeks?|months?|years?) ago)\b",
                       re.IGNORECASE)),
    ("year", re.compile(rf"\b(?i:in|since|during|of|by|until|from)\s+(?:early\s+|late\s+|mid-)?{YEAR}\b")),
]
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10}


@dataclass(frozen=True)
class DateMention:
    start: int  # character offsets inside the sentence
    end: int
    text: str
    kind: str


@dataclass(frozen=True)
class ResolvedDate:
    value: str  # YYYY-MM-DD, YYYY-MM or YYYY
    precision: str  # day | month | year


def find_dates(sentence: str) -> list[DateMention]:
    """Non-overlapping date expressions, earliest first."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(sentence):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if kind == "my" and m.group("month").lower().startswith("may") and \
                    not m.group(0)[0].isupper() and not m.groupdict().get("year"):
                if m.group(0).split()[0].lower() in ("by", "this"):
                    continue
            taken.append((m.start(), m.end()))
            found.append(DateMention(m.start(), m.end(), m.group(0), kind))
    return sorted(found, key=lambda d: d.start)


def _month_number(text: str) -> int:
    key = text.lower().rstrip(".")
    if key in _MONTHS:
        return _MONTHS.index(key) + 1
    return _MONTH_ABBR[key[:4] if key.startswith("sept") else key[:3]]


def _nearest_year(month: int, day: int, ref: date, prefer: str) -> int:
    """The year that puts (month, day) in the preferred direction from `ref`."""
    candidates = [ref.year - 1, ref.year, ref.year + 1]
    dates = [(y, _safe_date(y, month, day)) for y in candidates]
    if prefer == "past":
        past = [(y, d) for y, d in dates if d <= ref]
        return max(past, key=lambda x: x[1])[0]
    if prefer == "future":
        fut = [(y, d) for y, d in dates if d >= ref]
        return min(fut, key=lambda x: x[1])[0]
    return min(dates, key=lambda x: abs((x[1] - ref).days))[0]


def _safe_date(y: int, m: int, d: int) -> date:
    try:
        return date(y, m, d)
    except ValueError:
        return date(y, m, 28)


def _parse_explicit(text: str) -> Optional[date]:
    """Full dates go through dateparser (handles 'Sept. 18, 2023', '3 January 2020')."""
    import dateparser

    parsed = dateparser.parse(text, languages=["en"],
                              settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date() if parsed else None


def resolve_date(mention: DateMention, ref: Optional[date], prefer: str = "past"
                 ) -> Optional[ResolvedDate]:
    """Resolve one mention; `prefer` is past, future or nearest (for inferred references)."""
    m = next(p.match(mention.text) for k, p in PATTERNS if k == mention.kind and p.match(mention.text))
    g = m.groupdict()
    if mention.kind == "iso":
        return _day(_safe_date(int(g["year"]), int(g["mnum"]), int(g["day"])))
    if mention.kind in ("mdy", "dmy"):
        month, day = _month_number(g["month"]), int(g["day"])
        if not 1 <= day <= 31:
            return None
        if g.get("year"):
            explicit = _parse_explicit(mention.text) or _safe_date(int(g["year"]), month, day)
            return _day(explicit)
        if ref is None:
            return None
        return _day(_safe_date(_nearest_year(month, day, ref, prefer), month, day))
    if mention.kind == "my":
        month = _month_number(g["month"])
        if g.get("year"):
            return ResolvedDate(f"{g['year']}-{month:02d}", "month")
        if ref is None:
            return None
        year = _nearest_year(month, 15 if month != ref.month else ref.day, ref, prefer)
        return ResolvedDate(f"{year}-{month:02d}", "month")
    if mention.kind == "year":
        return ResolvedDate(g["year"], "year")
    if ref is None:
        return None
    if mention.kind == "weekday":
        delta = (ref.weekday() - WEEKDAYS.index(g["wd"].lower())) % 7
        if prefer == "future" and delta:
            return _day(ref + timedelta(days=7 - delta))
        return _day(ref - timedelta(days=delta))
    return _relative(g, ref)


def _relative(g: dict, ref: date) -> Optional[ResolvedDate]:
    rel = g["rel"].lower()
    if rel in ("today", "tonight", "this morning"):
        return _day(ref)
    if rel in ("yesterday", "last night"):
        return _day(ref - timedelta(days=1))
    if g.get("unit"):
        n = int(g["n"]) if g["n"].isdigit() else _NUMBERS[g["n"].lower()]
        unit = g["unit"].lower().rstrip("s")
        days = {"day": 1, "week": 7, "month": 30, "year": 365}[unit] * n
        value = ref - timedelta(days=days)
        return _day(value) if unit in ("day", "week") else ResolvedDate(value.strftime("%Y-%m"), "month")
    unit = rel.split()[-1]
    back = rel.startswith("last") or rel.startswith("past")
    if unit == "week":
        return _day(ref - timedelta(days=7 if back else 0))
    if unit == "month":
        first = ref.replace(day=1)
        value = (first - timedelta(days=1)) if back else ref
        return ResolvedDate(value.strftime("%Y-%m"), "month")
    return ResolvedDate(str(ref.year - 1 if back else ref.year), "year")


def _day(d: date) -> ResolvedDate:
    return ResolvedDate(d.isoformat(), "day")


def iter_resolved(sentence: str, ref: Optional[date], prefer: str = "past"
                  ) -> Iterator[tuple[DateMention, ResolvedDate]]:
    for mention in find_dates(sentence):
        resolved = resolve_date(mention, ref, prefer)
        if resolved is not None:
            yield mention, resolved
