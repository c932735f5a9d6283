"""The default forecaster on ICEWS-format datasets it was not tuned on.

No second ICEWS-format dataset ships with the project, so this builds two stand-ins from
the one given (default: ../shared/tkg/ICEWS14s) and runs the default settings and the
strict recurrency baseline on each, the same way `flashpoint bench tkg` does:

- early: only the first 240 days of the training period, re-split in time
  (train < day 180, valid 180-209, test 210-239): other queries, less history;
- weekly: every time stamp coarsened to its week (another granularity, as in datasets
  with coarser time), split as the original.

    python benchmarks/tkg_variants.py [--data DIR]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from flashpoint.forecast import Settings, baseline_settings, load_tkg  # noqa: E402
from flashpoint.forecast.bench import run_benchmark  # noqa: E402
from flashpoint.forecast.data import TKG  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "tkg" / "ICEWS14s"


def early(data: TKG) -> TKG:
    facts = data.train[data.train[:, 3] < 240]
    t = facts[:, 3]
    return TKG(facts[t < 180], facts[(t >= 180) & (t < 210)], facts[t >= 210],
               data.n_entities, data.n_relations, data.entity_names, data.relation_names)


def weekly(data: TKG) -> TKG:
    def coarse(q: np.ndarray) -> np.ndarray:
        out = q.copy()
        out[:, 3] //= 7
        return np.unique(out, axis=0)

    return TKG(coarse(data.train), coarse(data.valid), coarse(data.test),
               data.n_entities, data.n_relations, data.entity_names, data.relation_names)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(DEFAULT_DATA))
    args = parser.parse_args()
    if not Path(args.data, "train.txt").exists():
        print(f"no dataset at {args.data}; nothing to measure")
        return 0
    data = load_tkg(args.data)
    print("variant  model     mrr    hits@1  hits@3  hits@10  queries  seconds")
    for name, variant in (("early", early), ("weekly", weekly)):
        derived = variant(data)
        for label, settings in (("baseline", baseline_settings()), ("default", Settings())):
            r = run_benchmark(derived, "test", settings)
            print(f"{name:8} {label:9} {r['mrr']:6.2f} {r['hits@1']:7.2f} {r['hits@3']:7.2f} "
                  f"{r['hits@10']:8.2f} {r['queries']:8d} {r['seconds']:8.1f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
