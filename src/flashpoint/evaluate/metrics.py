"""Accuracy, macro-F1, precision/recall and confusion matrices (plain Python)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass


def accuracy(gold: list, pred: list) -> float:
    return sum(g == p for g, p in zip(gold, pred)) / len(gold) if gold else 0.0


def macro_f1(gold: list, pred: list) -> float:
    """Mean F1 over the labels that occur in the gold data."""
    labels = sorted(set(gold))
    scores = []
    for label in labels:
        tp = sum(g == label and p == label for g, p in zip(gold, pred))
        fp = sum(g != label and p == label for g, p in zip(gold, pred))
        fn = sum(g == label and p != label for g, p in zip(gold, pred))
        scores.append(f1(tp, fp, fn))
    return sum(scores) / len(scores) if scores else 0.0


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return f1(self.tp, self.fp, self.fn)

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn}


def confusion(gold: list, pred: list) -> dict:
    """{"labels": [...], "matrix": rows = gold, columns = predicted}."""
    labels = sorted(set(gold) | set(pred))
    counts = Counter(zip(gold, pred))
    return {"labels": labels, "matrix": [[counts[(g, p)] for p in labels] for g in labels]}


def format_confusion(conf: dict) -> str:
    labels = conf["labels"]
    short = [lab[:6] for lab in labels]
    width = max(len(lab) for lab in labels) if labels else 4
    lines = [" " * (width + 2) + " ".join(f"{s:>6}" for s in short)]
    for lab, row in zip(labels, conf["matrix"]):
        lines.append(f"{lab:>{width}}  " + " ".join(f"{v:6d}" for v in row))
    return "\n".join(lines)
