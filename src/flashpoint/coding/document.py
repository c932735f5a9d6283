"""Document-level clean-up of a document's frames, and the conversion to events.

Mentions of one event share what each knows (dates, places, a missing actor); frames
that say the same thing are merged; each remaining frame becomes an `Event`.
"""
from __future__ import annotations

import hashlib
from typing import Optional

from ..models import Actor, Article, Event
from .conversions import VIOLENT_ROOTS
from .frames import Frame, actor_key
from .tables import cameo


def merge_sentence_frames(frames: list[Frame]) -> list[Frame]:
    """Fold 'launching missiles' (no target) into 'an attack on Israel' by the same source,
    and 'threatened to attack' into one threat: one sentence, one event per root and dyad."""
    out: list[Frame] = []
    for f in frames:
        twin = next((o for o in out if o.root == f.root and actor_key(o.source) ==
                     actor_key(f.source) and _both_or_neither_negated(o, f) and
                     _same_target(o.target, f.target)), None)
        if twin is None:
            out.append(f)
            continue
        better = max((twin, f), key=lambda o: _known(o.target))  # the first on a tie
        code = max(twin.code, f.code, key=lambda c: (len(c), c != "190", c))
        teller = f if twin.nominal and not f.nominal else twin  # a verb's status over a noun's
        merged = better.with_(code=code, status=teller.status, date=twin.date or f.date,
                              location=twin.location or f.location)
        out[out.index(twin)] = merged
    return out



def _same_target(a: Optional[Actor], b: Optional[Actor]) -> bool:
    """None, the same actor, or one phrase that only one mention placed ('a summit on
    the unrest', the unrest in Iran)."""
    if a is None or b is None or actor_key(a) == actor_key(b):
        return True
    return min(_known(a), _known(b)) == 1 and (a.text or "").lower() == (b.text or "").lower()


def _known(actor: Optional[Actor]) -> int:
    """0: no target; 1: a phrase with no country; 2: an actor with a code or country."""
    return 0 if actor is None else 2 if actor.code or actor.country else 1


def _both_or_neither_negated(a: Frame, b: Frame) -> bool:
    return (a.status == "negated") == (b.status == "negated")



def resolve_coreference(frames: list[Frame]) -> list[Frame]:
    """Mentions of one event share what each knows: dates, a missing source or target."""
    by_root: dict[str, list[Frame]] = {}
    for f in frames:
        by_root.setdefault(f.root, []).append(f)
    out = []
    for f in frames:
        if f.source is not None and f.location is not None and f.date is not None and \
                (f.target is not None or not f.definite):
            out.append(f)
            continue
        peers = [o for o in by_root[f.root] if o is not f and _same_event(f, o)]
        if f.source is None:
            # never the target itself: attacks on Iran's sites are not Iran's
            src = next((o for o in peers if o.source is not None and
                        (f.target is None or actor_key(o.source) != actor_key(f.target))), None)
            if src is not None:
                status = "alleged" if src.status == "alleged" else f.status
                f = f.with_(source=src.source, status=status,
                            attribution=f.attribution or src.attribution)
        if f.target is None and f.root in VIOLENT_ROOTS and f.definite:
            tgt = next((o for o in peers if o.target is not None and
                        actor_key(o.source) == actor_key(f.source)), None)
            if tgt is not None:
                f = f.with_(target=tgt.target)
        if f.location is None:
            placed = next((o for o in peers if o.location is not None and _same_reality(o, f)), None)
            if placed is not None:
                f = f.with_(location=placed.location)
        if f.date is None:
            dated = [o for o in peers if o.date_explicit and _same_reality(o, f)]
            if dated:
                nearest = min(dated, key=lambda o: abs(o.trigger_start - f.trigger_start))
                f = f.with_(date=nearest.date)
        out.append(f)
    return out



def _same_reality(a: Frame, b: Frame) -> bool:
    """A plan or a hypothesis is not the same event as what happened."""
    factual = {"asserted", "reported", "alleged"}
    return a.status == b.status or (a.status in factual and b.status in factual)



def _same_event(a: Frame, b: Frame) -> bool:
    """Could `a` and `b` be two mentions of one event? (same root checked by the caller)"""
    if a.target is not None and b.target is not None:
        if actor_key(a.target) != actor_key(b.target):
            return False
        return a.source is None or b.source is None or actor_key(a.source) == actor_key(b.source)
    if a.source is None or b.source is None or actor_key(a.source) != actor_key(b.source):
        return False
    if a.target is None and b.target is None:
        return True
    vague = a if a.target is None else b
    return vague.definite



def default_date(f: Frame, doc_date: Optional[str]) -> Frame:
    if f.date is None and doc_date and f.status not in ("hypothetical",):
        return f.with_(date=doc_date, confidence=round(f.confidence - 0.05, 2))
    return f



def deduplicate(frames: list[Frame]) -> list[Frame]:
    """One event per (source, target, code, status, date) in a document; the best mention wins."""
    best: dict[tuple, Frame] = {}
    for f in frames:
        key = (actor_key(f.source), actor_key(f.target), f.code, f.status, f.date)
        old = best.get(key)
        if old is None:
            best[key] = f
            continue
        keep, other = (f, old) if f.confidence > old.confidence else (old, f)
        best[key] = keep.with_(attribution=keep.attribution or other.attribution,
                               quote=keep.quote or other.quote,
                               location=keep.location or other.location)
    return sorted(best.values(), key=lambda f: f.trigger_start)



def to_event(f: Frame, article: Article) -> Event:
    info = cameo(f.code)
    span = (f.sentence_start, f.sentence_start + len(f.sentence))
    raw = "|".join([article.doc_id, str(span[0]), str(f.trigger_start), f.code,
                    f.source.code or f.source.text if f.source else "-",
                    f.target.code or f.target.text if f.target else "-", f.status])
    event_id = hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]
    return Event(event_id=event_id, doc_id=article.doc_id, doc_date=article.date, date=f.date,
                 source=f.source, target=f.target, cameo=f.code, cameo_root=info.root,
                 plover=info.plover, plover_mode=info.plover_mode, goldstein=info.goldstein,
                 quad_class=info.quad_class, status=f.status, attribution=f.attribution,
                 quote=f.quote, location=f.location, sentence=f.sentence, span=span,
                 confidence=f.confidence, trigger=(f.trigger_start, f.trigger_end))
