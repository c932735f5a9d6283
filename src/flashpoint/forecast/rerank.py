"""A learned re-ranker over the forecaster's top candidates.

For each query the forecaster's signals are split into features (recency and frequency,
with learned relation weights and for the same relation only, two-hop, popularity,
days since the last contact, number of contact days, similar subjects); a linear
softmax model over the top-K candidates is trained on pseudo-queries from the last fifth
of the *training* period, with history before each query day. No validation or test
answer is used.
"""
from __future__ import annotations

import numpy as np

from .data import with_inverses
from .model import Forecaster

TOP_K = 50
N_FEATURES = 11


def candidate_features(model: Forecaster, s: int, r: int, t: int) -> tuple[np.ndarray, np.ndarray]:
    """(base scores over all entities, feature matrix over all entities)."""
    st = model.settings
    n = model.n_entities
    base, (rel, obj, time, delta), hop, similar = model.scores_with_parts(s, r, t)
    feats = np.zeros((n, N_FEATURES))
    feats[:, 0] = np.log1p(base)
    if len(rel):
        w = model.weights[rel, r]
        same = (rel == r).astype(float)
        fast, slow = np.power(st.fast, delta), np.power(st.slow, delta)
        feats[:, 1] = np.log1p(np.bincount(obj, weights=w * fast, minlength=n))
        feats[:, 2] = np.log1p(np.bincount(obj, weights=w * slow, minlength=n))
        feats[:, 3] = np.log1p(np.bincount(obj, weights=same * fast, minlength=n))
        feats[:, 4] = np.log1p(np.bincount(obj, weights=same * slow, minlength=n))
        last = np.full(n, np.inf)
        np.minimum.at(last, obj, delta)
        feats[:, 5] = np.where(np.isfinite(last), 1.0 / np.log1p(last + 1), 0.0)
        days = np.zeros(n)
        pairs = np.unique(np.stack([obj, time]), axis=1)
        np.add.at(days, pairs[0], 1.0)
        feats[:, 6] = np.log1p(days)
    if hop is not None:
        feats[:, 7] = np.log1p(hop)
    feats[:, 8] = np.log(model._prior(r, t) + 1e-4)
    feats[s, 9] = 1.0
    if similar is not None:
        feats[:, 10] = np.log1p(100 * similar)
    return base, feats


def top_candidates(base: np.ndarray) -> np.ndarray:
    """The TOP_K best-scored entities (all of them in a smaller graph)."""
    if len(base) <= TOP_K:
        return np.arange(len(base))
    return np.argpartition(-base, TOP_K)[:TOP_K]


class Reranker:
    def __init__(self, weights: np.ndarray | None = None):
        if weights is None:  # until trained: the forecaster's own order
            weights = np.zeros(N_FEATURES)
            weights[0] = 1.0
        self.weights = weights

    def rescore(self, base: np.ndarray, feats: np.ndarray) -> np.ndarray:
        """Top-K candidates get the learned score; the rest stay below, in base order."""
        top = top_candidates(base)
        out = base - 1e6
        out[top] = feats[top] @ self.weights
        return out

    def fit(self, model: Forecaster, train: np.ndarray, share: float = 0.2,
            max_queries: int = 20000) -> "Reranker":
        """Train on the facts of the last `share` of the training period as queries.

        The latest quarter of those queries is kept aside first: if the model trained on
        the rest does not rank them better than the forecaster alone, the re-ranker stays
        off (weights that keep the forecaster's order)."""
        days = np.unique(train[:, 3])
        cutoff = int(days[int(len(days) * (1 - share))]) if len(days) > 1 else int(days[0])
        model.set_history(train)
        fitted = model.neighbourhoods  # similarities must not see the training queries' days
        model.neighbourhoods = model._neighbourhoods(
            with_inverses(train[train[:, 3] < cutoff], model.n_relations))
        try:
            x, y, t = _examples(model, with_inverses(train[train[:, 3] >= cutoff],
                                                     model.n_relations), max_queries)
        finally:
            model.neighbourhoods = fitted
        if len(y) < 20:
            return self
        held = t >= np.quantile(t, 0.75)
        if held.any() and not held.all():
            trial = _train_softmax(x[~held], y[~held])
            if _mrr(x[held] @ trial, y[held]) <= _mrr(x[held][:, :, 0], y[held]):
                return self
        self.weights = _train_softmax(x, y)
        return self


def _examples(model: Forecaster, queries: np.ndarray, max_queries: int):
    """(features of the top-K, index of the answer among them, query day) for every query
    whose answer the forecaster puts in its top K."""
    if len(queries) > max_queries:
        rng = np.random.default_rng(0)
        queries = queries[np.sort(rng.choice(len(queries), max_queries, replace=False))]
    xs, ys, ts = [], [], []
    for s, r, o, t in queries.tolist():
        base, feats = candidate_features(model, s, r, t)
        top = top_candidates(base)
        hit = np.where(top == o)[0]
        if len(hit):
            xs.append(feats[top])
            ys.append(int(hit[0]))
            ts.append(t)
    if not xs:
        return np.zeros((0, 1, N_FEATURES)), np.zeros(0, int), np.zeros(0, int)
    return np.stack(xs), np.array(ys), np.array(ts)


def _train_softmax(x: np.ndarray, y: np.ndarray, epochs: int = 300, lr: float = 0.5,
                   l2: float = 1e-3) -> np.ndarray:
    """Linear softmax over the K candidates of each query (x: queries, K, features),
    started from the forecaster's own score (feature 0)."""
    flat = x.reshape(-1, N_FEATURES)
    mean, std = flat.mean(0), flat.std(0) + 1e-6
    xn = (x - mean) / std
    w = np.zeros(N_FEATURES)
    w[0] = 1.0
    for _ in range(epochs):
        z = xn @ w
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        p[np.arange(len(y)), y] -= 1.0
        grad = np.einsum("qk,qkf->f", p, xn) / len(y) + l2 * w
        w -= lr * grad
    return w / std  # a constant shift does not change the ranking


def _mrr(scores: np.ndarray, y: np.ndarray) -> float:
    """Mean reciprocal rank of the answers among the K candidates (ties at mean rank)."""
    target = scores[np.arange(len(y)), y][:, None]
    rank = 1 + (scores > target).sum(1) + 0.5 * ((scores == target).sum(1) - 1)
    return float(np.mean(1.0 / rank))
