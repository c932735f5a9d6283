"""Render events as JSONL, CSV or a terminal table (used by the CLI)."""
from __future__ import annotations

import csv
import io
import json
from typing import Iterable, TextIO

from .models import EXPORT_FIELDS

CSV_COLUMNS = (
    "event_id", "doc_id", "doc_date", "date",
    "source_code", "source_country", "source_name", "source_text", "source_sector",
    "target_code", "target_country", "target_name", "target_text", "target_sector",
    "cameo", "cameo_root", "plover", "plover_mode", "goldstein", "quad_class", "status",
    "attribution_text", "attribution_code", "attribution_anonymous", "quote",
    "location_name", "location_country", "location_lat", "location_lon",
    "sentence", "span_start", "span_end", "confidence",
)


def flatten(event: dict) -> dict:
    """Nested export record -> one flat row for CSV."""
    row = {}
    for key in EXPORT_FIELDS:
        value = event.get(key)
        if key in ("source", "target", "attribution", "location"):
            for sub, v in (value or {}).items():
                row[f"{key}_{sub}"] = v
        elif key == "span":
            row["span_start"], row["span_end"] = value
        else:
            row[key] = value
    return row


def write_jsonl(events: Iterable[dict], out: TextIO) -> int:
    n = 0
    for e in events:
        out.write(json.dumps(e, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(events: Iterable[dict], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    n = 0
    for e in events:
        writer.writerow(flatten(e))
        n += 1
    return n


def actor_label(actor: dict | None) -> str:
    if not actor:
        return "-"
    return actor.get("code") or f"?{actor.get('text', '')[:18]}"


def write_table(events: Iterable[dict], out: TextIO, width: int = 60) -> int:
    out.write(f"{'event_id':16}  {'date':10}  {'source':12}  {'target':12}  {'cameo':5}  "
              f"{'status':12}  sentence\n")
    n = 0
    for e in events:
        sentence = " ".join(e["sentence"].split())
        if len(sentence) > width:
            sentence = sentence[:width - 1] + "…"
        out.write(f"{e['event_id']:16}  {e['date'] or '-':10}  {actor_label(e['source'])[:12]:12}"
                  f"  {actor_label(e['target'])[:12]:12}  {e['cameo']:5}  {e['status']:12}  "
                  f"{sentence}\n")
        n += 1
    return n


def write_rows_table(rows: list[dict], out: TextIO) -> None:
    """Generic aligned table for small result sets (actors, summaries)."""
    if not rows:
        out.write("(none)\n")
        return
    cols = list(rows[0])
    widths = {c: max(len(c), *(len(str(r[c] if r[c] is not None else "-")) for r in rows))
              for c in cols}
    out.write("  ".join(c.ljust(widths[c]) for c in cols).rstrip() + "\n")
    for r in rows:
        out.write("  ".join(str(r[c] if r[c] is not None else "-").ljust(widths[c])
                            for c in cols).rstrip() + "\n")


WRITERS = {"jsonl": write_jsonl, "csv": write_csv, "table": write_table}


def render(events: Iterable[dict], fmt: str) -> str:
    buf = io.StringIO()
    WRITERS[fmt](events, buf)
    return buf.getvalue()
