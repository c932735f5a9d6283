"""Time series of the events between two actors, in both directions.

Escalation index of a period: the net conflict intensity of the period
(conflict intensity minus cooperation, see sql.py) minus its mean over the previous
`baseline` periods, divided by their standard deviation plus one. 0 means business
as usual for this dyad; 2 or more means clearly more hostile than its recent past.
Periods without events count as zero, so quiet stretches lower the baseline.
"""
from __future__ import annotations

from typing import Optional

from .sql import CONFLICT, COOPERATION, actor_match, date_range, freq_unit

DEFAULT_BASELINE = 6


def _dyad_where(since: Optional[str], until: Optional[str]) -> tuple[str, list]:
    where = (f"(({actor_match('source')} AND {actor_match('target')}) OR "
             f"({actor_match('source')} AND {actor_match('target')})) AND day IS NOT NULL")
    dates, extra = date_range(since, until)
    return " AND ".join([where] + dates), extra


def _params(a: str, b: str) -> list:
    return [a, a, b, b, b, b, a, a]


def dyad_series(con, a: str, b: str, since: Optional[str] = None, until: Optional[str] = None,
                freq: str = "month", baseline: int = DEFAULT_BASELINE) -> list[dict]:
    """One row per period (empty periods included) with counts, Goldstein and the index."""
    unit = freq_unit(freq)
    where, extra = _dyad_where(since, until)
    sql = f"""
    WITH ev AS (
        SELECT *, {actor_match('source')} AS a_to_b FROM events WHERE {where}),
    per AS (
        SELECT date_trunc('{unit}', day) AS period, count(*) AS events,
               count(*) FILTER (WHERE a_to_b) AS a_to_b, count(*) FILTER (WHERE NOT a_to_b) AS b_to_a,
               count(*) FILTER (WHERE quad_class = 1) AS verbal_coop,
               count(*) FILTER (WHERE quad_class = 2) AS material_coop,
               count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
               count(*) FILTER (WHERE quad_class = 4) AS material_conflict,
               sum(goldstein) AS goldstein_sum, avg(goldstein) AS goldstein_mean,
               sum({CONFLICT}) AS conflict, sum({COOPERATION}) AS cooperation
        FROM ev GROUP BY 1),
    span AS (SELECT min(period) AS lo, max(period) AS hi FROM per),
    grid AS (SELECT unnest(generate_series(lo, hi, INTERVAL 1 {unit})) AS period FROM span),
    full_series AS (
        SELECT g.period, coalesce(events, 0) AS events, coalesce(a_to_b, 0) AS a_to_b,
               coalesce(b_to_a, 0) AS b_to_a, coalesce(verbal_coop, 0) AS verbal_coop,
               coalesce(material_coop, 0) AS material_coop,
               coalesce(verbal_conflict, 0) AS verbal_conflict,
               coalesce(material_conflict, 0) AS material_conflict,
               coalesce(goldstein_sum, 0) AS goldstein_sum, goldstein_mean,
               coalesce(conflict, 0) - coalesce(cooperation, 0) AS net_conflict
        FROM grid g LEFT JOIN per USING (period))
    SELECT *,
        avg(net_conflict) OVER w AS baseline_mean,
        coalesce(stddev_pop(net_conflict) OVER w, 0) AS baseline_std,
        round((net_conflict - coalesce(avg(net_conflict) OVER w, 0))
              / (coalesce(stddev_pop(net_conflict) OVER w, 0) + 1), 3) AS escalation_index
    FROM full_series
    WINDOW w AS (ORDER BY period ROWS BETWEEN {int(baseline)} PRECEDING AND 1 PRECEDING)
    ORDER BY period"""
    cur = con.execute(sql, [a, a] + _params(a, b) + extra)
    names = [c[0] for c in cur.description]
    rows = [dict(zip(names, r)) for r in cur.fetchall()]
    for r in rows:
        r["period"] = str(r["period"])[:10]
        r["goldstein_sum"] = round(r["goldstein_sum"], 2)
        if r["goldstein_mean"] is not None:
            r["goldstein_mean"] = round(r["goldstein_mean"], 2)
        r["net_conflict"] = round(r["net_conflict"], 2)
    return rows


def dyad_top_events(con, a: str, b: str, since: Optional[str] = None,
                    until: Optional[str] = None, freq: str = "month", per_period: int = 3
                    ) -> list[dict]:
    """The strongest events (largest |Goldstein|) of each period, with their evidence."""
    unit = freq_unit(freq)
    where, extra = _dyad_where(since, until)
    sql = f"""
    SELECT period, event_id, date, source_code, target_code, cameo, goldstein, status, sentence
    FROM (SELECT date_trunc('{unit}', day) AS period, *,
                 row_number() OVER (PARTITION BY date_trunc('{unit}', day)
                                    ORDER BY abs(goldstein) DESC, confidence DESC, event_id) AS rk
          FROM events WHERE {where})
    WHERE rk <= ? ORDER BY period, rk"""
    cur = con.execute(sql, _params(a, b) + extra + [per_period])
    names = [c[0] for c in cur.description]
    rows = [dict(zip(names, r)) for r in cur.fetchall()]
    for r in rows:
        r["period"] = str(r["period"])[:10]
    return rows
