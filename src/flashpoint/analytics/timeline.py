"""Key events in date order, one row per event however many documents report it."""
from __future__ import annotations

from typing import Optional

from .sql import actor_match, date_range

KEY_MIN_ABS_GOLDSTEIN = 3.0


def timeline(con, actor: Optional[str] = None, since: Optional[str] = None,
             until: Optional[str] = None, limit: int = 50,
             min_abs_goldstein: float = KEY_MIN_ABS_GOLDSTEIN) -> list[dict]:
    """Events with |Goldstein| >= the threshold (or threats, denials, accusations)."""
    where = ["day IS NOT NULL",
             "(abs(goldstein) >= ? OR cameo_root IN ('13', '11') OR cameo = '016')"]
    params: list = [min_abs_goldstein]
    if actor:
        where.append(f"({actor_match('source')} OR {actor_match('target')})")
        params += [actor, actor, actor, actor]
    dates, date_params = date_range(since, until)
    where += dates
    params += date_params
    sql = f"""
    SELECT min(date) AS date, min(day) AS day,
           coalesce(source_code, source_name, source_text) AS source,
           coalesce(target_code, target_name, target_text) AS target, cameo, status,
           count(DISTINCT doc_id) AS documents,
           string_agg(DISTINCT coalesce(attribution_text, ''), '; ') AS according_to,
           arg_max(sentence, confidence) AS sentence, arg_max(event_id, confidence) AS event_id
    FROM events WHERE {' AND '.join(where)}
    GROUP BY day, 3, 4, cameo, status
    ORDER BY day, source, cameo LIMIT ?"""
    cur = con.execute(sql, params + [limit])
    names = [c[0] for c in cur.description]
    rows = [dict(zip(names, r)) for r in cur.fetchall()]
    for r in rows:
        r["day"] = str(r["day"])
        r["according_to"] = "; ".join(p for p in (r["according_to"] or "").split("; ") if p) or None
    return rows
