"""Evaluation runs for the public gold formats and flashpoint's own gold JSONL.

- plv (dyad | open): PLOVER root given the two mentions, or found freely;
- plover-gsr: PLOVER GSR records (draft 0.5b1 labels mapped to PLOVER 1.0);
- petrarch-gsr: expected CAMEO triples of the PETRARCH-2 validation set;
- gold-jsonl: documents with acceptable events (see README).
"""
from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Optional

from ..coding import Coder
from ..coding.classifier import default_classifier
from ..coding.dyad import code_dyad
from ..errors import InputError, UsageError
from ..ingest import read_text_article
from ..ingest.readers import parse_iso_date
from ..models import Article, Event
from .gold import read_jsonl
from .metrics import PRF, accuracy, confusion, macro_f1
from .plv import is_heldout, load_plv, plv_label
from .result import EvalResult

GSR_LABELS = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT",
              "INVESTIGATE": "ACCUSE", "CONCEDE": "YIELD", "RETREAT": "YIELD"}
# Older CAMEO country codes in the GSR that ISO 3166 spells otherwise.
LEGACY_COUNTRY = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}


def _split(records, split: str):
    if split == "all":
        return records
    if split not in ("heldout", "train"):
        raise UsageError("--split must be all, heldout or train", "E403")
    return [r for r in records if is_heldout(r.uid) == (split == "heldout")]


def _classifier(component: str, split: str = "all"):
    """rules: none; classifier: trained without rule features and without the held-out
    fifth; combined: the shipped model, or for --split heldout the one that never saw it."""
    if component == "rules":
        return None
    kind = "norules" if component == "classifier" else \
        "heldout" if split == "heldout" else "shipped"
    model = default_classifier(kind)
    if model is None:
        raise UsageError("no trained dyad classifier: run scripts/train_dyad_classifier.py",
                         "E404")
    return model


def coder_for(component: str = "combined", split: str = "all") -> Coder:
    """A coder for the open modes: rules alone, or rules retyped by the classifier (the one
    that never saw the held-out fifth when measuring on it)."""
    if component == "classifier":
        raise UsageError("--component classifier is for plv dyad mode only; use rules or "
                         "combined", "E405")
    return Coder(retyper=_classifier(component, split))


def eval_plv_dyad(coder: Coder, path: str, split: str = "all", component: str = "combined",
                  errors: int = 0) -> EvalResult:
    start = time.perf_counter()
    records = _split(load_plv(path), split)
    model = _classifier(component, split)
    gold, pred, gold_q, pred_q, wrong = [], [], [], [], []
    for r in records:
        event = code_dyad(r.sentence, r.source_span, r.target_span, coder=coder,
                          classifier=model)
        label = plv_label(event.plover if event else None)
        gold.append(r.gold_root)
        pred.append(label)
        gold_q.append(r.gold_quad)
        pred_q.append(event.quad_class if event else 0)
        if label != r.gold_root:
            wrong.append({"sentence": r.sentence, "gold": r.gold_root, "predicted": label,
                          "uid": r.uid})
    figures = {"root_accuracy": accuracy(gold, pred), "root_macro_f1": macro_f1(gold, pred),
               "quad_accuracy": accuracy(gold_q, pred_q), "component": component,
               "split": split}
    return EvalResult("plv", "dyad", len(records), figures, confusion(gold, pred),
                      wrong[:errors], time.perf_counter() - start)


def _overlaps(text: Optional[str], sentence: str, span: Optional[tuple[int, int]]) -> bool:
    if not text or span is None:
        return False
    # the first mention as a whole word ('Niger' is not inside 'Nigerians')
    found = re.search(r"(?<!\w)" + re.escape(text) + r"(?!\w)", sentence)
    pos = found.start() if found else sentence.find(text)
    if pos < 0:
        return False
    return pos < span[1] and span[0] < pos + len(text)


def eval_plv_open(coder: Coder, path: str, split: str = "all", errors: int = 0) -> EvalResult:
    """Free extraction: a gold dyad is found when an event's actors overlap both spans
    and its root matches; precision counts every extracted event."""
    start = time.perf_counter()
    records = [r for r in _split(load_plv(path), split)]
    by_sentence: dict[str, list] = {}
    for r in records:
        by_sentence.setdefault(r.sentence, []).append(r)
    found, extracted, correct, wrong = 0, 0, 0, []
    for sentence, golds in by_sentence.items():
        events = coder.code_article(read_text_article("plv", sentence))
        extracted += len(events)
        matched_events = set()
        for r in golds:
            hit = [e for e in events if _dyad_match(e, sentence, r)]
            if hit:
                found += 1
                matched_events.update(e.event_id for e in hit)
            elif len(wrong) < errors:
                wrong.append({"sentence": sentence, "gold": r.gold_root,
                              "predicted": ", ".join(f"{plv_label(e.plover)}" for e in events)
                              or "no event"})
        correct += len(matched_events)
    recall = PRF(tp=found, fn=len(records) - found)
    figures = {"recall": round(recall.recall, 4),
               "precision": round(correct / extracted, 4) if extracted else 0.0,
               "gold_dyads": len(records), "found": found, "events": extracted,
               "split": split}
    return EvalResult("plv", "open", len(records), figures, None, wrong,
                      time.perf_counter() - start)


def _dyad_match(e: Event, sentence: str, r) -> bool:
    if plv_label(e.plover) != r.gold_root:
        return False
    src = e.source.text if e.source else None
    tgt = e.target.text if e.target else None
    return (any(_overlaps(src, sentence, s) for s in r.source_spans) or not r.source_spans) \
        and (any(_overlaps(tgt, sentence, t) for t in r.target_spans) or not r.target_spans)


def _country(actor) -> Optional[str]:
    if actor is None:
        return None
    return actor.get("country") or (actor.get("code") or "")[:3] or None


def _codes(actors) -> set[str]:
    return {LEGACY_COUNTRY.get(a["code"][:3], a["code"][:3]) for a in actors or []
            if isinstance(a, dict) and a.get("code")}


def _markup(record: dict) -> str:
    info = record.get("textInfo")
    return info.get("markup", "") if isinstance(info, dict) else ""


def _markup_span(record: dict, role: str,
                 other: Optional[tuple[int, int]] = None) -> Optional[tuple[int, int]]:
    """Offsets in `text` of the first (SRC: …)/(TAR: …) mention of the GSR markup (not the
    `other` one: of '(SRC/TAR: Chile) and (SRC/TAR: Peru)' the target is Peru)."""
    for m in re.finditer(r"\((SRC|TAR|SRC/TAR): ([^)]*)\)", _markup(record)):
        if role in m.group(1).split("/"):
            mention = m.group(2).strip()
            pos = record["text"].find(mention)
            if pos >= 0 and (pos, pos + len(mention)) != other:
                return pos, pos + len(mention)
    return None


def _gold_parties(record: dict) -> tuple[set[str], set[str], bool]:
    """Gold source and target countries, and whether they act on each other: parties all
    marked (SRC/TAR: …) with no target listed are each other's targets ('Chile and Peru
    agreed')."""
    sources, targets = _codes(record.get("source")), _codes(record.get("target"))
    mutual = not targets and len(sources) > 1 and "(SRC/TAR:" in _markup(record)
    return sources, (sources if mutual else targets), mutual


def load_gsr(path: str) -> list[dict]:
    try:
        records = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(path, f"not a PLOVER GSR JSON array ({exc})", "E108") from exc
    return [r for r in records if isinstance(r, dict) and r.get("event") and r.get("text")]


def eval_plover_gsr(coder: Coder, path: str, errors: int = 0, mode: str = "open") -> EvalResult:
    """open: extract freely and take the event that fits the gold actors best;
    dyad: code the relation between the marked source and target mentions."""
    start = time.perf_counter()
    records = load_gsr(path)
    model = _classifier("combined") if mode == "dyad" else None
    gold, pred, src_ok, tgt_ok, n_tgt, wrong = [], [], 0, 0, 0, []
    triples = PRF()
    for r in records:
        label = GSR_LABELS.get(r["event"], r["event"])
        if mode == "dyad":
            source_span = _markup_span(r, "SRC")
            event = code_dyad(r["text"], source_span, _markup_span(r, "TAR", source_span),
                              coder=coder, classifier=model)
            events = [event.to_dict()] if event else []
        else:
            events = [e.to_dict() for e in coder.code_article(read_text_article("gsr", r["text"]))]
        gsrc, gtgt, mutual = _gold_parties(r)
        best = _best_match(events, gsrc, gtgt)
        guess = plv_label(best["plover"]) if best else "NONE"
        gold.append(label)
        pred.append(guess)
        src_ok += bool(best and _country(best["source"]) in gsrc)
        if gtgt:
            n_tgt += 1
            tgt_ok += bool(best and _country(best["target"]) in gtgt)
        gold_triples = {(s, t or None, label) for s in gsrc for t in (gtgt or {None})
                        if not (mutual and s == t)}
        got = {(_country(e["source"]), _country(e["target"]), plv_label(e["plover"]))
               for e in events}
        triples.tp += len(gold_triples & got)
        triples.fp += len(got - gold_triples)
        triples.fn += len(gold_triples - got)
        if guess != label:
            wrong.append({"sentence": r["text"], "gold": label, "predicted": guess})
    figures = {"event_type_accuracy": accuracy(gold, pred),
               "source_country_accuracy": src_ok / len(records) if records else 0.0,
               "target_country_accuracy": tgt_ok / n_tgt if n_tgt else 0.0,
               "triple": triples.as_dict()}
    return EvalResult("plover-gsr", mode, len(records), figures, confusion(gold, pred),
                      wrong[:errors], time.perf_counter() - start)


def _best_match(events: list[dict], gsrc: set, gtgt: set) -> Optional[dict]:
    """The extracted event whose actors agree most with the gold actors."""
    def score(e):
        return (2 * (_country(e["source"]) in gsrc) + (_country(e["target"]) in gtgt)
                + (e["plover"] != "OTHER") + e["confidence"])
    return max(events, key=score) if events else None


def _petr_code(actor) -> str:
    """PETRARCH writes an unknown actor as '---'."""
    return actor.code if actor is not None and actor.code else "---"


def _compact_date(value) -> Optional[str]:
    """'20080806' -> '2008-08-06' (the day leaders' terms are checked on); None if malformed."""
    text = str(value or "")
    if len(text) != 8 or not text.isdigit():
        return None
    try:
        return parse_iso_date(f"{text[:4]}-{text[4:6]}-{text[6:]}")
    except ValueError:
        return None


def eval_petrarch_gsr(coder: Coder, path: str, errors: int = 0) -> EvalResult:
    start = time.perf_counter()
    root, full = PRF(), PRF()
    gold_roots, pred_roots, wrong = [], [], []
    n = 0
    for _, r in read_jsonl(path):
        n += 1
        events = coder.code_article(Article("petr", r["text"], date=_compact_date(r.get("date"))))
        got_full = {(_petr_code(e.source), _petr_code(e.target), e.cameo) for e in events
                    if e.source and e.target}
        got_root = {(s[:3], t[:3], c[:2]) for s, t, c in got_full}
        want_full = {(x["sourcecode"], x["targetcode"], x["eventcode"])
                     for x in r["expected_events"]}
        want_root = {(s[:3], t[:3], c[:2]) for s, t, c in want_full}
        for prf, got, want in ((root, got_root, want_root), (full, got_full, want_full)):
            prf.tp += len(got & want)
            prf.fp += len(got - want)
            prf.fn += len(want - got)
        for s, t, c in want_root:
            gold_roots.append(c)
            match = next((g for g in got_root if g[:2] == (s, t)), None)
            pred_roots.append(match[2] if match else "none")
        if got_root != want_root:
            wrong.append({"sentence": r["text"], "gold": sorted(want_root) or "no event",
                          "predicted": sorted(got_root) or "no event"})
    figures = {"root_triples": root.as_dict(), "full_triples": full.as_dict()}
    return EvalResult("petrarch-gsr", "open", n, figures, confusion(gold_roots, pred_roots),
                      wrong[:errors], time.perf_counter() - start)
