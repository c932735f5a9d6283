"""Which dyads escalated most in the last window compared with their own baseline.

For every (undirected) dyad: conflict intensity in the last `window` days (ending at
`until`, default the latest event day) against the `baseline` windows before it.
z = (recent - baseline mean) / (baseline standard deviation + 1), with windows
without events counted as zero. A dyad is flagged (`alert`) when z >= `z_alert` and it
had at least `min_events` events in the recent window: a change in level that a
quiet or steadily hostile dyad does not produce.
"""
from __future__ import annotations

from typing import Optional

from .sql import CONFLICT, COOPERATION, node


def escalation_ranking(con, top: int = 10, window: int = 30, baseline: int = 6,
                       until: Optional[str] = None, z_alert: float = 3.0,
                       min_events: int = 3, explain: int = 3) -> list[dict]:
    end = until or con.execute("SELECT max(day) FROM events").fetchone()[0]
    if end is None:
        return []
    sql = f"""
    WITH ev AS (
        SELECT least({node('source')}, {node('target')}) AS actor_a,
               greatest({node('source')}, {node('target')}) AS actor_b,
               CAST(floor(date_diff('day', day, CAST(? AS DATE)) / ?) AS INTEGER) AS bin,
               {CONFLICT} AS conflict, {COOPERATION} AS cooperation
        FROM events
        WHERE day <= CAST(? AS DATE) AND day > CAST(? AS DATE) - INTERVAL (? * (? + 1)) DAY
          AND source_text IS NOT NULL AND target_text IS NOT NULL),
    dyads AS (
        SELECT actor_a, actor_b,
               count(*) FILTER (WHERE bin = 0) AS recent_events,
               coalesce(sum(conflict) FILTER (WHERE bin = 0), 0) AS recent_conflict,
               coalesce(sum(cooperation) FILTER (WHERE bin = 0), 0) AS recent_cooperation,
               count(*) FILTER (WHERE bin > 0) AS baseline_events,
               coalesce(sum(conflict) FILTER (WHERE bin > 0), 0) AS base_sum
        FROM ev WHERE actor_a <> actor_b GROUP BY 1, 2),
    per_bin AS (
        SELECT actor_a, actor_b, bin, sum(conflict) AS c FROM ev
        WHERE bin > 0 AND actor_a <> actor_b GROUP BY ALL),
    spread AS (
        SELECT actor_a, actor_b, sum(c * c) AS base_sq FROM per_bin GROUP BY 1, 2)
    SELECT d.actor_a, d.actor_b, recent_events, round(recent_conflict, 2) AS recent_conflict,
           round(recent_cooperation, 2) AS recent_cooperation, baseline_events,
           round(base_sum / ?, 3) AS baseline_mean,
           round(sqrt(greatest(coalesce(base_sq, 0) / ? - pow(base_sum / ?, 2), 0)), 3) AS baseline_std,
           round((recent_conflict - base_sum / ?) /
                 (sqrt(greatest(coalesce(base_sq, 0) / ? - pow(base_sum / ?, 2), 0)) + 1), 3) AS z
    FROM dyads d LEFT JOIN spread USING (actor_a, actor_b)
    WHERE recent_events > 0
    ORDER BY z DESC, recent_conflict DESC, d.actor_a, d.actor_b
    LIMIT ?"""
    k = float(baseline)
    params = [end, window, end, end, window, baseline, k, k, k, k, k, k, top]
    cur = con.execute(sql, params)
    names = [c[0] for c in cur.description]
    rows = [dict(zip(names, r)) for r in cur.fetchall()]
    for r in rows:
        r["alert"] = bool(r["z"] >= z_alert and r["recent_events"] >= min_events)
        r["window_end"] = str(end)[:10]
        r["events"] = _explaining_events(con, r["actor_a"], r["actor_b"], end, window, explain)
    return rows


def _explaining_events(con, a: str, b: str, end, window: int, n: int) -> list[dict]:
    sql = f"""
    SELECT event_id, date, source_code, target_code, cameo, goldstein, status, sentence
    FROM events
    WHERE least({node('source')}, {node('target')}) = ? AND greatest({node('source')}, {node('target')}) = ?
      AND day <= CAST(? AS DATE) AND day > CAST(? AS DATE) - INTERVAL (?) DAY
    ORDER BY goldstein, confidence DESC, event_id LIMIT ?"""
    cur = con.execute(sql, [a, b, end, end, window, n])
    names = [c[0] for c in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]
