"""Resolve argument noun phrases of a parsed sentence to `Actor` records.

Works on any object with spaCy's token interface (text, lower_, dep_, pos_, tag_,
head, children, lefts, i), so rules can be tested on hand-built parses.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Optional, Sequence

from ..models import Actor
from ..nlp import token_strings
from .gazetteer import Gazetteer, default_gazetteer
from .knowledge import ActorKnowledge, Entry, load_knowledge

_APOS = str.maketrans({"’": "'", "‘": "'"})
STATE_SECTORS = {"GOV", "MIL", "LEG", "JUD", "SPY", "COP"}
NP_LEFT_DEPS = {"compound", "amod", "poss", "nmod", "det", "nummod", "quantmod", "flat", "case"}
PRONOUNS = {"it", "its", "they", "their", "them", "he", "his", "him", "she", "her"}
LOCATED_IN = {"in", "throughout", "inside", "across"}
DEPLOYED_SECTORS = {"MIL", "UAF", "IGO", "*"}
COUNTERPARTS = {"counterpart", "counterparts"}  # of another country than where they meet
_QUANT = {"some", "many", "several", "other", "more", "all", "few", "three", "two"}


@dataclass(frozen=True)
class Match:
    start: int  # token index (inclusive)
    end: int  # token index (exclusive)
    entry: Optional[Entry]  # named entity, or None for an agent noun
    sector: Optional[str] = None  # for agent nouns


def find_matches(tokens: Sequence, kb: ActorKnowledge) -> list[Match]:
    """Longest-first scan of the sentence for known names and agent nouns."""
    texts, lowers = token_strings(tokens)
    texts = [_fix_case(t.translate(_APOS)) for t in texts]
    lowers = [t.translate(_APOS) for t in lowers]
    starts = kb.start_words()
    out: list[Match] = []
    i = 0
    while i < len(texts):
        if texts[i] not in starts and lowers[i] not in starts:
            misspelt = _misspelt_country(tokens, i, texts[i], kb)
            if misspelt is not None:
                out.append(Match(i, i + 1, misspelt))
            i += 1
            continue
        hit = None
        for n in range(min(kb.max_len, len(texts) - i), 0, -1):
            key = tuple(texts[i:i + n])
            if key in kb.names:
                hit = Match(i, i + n, kb.names[key])
                break
            lkey = tuple(lowers[i:i + n])
            if lkey in kb.agents and (n > 1 or tokens[i].pos_ in ("NOUN", "PROPN")):
                hit = Match(i, i + n, None, kb.agents[lkey])
                break
        if hit:
            out.append(hit)
            i = hit.end
        else:
            i += 1
    return out


def _misspelt_country(tokens: Sequence, i: int, word: str, kb: ActorKnowledge
                      ) -> Optional[Entry]:
    """A capitalised word that is a country name with a slip; not a first name before a
    surname ('Frances Fitzgerald')."""
    if not (word[:1].isupper() and word.isalpha()):
        return None
    tok = tokens[i]
    if tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and tok.head.i > tok.i:
        return None
    return kb.misspelt_country(word)


def _fix_case(word: str) -> str:
    """'iSrael' -> 'Israel': a capital inside a lower-case word is a typing slip."""
    if word[:1].islower() and word.isalpha() and not word.islower():
        return word.capitalize()
    return word


def person_code(entry: Entry, day: Optional[str]) -> Optional[str]:
    """A person's code on `day`: the covering term, else country+ELI for state roles."""
    if not entry.terms:
        return entry.code
    if day is None:
        return entry.terms[-1].code
    for term in entry.terms:
        if term.covers(day):
            return term.code
    last = entry.terms[-1].code
    if entry.country and last[3:6] in STATE_SECTORS:
        return entry.country + "ELI"
    return last


def sector_of(code: Optional[str]) -> Optional[str]:
    """The sector letters after the three-letter country or group prefix (IRNGOV -> GOV)."""
    return code[3:6] or None if code else None


class ActorResolver:
    """Turns argument tokens into actors using the knowledge tables."""

    def __init__(self, kb: Optional[ActorKnowledge] = None,
                 gazetteer: Optional[Gazetteer] = None):
        self.kb = kb or load_knowledge()
        self.gazetteer = gazetteer or default_gazetteer()
        self.person_names = frozenset(e.name for e in self.kb.names.values() if e.kind == "person")

    def index(self, tokens: Sequence) -> dict[int, Match]:
        """Map every token index covered by a match to that match."""
        by_token: dict[int, Match] = {}
        for m in find_matches(tokens, self.kb):
            for i in range(m.start, m.end):
                by_token[i] = m
        return by_token

    def resolve(self, head, matches: dict[int, Match], day: Optional[str] = None,
                context: Optional[list[Actor]] = None) -> list[Actor]:
        """Actors for the noun phrase headed by `head`, one per coordinated member."""
        actors = []
        members = coordinated(head) + self._listed_appositions(head, matches)
        if self._is_plain_noun(head, matches):
            for app in (c for c in head.children if c.dep_ == "appos"):
                members = coordinated(app)
                break
        if len(members) == 1:
            owners = self._coordinated_owners(head, matches, day)
            if owners:
                return owners
        for member in members:
            actor = self.resolve_one(member, matches, day, context)
            if actor is not None:
                actors.append(actor)
        return actors

    def _coordinated_owners(self, head, matches, day) -> list[Actor]:
        """'Nigerian and British armed forces', 'UK and EU negotiators', 'Russia and Turkey's
        foreign ministers': one actor per owner."""
        m = matches.get(head.i)
        if m is None or m.entry is not None or m.sector is None:
            return []
        mods = [t for t in head.lefts if t.dep_ in ("amod", "compound", "nmod", "poss")]
        mods += [c for t in mods for c in t.children if c.dep_ == "conj"]
        if not any(c.dep_ == "cc" for t in mods for c in t.children):
            return []
        owners: dict = {}  # entry -> the words that name it
        for tok in sorted(mods, key=lambda t: t.i):
            mm = matches.get(tok.i)
            if mm is not None and mm.entry is not None and mm.entry not in owners:
                owners[mm.entry] = tok.text
        if len(owners) < 2:
            return []
        return [replace(self._entry_actor(e, day, m.sector), text=words)
                for e, words in owners.items()]

    def _listed_appositions(self, head, matches) -> list:
        """'The US, Russia, and Switzerland': names in apposition to a name form a list."""
        m = matches.get(head.i)
        if m is None or m.entry is None or m.entry.kind not in ("country", "group", "metonym"):
            return []
        out = []
        for app in (c for c in head.children if c.dep_ == "appos"):
            am = matches.get(app.i)
            if am is not None and am.entry is not None and am.entry.kind in ("country", "group"):
                out.extend(coordinated(app))
        return out

    def _is_plain_noun(self, head, matches) -> bool:
        """A common noun that is neither a name nor an agent ('the forces it backs')."""
        if head.pos_ != "NOUN":
            return False
        m = matches.get(head.i)
        return m is None or (m.entry is None and self._modifier_entry(head, matches) is None)

    def resolve_one(self, head, matches, day=None, context=None) -> Optional[Actor]:
        found = self._resolve_member(head, matches, day, context)
        if found is not None and found.code and found.country and \
                found.sector in OFFICE_SECTORS and _former(head):
            return replace(found, code=found.country + "ELI", sector="ELI")  # "former
        return found  # President X" holds no office: an elite

    def _resolve_member(self, head, matches, day=None, context=None) -> Optional[Actor]:
        if head.lower_ in PRONOUNS and head.pos_ == "PRON":
            return _from_context(head, context, self.person_names)
        text = np_text(head)
        m = matches.get(head.i)
        if m is not None and m.entry is not None:
            entry = self._home_of_people(head, matches, m.entry) or m.entry
            owner = self._owner_of_institution(head, matches, entry)
            if owner is not None:  # "Peru's Congress" is Peru's, not the US Congress
                return Actor(owner.country + entry.sector, owner.country, owner.name, text,
                             entry.sector)
            found = self._entry_actor(entry, day, sector=None)
            return Actor(found.code, found.country, found.name, text, found.sector)
        for app in (c for c in head.children if c.dep_ == "appos"):
            found = self._resolve_core(app, matches, day)
            if found and found.code:
                return Actor(found.code, found.country, found.name, text, found.sector)
        found = self._resolve_core(head, matches, day)
        if found:
            return Actor(found.code, found.country, found.name, text, found.sector)
        if head.pos_ == "PROPN":
            return Actor(None, None, None, text, None)
        return None

    def _resolve_core(self, head, matches, day) -> Optional[Actor]:
        m = matches.get(head.i)
        if m is not None and m.entry is not None:
            return self._entry_actor(m.entry, day, sector=None)
        sector = m.sector if m is not None else _title_sector(head, matches)
        modifier = self._modifier_entry(head, matches)
        if sector is None:
            return _country_owned(head, matches, modifier)
        if modifier is None and sector not in DEPLOYED_SECTORS:
            modifier = self._located_in(head, matches)
        if modifier is None:
            return Actor(None, None, None, head.text, None if sector == "*" else sector)
        return self._entry_actor(modifier, day, sector)

    def _modifier_entry(self, head, matches) -> Optional[Entry]:
        """Country, demonym or group modifying an agent noun (left modifiers, `of` PPs)."""
        for tok in _np_left(head):
            if opposed_modifier(tok):
                continue  # "an anti-Syria journalist" is no Syrian
            m = matches.get(tok.i)
            if m is not None and m.entry is not None:
                return m.entry
            leader = _leader(tok, matches)
            if leader is not None:
                return leader
            place = self._place_before(tok, matches) if not after_title(tok, matches) \
                else None  # not a first name: 'General David Petraeus'
            if place is not None:
                return place
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "from")):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                m = matches.get(pobj.i)
                if m is not None and m.entry is not None:
                    return m.entry
                inner = self._modifier_entry(pobj, matches)
                if inner is not None:
                    return inner
        return None

    def _owner_of_institution(self, head, matches, entry: Entry) -> Optional[Entry]:
        """The country named with an institution that stands for another one's ('Peru's
        Congress', 'the Peruvian Congress')."""
        if entry.kind != "metonym" or not entry.sector:
            return None
        owner = self._modifier_entry(head, matches)
        if owner is None or owner.kind not in ("country", "demonym") or not owner.country or \
                owner.country == entry.country:
            return None
        return owner

    def _home_of_people(self, head, matches, people: Entry) -> Optional[Entry]:
        """'Bosnian Serbs', 'ethnic Albanians in south Serbia', 'the Albanians of Kosovo': a
        people named with the country it lives in is of that country."""
        if people.kind != "demonym":
            return None
        for tok in _np_left(head):
            m = matches.get(tok.i)
            if tok.dep_ in ("amod", "compound") and m is not None and m.entry is not None and \
                    m.entry.kind in ("country", "demonym") and m.entry.country != people.country:
                return m.entry
        return self._located_in(head, matches, LOCATED_IN | {"of"})

    def _place_before(self, tok, matches) -> Optional[Entry]:
        """'Darfur rebels', 'Gaza Strip residents': a place name (no actor) compounded
        before an agent noun stands for the country it is in."""
        if tok.dep_ != "compound" or tok.pos_ != "PROPN" or tok.i in matches:
            return None
        words = [t for t in tok.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [tok]
        return self._place_entry(*[t.text for t in words])

    def _place_entry(self, *words: str) -> Optional[Entry]:
        found = self.gazetteer.country_place(list(words))
        if found is None:
            return None
        place = found[1]
        return Entry("country", place.name, place.country, place.country)

    def _located_in(self, head, matches, preps=LOCATED_IN) -> Optional[Entry]:
        """'rebels in the Ivory Coast', 'students throughout Indonesia', 'rebels in Darfur':
        the country a home-grown group is in (not for troops, which are often abroad)."""
        if head.lower_ in COUNTERPARTS:
            return None
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in preps):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                m = matches.get(pobj.i)
                if m is not None and m.entry is not None and (
                        m.entry.kind == "country" or m.entry.kind == "metonym" and
                        m.entry.country and m.entry.sector == "GOV"):
                    return m.entry  # "the new government in Lima": a capital's
                if m is None and pobj.pos_ == "PROPN":
                    place = self._place_entry(np_text(pobj).removeprefix("the "))
                    if place is not None:
                        return place
        return None

    @staticmethod
    def _entry_actor(entry: Entry, day, sector) -> Actor:
        if sector == "*":  # "members of X", "organisations": the owner's own code
            sector = None
        if entry.kind == "person":
            code = person_code(entry, day)
            return Actor(code, entry.country, entry.name, entry.name, sector_of(code))
        country = entry.country
        if entry.kind in ("country", "demonym") or entry.kind == "metonym" and sector:
            # "Kabul residents" are Afghan civilians, not the government Kabul stands for
            return Actor(country + (sector or ""), country, entry.name, entry.name, sector)
        if entry.kind == "group" and sector and entry.sector not in ("GOV", "IGO") and country \
                and entry.code.startswith(country + "GOV"):
            return Actor(country + sector, country, entry.name, entry.name, sector)
        return Actor(entry.code, country, entry.name, entry.name, entry.sector)


OFFICE_SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY"}


def _former(head) -> bool:
    """'former President X', 'the former interior minister', 'ex-president X'."""
    words = [t for t in head.lefts] + [t for c in head.lefts if c.dep_ == "compound"
                                       for t in c.lefts]
    return any(t.lower_ in ("former", "ex") or t.lower_.startswith("ex-") for t in words)


BODY_WORDS = {"Ministry", "Council", "Government", "Office", "Department", "Cabinet",
              "Parliament", "Assembly", "Senate", "Court", "Agency", "Committee", "Commission",
              "Authority", "Administration", "Presidency", "Secretariat", "Regime", "Service"}


PERSON_TITLES = {"minister", "president", "premier", "chancellor", "king", "queen", "leader",
                 "secretary", "ambassador", "envoy", "spokesman", "spokeswoman", "general",
                 "commander", "governor", "mayor", "emir", "prince", "sultan"}


def _from_context(head, context: Optional[list[Actor]], person_names: frozenset
                  ) -> Optional[Actor]:
    """The most recent antecedent of the right kind: a person for he/his, else a body."""
    if not context:
        return None
    want_person = head.lower_ in ("he", "his", "him", "she", "her")
    for actor in reversed(context):
        if _names_person(actor, person_names) == want_person and \
                (actor.code or actor.name or actor.sector):
            text = actor.text or head.text  # the antecedent's words, where known
            return Actor(actor.code, actor.country, actor.name, text, actor.sector)
    return None


def _names_person(actor: Actor, person_names: frozenset) -> bool:
    """'President Assad' and 'Prime Minister Viktor Orban' are persons; 'the Assad regime'
    and 'the Foreign Ministry' are not."""
    words = actor.text.split() if actor.text else []
    last = words[-1] if words else ""
    if actor.name in person_names:
        return last in actor.name
    if last.lower() in PERSON_TITLES:  # "the Czech prime minister ... his country"
        return True
    return actor.sector == "GOV" and len(words) >= 3 and last[:1].isupper() and \
        last not in (actor.name or "") and last not in BODY_WORDS


def after_title(tok, matches) -> bool:
    """A name word after a title ('General David ...'): part of a person's name."""
    return any(t.i < tok.i and t.i in matches and matches[t.i].entry is None
               for t in tok.head.lefts)


def _country_owned(head, matches, modifier: Optional[Entry]) -> Optional[Actor]:
    """'Libya's renegade Gen. Khalifa Haftar', 'Iraqi Kurds', 'Montenegro Assembly': a
    name a country's possessive or adjective stands before belongs to that country (an
    adjective before a person's full name only tells where they are from)."""
    if head.pos_ != "PROPN" or modifier is None or modifier.kind not in ("country", "demonym"):
        return None
    full_name = any(t.dep_ == "compound" and t.pos_ == "PROPN" and t.i not in matches
                    for t in head.lefts)
    deps = ("poss",) if full_name else ("poss", "amod", "compound")
    owners = [t for t in _np_left(head) if t.dep_ in deps
              and matches.get(t.i) is not None and matches[t.i].entry is modifier]
    return Actor(modifier.country, modifier.country, None, head.text, None) if owners else None


def _title_sector(head, matches) -> Optional[str]:
    """The sector of a title before a name ('Zimbabwean Prime Minister Robert Mugabe')."""
    if head.pos_ != "PROPN":
        return None
    for tok in _np_left(head):
        m = matches.get(tok.i)
        if m is not None and m.entry is None and m.sector not in (None, "*"):
            return m.sector
    return None


def _leader(tok, matches) -> Optional[Entry]:
    """'the Saudi-led coalition': the coalition is its leader's (not so 'Iran-backed')."""
    if tok.dep_ != "amod" or tok.lemma_.lower() != "lead":
        return None
    for child in tok.children:
        m = matches.get(child.i)
        if child.dep_ in ("npadvmod", "compound", "nsubj") and m is not None and \
                m.entry is not None:
            return m.entry
    return None


def _np_left(head):
    """Left modifiers of a noun phrase, recursively through compounds and possessives."""
    for child in head.lefts:
        if child.dep_ in NP_LEFT_DEPS:
            yield child
            yield from _np_left(child)


def opposed_modifier(tok) -> bool:
    """'anti-Syria', 'anti-American': a modifier naming whom the thing is against, never
    whose it is ('anti' and the hyphen parse as modifiers of their own)."""
    doc = tok.doc
    if tok.lower_.startswith("anti-"):
        return True
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "anti"


def coordinated(head) -> list:
    """`head` and the members coordinated with it ("Iran and Hamas")."""
    members = [head]
    for child in head.children:
        if child.dep_ == "conj" and child.pos_ in ("PROPN", "NOUN", "PRON"):
            members.extend(coordinated(child))
    return members


def np_text(head) -> str:
    """Surface text of the phrase: left modifiers, the head and its appositions."""
    left = [head] + list(_np_left(head))
    start = min(t.left_edge.i for t in left)  # 'US-led forces', not 'led forces'
    end = head.i
    for child in head.children:
        if child.dep_ in ("appos", "flat") or (child.dep_ == "compound" and child.i > head.i):
            end = max(end, max(t.i for t in child.subtree))
    doc = head.doc
    return doc[start:end + 1].text.strip(" ,")
