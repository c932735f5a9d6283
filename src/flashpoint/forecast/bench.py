"""The benchmark protocol: single-step, both directions, time-aware filter, mean ranks."""
from __future__ import annotations

import time as clock
from typing import Callable, Optional

import numpy as np

from .data import TKG, with_inverses
from .metrics import rank_of, summarize, time_filter
from .model import Forecaster, Settings


def evaluate(model: Forecaster, data: TKG, split: str,
             progress: Optional[Callable[[int, int], None]] = None) -> dict:
    """Rank every query of `split` (valid: history = train; test: train + valid),
    facts of earlier days of the split itself being history too."""
    queries = data.split(split)
    history = np.concatenate([data.train] + ([data.valid] if split == "test" else []) + [queries])
    model.set_history(history)
    allq = with_inverses(np.concatenate([data.train, data.valid, data.test]), data.n_relations)
    truth = time_filter(allq)
    both = with_inverses(queries, data.n_relations)
    both = both[np.argsort(both[:, 3], kind="stable")]
    ranks, raw = [], []
    for i, (s, r, o, t) in enumerate(both.tolist()):
        scores = model.final_scores(s, r, t)
        ranks.append(rank_of(scores, o, truth[(s, r, t)]))
        raw.append(rank_of(scores, o))
        if progress and i % 500 == 0:
            progress(i, len(both))
    result = summarize(ranks)
    result["raw_mrr"] = summarize(raw)["mrr"]
    return result


def run_benchmark(data: TKG, split: str, settings: Settings,
                  progress: Optional[Callable[[int, int], None]] = None) -> dict:
    start = clock.perf_counter()
    model = Forecaster(data.n_entities, data.n_relations, settings)
    model.fit(data.train if split == "valid" else np.concatenate([data.train, data.valid]))
    fit_seconds = clock.perf_counter() - start
    result = evaluate(model, data, split, progress)
    result["fit_seconds"] = fit_seconds
    result["seconds"] = clock.perf_counter() - start
    return result
