"""A learned re-ranker over the forecaster's top candidates.

For each query the forecaster's signals are split into features (recency and frequency,
with learned relation weights and for the same relation only, two-hop, popularity,
days since the last contact, number of contact days, similar subjects); a linear softmax model over the
top-K candidates is trained on pseudo-queries from the last weeks of the *training*
period, with history before each query day. No validation or test answer is used.
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


class Reranker:
    def __init__(self, weights: np.ndarray | None = None):
        self.weights = weights if weights is not None else np.zeros(N_FEATURES)

    def rescore(self, base: np.ndarray, feats: np.ndarray) -> np.ndarray:
        """Top-K candidates get the learned score; the rest stay below, in base order."""
        top = np.argpartition(-base, TOP_K)[:TOP_K]
        out = base - 1e6
        out[top] = feats[top] @ self.weights
        return out

    def fit(self, model: Forecaster, train: np.ndarray, days: int = 60, epochs: int = 300,
            lr: float = 0.5, l2: float = 1e-3, max_queries: int = 20000) -> "Reranker":
        """Train on the facts of the last `days` days of `train` as queries."""
        cutoff = int(train[:, 3].max()) - days
        model.set_history(train)
        fitted = model.neighbourhoods  # similarities must not see the training queries' days
        model.neighbourhoods = model._neighbourhoods(
            with_inverses(train[train[:, 3] <= cutoff], model.n_relations))
        queries = with_inverses(train[train[:, 3] > cutoff], model.n_relations)
        rng = np.random.default_rng(0)
        if len(queries) > max_queries:
            queries = queries[rng.choice(len(queries), max_queries, replace=False)]
        xs, ys = [], []
        for s, r, o, t in queries.tolist():
            base, feats = candidate_features(model, s, r, t)
            top = np.argpartition(-base, TOP_K)[:TOP_K]
            hit = np.where(top == o)[0]
            if len(hit):
                xs.append(feats[top])
                ys.append(int(hit[0]))
        x = np.stack(xs)  # (queries, K, features)
        mean, std = x.reshape(-1, N_FEATURES).mean(0), x.reshape(-1, N_FEATURES).std(0) + 1e-6
        xn = (x - mean) / std
        w = np.zeros(N_FEATURES)
        w[0] = 1.0
        y = np.array(ys)
        for _ in range(epochs):
            z = xn @ w
            z -= z.max(axis=1, keepdims=True)
            p = np.exp(z)
            p /= p.sum(axis=1, keepdims=True)
            p[np.arange(len(y)), y] -= 1.0
            grad = np.einsum("qk,qkf->f", p, xn) / len(y) + l2 * w
            w -= lr * grad
        self.weights = w / std  # a constant shift does not change the ranking
        model.neighbourhoods = fitted
        return self
