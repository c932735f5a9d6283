"""Forecasting on a temporal event graph with cheap, tuned signals.

For a query (s, r, ?, t) every entity o gets

    score(o) = Σ_{(s, r', o, t') before t} W[r', r] · (a · λ_fast^(t-t') + λ_slow^(t-t'))
               + h · two_hop(o) + c · similar(o) + β · prior_r(o, t)

- W[r', r]: how often a fact with relation r' between two actors is followed, later, by
  a fact with relation r between the same two actors (learned by counting on the
  training facts; the diagonal is plain recurrency). Inverse relations make subject
  queries object queries.
- the two decays weigh the most recent evidence (fast) and the long memory (slow);
  W gets an extra `diagonal` on plain recurrency;
- two_hop(o): what s's closest recent partners did with o (rule-weighted, decayed);
- similar(o): what the subjects most like s (sharing its partners, collaborative
  filtering over the fitted facts) did with o (rule-weighted, decayed);
- prior_r(o, t): how often o has recently been the object of r, over all subjects
  (a tie-breaker among entities without history).

Defaults were tuned on ICEWS14s valid only (grid over decays, weights, diagonal, hop).
Finally a linear re-ranker (rerank.py), trained on the last fifth of the training
facts, re-orders the top 50 candidates.

`RecurrencyBaseline` is the strict recurrency baseline (same relation only, W = I,
no prior), scored by the same code path.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np

from .data import with_inverses


@dataclass
class Settings:
    fast: float = 0.7  # decay per day of the recency signal
    slow: float = 0.995  # decay per day of the frequency signal
    a: float = 20.0  # weight of recency against frequency
    prior: float = 0.001  # weight of the relation's object popularity (a tie-breaker)
    prior_decay: float = 0.99
    rules: bool = True  # learn W; False = strict recurrency (W = I)
    smoothing: float = 1.0  # added to rule counts
    diagonal: float = 0.5  # extra weight of plain recurrency (same relation)
    hop: float = 0.03  # weight of two-hop evidence (what s's closest partners did)
    hop_neighbours: int = 10
    similar: float = 0.03  # weight of what the most similar subjects did
    similar_neighbours: int = 30
    window: int = 30  # days a rule body may precede its head (0 = any)
    rerank: bool = True  # re-rank the top candidates with a model learned on training days
    extra: dict = field(default_factory=dict)


class History:
    """Facts indexed by subject and by relation, sorted by time, for time slicing."""

    def __init__(self, quads: np.ndarray, n_entities: int):
        order = np.lexsort((quads[:, 3], quads[:, 0]))
        q = quads[order]
        self.rel, self.obj, self.time = q[:, 1], q[:, 2], q[:, 3]
        bounds = np.searchsorted(q[:, 0], np.arange(n_entities + 1))
        self.start, self.end = bounds[:-1], bounds[1:]
        r_order = np.lexsort((quads[:, 3], quads[:, 1]))
        rq = quads[r_order]
        n_rel = int(quads[:, 1].max()) + 1 if len(quads) else 0
        rb = np.searchsorted(rq[:, 1], np.arange(n_rel + 1))
        self.r_start, self.r_end, self.r_obj, self.r_time = rb[:-1], rb[1:], rq[:, 2], rq[:, 3]

    def of_subject(self, s: int, t: int):
        lo, hi = self.start[s], self.end[s]
        k = lo + np.searchsorted(self.time[lo:hi], t, side="left")
        return self.rel[lo:k], self.obj[lo:k], self.time[lo:k]

    def of_relation(self, r: int, t: int):
        if r >= len(self.r_start):
            return self.r_obj[:0], self.r_time[:0]
        lo, hi = self.r_start[r], self.r_end[r]
        k = lo + np.searchsorted(self.r_time[lo:hi], t, side="left")
        return self.r_obj[lo:k], self.r_time[lo:k]


def rule_weights(train: np.ndarray, n_rel2: int, smoothing: float = 1.0,
                 window: int = 0) -> np.ndarray:
    """W[r', r]: P(next facts between a pair have relation r | an earlier fact had r')
    (with `window` > 0 only bodies at most `window` days before the head count)."""
    counts = np.zeros((n_rel2, n_rel2))
    by_pair: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    for s, r, o, t in train.tolist():
        by_pair[(s, o)].append((t, r))
    for facts in by_pair.values():
        facts.sort()
        seen: dict[int, int] = {}  # relation -> last day seen
        i = 0
        while i < len(facts):
            t = facts[i][0]
            j = i
            while j < len(facts) and facts[j][0] == t:
                j += 1
            heads = {r for _, r in facts[i:j]}
            for body, last in seen.items():
                if window and t - last > window:
                    continue
                for head in heads:
                    counts[body, head] += 1
            for head in heads:
                seen[head] = t
            i = j
    counts += smoothing * np.eye(n_rel2)
    return counts / counts.sum(axis=1, keepdims=True)


class Neighbourhoods:
    """Cosine similarity of entities by their partners (log counts of facts in either
    direction), as a sparse symmetric matrix; each entity's most similar ones are
    computed on first use and cached."""

    def __init__(self, quads: np.ndarray, n_entities: int, keep: int):
        pairs, counts = np.unique(quads[:, [0, 2]], axis=0, return_counts=True)
        self.ptr = np.searchsorted(pairs[:, 0], np.arange(n_entities + 1))
        self.col, self.val = pairs[:, 1], np.log1p(counts.astype(float))
        self.norm = np.sqrt(np.bincount(pairs[:, 0], weights=self.val ** 2,
                                        minlength=n_entities)) + 1e-9
        self.n, self.keep = n_entities, keep
        self._cache: dict[int, tuple[np.ndarray, np.ndarray]] = {}

    def most_similar(self, s: int) -> tuple[np.ndarray, np.ndarray]:
        """(entities, similarities) of the `keep` entities most similar to s."""
        if s not in self._cache:
            self._cache[s] = self._compute(s)
        return self._cache[s]

    def _compute(self, s: int) -> tuple[np.ndarray, np.ndarray]:
        lo, hi = self.ptr[s], self.ptr[s + 1]
        partners, weights = self.col[lo:hi], self.val[lo:hi] / self.norm[s]
        starts, ends = self.ptr[partners], self.ptr[partners + 1]
        lengths = ends - starts
        if not lengths.sum():
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        idx = np.repeat(starts - np.cumsum(lengths) + lengths, lengths) + np.arange(lengths.sum())
        sim = np.bincount(self.col[idx], weights=self.val[idx] * np.repeat(weights, lengths),
                          minlength=self.n) / self.norm
        sim[s] = 0
        top = np.argsort(-sim, kind="stable")[:self.keep]
        top = top[sim[top] > 0]
        return top, sim[top]


class Forecaster:
    """Scores every entity as the object of (s, r, ?, t) from the history before t."""

    def __init__(self, n_entities: int, n_relations: int, settings: Settings | None = None):
        self.n_entities, self.n_relations = n_entities, n_relations
        self.settings = settings or Settings()
        self.weights: np.ndarray | None = None
        self.history: History | None = None
        self.reranker = None
        self.neighbourhoods: Neighbourhoods | None = None
        self._prior_cache: dict[tuple[int, int], np.ndarray] = {}

    def fit(self, train: np.ndarray) -> "Forecaster":
        """Learn W from the training facts (with inverses)."""
        n2 = 2 * self.n_relations
        both = with_inverses(train, self.n_relations)
        self.weights = rule_weights(both, n2, self.settings.smoothing,
                                    self.settings.window) if self.settings.rules else np.eye(n2)
        self.weights = self.weights + self.settings.diagonal * np.eye(n2)
        self.neighbourhoods = self._neighbourhoods(both)
        if self.settings.rerank:
            from .rerank import Reranker

            self.reranker = Reranker().fit(self, train)
        return self

    def _neighbourhoods(self, quads: np.ndarray) -> Neighbourhoods | None:
        if not self.settings.similar:
            return None
        return Neighbourhoods(quads, self.n_entities, self.settings.similar_neighbours)

    def final_scores(self, s: int, r: int, t: int) -> np.ndarray:
        """The scores used for ranking: re-ranked when a re-ranker was trained."""
        if self.reranker is None:
            return self.scores(s, r, t)
        from .rerank import candidate_features

        return self.reranker.rescore(*candidate_features(self, s, r, t))

    def set_history(self, known: np.ndarray) -> None:
        """All facts that may serve as history (with inverses added here)."""
        self.history = History(with_inverses(known, self.n_relations), self.n_entities)
        self._prior_cache.clear()

    def scores(self, s: int, r: int, t: int) -> np.ndarray:
        return self.scores_with_parts(s, r, t)[0]

    def scores_with_parts(self, s: int, r: int, t: int):
        """(scores, (rel, obj, time, delta) of s's history, two-hop vector or None,
        similar-subjects vector or None): the parts are returned so that the re-ranker
        does not compute them a second time."""
        st = self.settings
        rel, obj, time = self.history.of_subject(s, t)
        out = np.zeros(self.n_entities)
        delta = (t - time).astype(float)
        hop = None
        if len(rel):
            w = self.weights[rel, r]
            decay = st.a * np.power(st.fast, delta) + np.power(st.slow, delta)
            out += np.bincount(obj, weights=w * decay, minlength=self.n_entities)
        if st.hop and len(rel):
            hop = self._two_hop(s, r, t, obj, delta)
            out += st.hop * hop
        similar = self._similar(s, r, t) if self.neighbourhoods is not None else None
        if similar is not None:
            out += st.similar * similar
        if st.prior:
            out += st.prior * self._prior(r, t)
        return out, (rel, obj, time, delta), hop, similar

    def _two_hop(self, s: int, r: int, t: int, obj: np.ndarray, delta: np.ndarray) -> np.ndarray:
        """Objects that s's most active recent partners had relation-r-like facts with."""
        st = self.settings
        closeness = np.bincount(obj, weights=np.power(st.slow, delta), minlength=self.n_entities)
        closeness[s] = 0
        partners = np.argsort(-closeness)[:st.hop_neighbours]
        out = np.zeros(self.n_entities)
        total = closeness[partners].sum() or 1.0
        for x in partners:
            if closeness[x] <= 0:
                break
            out += closeness[x] / total * self._evidence_of(int(x), r, t)
        out[s] = 0
        return out

    def _similar(self, s: int, r: int, t: int) -> np.ndarray:
        """Objects that the subjects most similar to s had relation-r-like facts with
        (scaled to a maximum of 1)."""
        out = np.zeros(self.n_entities)
        for x, sim in zip(*self.neighbourhoods.most_similar(s)):
            out += sim * self._evidence_of(int(x), r, t)
        out[s] = 0
        top = out.max()
        return out / top if top > 0 else out

    def _evidence_of(self, x: int, r: int, t: int) -> np.ndarray:
        """Per object, x's facts before t weighted by how they predict relation r
        (slow decay): what another subject's history says about r."""
        rel, obj, time = self.history.of_subject(x, t)
        w = self.weights[rel, r] * np.power(self.settings.slow, (t - time).astype(float))
        return np.bincount(obj, weights=w, minlength=self.n_entities)

    def _prior(self, r: int, t: int) -> np.ndarray:
        key = (r, t)
        if key not in self._prior_cache:
            obj, time = self.history.of_relation(r, t)
            if len(obj):
                w = np.power(self.settings.prior_decay, (t - time).astype(float))
                p = np.bincount(obj, weights=w, minlength=self.n_entities)
                p /= p.max()
            else:
                p = np.zeros(self.n_entities)
            if len(self._prior_cache) > 5000:
                self._prior_cache.clear()
            self._prior_cache[key] = p
        return self._prior_cache[key]


def baseline_settings() -> Settings:
    """The strict recurrency baseline: same relation only, recency + frequency."""
    return Settings(rules=False, prior=0.0, diagonal=0.0, hop=0.0, similar=0.0, rerank=False)
