"""Lemma tables for exactly the words the coding rules look at (see nlp.use_lemma_table)."""
from __future__ import annotations

from typing import Iterable

from . import arguments as args
from . import status
from .tables import REPEATABLE, inflections, noun_lexicon, verb_lexicon

_BE = {"be", "is", "are", "was", "were", "been", "being", "am", "'s", "’s", "'re", "’re", "'m", "’m"}
_HAVE = {"have", "has", "had", "having", "'ve", "’ve"}
_DO = {"do", "does", "did", "doing", "done"}
_EXTRA_VERBS = {"involve", "try", "attempt", "want", "seek", "decide", "deter", "view", "see",
                "go", "extend", "receive", "deem", "carry", "expand", "prevent", "come"}
_EXTRA_NOUNS = {"history", "event", "plan", "preparation", "decision", "proposal", "option",
                "possibility", "threat", "statement", "report", "remark", "comment"}


def join_hyphenated(doc) -> None:
    """'cease-fire' parses as 'cease', '-', 'fire': the head word takes the lemma of the
    joined word where a lexicon knows it ('ceasefire', 'counterattack')."""
    for tok in doc[2:]:
        hyphen, first = doc[tok.i - 1], doc[tok.i - 2]
        if hyphen.text != "-" or hyphen.whitespace_ or first.whitespace_:
            continue
        joined = first.lower_ + tok.lemma_.lower()
        if joined in noun_lexicon() or joined in verb_lexicon():
            tok.lemma_ = joined


def _noun_forms(lemma: str) -> set[str]:
    forms = {lemma, lemma + "s", lemma + "es"}
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        forms.add(lemma[:-1] + "ies")
    return forms


def _condition_values() -> Iterable[str]:
    for lexicon in (verb_lexicon(), noun_lexicon()):
        for rows in lexicon.values():
            for row in rows:
                for _, values in row.conditions:
                    yield from (v for v in values if v.isalpha() and v.islower())


def build_lemma_tables(extra_verbs: Iterable[str] = (), extra_nouns: Iterable[str] = ()
                       ) -> tuple[dict[str, str], dict[str, str]]:
    verbs: dict[str, str] = {}
    lemmas = set(verb_lexicon()) | status.FRAME_WORDS | status.SAY_VERBS | \
        status.CARRIER_VERBS | args.LIGHT_VERBS | args.FRAME_VERBS | args.OBJECT_CONTROL | \
        args.ACCUSE_VERBS | args.AS_VERBS | args.UNDERGO_VERBS | args.RECEIVE_VERBS | \
        args.DEATH_VERBS | _EXTRA_VERBS | \
        set(extra_verbs)
    for lemma in sorted(lemmas):
        for form in inflections(lemma):
            verbs.setdefault(form, lemma)
    for forms, lemma in ((_BE, "be"), (_HAVE, "have"), (_DO, "do")):
        verbs.update({f: lemma for f in forms})
    for lemma in sorted(lemmas):  # a lemma is always its own lemma
        verbs[lemma] = lemma
    for base in sorted(REPEATABLE):  # "reimposed the blockade" imposes it (again)
        for form in inflections("re" + base):
            verbs.setdefault(form, base)
    nouns: dict[str, str] = {}
    noun_lemmas = set(noun_lexicon()) | args.PATIENT_NOUNS | args.FRAME_NOUNS | \
        status.CONSIDER_WORDS | status.PLAN_WORDS | _EXTRA_NOUNS | set(_condition_values()) | \
        set(extra_nouns)
    for lemma in sorted(noun_lemmas, key=len):  # shortest first: talks -> talk
        for form in sorted(_noun_forms(lemma)):
            nouns.setdefault(form, lemma)
    return verbs, nouns
