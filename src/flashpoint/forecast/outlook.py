"""What comes next between two actors of a flashpoint database, with its evidence.

For every CAMEO root k, the intensity (events per day) expected between A and B is

    rate_k = Σ_{past events e of the dyad} W[root(e), k] · (1 - λ) · λ^(days since e)

with W[j, k] the share of a dyad's events of root j that are followed (within 30 days)
by an event of root k, counted over every dyad of the database (plain recurrency when
data are thin), and λ = 0.97 per day. The probability of at least one event of root k
in the next `horizon` days is 1 - exp(-rate_k · horizon). The events that contribute
most to a root's rate are returned as its drivers.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Optional

import numpy as np

ROOTS = [f"{i:02d}" for i in range(1, 21)]
DECAY = 0.97
WINDOW = 30


def _events(con, until: Optional[str]) -> list[tuple]:
    where = "day IS NOT NULL AND source_code IS NOT NULL AND target_code IS NOT NULL"
    params: list = []
    if until:
        where += " AND day <= CAST(? AS DATE)"
        params.append(until)
    return con.execute(f"SELECT substr(source_code, 1, 3), substr(target_code, 1, 3), "
                       f"cameo_root, day, event_id, cameo, sentence FROM events WHERE {where} "
                       f"ORDER BY day", params).fetchall()


def root_transitions(rows: list[tuple]) -> np.ndarray:
    """W[j, k] over CAMEO roots, learned from every (undirected) dyad's sequence."""
    index = {r: i for i, r in enumerate(ROOTS)}
    counts = np.eye(len(ROOTS)) * 2.0  # recurrency prior
    by_dyad: dict[tuple, list] = defaultdict(list)
    for s, t, root, day, *_ in rows:
        if root in index:
            by_dyad[tuple(sorted((s, t)))].append((day, index[root]))
    for seq in by_dyad.values():
        for i, (day, j) in enumerate(seq):
            for later, k in seq[i + 1:]:
                if (later - day).days > WINDOW:
                    break
                if later > day:
                    counts[j, k] += 1
    return counts / counts.sum(axis=1, keepdims=True)


def dyad_outlook(con, a: str, b: str, horizon: int = 30, until: Optional[str] = None,
                 drivers: int = 3) -> list[dict]:
    """One row per root with its probability in the next `horizon` days and its drivers."""
    from ..coding.tables import cameo_table

    rows = _events(con, until)
    if not rows:
        return []
    weights = root_transitions(rows)
    end = until and date.fromisoformat(until) or max(r[3] for r in rows)
    a3, b3 = a.upper()[:3], b.upper()[:3]
    dyad = [r for r in rows if {r[0], r[1]} == {a3, b3} and r[0] != r[1]]
    index = {r: i for i, r in enumerate(ROOTS)}
    contrib = np.zeros((len(dyad), len(ROOTS)))
    for n, (_, _, root, day, *_rest) in enumerate(dyad):
        if root in index:
            contrib[n] = weights[index[root]] * (1 - DECAY) * DECAY ** max((end - day).days, 0)
    rates = contrib.sum(axis=0)
    names = cameo_table()
    out = []
    for k, root in enumerate(ROOTS):
        top = np.argsort(-contrib[:, k])[:drivers] if len(dyad) else []
        out.append({
            "root": root, "name": names[root + "0"].name if root + "0" in names else root,
            "probability": round(float(1 - np.exp(-rates[k] * horizon)), 4),
            "rate_per_day": round(float(rates[k]), 5),
            "drivers": [{"event_id": dyad[i][4], "date": str(dyad[i][3]), "cameo": dyad[i][5],
                         "source": dyad[i][0], "target": dyad[i][1], "sentence": dyad[i][6]}
                        for i in top if contrib[i, k] > 0],
        })
    return sorted(out, key=lambda r: -r["probability"])
