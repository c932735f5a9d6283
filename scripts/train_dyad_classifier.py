"""Train the dyad classifier on PLV_train.tsv without its held-out fifth (uid mod 5 == 0).

    python scripts/train_dyad_classifier.py [--plv ../shared/eval/plv/PLV_train.tsv] [--cv]

Prints the held-out accuracy of rules only, classifier only (no rule features) and both
combined, writes those two models (dyad_model_norules.json, dyad_model_heldout.json), and
writes the shipped model dyad_model.json, the same method trained on every record. Hyper-parameters
(defaults of DyadClassifier.train) were chosen by 5-fold cross-validation on the
training part only; `--cv` prints that cross-validation (three fold assignments) and
writes nothing.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from flashpoint.coding import Coder  # noqa: E402
from flashpoint.coding.classifier import (MODEL_PATHS, DyadClassifier,  # noqa: E402
                                          dense_features, features, plover_label)
from flashpoint.coding.dyad import parse_dyad  # noqa: E402
from flashpoint.evaluate.metrics import accuracy  # noqa: E402
from flashpoint.evaluate.plv import is_heldout, load_plv  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--plv", default=str(ROOT.parent / "shared" / "eval" / "plv" / "PLV_train.tsv"))
    ap.add_argument("--cv", action="store_true",
                    help="5-fold cross-validation on the training fifths only; writes nothing")
    a = ap.parse_args()
    if not Path(a.plv).is_file():
        sys.exit(f"error: {a.plv}: no such file (PLV_train.tsv from ../shared/eval/plv)")
    coder = Coder(retyper=None)  # as code_dyad: the rules' answer, never a model's
    rows = []
    for r in load_plv(a.plv):
        state, src, tgt, found = parse_dyad(coder, r.sentence, r.source_span, r.target_span)
        rule = found[1] if found else None
        trig = found[0] if found else None
        rows.append((r, features(state.doc, src, tgt, rule, True, trig),
                     features(state.doc, src, tgt, rule, False), rule,
                     dense_features(state.doc, src, tgt, trig),
                     dense_features(state.doc, src, tgt)))  # no rules: no trigger
    train = [x for x in rows if not is_heldout(x[0].uid)]
    test = [x for x in rows if is_heldout(x[0].uid)]
    if a.cv:
        scores = cross_validate(train)
        print("5-fold CV on the training fifths, combined: " +
              " ".join(f"{v:.3f}" for v in scores) + f" (mean {np.mean(scores):.3f})")
        return
    gold = [x[0].gold_root for x in test]
    print(f"train {len(train)} / held out {len(test)} (uid mod 5 == 0)")
    print(f"rules only       {accuracy(gold, [plover_label(x[3]) for x in test]):.3f}")
    for use_rules, col, kind in ((False, 2, "norules"), (True, 1, "heldout")):
        dense = 4 if use_rules else 5
        model = DyadClassifier.train([x[col] for x in train], [x[0].gold_root for x in train],
                                     use_rules=use_rules, dense=[x[dense] for x in train])
        pred = [model.predict(x[col], x[dense]) for x in test]
        name = "combined        " if use_rules else "classifier only "
        print(f"{name} {accuracy(gold, pred):.3f}")
        _write(model, MODEL_PATHS[kind])
    # the shipped model: the same method, trained on every record
    _write(DyadClassifier.train([x[1] for x in rows], [x[0].gold_root for x in rows],
                                dense=[x[4] for x in rows]), MODEL_PATHS["shipped"])


def cross_validate(train: list, seeds=(0, 1, 2)) -> list[float]:
    """Mean 5-fold accuracy of the combined model, once per random fold assignment."""
    gold = [x[0].gold_root for x in train]
    out = []
    for seed in seeds:
        fold = np.empty(len(train), dtype=int)
        fold[np.random.default_rng(seed).permutation(len(train))] = np.arange(len(train)) % 5
        scores = []
        for k in range(5):
            fit = [i for i in range(len(train)) if fold[i] != k]
            held = [i for i in range(len(train)) if fold[i] == k]
            model = DyadClassifier.train([train[i][1] for i in fit], [gold[i] for i in fit],
                                         dense=[train[i][4] for i in fit])
            scores.append(accuracy([gold[i] for i in held],
                                   [model.predict(train[i][1], train[i][4]) for i in held]))
        out.append(float(np.mean(scores)))
    return out


def _write(model: DyadClassifier, path: Path) -> None:
    path.write_text(model.to_json(), encoding="utf-8")
    print(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
