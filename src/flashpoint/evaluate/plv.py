"""The PLV format (Hu et al. 2024): sentence, marked source/target, gold PLOVER root.

TSV columns: uid, sentence_id, gold_penta, gold_root, sentence, marked_sentence,
source, target. Spans come from `<s>…</s>` and `<t>…</t>` in the marked sentence.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from ..errors import InputError

_TAG = re.compile(r"</?[st]>")
YIELD = {"CONCEDE", "RETREAT"}


@dataclass(frozen=True)
class DyadRecord:
    uid: str
    sentence: str
    source_span: Optional[tuple[int, int]]  # None: the actor is not in the sentence
    target_span: Optional[tuple[int, int]]
    gold_root: str
    gold_quad: int
    # every marked mention (a few sentences mark an actor twice); the first is the span
    source_spans: tuple[tuple[int, int], ...] = ()
    target_spans: tuple[tuple[int, int], ...] = ()


def _spans(marked: str) -> tuple[str, dict[str, list[tuple[int, int]]]]:
    """Strip the tags; return the plain text and the offsets of the tagged spans."""
    out, spans, open_at, pos = [], {"s": [], "t": []}, {}, 0
    for m in re.finditer(r"<(/?)([st])>|[^<]+|<", marked):
        if m.group(2):
            if m.group(1):
                spans[m.group(2)].append((open_at[m.group(2)], pos))
            else:
                open_at[m.group(2)] = pos
        else:
            out.append(m.group(0))
            pos += len(m.group(0))
    return "".join(out), spans


def load_plv(path: str | Path) -> list[DyadRecord]:
    records = []
    with open(path, encoding="utf-8", newline="") as fh:
        for lineno, row in enumerate(csv.DictReader(fh, delimiter="\t"), 2):
            try:
                text, spans = _spans(row["marked_sentence"])
                source, target = spans["s"], spans["t"]
                records.append(DyadRecord(row["uid"], text, source[0] if source else None,
                                          target[0] if target else None,
                                          row["gold_root"].upper(), int(row["gold_penta"]),
                                          tuple(source), tuple(target)))
            except (KeyError, ValueError) as exc:
                raise InputError(f"{path}:{lineno}", f"not a PLV record ({exc})", "E108") from exc
    return records


def plv_label(plover: str | None) -> str:
    """flashpoint's PLOVER type in PLV's label set (YIELD = CONCEDE or RETREAT)."""
    if plover is None or plover == "OTHER":
        return "NONE"
    return "YIELD" if plover in YIELD else plover


def is_heldout(uid: str) -> bool:
    """The fifth of PLV_train.tsv used only for measurement: uid mod 5 == 0."""
    return int(uid) % 5 == 0
