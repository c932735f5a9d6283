"""Code the relation between two given mentions of a sentence (`code_dyad`).

Rules first: every trigger of the sentence is a candidate; the one whose arguments
cover the given source and target (or that lies on the dependency path between them)
wins. When the rules find nothing, an optional statistical classifier decides.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ..models import Article, Event
from ..nlp import Sentence, load_nlp
from .arguments import coded_as
from .classifier import SHIPPED, chosen_classifier
from .coder import Coder, DocContext, _SentenceState, to_event
from .frames import Frame
from .parse import dependency_path
from .phrases import in_subtree, of_home_country
from .status import event_status
from .tables import cameo


def span_head(doc, span: Optional[tuple[int, int]]):
    if span is None:
        return None
    span = doc.char_span(span[0], span[1], alignment_mode="expand")
    return span.root if span is not None else None


OWNER_DEPS = ("amod", "compound", "poss", "nmod")


def _covers(heads: list, span: Optional[tuple[int, int]]) -> bool:
    if span is None:
        return False
    start, end = span
    for head in heads:
        for tok in [head] + [c for c in head.children if c.dep_ in ("conj", "appos")]:
            words = [tok] + [m for m in tok.lefts if m.dep_ in OWNER_DEPS]
            if any(start <= w.idx < end or w.idx <= start < w.idx + len(w.text) for w in words):
                return True  # 'Nigerian and British armed forces': each owner too
    return False


def _names_actor(tok, span: Optional[tuple[int, int]], span_head) -> bool:
    """A trigger word inside a mention names the actor ('Israeli strike forces'), not the
    act; one heading the mention (when given) is the act itself ('a Saudi-led strike on X'
    as the source)."""
    inside = span is not None and span[0] <= tok.idx < span[1]
    return inside and (span_head is None or tok.i != span_head.i)


def best_candidate(state: _SentenceState, src_tok, tgt_tok, source_span, target_span):
    """(trigger, code, score, status) of the candidate that best explains the dyad, or
    None (status None: the trigger's own)."""
    path_ids = {t.i for t in dependency_path(src_tok, tgt_tok)} if src_tok is not None and \
        tgt_tok is not None else set()
    best = None
    for c in state.candidates:
        trig = c.trigger
        if c.code == "none" or _names_actor(trig, source_span, src_tok) or \
                _names_actor(trig, target_span, None) and not _refused(c):
            continue  # an act as target: what is done to it (unless refused: 'refused talks')
        targets = c.target_heads + _doerless_object_targets(c, state.candidates)
        sources = c.source_heads + _antecedents(c.source_heads)
        score = 2 * _covers(sources, source_span) + 2 * _covers(targets, target_span)
        score += 1.5 * (trig.i in path_ids)
        score -= 0.05 * min(abs(trig.i - (src_tok.i if src_tok else 0)),
                            abs(trig.i - (tgt_tok.i if tgt_tok else 0)))
        if cameo(c.code).plover == "OTHER":
            score -= 1
        if best is None or score > best[2]:
            best = (trig, c.code, score, c.status)
    return best if best and best[2] > 0 else None


def _refused(candidate) -> bool:
    """A candidate the rules turned into its refusal ('refused official talks with X'):
    a rejection coded on a word that is no rejection itself."""
    return cameo(candidate.code).root == "12" and not coded_as(candidate.trigger, {"12"})


def _antecedents(heads: list) -> list:
    """Whom a pronoun doer stands for: the subject of the clause its own clause reports or
    depends on ('NUT announced that it has called off the strike': NUT)."""
    out = []
    for head in heads:
        if head.pos_ != "PRON":
            continue
        clause = head.head
        while clause.dep_ in ("ccomp", "xcomp", "advcl", "conj") and clause.head.i != clause.i:
            clause = clause.head
            subjects = [s for s in clause.children if s.dep_ == "nsubj" and s.pos_ != "PRON"]
            if subjects:
                out += subjects[:1]
                break
    return out


def _doerless_object_targets(verb_candidate, candidates) -> list:
    """'is willing to provide ammunition alongside humanitarian assistance to Turkey':
    an event noun with no doer of its own inside a verb's object phrase is part of the
    verb's act, and its target the verb's."""
    trig = verb_candidate.trigger
    if trig.pos_ not in ("VERB", "AUX"):
        return []
    objects = [c for c in trig.children if c.dep_ in ("dobj", "dative", "prep")]
    return [h for c in candidates if c.trigger.pos_ == "NOUN" and not c.source_heads
            and any(in_subtree(c.trigger, o) for o in objects) for h in c.target_heads]


@lru_cache(maxsize=1)
def _default_coder() -> Coder:
    return Coder(retyper=None)  # code_dyad applies its own classifier


def parse_dyad(coder: Coder, sentence: str, source_span, target_span, doc_date=None):
    """(state, source head, target head, best rule candidate) for a sentence and two spans."""
    doc = load_nlp()(sentence)
    article = Article("dyad", sentence, date=doc_date)
    state = _SentenceState(coder, doc, Sentence(sentence, 0), DocContext(article, []),
                           coder.resolver.index(doc))
    for tok in doc:
        state.frames_for(tok)
    src_tok, tgt_tok = span_head(doc, source_span), span_head(doc, target_span)
    return state, src_tok, tgt_tok, best_candidate(state, src_tok, tgt_tok, source_span,
                                                   target_span)


def code_dyad(sentence: str, source_span: Optional[tuple[int, int]],
              target_span: Optional[tuple[int, int]], doc_date: Optional[str] = None,
              coder: Optional[Coder] = None, classifier=SHIPPED) -> Optional[Event]:
    """The event between the mentions at `source_span` and `target_span` (character
    offsets into `sentence`; None when an actor is not in the sentence), or None.

    `classifier`: the shipped model by default; None for the rules alone; or any
    DyadClassifier, which has the last word over the rule coder's answer."""
    classifier = chosen_classifier(classifier)
    coder = coder or _default_coder()
    state, src_tok, tgt_tok, found = parse_dyad(coder, sentence, source_span, target_span,
                                                doc_date)
    doc, article = state.doc, state.ctx.article
    code = found[1] if found else None
    trig = found[0] if found else None
    if classifier is not None:
        code = classifier.predict_code(doc, src_tok, tgt_tok, code, trig)
    if code is None:
        return None
    source = state.actors([src_tok], state.ctx.day) if src_tok is not None else []
    target = state.actors([tgt_tok], state.ctx.day) if tgt_tok is not None else []
    source, target = of_home_country(source[0] if source else None,
                                     target[0] if target else None,
                                     state.home_country, state.visitors)
    status = (found[3] or event_status(trig).status) if found else "asserted"
    start = trig.idx if trig is not None else 0
    frame = Frame(code=code, trigger_start=start,
                  trigger_end=start + (len(trig.text) if trig is not None else 0),
                  sentence=sentence, sentence_start=0,
                  source=source, target=target,
                  status=status, confidence=0.8 if found else 0.5)
    return to_event(frame, article)
