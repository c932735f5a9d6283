"""The actor graph: cooperation, conflict and backing ties, and communities.

States are one node each (IRNGOV, IRNMIL -> IRN); groups keep their own code. A tie's
`affinity` = cooperative events + 2 x backing events (PLOVER AID/SUPPORT) - conflict
events. Communities come from weighted label propagation over ties with positive
affinity (deterministic: ties broken by the smaller label), so alliances such as an
"axis" emerge from who backs and cooperates with whom, not from a list.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Optional

from .sql import date_range, node


def actor_network(con, since: Optional[str] = None, until: Optional[str] = None,
                  min_events: int = 1) -> dict:
    where, params = date_range(since, until)
    where += ["source_text IS NOT NULL", "target_text IS NOT NULL"]
    sql = f"""
    WITH ev AS (SELECT {node('source')} AS s, {node('target')} AS t, quad_class, plover,
                       cameo_root, goldstein FROM events WHERE {' AND '.join(where)})
    SELECT least(s, t) AS a, greatest(s, t) AS b, count(*) AS events,
           count(*) FILTER (WHERE quad_class <= 2) AS cooperation,
           count(*) FILTER (WHERE quad_class >= 3) AS conflict,
           count(*) FILTER (WHERE plover IN ('AID', 'SUPPORT') OR cameo_root IN ('05', '07'))
               AS backing,
           round(sum(goldstein), 2) AS goldstein
    FROM ev WHERE s IS NOT NULL AND t IS NOT NULL AND s <> t
    GROUP BY 1, 2 HAVING count(*) >= ? ORDER BY events DESC, a, b"""
    cur = con.execute(sql, params + [min_events])
    names = [c[0] for c in cur.description]
    edges = [dict(zip(names, r)) for r in cur.fetchall()]
    for e in edges:
        e["affinity"] = e["cooperation"] + 2 * e["backing"] - e["conflict"]
        e["tie"] = "alliance" if e["affinity"] > 0 and e["backing"] else \
            "cooperation" if e["affinity"] > 0 else "conflict" if e["affinity"] < 0 else "mixed"
    nodes = _nodes(edges)
    communities = label_propagation(nodes, edges)
    for n in nodes:
        n["community"] = communities[n["id"]]
    return {"nodes": nodes, "edges": edges}


def _nodes(edges: list[dict]) -> list[dict]:
    degree: dict[str, int] = defaultdict(int)
    events: dict[str, int] = defaultdict(int)
    for e in edges:
        for end in (e["a"], e["b"]):
            degree[end] += 1
            events[end] += e["events"]
    return [{"id": k, "degree": degree[k], "events": events[k]} for k in sorted(degree)]


def label_propagation(nodes: list[dict], edges: list[dict], rounds: int = 20) -> dict[str, str]:
    """Each node takes the label with the largest positive affinity among its neighbours."""
    labels = {n["id"]: n["id"] for n in nodes}
    neighbours: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for e in edges:
        if e["affinity"] > 0:
            neighbours[e["a"]].append((e["b"], e["affinity"]))
            neighbours[e["b"]].append((e["a"], e["affinity"]))
    for _ in range(rounds):
        changed = False
        for node_id in sorted(labels):
            scores: dict[str, int] = defaultdict(int)
            for other, weight in neighbours[node_id]:
                scores[labels[other]] += weight
            if not scores:
                continue
            best = max(sorted(scores), key=lambda lab: scores[lab])
            if scores[best] > scores.get(labels[node_id], 0) and best != labels[node_id]:
                labels[node_id] = best
                changed = True
        if not changed:
            break
    return labels
