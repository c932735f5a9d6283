"""A small multinomial logistic regression for the relation between two mentions.

Features come from the dependency parse (the path between the two mentions, their
lowest common ancestor, the words between them) and, optionally, the rule coder's own
answer, so the classifier learns where the rules are right. A few dense features, the
spaCy model's own contextual token vectors (doc.tensor) of the trigger, the mentions,
their common ancestor and the path, let it generalize to words it never saw. Trained by
`scripts/train_dyad_classifier.py`; the weights live in coding/data/dyad_model*.json.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

import numpy as np

from .parse import dependency_path
from .tables import cameo, noun_lexicon, verb_lexicon

DATA = Path(__file__).parent / "data"
# shipped: trained on all of PLV_train; heldout / norules: trained without its held-out
# fifth, with and without the rule coder's answer as a feature (for honest measurement)
MODEL_PATHS = {"shipped": DATA / "dyad_model.json", "heldout": DATA / "dyad_model_heldout.json",
               "norules": DATA / "dyad_model_norules.json"}
CONTENT_POS = {"VERB", "NOUN", "ADJ", "ADP", "PROPN", "AUX", "PART"}
# A representative CAMEO code for each PLOVER type the classifier predicts.
TYPE_CODE = {"ACCUSE": "112", "AGREE": "030", "AID": "070", "ASSAULT": "190",
             "COERCE": "170", "CONSULT": "040", "COOPERATE": "060", "MOBILIZE": "150",
             "PROTEST": "140", "REJECT": "120", "REQUEST": "020", "SANCTION": "160",
             "SUPPORT": "050", "THREATEN": "130", "YIELD": "080", "CONCEDE": "080",
             "RETREAT": "084"}
DENSE_PARTS = 5  # dense_features: trigger, source, target, common ancestor, path
FUTURE_AUX = {"will", "would", "'ll", "shall"}
_SUFFIXES = ("ations", "ation", "ings", "ing", "ied", "ies", "ed", "es", "s")


def norm(tok) -> str:
    """Lemma where the lemma table knows the word, else a crude stem of the lower form."""
    return _norm(tok.lower_, tok.lemma_)


@lru_cache(maxsize=65536)
def _norm(lower: str, lemma: str) -> str:
    if lemma and lemma.lower() != lower:
        return lemma.lower()
    for suffix in _SUFFIXES:
        if lower.endswith(suffix) and len(lower) - len(suffix) >= 4:
            return lower[: -len(suffix)]
    return lower


def plover_label(code: Optional[str]) -> str:
    if code is None:
        return "NONE"
    plover = cameo(code).plover
    return "YIELD" if plover in ("CONCEDE", "RETREAT") else ("NONE" if plover == "OTHER" else plover)


def lexicon_types(tok) -> frozenset[str]:
    """The PLOVER types the project's lexicons give the word, in any of its senses: a
    way to generalize to trigger words the training sentences never used."""
    return _lexicon_types(tok.lemma_.lower(), tok.pos_ in ("VERB", "AUX"))


@lru_cache(maxsize=65536)
def _lexicon_types(lemma: str, verbal: bool) -> frozenset[str]:
    first, second = (verb_lexicon(), noun_lexicon()) if verbal else (noun_lexicon(), verb_lexicon())
    rows = first.get(lemma) or second.get(lemma) or []
    return frozenset(plover_label(r.code) for r in rows if r.code != "none")


def features(doc, src, tgt, rule_code: Optional[str], use_rules: bool = True,
             trigger=None) -> list[str]:
    """Every feature of the dyad: those of the pair and those of the whole sentence."""
    return pair_features(doc, src, tgt, rule_code, use_rules, trigger) + _sentence_features(doc)


def pair_features(doc, src, tgt, rule_code: Optional[str], use_rules: bool = True,
                  trigger=None) -> list[str]:
    feats = ["bias"]
    if use_rules:
        feats.append(f"rule={plover_label(rule_code)}")
        if rule_code:
            feats.append(f"rulecode={rule_code[:3]}")
        if trigger is not None:
            feats.append(f"trig={norm(trigger)}")
    path = dependency_path(src, tgt) if src is not None and tgt is not None else []
    inner = [t for t in path if t.i not in (src.i, tgt.i)]
    if path:
        on_path = {t.i for t in path}
        lca = next(t for t in path if t.head.i == t.i or t.head.i not in on_path)
        feats.append(f"lca={norm(lca)}")
        feats += [f"path={norm(t)}" for t in inner if t.pos_ in CONTENT_POS]
        feats += [f"lexpath={x}" for t in inner for x in lexicon_types(t)]
        feats += [f"dep={src.dep_}>{tgt.dep_}"]
        lo, hi = sorted((src.i, tgt.i))
        feats += [f"btw={norm(t)}" for t in doc[lo + 1:hi] if t.pos_ in CONTENT_POS]
    feats += _scope_features(inner, src, tgt, rule_code if use_rules else None, trigger)
    anchor = src if src is not None else tgt
    if anchor is not None:
        gov = anchor.head
        feats.append(f"gov={norm(gov)}")
        feats += [f"lexgov={x}" for x in lexicon_types(gov)]
        feats += [f"near={norm(t)}" for t in doc[max(anchor.i - 4, 0):anchor.i + 5]
                  if t.pos_ in ("VERB", "NOUN")]
    return feats


def dense_features(doc, src, tgt, trigger=None) -> np.ndarray:
    """The parser's contextual vectors (unit length) of the trigger, the two mentions,
    their lowest common ancestor and the mean of the words between them on the path;
    zeros for what is missing (and an empty vector when the parse kept none)."""
    tensor = doc.tensor
    width = tensor.shape[1] if tensor.ndim == 2 and len(tensor) == len(doc) else 0
    if width == 0:
        return np.zeros(0)
    path = dependency_path(src, tgt) if src is not None and tgt is not None else []
    on_path = {t.i for t in path}
    lca = next((t for t in path if t.head.i == t.i or t.head.i not in on_path), None)
    inner = [t.i for t in path if t.i not in (src.i, tgt.i)] if path else []
    rows = np.zeros((DENSE_PARTS, width))
    for k, tok in enumerate((trigger, src, tgt, lca)):
        if tok is not None:
            rows[k] = tensor[tok.i]
    if inner:
        rows[4] = tensor[inner].mean(axis=0)
    norms = np.sqrt((rows * rows).sum(axis=1, keepdims=True))
    return (rows / np.where(norms > 0, norms, 1.0)).ravel()


def _sentence_features(doc) -> list[str]:
    """Words and lexicon types of the whole sentence: computed once per parse."""
    cached = doc.user_data.get("dyad_sentence_features")
    if cached is None:
        words, types, negated = [], [], False
        for t in doc:
            if t.pos_ in ("VERB", "NOUN", "ADJ"):
                words.append(f"bow={norm(t)}")
            types += [f"lexbow={x}" for x in lexicon_types(t)]
            negated = negated or t.dep_ == "neg"
        cached = words + types + (["neg"] if negated else [])
        doc.user_data["dyad_sentence_features"] = cached
    return cached


def _scope_features(inner: list, src, tgt, rule_code: Optional[str], trigger) -> list[str]:
    """Negation and future on the words that relate the two mentions (`inner`: the path
    between them; 'will not accept refugees' is a rejection), and the target's governor."""
    keys = list(inner)
    anchor = src if src is not None else tgt
    keys += [t for t in (anchor.head if anchor is not None else None, trigger) if t is not None]
    feats = []
    if any(c.dep_ == "neg" for t in keys for c in t.children):
        feats.append("negpath")
        feats += [f"neg|{x}" for x in sorted({x for t in keys for x in lexicon_types(t)})]
        if rule_code:
            feats.append(f"neg|rule={plover_label(rule_code)}")
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for t in keys for c in t.children):
        feats.append("future")
    if tgt is not None:
        gov = tgt.head
        feats.append(f"tgov={norm(gov)}")
        feats += [f"ltgov={x}" for x in lexicon_types(gov)]
        if tgt.dep_ == "pobj":
            feats.append(f"tprep={gov.lower_}>{norm(gov.head)}")
    return feats


class DyadClassifier:
    """Softmax regression over sparse binary features and, optionally, dense ones."""

    def __init__(self, labels: list[str], vocab: dict[str, int], weights: np.ndarray,
                 use_rules: bool = True, dense_weights: Optional[np.ndarray] = None):
        self.labels, self.vocab, self.weights, self.use_rules = labels, vocab, weights, use_rules
        self.dense_weights = dense_weights  # (dense width, labels) or None: sparse only

    @classmethod
    def train(cls, samples: list[list[str]], gold: list[str], use_rules: bool = True,
              l2: float = 1e-3, epochs: int = 300, lr: float = 2.0, min_count: int = 1,
              dense: Optional[list[np.ndarray]] = None) -> "DyadClassifier":
        """`dense`: one vector per sample (dense_features), or None for sparse only."""
        counts: dict[str, int] = {}
        for feats in samples:
            for f in set(feats):
                counts[f] = counts.get(f, 0) + 1
        vocab = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= min_count))}
        labels = sorted(set(gold))
        x = _matrix(samples, vocab)
        if dense is not None:
            x = np.hstack([x, np.array(dense)])
        y = np.zeros((len(gold), len(labels)))
        y[np.arange(len(gold)), [labels.index(g) for g in gold]] = 1
        w = np.zeros((x.shape[1], len(labels)))
        for _ in range(epochs):
            p = _softmax(x @ w)
            grad = x.T @ (p - y) / len(gold) + l2 * w
            w -= lr * grad
        dense_weights = w[len(vocab):] if dense is not None else None
        return cls(labels, vocab, w[:len(vocab)], use_rules, dense_weights)

    def probabilities(self, feats: Iterable[str], dense: Optional[np.ndarray] = None
                      ) -> np.ndarray:
        return _softmax((self._scores(feats) + self._dense_scores(dense))[None, :])[0]

    def _scores(self, feats: Iterable[str]) -> np.ndarray:
        rows = [j for j in {self.vocab.get(f) for f in feats} if j is not None]
        return self.weights[rows].sum(axis=0) if rows else np.zeros(len(self.labels))

    def _dense_scores(self, dense: Optional[np.ndarray]) -> np.ndarray:
        if self.dense_weights is None or dense is None or len(dense) != len(self.dense_weights):
            return np.zeros(len(self.labels))  # a parse without vectors: sparse alone
        return dense @ self.dense_weights

    def _sentence_scores(self, doc) -> np.ndarray:
        """The sentence features' share of the scores, once per parse and model."""
        key = f"dyad_scores_{id(self)}"
        if key not in doc.user_data:
            doc.user_data[key] = self._scores(_sentence_features(doc))
        return doc.user_data[key]

    def predict(self, feats: Iterable[str], dense: Optional[np.ndarray] = None) -> str:
        return self.labels[int(np.argmax(self.probabilities(feats, dense)))]

    def predict_code(self, doc, src, tgt, rule_code: Optional[str], trigger=None
                     ) -> Optional[str]:
        """A CAMEO code: the rule's own code when it agrees with the predicted type."""
        label, _ = self._best_label(doc, src, tgt, rule_code, trigger)
        if label == "NONE":
            return None
        if rule_code and plover_label(rule_code) == label:
            return rule_code
        return TYPE_CODE[label]

    def retype(self, doc, src, tgt, rule_code: str, trigger, min_probability: float = 0.5,
               min_crossing: float = 0.7) -> str:
        """The rule's code, or the representative code of the type the classifier is
        confident of (probability above `min_probability`) when it names another type.
        Turning cooperation into conflict or back needs more (`min_crossing`)."""
        label, probability = self._best_label(doc, src, tgt, rule_code, trigger)
        if probability <= min_probability or label in ("NONE", plover_label(rule_code)):
            return rule_code
        code = TYPE_CODE[label]
        crossing = (cameo(code).quad_class in (1, 2)) != (cameo(rule_code).quad_class in (1, 2))
        return rule_code if crossing and probability <= min_crossing else code

    def _best_label(self, doc, src, tgt, rule_code: Optional[str], trigger
                    ) -> tuple[str, float]:
        """The most probable type of the dyad and its probability."""
        pair = pair_features(doc, src, tgt, rule_code, self.use_rules, trigger)
        scores = self._scores(pair) + self._sentence_scores(doc)
        if self.dense_weights is not None:
            found = trigger if self.use_rules else None  # the trigger is the rules' answer
            scores = scores + self._dense_scores(dense_features(doc, src, tgt, found))
        probs = _softmax(scores[None, :])[0]
        best = int(np.argmax(probs))
        return self.labels[best], float(probs[best])

    def to_json(self) -> str:
        nonzero = {f: [round(float(v), 4) for v in self.weights[i]]
                   for f, i in self.vocab.items() if np.any(np.abs(self.weights[i]) > 1e-4)}
        data = {"labels": self.labels, "use_rules": self.use_rules, "weights": nonzero}
        if self.dense_weights is not None:
            data["dense"] = [[round(float(v), 4) for v in row] for row in self.dense_weights]
        return json.dumps(data, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> "DyadClassifier":
        data = json.loads(text)
        names = sorted(data["weights"])
        vocab = {f: i for i, f in enumerate(names)}
        weights = np.array([data["weights"][f] for f in names]) if names else \
            np.zeros((0, len(data["labels"])))
        dense = np.array(data["dense"]) if "dense" in data else None
        return cls(data["labels"], vocab, weights, data["use_rules"], dense)


def _matrix(samples: list[list[str]], vocab: dict[str, int]) -> np.ndarray:
    x = np.zeros((len(samples), len(vocab)))
    for row, feats in enumerate(samples):
        for f in feats:
            j = vocab.get(f)
            if j is not None:
                x[row, j] = 1.0
    return x


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


SHIPPED = "shipped"  # a caller's default: the shipped model


def chosen_classifier(choice) -> Optional["DyadClassifier"]:
    """`choice` itself, or the shipped model for SHIPPED."""
    return default_classifier() if choice == SHIPPED else choice


@lru_cache(maxsize=3)
def default_classifier(kind: str = "shipped") -> Optional[DyadClassifier]:
    """A trained model (see MODEL_PATHS), or None when it has not been trained."""
    path = MODEL_PATHS[kind]
    if not path.exists():
        return None
    return DyadClassifier.from_json(path.read_text(encoding="utf-8"))
