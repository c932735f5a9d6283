"""Temporal knowledge graphs in the ICEWS/RE-GCN format: `s r o t` per line.

`train.txt`, `valid.txt`, `test.txt` (tab-separated integer ids), and optionally
`entity2id.txt` / `relation2id.txt` (`name<TAB>id`). Inverse relations are added as
`r + R` so that subject queries become object queries.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..errors import InputError


@dataclass
class TKG:
    train: np.ndarray  # (n, 4) int64: s, r, o, t
    valid: np.ndarray
    test: np.ndarray
    n_entities: int
    n_relations: int  # without inverses
    entity_names: list[str]
    relation_names: list[str]

    def split(self, name: str) -> np.ndarray:
        return {"train": self.train, "valid": self.valid, "test": self.test}[name]


def _read_quads(path: Path) -> np.ndarray:
    try:
        data = np.loadtxt(path, dtype=np.int64, ndmin=2, usecols=(0, 1, 2, 3))
    except (OSError, ValueError) as exc:
        raise InputError(str(path), f"not a file of `s r o t` integer quadruples ({exc})",
                         "E109") from exc
    return data.reshape(-1, 4)


def _read_names(path: Path) -> dict[int, str]:
    names = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if "\t" in line:
                name, idx = line.rsplit("\t", 1)
                names[int(idx)] = name
    return names


def load_tkg(directory: str | Path) -> TKG:
    d = Path(directory)
    if not (d / "train.txt").exists():
        raise InputError(str(d), "no train.txt: not an ICEWS-format dataset directory", "E109")
    parts = {name: _read_quads(d / f"{name}.txt") if (d / f"{name}.txt").exists()
             else np.zeros((0, 4), dtype=np.int64) for name in ("train", "valid", "test")}
    allq = np.concatenate(list(parts.values()))
    ents, rels = _read_names(d / "entity2id.txt"), _read_names(d / "relation2id.txt")
    n_ent = max(int(allq[:, [0, 2]].max()) + 1, len(ents))
    n_rel = max(int(allq[:, 1].max()) + 1, len(rels))
    return TKG(parts["train"], parts["valid"], parts["test"], n_ent, n_rel,
               [ents.get(i, str(i)) for i in range(n_ent)],
               [rels.get(i, str(i)) for i in range(n_rel)])


def with_inverses(quads: np.ndarray, n_relations: int) -> np.ndarray:
    """(s, r, o, t) and (o, r + R, s, t) for every fact."""
    inv = quads[:, [2, 1, 0, 3]].copy()
    inv[:, 1] += n_relations
    return np.concatenate([quads, inv])
