"""Human-readable views: one event with its highlighted evidence, a database summary."""
from __future__ import annotations

from .coding.tables import cameo_table

BOLD, RED, BLUE, GREEN, RESET = "\033[1m", "\033[31m", "\033[34m", "\033[32m", "\033[0m"


def _mark(text: str, start: int, end: int, tag: str, color: bool, ansi: str) -> str:
    if color:
        return text[:start] + ansi + BOLD + text[start:end] + RESET + text[end:]
    return text[:start] + f"[{tag}:" + text[start:end] + "]" + text[end:]


def highlight(row: dict, color: bool) -> str:
    """The evidence sentence with source, target and the event word marked."""
    sentence = row["sentence"]
    base = row["span_start"]
    marks = []
    if row.get("trigger_start") is not None:
        marks.append((row["trigger_start"] - base, row["trigger_end"] - base, "EVENT", RED))
    for role, ansi in (("source", BLUE), ("target", GREEN)):
        text = row.get(f"{role}_text")
        if text:
            pos = sentence.find(text)
            if pos >= 0 and all(pos >= e or pos + len(text) <= s for s, e, *_ in marks):
                marks.append((pos, pos + len(text), role.upper(), ansi))
    for start, end, tag, ansi in sorted(marks, reverse=True):
        if 0 <= start < end <= len(sentence):
            sentence = _mark(sentence, start, end, tag, color, ansi)
    return sentence


def describe_event(row: dict, color: bool = False) -> str:
    name = cameo_table().get(row["cameo"])
    lines = [
        f"event      {row['event_id']}",
        f"code       {row['cameo']} {name.name if name else ''} "
        f"(PLOVER {row['plover']}, Goldstein {row['goldstein']}, quad {row['quad_class']})",
        f"status     {row['status']}   confidence {row['confidence']}",
        f"date       {row['date'] or '-'}   (published {row['doc_date'] or 'unknown'})",
        f"source     {row['source_code'] or '?'}  {row['source_name'] or row['source_text'] or '-'}",
        f"target     {row['target_code'] or '?'}  {row['target_name'] or row['target_text'] or '-'}",
    ]
    if row["attribution_text"]:
        anon = " (anonymous)" if row["attribution_anonymous"] else ""
        lines.append(f"according  {row['attribution_text']} [{row['attribution_code'] or '?'}]{anon}")
    if row["quote"]:
        lines.append(f"quote      “{row['quote']}”")
    if row["location_name"]:
        lines.append(f"location   {row['location_name']} ({row['location_country'] or '?'}) "
                     f"{row['lat'] or ''} {row['lon'] or ''}".rstrip())
    lines.append(f"document   {row['doc_id']}  {row.get('title') or ''}  {row.get('path') or ''}")
    lines.append(f"evidence   chars {row['span_start']}-{row['span_end']}")
    lines.append("")
    lines.append("  " + highlight(row, color))
    return "\n".join(lines)


def describe_summary(store, sample: int = 8) -> str:
    s = store.summary()
    out = [f"{s['documents']} documents ({s['duplicates']} duplicates), {s['events']} events",
           "by status: " + ", ".join(f"{k} {v}" for k, v in s["by_status"].items()),
           "by CAMEO root: " + ", ".join(f"{_root_name(r)} {n}" for r, n in s["by_root"]),
           "", "top dyads (source -> target: events, Goldstein sum):"]
    out += [f"  {src:>10} -> {tgt:<12} {n:3d}  {g:+.1f}" for src, tgt, n, g in s["top_dyads"]]
    out += ["", "sample events:"]
    events = store.events()
    events = sorted(events, key=lambda e: (-e["confidence"], e["event_id"]))[:sample]
    for e in events:
        src = (e["source"] or {}).get("code") or (e["source"] or {}).get("text") or "?"
        tgt = (e["target"] or {}).get("code") or (e["target"] or {}).get("text") or "-"
        name = cameo_table()[e["cameo"]].name
        out.append(f"  [{e['event_id']}] {e['date'] or '?'} {src} -> {tgt}: {e['cameo']} "
                   f"{name} ({e['status']})")
        out.append(f"      “{' '.join(e['sentence'].split())[:160]}”")
    return "\n".join(out)


def _root_name(root: str) -> str:
    entry = cameo_table().get(root + "0")
    return f"{root} {entry.name}" if entry else root
