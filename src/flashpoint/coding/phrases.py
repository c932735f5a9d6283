"""Phrase-level helpers over the parse: a trigger's own phrase, noun phrase text,
person-like names, and the target implied by where a violent event happened."""
from __future__ import annotations

from typing import AbstractSet, Optional

from ..actors.resolve import COUNTERPARTS, DEPLOYED_SECTORS
from ..models import Actor
from .conversions import VIOLENT_ROOTS
from .parse import ancestors
from .tables import cameo, noun_lexicon

SYMPATHY_CODES = {"017", "018"}  # mourning, condolences, sympathy
CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "parataxis", "appos"}
# Where an act happens or goes: 'imposed a curfew in Kashmir', 'sent aid to Gaza'.
PLACE_PREPS = {"in", "into", "to", "inside", "across", "throughout"}
# Words that keep an unnamed party from the sentence's only country ('foreign forces').
FOREIGN_WORDS = {"foreign", "international", "multinational", "overseas", "outside"} | \
    COUNTERPARTS  # "met his counterpart": of another country
# The links followed from the trigger to such a place (not into another actor's clause).
PLACE_WALK_DEPS = {"dobj", "prep", "pobj", "xcomp", "advcl", "acl", "conj", "pcomp", "dative",
                   "amod"}



def phrase_tokens(trig) -> list:
    """The trigger's subtree without embedded clauses or other event words."""
    out, stack = [], [trig]
    while stack:
        tok = stack.pop()
        for child in tok.children:
            if child.dep_ in CLAUSE_DEPS and child.pos_ in ("VERB", "AUX"):
                continue
            if child.i != trig.i and child.pos_ == "NOUN" and child.lemma_.lower() in noun_lexicon():
                continue
            out.append(child)
            stack.append(child)
    return sorted(out, key=lambda t: t.i)



def place_object(trig, is_place, max_depth: int = 4, preps=PLACE_PREPS):
    """The nearest place the act happens in or goes to, walking down from the trigger:
    'imposed a curfew in parts of Kashmir', 'agreed to set up a company in Berlin'."""
    frontier = [trig]
    for _ in range(max_depth):
        deeper = []
        for tok in frontier:
            for child in tok.children:
                if child.dep_ not in PLACE_WALK_DEPS or _has_own_subject(child):
                    continue
                if child.dep_ == "pobj" and tok.lower_ in preps and is_place(child):
                    return child
                deeper.append(child)
        frontier = deeper
    return None


def _has_own_subject(tok) -> bool:
    """A clause with its own subject or conjunction ('after Russia seized Crimea')."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children)


def in_subtree(tok, root) -> bool:
    return tok.i == root.i or any(a.i == root.i for a in ancestors(tok))



def looks_like_person(tok) -> bool:
    names = [t for t in tok.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    return bool(names) and tok.text[0].isupper()



def phrase(head) -> str:
    """The words of a noun phrase without its clauses ('officials briefed on ...' -> officials)."""
    skip = set()
    for t in head.subtree:
        if t.dep_ in ("relcl", "acl", "prep") and t.i > head.i:
            skip |= {x.i for x in t.subtree}
    toks = [t for t in head.subtree if t.i not in skip]
    text = head.doc[toks[0].i:toks[-1].i + 1].text if toks else head.text
    return text.strip(" ,;")


DOMESTIC_SECTORS = {"COP", "JUD"}  # police and courts act on their own country's people


def _of_country(tgt: Actor, country: str) -> Actor:
    """An unnamed target ('demonstrators') placed in a country."""
    return Actor(country + (tgt.sector or ""), country, tgt.name, tgt.text, tgt.sector)


def domestic_target(src, tgt, code) -> Optional[Actor]:
    """'Egyptian police arrested demonstrators', 'Nigerian authorities jailed 52 members
    of a banned movement': unnamed people a country's police or courts act on, or its
    government coerces, are that country's."""
    if src is None or not src.country or tgt is None or tgt.code or tgt.country:
        return tgt
    domestic = src.sector in DOMESTIC_SECTORS and cameo(code).quad_class in (2, 4) or \
        src.sector == "GOV" and code[:2] == "17"
    if not domestic:
        return tgt
    return _of_country(tgt, src.country)


def source_from_location(src, location) -> Optional[Actor]:
    """'Demonstrators in Baghdad blocked a road': unnamed doers are of the place they act in
    (not unknown names, who may be visiting)."""
    if src is None or src.code or src.country or location is None or not location.country:
        return src
    words = (src.text or "").split()
    if not src.sector and not (words and words[-1].islower()):
        return src
    return _of_country(src, location.country)


def of_home_country(src, tgt, country: Optional[str], visitors: AbstractSet[str]) -> tuple:
    """'Fijian rebels will release Prime Minister Mahendra Chaudhry', 'Bouteflika may lift
    the ban on the Islamic Salvation Front': an office, group or body named without a
    country is of the only country the sentence names. Not a person's bare name (who may
    be visiting), nor those a country's troops act on (who may be abroad)."""
    src = _at_home(src, country, visitors)
    abroad = src is not None and src.sector in DEPLOYED_SECTORS and src.country == country
    return src, tgt if abroad else _at_home(tgt, country, visitors)


def _at_home(actor, country, visitors) -> Optional[Actor]:
    if actor is None or actor.code or actor.country or not country or actor.text in visitors:
        return actor
    if not actor.sector and not _names_someone(actor.text or ""):
        return actor  # 'rejected an extradition request': a thing, not a party
    if _foreign(actor):
        return actor  # 'demanded the withdrawal of all foreign forces': not the home country's
    return _of_country(actor, country)


def _foreign(actor: Actor) -> bool:
    return bool(FOREIGN_WORDS & set((actor.text or "").lower().split()))


def _names_someone(text: str) -> bool:
    return any(w[:1].isupper() and w.lower() not in ("the", "a", "an") for w in text.split())


def ethnic_in_place(actor, location) -> Optional[Actor]:
    """'ethnic Albanians demonstrated in Serbia': an ethnic group acting in a country is
    of that country (a people, not the state its name recalls)."""
    if actor is None or location is None or not location.country or \
            actor.country == location.country or \
            "ethnic" not in (actor.text or "").lower().split():
        return actor
    return _of_country(Actor(None, None, None, actor.text, actor.sector), location.country)


def target_from_location(src, tgt, location, code) -> Optional[Actor]:
    """A strike on 'military targets near Haifa' targets Israel's military; 'dispersed
    demonstrators in Monrovia' disperses Liberian demonstrators."""
    if location is None or not location.country:
        return tgt
    if code[:3] in SYMPATHY_CODES and (tgt is None or not (tgt.code or tgt.country)):
        return Actor(location.country, location.country, None, location.name, None)  # the
        # people of the place sympathy goes to ('sorrow for the shootings in South Carolina')
    always = code[:2] in VIOLENT_ROOTS | {"14", "15"}
    # a material act or a meeting with no other target: the place stands for it
    unknown = tgt is None or tgt.code is None and tgt.country is None
    fills_gap = unknown and (code[:2] == "04" or cameo(code).quad_class in (2, 4))
    if not (always or fills_gap):
        return tgt
    if tgt is not None and tgt.country is None and tgt.code is None:  # someone unnamed there
        return tgt if _foreign(tgt) else _of_country(tgt, location.country)  # is of the place
    if src is not None and src.country == location.country:
        return tgt
    if tgt is None:
        return Actor(location.country, location.country, None, location.name, None) \
            if src is not None and src.country else None
    return tgt
