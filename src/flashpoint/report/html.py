"""The self-contained HTML report: inline CSS, charts as data URIs, every text escaped."""
from __future__ import annotations

import base64
from html import escape
from pathlib import Path
from typing import Optional

from ..analytics import actor_network, dyad_series, escalation_ranking, timeline
from .charts import dyad_chart, escalation_chart, network_chart, timeline_chart

STYLE = """body{font-family:sans-serif;margin:2em auto;max-width:1000px;color:#222}
h1{font-size:1.6em}h2{border-bottom:1px solid #ccc;padding-bottom:.2em}
table{border-collapse:collapse;width:100%;font-size:.85em}
td,th{border:1px solid #ddd;padding:4px;vertical-align:top;text-align:left}
th{background:#f4f6f7}.alert{color:#c0392b;font-weight:bold}img{max-width:100%}"""


def _img(png: bytes, alt: str) -> str:
    data = base64.b64encode(png).decode("ascii")
    return f'<img class="chart" alt="{escape(alt)}" src="data:image/png;base64,{data}">'


def _table(rows: list[dict], columns: list[str]) -> str:
    head = "".join(f"<th>{escape(c)}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape('' if r.get(c) is None else str(r.get(c)))}</td>"
                         for c in columns) + "</tr>" for r in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def build_report(con, out: str, png_dir: Optional[str] = None,
                 dyad: Optional[tuple[str, str]] = None, since: Optional[str] = None,
                 until: Optional[str] = None, freq: str = "month") -> dict:
    """Write the report; return the charts' names and where they were written."""
    ranking = escalation_ranking(con, top=10, until=until)
    if dyad is None:
        dyad = (ranking[0]["actor_a"], ranking[0]["actor_b"]) if ranking else ("", "")
    series = dyad_series(con, dyad[0], dyad[1], since, until, freq) if dyad[0] else []
    network = actor_network(con, since, until)
    events = timeline(con, since=since, until=until, limit=100)
    charts = {
        "dyad": dyad_chart(series, *dyad),
        "escalation": escalation_chart(ranking),
        "network": network_chart(network),
        "timeline": timeline_chart(events),
    }
    for r in ranking:
        r["flag"] = "ALERT" if r["alert"] else ""
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>flashpoint report</title>
<style>{STYLE}</style></head><body>
<h1>flashpoint report</h1>
<h2>Dyad {escape(dyad[0])} – {escape(dyad[1])}</h2>
{_img(charts['dyad'], 'dyad chart')}
{_table(series, ['period', 'events', 'a_to_b', 'b_to_a', 'material_conflict', 'verbal_conflict',
                 'verbal_coop', 'material_coop', 'goldstein_sum', 'escalation_index'])}
<h2>Escalation ranking</h2>
{_img(charts['escalation'], 'escalation chart')}
{_table(ranking, ['actor_a', 'actor_b', 'recent_events', 'recent_conflict', 'baseline_mean',
                  'baseline_std', 'z', 'flag'])}
<h2>Actor network</h2>
{_img(charts['network'], 'network chart')}
{_table(network['edges'], ['a', 'b', 'events', 'cooperation', 'conflict', 'backing', 'tie'])}
<h2>Timeline</h2>
{_img(charts['timeline'], 'timeline chart')}
{_table(events, ['day', 'source', 'target', 'cameo', 'status', 'documents', 'according_to',
                 'sentence'])}
</body></html>"""
    Path(out).write_text(html, encoding="utf-8")
    written = {}
    if png_dir:
        Path(png_dir).mkdir(parents=True, exist_ok=True)
        for name, png in charts.items():
            path = Path(png_dir) / f"{name}.png"
            path.write_bytes(png)
            written[name] = str(path)
    return {"out": out, "charts": sorted(charts), "png": written}
