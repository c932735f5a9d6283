"""flashpoint's own document-level gold format (`gold-jsonl`).

One JSON object per line:

    {"id": "doc1", "text": "...", "title": "...", "date": "2024-08-01",
     "events": [{"source": "IRN", "target": "ISR", "codes": ["190", "195"],
                 "status": ["asserted", "reported"], "date": "2024-04"}],
     "forbidden": [{"source": "IRN", "target": "ISR", "codes": ["19", "18"],
                    "status": ["asserted"]}]}

`source`/`target` match an event's actor code by prefix (or its name); `codes` lists
acceptable CAMEO codes, a two-digit entry accepting the whole root; `status` (optional)
lists acceptable statuses; `date` (optional) must prefix the event's date. Every gold
event is matched at most once. `forbidden` lists events the text does not support:
each extracted event matching one counts as a false positive twice (it is an error
that matters). Precision counts extracted events matched to a gold event.
"""
from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Iterator

from ..coding import Coder
from ..errors import InputError
from ..models import Article
from .metrics import PRF
from .result import EvalResult


def _actor_ok(want, actor) -> bool:
    if want is None:
        return True
    if actor is None:
        return False
    return (actor.get("code") or "").startswith(want) or actor.get("name") == want


def matches(spec: dict, e: dict) -> bool:
    codes = spec.get("codes") or []
    code_ok = not codes or any(e["cameo"] == c or (len(c) == 2 and e["cameo_root"] == c)
                               for c in codes)
    status_ok = not spec.get("status") or e["status"] in spec["status"]
    date_ok = not spec.get("date") or (e["date"] or "").startswith(spec["date"])
    return code_ok and status_ok and date_ok and _actor_ok(spec.get("source"), e["source"]) \
        and _actor_ok(spec.get("target"), e["target"])


def read_jsonl(path: str) -> Iterator[tuple[int, dict]]:
    """(line number, object) of each non-empty line; a coded error names the bad line."""
    for line_no, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{line_no}", f"not JSON ({exc.msg})", "E105") from exc
        if not isinstance(record, dict) or "text" not in record:
            raise InputError(f"{path}:{line_no}", "record needs a 'text'", "E106")
        yield line_no, record


def load_gold(path: str) -> list[dict]:
    docs = []
    for line_no, doc in read_jsonl(path):
        if "id" not in doc:
            raise InputError(f"{path}:{line_no}", "gold record needs 'id' and 'text'", "E106")
        docs.append(doc)
    return docs


def eval_gold_jsonl(coder: Coder, path: str, errors: int = 0) -> EvalResult:
    start = time.perf_counter()
    prf = PRF()
    forbidden_hits = 0
    wrong = []
    docs = load_gold(path)
    for doc in docs:
        article = Article(str(doc["id"]), doc["text"], title=doc.get("title"), date=doc.get("date"))
        events = [e.to_dict() for e in coder.code_article(article)]
        unused = list(range(len(events)))
        for spec in doc.get("events", []):
            hit = next((i for i in unused if matches(spec, events[i])), None)
            if hit is None:
                prf.fn += 1
                wrong.append({"sentence": doc["text"][:200], "gold": spec, "predicted": "missing"})
            else:
                prf.tp += 1
                unused.remove(hit)
        for i in unused:
            bad = any(matches(spec, events[i]) for spec in doc.get("forbidden", []))
            prf.fp += 2 if bad else 1
            forbidden_hits += bad
            if bad:
                wrong.append({"sentence": events[i]["sentence"][:200], "gold": "forbidden",
                              "predicted": f"{events[i]['cameo']} {events[i]['status']}"})
    figures = {"events": prf.as_dict(), "forbidden_events_extracted": forbidden_hits}
    return EvalResult("gold-jsonl", "documents", len(docs), figures, None, wrong[:errors],
                      time.perf_counter() - start)
