"""Time-aware filtered ranking, ties counted as the mean rank (never optimistic)."""
from __future__ import annotations

from collections import defaultdict

import numpy as np


def time_filter(all_quads: np.ndarray) -> dict[tuple[int, int, int], set[int]]:
    """(s, r, t) -> objects true at t (quads must already include inverses)."""
    answers: dict[tuple[int, int, int], set[int]] = defaultdict(set)
    for s, r, o, t in all_quads.tolist():
        answers[(s, r, t)].add(o)
    return answers


def rank_of(scores: np.ndarray, answer: int, filtered: set[int] | None = None) -> float:
    """1-based rank of `answer`; other true answers at the same time are removed;
    entities with the same score share the mean of their ranks."""
    target = scores[answer]
    higher = scores > target
    equal = scores == target
    if filtered:
        others = [e for e in filtered if e != answer]
        if others:
            higher[others] = False
            equal[others] = False
    equal[answer] = False
    return 1.0 + float(higher.sum()) + 0.5 * float(equal.sum())


def summarize(ranks: list[float]) -> dict:
    r = np.asarray(ranks, dtype=float)
    if not len(r):
        return {"mrr": 0.0, "hits@1": 0.0, "hits@3": 0.0, "hits@10": 0.0, "queries": 0}
    return {"mrr": float(np.mean(1.0 / r)) * 100, "hits@1": float(np.mean(r <= 1)) * 100,
            "hits@3": float(np.mean(r <= 3)) * 100, "hits@10": float(np.mean(r <= 10)) * 100,
            "queries": int(len(r))}
