"""Rule-based event coder over spaCy dependency parses.

`Coder.code_article(article)` returns the article's events in the export format.
The stages for one sentence: find trigger words (verbs.tsv, nouns.tsv) -> find the
tokens of source and target (arguments.py) -> resolve them to actors -> status,
attribution, quote, date and place -> frames. Document level: coreference of
repeated mentions (dates, missing actors), then de-duplication.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cached_property, lru_cache
from typing import Iterable, NamedTuple, Optional

from ..actors import ActorResolver, Gazetteer
from ..actors.gazetteer import default_gazetteer
from ..actors.knowledge import DATA_DIR as ACTOR_DATA
from ..actors.resolve import after_title, coordinated, np_text, opposed_modifier
from ..models import Actor, Article, Attribution, Event, Location
from ..nlp import Sentence, load_nlp, split_sentences, use_lemma_table
from . import arguments as args
from .dates import iter_resolved
from .classifier import SHIPPED, chosen_classifier
from .conversions import (APPEAL_FRAMES, COOPERATIVE_ROOTS, VIOLENT_ROOTS, as_demand,
                          as_intent_or_refusal, as_threat)
from .document import (default_date, deduplicate, merge_sentence_frames,
                       resolve_coreference, to_event)
from .frames import Frame, actor_key
from .phrases import (PLACE_PREPS, domestic_target, ethnic_in_place, in_subtree,
                      looks_like_person, phrase, of_home_country, phrase_tokens, place_object,
                      source_from_location, target_from_location)
from .lemmas import build_lemma_tables, join_hyphenated
from .parse import (ancestors, aux_words, children, child_preps, governing_verb,
                    has_negation, passive_agents, repair_misparses, sentence_root)
from .status import (according_to, event_status, is_anonymous, not_ruled_out, quote_for,
                     root_speaker)
from .tables import (BLAME_WORDS, FAULT_WORDS, LexRow, cameo, noun_lexicon, trigger_forms,
                     verb_lexicon, word_classes)

STATEMENT_VERBS = {"announce", "declare", "state", "affirm", "reaffirm", "assert", "stress",
                   "emphasize", "emphasise"}
INVOLVEMENT = {"involve", "involved", "responsible", "behind", "participate", "role"}
DENIABLE_NOUNS = {"involvement", "role", "responsibility", "charge", "charges", "accusation",
                  "accusations", "report", "reports", "claim", "claims", "allegation",
                  "allegations", "participation", "link", "links"}
AERIAL = {"missile", "missiles", "drone", "drones", "rocket", "rockets", "airstrike",
          "airstrikes", "warplane", "warplanes", "jets", "aircraft", "ballistic"}
# Objects that name a wish or a topic, never a party ("urged restraint").
ABSTRACT_NOUNS = {"end", "restraint", "calm", "peace", "security", "stability", "dialogue",
                  "unity", "respect", "reform", "justice", "action", "help", "proposal",
                  "plan", "effort", "efforts", "step", "steps", "measure", "measures", "way",
                  "need", "importance", "right", "rights", "concern", "concerns", "level",
                  "extent", "degree", "cost", "kind", "form", "time", "choice"}
ORG_WORDS = {"Group", "Council", "Army", "Front", "Brigade", "Brigades", "Party", "Movement",
             "Ministry", "Committee", "Forces", "Union", "Organization", "Organisation",
             "Agency", "Corps", "Guard", "Guards", "Battalion", "Militia", "Command",
             "Authority", "Court", "Parliament", "Assembly", "Government", "Bank", "Company"}
SPEECH_NOUNS = {"statement", "report", "remark", "comment", "announcement", "communique"}
SPEAKER_NOUNS = {"source", "analyst", "witness", "resident", "observer", "expert", "media",
                 "newspaper", "agency", "television", "spokesman", "spokeswoman", "official"}
# Staying away from an event: "boycotted the summit" holds no meeting.
# Words a headline leaves in lower case ('Peru Lifts Ban on Chilean Fruit').
HEADLINE_SMALL_WORDS = {"a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "but",
                        "by", "with", "from", "as", "over", "into", "amid", "after", "vs", "off",
                        "up", "out", "per", "via", "is", "are"}
ABSENCE_VERBS = {"boycott", "skip", "snub", "shun"}
# Acts done by a state's authorities: with no doer named, the place where it happened acts.
PLACE_DOER_ROOTS = {"16", "17"}
# Someone's relatives: persons though the word is common ('ordered the son of X to').
KIN_NOUNS = {"son", "daughter", "wife", "husband", "brother", "sister", "father", "mother",
             "nephew", "niece", "cousin", "widow", "child", "grandson", "granddaughter"}
# Deployments: a passive with no agent names the forces, whose own side sends them.
DEPLOYMENT_CODES = {"074", "154"}
FORCE_SECTORS = {"MIL", "COP"}
BORDER_PREPS = {"near", "along", "on"}
AIMED_ROOTS = VIOLENT_ROOTS | {"14"}  # aimed at whoever owns the facility they happen at
FACILITY_PREPS = {"outside", "near", "at", "in", "inside", "on"}  # next to or in a facility
# A bombing or its device ('a car bomb explosion', 'an improvised explosive device'); not a
# bare explosion or blast, often an accident ('a gas explosion at a coal mine').
BOMB_WORDS = {"bombing", "bomb", "ied", "minefield", "landmine", "explosive"}
MOTIVE_NOUNS = {"protest", "defiance"}
GRIEVANCE_PREPS = {"at", "against", "of", "over", "to"}
CAUSE_FIGHTS = {"fight", "battle", "combat", "target", "war", "fighting"}
# Passive acts whose doer is the place they come from ("rockets were fired from Gaza").
FROM_SOURCE_ROOTS = VIOLENT_ROOTS | PLACE_DOER_ROOTS
# Common nouns that name a place ('in parts of Kashmir', 'stormed the town').
PLACE_NOUNS = {"region", "regions", "province", "provinces", "area", "areas", "part", "parts",
               "town", "towns", "village", "villages", "city", "cities", "district",
               "districts", "capital", "territory", "territories", "country", "zone", "zones",
               "island", "islands", "county", "neighborhood", "neighbourhood", "department",
               "governorate", "municipality", "enclave", "strip", "valley", "border",
               "borders", "camp", "camps", "mosque", "church", "hospital", "school"}
# Who 'protested' in the street rather than in a note: sectors of ordinary people, crowds
# named by number ('thousands protested') and a private person ('a Kansas woman').
POPULACE_SECTORS = {"CVL", "OPP", "LAB", "EDU", "AGR", "REF", "REL"}
PEOPLE_WORDS = {"people", "crowd", "crowds", "thousands", "hundreds", "dozens", "tens",
                "scores", "women", "men", "youth", "residents", "mob", "woman", "man",
                "person", "youths", "farmers", "fishermen", "workers", "miners", "teachers",
                "students", "truckers", "villagers", "peasants", "pensioners", "citizens",
                "locals", "protesters", "demonstrators", "activists"}
# Passives that state a stance of their subject: 'is opposed to', 'is committed to'.
STANCE_VERBS = {"oppose", "commit", "dedicate"}
LOCATIVE_PREPS = {"in", "at", "near", "inside", "outside", "across", "around", "into"}
# Where a threatened act is aimed ('to cut off power to X', 'curbs against Y's goods').
AIMED_PREPS = ("to", "against", "on", "at")
# Answering a request, proposal or demand: its author is the target.
RESPONSE_VERBS = {"reject", "refuse", "decline", "accept", "dismiss", "veto", "grant", "approve",
                  "concede", "yield", "bow", "agree", "deny", "ignore", "heed", "meet", "answer",
                  "welcome", "endorse", "rebuff", "spurn", "turn", "overrule", "uphold",
                  "shrug", "brush", "balk", "defy"}
OWNING_WORDS = {"owned", "run", "operated", "controlled"}
GIVING_CODES = {"070", "071", "072", "073", "074"}  # whose object is what is given
HEED_VERBS = {"respond", "comply", "heed", "meet", "answer", "accept", "consider", "obey"}
REQUEST_NOUNS = {"request", "proposal", "demand", "appeal", "call", "offer", "plan",
                 "resolution", "invitation", "plea", "bid", "petition", "protest", "complaint",
                 "suggestion", "ultimatum", "motion", "application", "lawsuit", "suit",
                 "pressure"}
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")


# "BERLIN -- ", "GAZA CITY, Palestinian Territories: ", "KABUL (Pajhwok): ", "(CNN) ",
# 'WASHINGTON (AP) " ' (a dash lost to a straight quote)
_DATELINE = re.compile(r"(?:[A-Z][A-Z'.\-]{2,}(?: [A-Z][A-Z'.\-]+)*(?:, [A-Z][A-Za-z.\-]+"
                       r"(?: [A-Z][A-Za-z.\-]+)*)?(?: ?\([A-Za-z .\-]{1,30}\))? ?"
                       r"(?:--|—|–|-|:|\") "
                       r"|\([A-Z][A-Za-z .]{1,20}\) )(?=[A-Z\"“])")


def without_dateline(sent: Sentence) -> Sentence:
    """A news dateline before the sentence is not part of it (it would parse as the
    subject): the sentence starts after it, offsets kept."""
    m = _DATELINE.match(sent.text)
    return Sentence(sent.text[m.end():], sent.start + m.end()) if m else sent


def load_anchors() -> list[tuple[str, date]]:
    rows = []
    for line in (ACTOR_DATA / "anchors.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            phrase, day = line.split("\t")
            rows.append((phrase, date.fromisoformat(day)))
    return rows


def may_hold_event(text: str, names: frozenset = frozenset(),
                   agents: frozenset = frozenset()) -> bool:
    """Cheap filter: a trigger word and a likely actor (a known name, a capitalised word
    or an agent noun such as 'workers')."""
    forms = trigger_forms()
    words = _WORD.findall(text)
    if not any(w.lower() in forms or w.lower().replace("-", "") in forms for w in words):
        return False
    return any(w[0].isupper() for w in words[1:]) or \
        any(re.split(r"['’]", w)[0] in names for w in words[:1]) or \
        any(w.lower() in agents for w in words)


class DocContext:
    """What the coder knows about the document while it reads it."""

    def __init__(self, article: Article, anchors: list[tuple[str, date]]):
        self.article = article
        self.reference, self.prefer = _reference_date(article, anchors)
        self.subjects: list[Actor] = []

    @property
    def day(self) -> Optional[str]:
        return self.reference.isoformat() if self.reference else None


def _reference_date(article: Article, anchors) -> tuple[Optional[date], str]:
    if article.date:
        return date.fromisoformat(article.date), "past"
    hits = [d for phrase, d in anchors if phrase in article.text]
    if hits:
        return max(hits), "nearest"
    return None, "past"


class Coder:
    """Turns articles into events. Holds the model, the actor tables and the gazetteer."""

    def __init__(self, resolver: Optional[ActorResolver] = None,
                 gazetteer: Optional[Gazetteer] = None, retyper=SHIPPED):
        """`retyper`: a DyadClassifier that may correct the type the rules give an event
        (the shipped model by default, None for the rules alone)."""
        self.retyper = chosen_classifier(retyper)
        self.resolver = resolver or ActorResolver()
        self.gazetteer = gazetteer or default_gazetteer()
        self.anchors = load_anchors()
        self.first_words = frozenset(k[0] for k in self.resolver.kb.names)
        self.agent_words = frozenset(k[-1] for k in self.resolver.kb.agents)
        use_lemma_table(*build_lemma_tables(STATEMENT_VERBS | INVOLVEMENT,
                                            DENIABLE_NOUNS | SPEECH_NOUNS | SPEAKER_NOUNS))

    # ---- document level -------------------------------------------------
    def candidate_sentences(self, article: Article) -> list[Sentence]:
        sents = []
        if article.title_span:
            start, end = article.title_span
            sents.append(Sentence(article.text[start:end], start))
        sents += split_sentences(article.text, article.body_offset)
        return [s for s in map(without_dateline, sents)
                if may_hold_event(s.text, self.first_words, self.agent_words)]

    def code_article(self, article: Article) -> list[Event]:
        sentences = self.candidate_sentences(article)
        title = article.title_span[0] if article.title_span else None
        docs = load_nlp().pipe((self.sentence_case(s.text, s.start == title) for s in sentences),
                               batch_size=256)
        return self.code_parsed(article, zip(sentences, docs))

    def code_parsed(self, article: Article, parsed: Iterable) -> list[Event]:
        ctx = DocContext(article, self.anchors)
        frames: list[Frame] = []
        for sent, doc in parsed:
            frames.extend(self.code_sentence(doc, sent, ctx))
        frames = resolve_coreference(frames)
        frames = [default_date(f, article.date) for f in frames]
        return [to_event(f, article) for f in deduplicate(frames)]

    def sentence_case(self, title: str, is_title: bool = True) -> str:
        """Lower-case the capitalised common words of a headline (the title, or a line of
        the body written like one: 'Chile Expels Two Peruvian Diplomats'; same length). A
        body line with any lower-case word but the small ones a headline leaves so is a
        sentence ('German Chancellor Angela Merkel met ...')."""
        names = self.first_words
        words = _WORD.findall(title)
        caps = sum(1 for w in words if w[0].isupper())
        if len(words) < 4 or caps < 0.6 * len(words) or \
                not is_title and any(w[0].islower() and w not in HEADLINE_SMALL_WORDS
                                     for w in words):
            return title

        def fix(m: re.Match) -> str:
            w = m.group(0)
            if m.start() == 0 or w in names or w.split("’")[0] in names or w in self.gazetteer:
                return w
            return w.lower()
        return _WORD.sub(fix, title)

    # ---- sentence level -------------------------------------------------
    def code_sentence(self, doc, sent: Sentence, ctx: DocContext) -> list[Frame]:
        matches = self.resolver.index(doc)
        state = _SentenceState(self, doc, sent, ctx, matches)
        frames = []
        for tok in doc:
            frames.extend(state.frames_for(tok))
        state.remember_subject()
        return merge_sentence_frames(frames)


class Candidate(NamedTuple):
    """A trigger the rules coded, for code_dyad: the code and status its frame came to
    (status None when no frame was built: the trigger's own)."""
    trigger: object
    code: str
    source_heads: list
    target_heads: list
    status: Optional[str] = None


class _SentenceState:
    """Per-sentence helpers that need the parse, the matches and the document context."""

    def __init__(self, coder: Coder, doc, sent: Sentence, ctx: DocContext, matches):
        self.coder, self.doc, self.sent, self.ctx, self.matches = coder, doc, sent, ctx, matches
        if "-" in sent.text:  # most sentences have no hyphenated word: skip the token walk
            join_hyphenated(doc)
        repair_misparses(doc, args.TRANSFER_VERBS, noun_lexicon(), coercive_verbs())
        self.named_countries = frozenset(m.entry.country for m in matches.values()
                                         if m.entry is not None and m.entry.country)
        self.root = sentence_root(doc)
        self.main_subject = self._main_subject()
        self.according = according_to(doc, sent.text)
        self._date_cache: dict[str, list] = {}
        self.candidates: list[Candidate] = []
        self.visitors: set[str] = set()  # unknown people named without title or country
        self._verb_rows: dict[int, tuple] = {}  # token index -> _verb_row's answer

    # -- actors --
    @cached_property
    def home_country(self) -> Optional[str]:
        """The one country the sentence names (by name, people, groups or places), if one."""
        found = {m.entry.country for m in self.matches.values()
                 if m.entry is not None and m.entry.country}
        found |= {p.country for p in map(self._place_actor, self.doc) if p is not None}
        return found.pop() if len(found) == 1 else None

    def is_actor(self, tok) -> bool:
        m = self.matches.get(tok.i)
        if m is not None and (m.entry is not None or self._agent_has_owner(tok)):
            return True
        return self.is_unknown_actor(tok)

    def is_unknown_actor(self, tok) -> bool:
        """A proper noun that is no place and no date, and looks like a person or a body."""
        if tok.pos_ != "PROPN" or tok.lower_ in args.TIME_WORDS or tok.text in self.coder.gazetteer:
            return False
        if tok.i in self.matches:
            return False
        if tok.dep_ in ("nsubj", "nsubjpass", "appos", "conj"):
            return True
        words = [t for t in tok.lefts if t.dep_ in ("compound", "flat") and t.pos_ == "PROPN"]
        return bool(words) or any(w in ORG_WORDS for w in (tok.text, *[t.text for t in words]))

    def _agent_has_owner(self, tok) -> bool:
        return self.coder.resolver._modifier_entry(tok, self.matches) is not None

    def is_person(self, tok) -> bool:
        m = self.matches.get(tok.i)
        for app in children(tok, "appos"):
            if self.is_person(app):
                return True
        if m is not None and m.entry is not None:
            return m.entry.kind == "person"
        return tok.pos_ == "PROPN" and m is None and tok.text not in self.coder.gazetteer \
            and tok.ent_type_ in ("", "PERSON") and looks_like_person(tok)

    def actors(self, heads: list, day: Optional[str], keep_unknown: bool = False,
               verbal: bool = False) -> list[Actor]:
        """Actors for argument heads; with `keep_unknown` an unresolved noun phrase is kept
        with its text and no code (the addressee of a verbal act is never dropped)."""
        out = []
        for head in heads:
            if head.lower_ in args.TIME_WORDS:  # "met with Assad Tuesday": the name is a compound
                names = [c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
                if not names:
                    continue
                head = names[-1]
            if head.lemma_.lower() in args.QUANTITY_NOUNS:  # "hundreds of banks"
                head = args.effective_object(head)
            place = self._place_actor(head)
            if place is not None:
                out.append(place)
                continue
            context = self._pronoun_context(head)
            found = self._reporting_group(head) or \
                self.coder.resolver.resolve(head, self.matches, day, context)
            if not found:
                found = self._owner_of_target_noun(head, day, context)
            found = [self._owners_forces(head, a, day) for a in found]
            if not found and keep_unknown and self._may_name_party(head, verbal):
                found = [Actor(None, None, None, phrase(head), None)]
            if self.is_person(head) and head.text not in ORG_WORDS:
                self.visitors.update(a.text for a in found if not (a.country or a.sector))
            out.extend(found)
        return out

    def _owners_forces(self, head, actor: Actor, day) -> Actor:
        """'Chile denied that its navy had fired': the navy of whom 'its' stands for."""
        owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in
                      ("its", "their")), None)
        if owner is None or actor.code or actor.country or actor.sector not in FORCE_SECTORS:
            return actor
        found = self.coder.resolver.resolve(owner, self.matches, day,
                                            self._pronoun_context(owner))
        country = found[0].country if found else None
        return replace(actor, code=country + actor.sector, country=country,
                       name=found[0].name) if country else actor

    @staticmethod
    def _may_name_party(head, verbal: bool) -> bool:
        """An unknown noun phrase kept as a target: not a wish or topic, not a weapon or a
        number, and for a material act not another act ('retaliation for airstrikes')."""
        lemma = head.lemma_.lower()
        if head.pos_ not in ("NOUN", "PROPN") or lemma in ABSTRACT_NOUNS:
            return False
        if args.owned_by_pronoun(head):
            return False  # "strengthened its forces": the actor's own
        if args.is_weapon(head) or lemma in args.QUANTITY_NOUNS:
            return False
        return verbal or lemma not in noun_lexicon()

    def _owner_of_target_noun(self, head, day, context, depth: int = 0) -> list[Actor]:
        """'its embassy compound', 'an Islamic State target', 'part of Syria's city':
        the owner named inside a phrase that is not an actor itself."""
        owned = head.dep_ == "amod" and head.lower_ in OWNING_WORDS  # "Chilean-owned"
        if head.pos_ not in ("NOUN", "PROPN") and not owned or depth > 2:
            return []
        facility = head.lower_ in args.TARGET_NOUNS or head.lemma_ in args.TARGET_NOUNS or \
            head.lower_ in ("country", "nation")  # "his country's support"
        for child in head.lefts:
            if child.dep_ not in ("poss", "compound", "amod", "nmod", "npadvmod") or \
                    opposed_modifier(child):
                continue  # "an anti-Israel rally" is nobody's in Israel
            if child.pos_ == "PRON" and not facility:
                continue
            found = self.coder.resolver.resolve(child, self.matches, day, context) or \
                [a for a in [self._place_actor(child)] if a is not None]
            if found:
                return found
            sector = self.coder.resolver.kb.agents.get((child.lower_,))
            if sector and facility:
                return [Actor(None, None, None, f"{child.text} {head.text}", sector)]
            inner = self._owner_of_target_noun(child, day, context, depth + 1)
            if inner:
                return inner
        owner_preps = {"of", "for"} if facility else {"of"}  # "a camp for Congolese refugees"
        for _, pobj in child_preps(head, owner_preps):
            found = self.coder.resolver.resolve(pobj, self.matches, day, context) or \
                [a for a in [self._place_actor(pobj)] if a is not None]
            return found or self._owner_of_target_noun(pobj, day, context, depth + 1)
        return []

    def _place_actor(self, head) -> Optional[Actor]:
        """'shelled Kharkiv': a place that is not a known actor stands for its country;
        a region named with a country's name is the region's ('Northern Ireland')."""
        if not _name_like(head) or after_title(head, self.matches):
            return None  # 'Prime Minister Hassan Diab': a first name, not Hassan in India
        name = head.text
        compounds = [t for t in head.lefts if t.dep_ == "compound"]
        if head.i in self.matches:
            region = self.coder.gazetteer.lookup(" ".join([t.text for t in compounds] + [name])) \
                if compounds and all(t.i not in self.matches for t in compounds) else None
            return Actor(region.country, region.country, region.name, region.name, None) \
                if region is not None and region.country else None
        if any(t.i in self.matches and self.matches[t.i].entry is None for t in compounds):
            return None  # a title: 'Judge Alejandro Rivera' is a person, not Rivera, Uruguay
        found = self.coder.gazetteer.country_place([t.text for t in compounds] + [name],
                                                   self.named_countries)
        if found is None:
            return None
        text, place = found
        return Actor(place.country, place.country, place.name, text, None)

    def _pronoun_context(self, head=None) -> list[Actor]:
        """Antecedents for a pronoun, most likely last: earlier sentences' subjects, this
        sentence's subject, then names that stand before the pronoun in this sentence."""
        ctx = list(self.ctx.subjects)
        if self.main_subject is not None:
            ctx.append(self.main_subject)
        if head is None or head.pos_ != "PRON":
            return ctx
        person = head.lower_ in ("he", "his", "him", "she", "her")
        for tok in self.doc[:head.i]:
            m = self.matches.get(tok.i)
            if m is None or m.entry is None or m.start != tok.i:
                continue
            if (m.entry.kind == "person") == person:
                ctx.append(self.coder.resolver._entry_actor(m.entry, self.ctx.day, None))
        ctx.extend(self._reporting_subject(head))
        return ctx

    def _reporting_subject(self, pronoun) -> list[Actor]:
        """'Iraq said it would allow ...': the subject of the clause a pronoun's clause
        is the complement of is its likeliest antecedent."""
        return self._reporting_actors(pronoun)[:1]

    def _reporting_group(self, pronoun) -> list[Actor]:
        """'Obama and Putin said they will attack Iraq': 'they' is both."""
        if pronoun.lower_ != "they" or pronoun.pos_ != "PRON":
            return []
        group = self._reporting_actors(pronoun)
        return group if len(group) > 1 else []

    def _reporting_actors(self, pronoun) -> list[Actor]:
        if pronoun.dep_ not in ("nsubj", "nsubjpass"):
            return []
        clause = pronoun.head
        while clause.dep_ in ("ccomp", "xcomp", "conj") and clause.head.i != clause.i:
            clause = clause.head
            for subj in children(clause, "nsubj", "nsubjpass"):
                if subj.pos_ != "PRON":
                    return self.coder.resolver.resolve(subj, self.matches, self.ctx.day)
        return []

    def _main_subject(self) -> Optional[Actor]:
        root = self.root
        if root is None:
            return None
        for subj in children(root, "nsubj", "nsubjpass"):
            found = self.coder.resolver.resolve(subj, self.matches, self.ctx.day, self.ctx.subjects)
            if found:
                return found[0]
        return None

    def remember_subject(self) -> None:
        if self.main_subject is not None and self.main_subject.code:
            self.ctx.subjects.append(self.main_subject)
            del self.ctx.subjects[:-5]

    # -- triggers --
    def frames_for(self, tok) -> list[Frame]:
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in verb_lexicon():
            return self._verb_frames(tok)
        if (tok.pos_ in ("NOUN", "PROPN") or _nominal_adjective(tok)) and \
                tok.lemma_.lower() in noun_lexicon():
            return self._noun_frames(tok)
        return []

    def _pick_row(self, tok, rows: list[LexRow], targets: list) -> Optional[LexRow]:
        for row in rows:
            if all(self._holds(tok, kind, values, targets) for kind, values in row.conditions):
                return row
        return None

    def _holds(self, tok, kind: str, values: tuple, targets: list) -> bool:
        if kind == "obj":  # the direct object, the subject of a passive, or the noun a
            objs = [args.effective_object(o) for o in children(tok, "dobj") or  # participle
                    children(tok, "nsubjpass") or _participle_noun(tok)]  # modifies
            objs += [c for o in objs for c in args.carried_cargo(o)]  # "ships carrying aid"
            if values == ("PERSON",):  # "ordered Abhisit and Suthep to appear"
                people = [c for o in objs for c in [o, *children(o, "conj")]] or targets
                return any(self.is_person(t) or t.lemma_.lower() in KIN_NOUNS for t in people)
            if values == ("*",):  # any direct object
                return bool(objs)
            return any(o.lemma_.lower() in values or o.lower_ in values for o in objs)
        if kind == "prt":  # or the adverb right after it ('stepped down' parsed so), or a
            # bare preposition ('pulled its troops out of X')
            return any(c.lower_ in values and (c.dep_ == "prt" or c.i == tok.i + 1 or
                                               c.dep_ == "prep" and not children(c, "pobj"))
                       for c in children(tok, "prt", "advmod", "prep"))
        if kind == "prep":
            if values[0].endswith(":PERSON"):  # a person in the phrase ("called on X to
                words = {v.split(":")[0] for v in values}  # discuss"), or as a noun's target
                return any(self.is_person(p) for _, p in child_preps(tok, words)) or \
                    tok.pos_ == "NOUN" and any(self.is_person(t) for t in targets)
            return any(c.lower_ in values and not any(args.is_time(o) for o in children(c, "pobj"))
                       for c in children(tok, "prep"))  # "agreed on Saturday" is no topic
        if kind == "mod":
            return any(c.lemma_.lower() in values for c in tok.lefts)
        if kind == "gov":
            gov = tok.head.head if tok.head.dep_ == "prep" else tok.head
            return gov.lemma_.lower() in values
        if kind == "roles":
            return bool(_role_objects(tok, set(values)))
        if kind == "xcomp":  # "called Lavrov to discuss Syria" (often parsed as advcl)
            comps = [c for c in children(tok, "xcomp", "advcl")
                     if "to" in aux_words(c)]
            return any(values == ("*",) or c.lemma_.lower() in values for c in comps)
        if kind == "clause" and values == ("fact",):  # "insisted that it was safe"
            return args.states_a_fact(tok)
        if kind == "clause":  # "wants Peru to withdraw": a clause with a party as subject
            return args.clause_addressee(tok, self.is_actor) is not None
        if kind == "notprep":
            return not any(c.lower_ in values for c in children(tok, "prep"))
        if kind == "oprd":  # "called Erdogan a liar" (or '... Erdogan, a liar' in apposition)
            named = children(tok, "oprd") + [a for o in children(tok, "dobj")
                                             for a in children(o, "appos")
                                             if any(d.lower_ in ("a", "an") for d in a.lefts)]
            return any(n.pos_ == "NOUN" and (values == ("*",) or n.lemma_.lower() in values)
                       for n in named)  # a name there is a misparsed object ('called King X')
        if kind == "pred":  # "held Israel responsible", "found X guilty" (a small clause)
            return any(p.lemma_.lower() in values and not children(p, "neg")
                       for p in args.object_predicates(tok))
        if kind == "saying":  # "launched an attack on X, calling them nutters": words
            gov = governing_verb(tok)
            near = list(tok.children) + (list(gov.children) if gov is not tok else [])
            return any(c.tag_ == "VBG" and c.dep_ in ("advcl", "acl", "xcomp", "conj")
                       and c.lemma_.lower() in values for c in near)
        if kind == "objmod":  # a modifier of the object (or of the passive's subject)
            objs = [args.effective_object(o) for o in children(tok, "dobj") or
                    children(tok, "nsubjpass")]
            return any(c.lemma_.lower() in values for o in objs for c in o.lefts)
        if kind in ("for", "to", "under", "in", "on", "with"):  # "called for sanctions
            # against X", "agreed to mediation", "placed X under house arrest", "attacked X
            # in a speech", "supplied X with fuel"
            return any(o.lemma_.lower() in values for _, o in child_preps(tok, {kind}))
        if kind == "mission":  # "peacekeepers arrived", "deployed as peacekeeping forces"
            return any(w.lemma_.lower() in values for w in _mission_words(tok, self.is_actor))
        if kind == "subj" and values == ("PEOPLE",):  # "thousands of students protested"
            return any(self._is_populace(s) for s in args.verb_sources(tok, self.is_actor))
        return False

    def _is_populace(self, head) -> bool:
        """Ordinary people, not an office: residents, workers, opposition supporters, a
        crowd counted ('thousands of people', 'dozens of students') or a people named by
        its plural ('Chileans protested')."""
        head = args.effective_object(head)
        m = self.matches.get(head.i)
        return head.lemma_.lower() in PEOPLE_WORDS or \
            m is not None and m.entry is None and m.sector in POPULACE_SECTORS or \
            m is not None and m.entry is not None and m.entry.kind == "demonym" and \
            head.tag_ in ("NNS", "NNPS")

    def _verb_row(self, verb) -> tuple[Optional[LexRow], list]:
        """The lexicon row that codes the verb here (None if none does), with the targets
        found for its prepositions (the first row's when none codes it). Asked for a verb's
        frames, its wrapped complements and its objects: worked out once."""
        if verb.i not in self._verb_rows:
            self._verb_rows[verb.i] = self._find_verb_row(verb)
        return self._verb_rows[verb.i]

    def _find_verb_row(self, verb) -> tuple[Optional[LexRow], list]:
        rows = verb_lexicon().get(verb.lemma_.lower())
        if not rows:
            return None, []
        target_heads = args.verb_targets(verb, rows[0].target_preps, self.is_actor)
        row = self._pick_row(verb, rows, target_heads)
        if row is not None and row.code == "none":
            row = None
        if row is not None and row.target_preps != rows[0].target_preps:
            return row, args.verb_targets(verb, row.target_preps, self.is_actor)
        return row, target_heads

    def _verb_frames(self, verb) -> list[Frame]:
        row, target_heads = self._verb_row(verb)
        if row is None or not_ruled_out(verb) or \
                any(not_ruled_out(c) for c in children(verb, "xcomp")):
            return []  # "refused to rule out strikes": the strikes are threatened
        if verb.lemma_ == "blame" and verb.dep_ == "xcomp" and verb.head.lemma_ == "be":
            return []  # "X was to blame": X is blamed (by whoever says so), blames nobody
        if row.code == "010":
            return self._statement_frames(verb)
        source_heads = args.verb_sources(verb, self.is_actor)
        swapped = ("roles", ("from",)) in row.conditions
        if swapped:  # "received weapons from X": X gives
            source_heads, target_heads = _role_objects(verb, {"from"}), source_heads
        if any(kind == "to" for kind, _ in row.conditions) and not children(verb, "dobj"):
            # "agreed to US mediation": the US; "came to the defense of X": X
            doers = {s.i for s in source_heads}
            target_heads = [h for _, p in child_preps(verb, {"to"})
                            for h in [*args.noun_sources(p, self.is_actor),
                                      *(o for _, o in child_preps(p, {"of"}))]
                            if h.i not in doers][:1] or target_heads
        stance = _stance_object(verb)
        if stance is not None:  # "Israel is opposed to French mediation": Israel opposes
            on_is = [s for a in children(verb, "auxpass") for s in children(a, "nsubj")]
            source_heads = (children(verb, "nsubjpass", "nsubj") or on_is)[:1]
            target_heads = [stance] if self.is_actor(stance) else \
                args.noun_sources(stance, self.is_actor) or [stance]
        if not source_heads and children(verb, "nsubjpass") and \
                cameo(row.code).root in FROM_SOURCE_ROOTS:  # "fired from Gaza", "expelled from"
            source_heads = [p for _, p in child_preps(verb, {"from"})][:1]
        if cameo(row.code).root in VIOLENT_ROOTS and \
                (children(verb, "nsubjpass") or args.shared_passive_subject(verb)) and \
                not any(self.is_actor(h) for h in source_heads):
            source_heads = self._authors_of_means(verb) or self._jailer(verb) or source_heads
        if row.code[:4] == "0841" and children(verb, "nsubjpass") and \
                not any(self.is_actor(h) for h in source_heads):  # "released from captivity
            source_heads = self._jailer(verb) or source_heads  # in Libya": Libya frees them
        if row.code in DEPLOYMENT_CODES and not source_heads and children(verb, "nsubjpass"):
            source_heads = children(verb, "nsubjpass")[:1]  # "troops were deployed to X":
            target_heads = [p for _, p in child_preps(verb, PLACE_PREPS | {"along", "at"})
                            if not args.is_time(p)][:1]  # the troops' own side deploys
        if row.code == "016":
            target_heads = []
        helped = [s for c in children(verb, "xcomp", "ccomp") for s in children(c, "nsubj")]
        if row.code[:2] == "07" and helped and not children(verb, "dobj"):
            target_heads = helped[:1]  # "helped Bolivia build a school"
        elif row.code[:2] == "07" and _helps_violence(verb):
            return []  # "helped to plan and carry out killings": a part in the killings
        if row.code[:3] in GIVING_CODES and any(kind == "obj" for kind, _ in row.conditions):
            target_heads = [t for t in target_heads if t.dep_ != "dobj"] or \
                _helped_by_purpose(verb)  # "sent doctors to help Peru": the doctors are sent
        if row.code[:3] == "112" and not target_heads:  # "alleged that France was aware"
            target_heads = args.clause_culprit(verb, self.is_actor)
        if row.code[:2] == "15":  # own forces are no target: "strengthened its forces in
            forces = word_classes()["forces"]  # Poland", "called up 5,000 reservists"
            target_heads = [t for t in target_heads if not args.owned_by_pronoun(t) and
                            not (t.dep_ == "dobj" and t.lemma_ in forces)]
        if row.code[:2] == "17" and not any(self.is_actor(t) for t in target_heads):
            orderers, ordered = self._ordered_party(verb)
            if ordered:
                source_heads, target_heads = orderers, ordered
        if row.code in ("014", "030") and self._wraps_trigger(verb):
            return []
        authors = [] if swapped else \
            self._authors_of_request(verb)  # "refused a request from X": X is the target
        if row.code == "120" and self._wraps_trigger(verb, COOPERATIVE_ROOTS) and \
                not authors and stance is None:
            return []  # "rejected talks": the talks, refused
        target_heads, via_act = self._unnamed_targets(verb, row.code, target_heads)
        mission = self._mission_purpose(verb, row.code)
        if mission is not None:  # investigated: where the mission goes, not the mission
            target_heads = _destination(verb) or target_heads
        code = (self._call_purpose(verb) if row.code == "041" else None) or mission or row.code
        return self._build(verb, code, source_heads, authors or target_heads, nominal=False,
                           sense=_names_sense(row) or via_act and not authors)

    def _unnamed_targets(self, verb, code: str, target_heads: list) -> tuple[list, bool]:
        """The target of an act whose object names no party, and whether it was reached
        through another act (the authors of what is condemned or complained of: the
        classifier's path to them runs through that act, so it must be surer to retype)."""
        via_act = False
        if verb.lemma_ in args.ACCUSE_VERBS | {"condemn", "denounce", "criticize", "criticise"} \
                and not any(self.is_actor(t) for t in target_heads):
            authors = self._authors_of_object_event(verb)
            target_heads, via_act = (authors, True) if authors else (target_heads, via_act)
        if not any(self.is_actor(t) for t in target_heads):
            implied = self._implied_party(verb, code)
            target_heads, via_act = (implied, False) if implied else (target_heads, via_act)
        if code[:2] == "11":  # "complained to the UN over Israeli air raids": Israel
            authors = self._authors_of_grievance(verb)
            target_heads, via_act = (authors, True) if authors else (target_heads, via_act)
        return target_heads, via_act

    def _call_purpose(self, verb) -> Optional[str]:
        """'called Erdogan to apologize', 'phoned Morrison to congratulate him', 'called
        X to convey Pakistan's support': a call made for an act is that act (its code)."""
        for clause in children(verb, "xcomp", "advcl"):
            if "to" not in aux_words(clause) or children(clause, "nsubj", "nsubjpass"):
                continue
            row = self._verb_row(clause)[0]
            objs = children(clause, "dobj")
            if row is None and objs:  # 'to convey support', 'to express condolences'
                rows = noun_lexicon().get(objs[0].lemma_.lower())
                row = self._pick_row(objs[0], rows, []) if rows else None
            if row is not None and row.code != "none" and row.code[:2] not in ("01", "04"):
                return row.code
        return None

    def _mission_purpose(self, verb, code: str) -> Optional[str]:
        """'sent a team of experts to Iran to investigate the crash': a mission sent to
        investigate is the investigation (its code), of the place it is sent to."""
        if code[:2] not in ("07", "15"):
            return None
        purpose = self._call_purpose(verb)
        return purpose if purpose is not None and purpose[:2] == "09" else None

    def _implied_party(self, verb, code: str) -> list:
        """The party an act with no named target is about: whom an investigated claim
        names, whom a threat's condition or aim names, whom a refusal waits for."""
        if code[:2] == "09":  # "opened a probe into claims that X ..."
            return [p for o in [verb] + children(verb, "dobj") for p in _investigated_party(o)][:1]
        if code[:2] == "13":
            return self._threatened_party(verb)
        if has_negation(verb):  # "will not lift the embargo until Cuba ..."
            return self._condition_party(verb, {"until", "unless"})
        if cameo(code).quad_class in (1, 3):
            return self._message_addressee(verb)
        return []

    def _message_addressee(self, verb) -> list:
        """'sent a note to Peru demanding an explanation': whom the message saying it went to."""
        head = verb.head
        if verb.tag_ != "VBG" or verb.dep_ not in ("acl", "advcl", "xcomp") or head.i == verb.i:
            return []
        holders = [head, *children(head, "dobj")] if head.pos_ == "VERB" else [head]
        named = [p for h in holders for _, p in child_preps(h, {"to"})] + \
            [p for h in holders for d in children(h, "dative")  # 'to Peru', or 'sent Peru'
             for p in (children(d, "pobj") if d.pos_ == "ADP" else [d])]
        return [p for p in named if self.is_actor(p)][:1]

    def _threatened_party(self, verb) -> list:
        """'threatened a strike unless Israel rescinded the annexation': whom the condition
        names; else at whom the threatened act is aimed ('to cut off power to Nakhichevan')."""
        named = self._condition_party(verb, {"unless", "if"})
        if named:
            return named
        for comp in children(verb, "xcomp"):
            aimed = args.verb_targets(comp, AIMED_PREPS, self.is_actor)
            if any(a.code or a.country for a in self.actors(aimed, self.ctx.day)):
                return aimed[:1]
        return []

    def _condition_party(self, verb, marks: set) -> list:
        """The party a condition on the act names ('... unless Israel rescinds it', 'will
        not lift the embargo until Cuba undertakes reforms')."""
        for clause in (c for comp in [verb] + children(verb, "xcomp", "ccomp")
                       for c in children(comp, "advcl")):  # ("warned it would retaliate if")
            if any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children):
                # its subject, or its agent: "until its demands are met by the authorities"
                named = [s for s in children(clause, "nsubj", "nsubjpass") +
                         passive_agents(clause)
                         if self.is_actor(s) or s.i in self.matches]
                if named:
                    return named[:1]
        return []

    def _authors_of_means(self, verb) -> list:
        """'were wounded in a Hezbollah rocket attack', 'killed in Israeli tank fire':
        the attack's author, or the weapon's owner, did it."""
        means = _means_of(verb)
        return args.noun_sources(means, self.is_actor) if means is not None else []

    def _ordered_party(self, verb) -> tuple[list, list]:
        """'ordered the newspaper to suspend publication', 'two newspapers were ordered to
        suspend publication': the coercion is of the one ordered, by the orderer."""
        head = verb.head
        if verb.dep_ != "xcomp" or head.lemma_ not in args.OBJECT_CONTROL:
            return [], []
        ordered = children(head, "dobj")
        if ordered:
            return args.verb_sources(head, self.is_actor), ordered[:1]
        return passive_agents(head), children(head, "nsubjpass")[:1]

    def _statement_frames(self, verb) -> list[Frame]:
        """Statements: a denial of involvement (016), or a plain statement (010)."""
        for comp in children(verb, "ccomp"):
            if comp.lemma_.lower() in INVOLVEMENT and has_negation(comp) or \
                    any(c.lemma_.lower() in INVOLVEMENT for c in children(comp, "acomp", "prep"))\
                    and has_negation(comp):
                return self._build(verb, "016", args.verb_sources(verb, self.is_actor), [],
                                   nominal=False)
        obliged = self._obliged_party(verb)
        if obliged:  # "said that Sudan must return the helicopter": a demand on Sudan
            return self._build(verb, "100", args.verb_sources(verb, self.is_actor), obliged,
                               nominal=False)
        code, judged = self._judged_party(verb)
        if judged:  # "said Peru was responsible", "said Chile's remarks were unacceptable"
            return self._build(verb, code, args.verb_sources(verb, self.is_actor), judged,
                               nominal=False)
        if verb.lemma_.lower() not in STATEMENT_VERBS:
            return []
        return self._build(verb, "010", args.verb_sources(verb, self.is_actor), [], nominal=False)

    def _judged_party(self, verb) -> tuple[str, list]:
        """A said clause blaming a party (112: 'was responsible for', 'was to blame') or
        finding fault with it or its doings (111: 'Chile's remarks were unacceptable')."""
        for comp in children(verb, "ccomp"):
            if comp.lemma_ != "be" or has_negation(comp):
                continue
            words = {c.lemma_.lower() for c in children(comp, "acomp", "attr", "xcomp")}
            code = "112" if words & BLAME_WORDS else "111" if words & FAULT_WORDS else None
            for subj in children(comp, "nsubj") if code else []:
                party = [subj] if self.is_actor(subj) else [
                    c for c in subj.lefts if c.dep_ in ("poss", "amod", "compound")
                    and self.is_actor(c) and c.pos_ != "PRON"]
                if party:
                    return code, party[:1]
        return "", []

    def _obliged_party(self, verb) -> list:
        """The subject of a said 'must' clause whose act the lexicon does not code (a coded
        act becomes the demand itself, see as_demand)."""
        for comp in children(verb, "ccomp"):
            subjects = [s for s in children(comp, "nsubj") if self.is_actor(s)]
            if subjects and "must" in aux_words(comp) and self._verb_row(comp)[0] is None:
                return subjects[:1]
        return []

    def _authors_of_object_event(self, verb) -> list:
        """'Syria condemned the attack': the target is whoever carried out the attack."""
        return self._authors_of_first_event(children(verb, "dobj") + args.what_it_called(verb))

    def _authors_of_grievance(self, verb) -> list:
        """Who carried out the act complained 'over', 'about' or 'against'."""
        grievances = [p for _, p in child_preps(verb, {"over", "about", "against"})]
        return [h for h in self._authors_of_first_event(grievances) if h.pos_ != "PRON"]

    def _authors_of_first_event(self, nouns) -> list:
        """Who did the act protested ('the arrests by X', 'X's refusal', 'the human rights
        violations by X': an act no lexicon codes still names its doer with 'by')."""
        for noun in [m for n in nouns for m in coordinated(n)]:
            if noun.lemma_.lower() in noun_lexicon():
                return args.noun_sources(noun, self.is_actor)
            doers = [p for p in args.by_agents(noun) + children(noun, "poss")
                     if self.is_actor(p) and p.pos_ != "PRON"]
            if doers:  # 'the act of aggression and the threats made by X', "X's refusal"
                return doers[:1]
        return []

    def _authors_of_request(self, verb) -> list:
        """'refused a request from X', 'rejected May's agreement' -> X, May (not the
        refuser, who governs the object)."""
        if verb.lemma_.lower() not in RESPONSE_VERBS:
            return []
        answerers = {t.i for t in args.verb_sources(verb, self.is_actor)}
        objects = children(verb, "dobj") or children(verb, "nsubjpass") or \
            [p for _, p in child_preps(verb, {"to", "at"})  # "conceded to demands from X"
             if p.lemma_.lower() in REQUEST_NOUNS] or _heeded_requests(verb)
        for obj in objects:
            lemma = obj.lemma_.lower()
            if lemma in REQUEST_NOUNS or lemma in noun_lexicon():
                return [h for h in args.noun_sources(obj, self.is_actor)
                        if h.pos_ != "PRON" and h.i not in answerers]
        return []

    def _wraps_trigger(self, verb, roots: Optional[set] = None) -> bool:
        """'considering an attack': the attack is coded (hypothetical), not the considering.
        Only the verb's own complements count, not words deeper in the sentence."""
        for tok in _complements(verb):
            if tok.pos_ == "NOUN":
                rows = noun_lexicon().get(tok.lemma_.lower(), [])
            elif tok.pos_ == "VERB":  # a verb codes only in a sense it knows ('exchange prisoners')
                row = self._verb_row(tok)[0]
                rows = [row] if row is not None else []
            else:
                continue
            if rows and (roots is None or any(r.code[:2] in roots for r in rows)):
                return True
        return False

    def _noun_frames(self, noun) -> list[Frame]:
        if any(a.lemma_ == "history" for a in ancestors(noun)):
            return []
        rows = noun_lexicon()[noun.lemma_.lower()]
        if noun.dep_ == "compound" and noun.head.lemma_.lower() in noun_lexicon():
            return []  # "war games", "peace talks": the head noun is the event
        phrase_head = noun.head if noun.dep_ == "compound" and noun.head.lower_ in \
            args.EFFORT_NOUNS | args.MESSAGE_NOUNS else noun  # "mediation mission between",
        # "a protest note to Chile"
        target_heads = args.noun_targets(phrase_head, rows[0].target_preps, self.is_actor)
        if _coded_by_verb(noun) and not self._adds_targets(noun, target_heads):
            return []
        if noun.dep_ == "dobj" and self._authors_of_request(noun.head) or _answered(noun):
            return []  # "rejected a call from X": the rejection is the event
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ABSENCE_VERBS:
            return []  # "boycotted the summit": nobody meets, the boycott is the event
        if _protest_motive(noun) is not None:
            return []  # "marched in protest at X": the march is the protest
        root = cameo(rows[0].code).root
        violent = any(cameo(r.code).root in VIOLENT_ROOTS for r in rows if r.code != "none")
        death = args.death_caused_by(noun) if violent else None
        if not target_heads and violent:
            target_heads = self._target_in_phrase(noun) or \
                (children(death, "nsubj")[:1] if death is not None else [])
        named = any(self.is_actor(t) for t in target_heads)
        if root == "09" and not named:
            target_heads = _investigated_party(noun) or target_heads
        act_authors = []
        if root in ("11", "14") and not named:  # "protests against the arrests by X": X
            acts = target_heads or [p for _, p in child_preps(noun, {"of"})]  # "protest of"
            act_authors = self._authors_of_first_event(acts)
            target_heads = act_authors or target_heads
        row = self._naming_row(noun) or self._pick_row(noun, rows, target_heads)
        if row is None or row.code == "none":  # "lifted its boycott of X": the lifting
            return []
        source_heads = args.noun_sources(phrase_head, self.is_actor) or \
            self._jailer(death)  # "died in prison in Rangoon after torture"
        if not source_heads and _cited_accord(noun, row.code):
            return []  # "under the agreement with Peru": an accord cited, not made
        mediated = args.mediated_parties(phrase_head) if row.code[:3] == "045" else []
        if mediated:  # the mediator acts on both parties
            source_heads = args.governor_sources(phrase_head, self.is_actor, 0)
            target_heads = mediated[:1]  # its coordinated members too
        return self._build(noun, row.code, source_heads, target_heads, nominal=True,
                           sense=_names_sense(row) or bool(act_authors and not mediated))

    def _naming_row(self, noun) -> Optional[LexRow]:
        """The row coding the governing verb when it eases what the noun names ('lifted
        the boycott of X', 'lift the sanctions imposed on X'): the easing is the noun's
        event, against the noun's target."""
        if noun.dep_ != "dobj":
            return None
        row = self._verb_row(noun.head)[0]
        eases = row is not None and cameo(row.code).root == "08"
        return row if eases and _names_object(row, noun) else None

    def _jailer(self, verb) -> list:
        """Whoever holds the prison someone died or was hurt in: the place named with it
        ('died in prison in Rangoon', 'was killed in a secret prison in Afghanistan')."""
        if verb is None or not args.in_confinement(verb):
            return []
        place = place_object(verb, self._is_place, 4, {"in"})
        return [place] if place is not None else []

    def _adds_targets(self, noun, target_heads: list) -> bool:
        """Whether the noun names a target or place its governing verb does not find
        ('attend a summit in Switzerland'; not a topic: 'an agreement on water rights')."""
        verb = noun.head
        row = self._verb_row(verb)[0]
        preps = row.target_preps if row is not None else args.own_preps(verb)
        of_verb = {t.i for t in args.verb_targets(verb, preps, self.is_actor)}
        return any(t.i not in of_verb and not args.in_topic(t, noun) for t in target_heads) or \
            self._location(noun) is not None and self._location(verb) is None

    def _target_in_phrase(self, noun) -> list:
        """'the killing in Tehran of Hamas' leader' -> leader (persons first, places skipped)."""
        found = [tok for tok in phrase_tokens(noun)
                 if tok.dep_ in ("pobj", "appos") and tok.text not in self.coder.gazetteer
                 and not (tok.dep_ == "pobj" and tok.head.lower_ in args.SOURCE_PREPS)
                 and (self.is_actor(tok) or self.is_person(tok))]
        persons = [t for t in found if self.is_person(t)]
        return (persons or found)[:1]

    # -- assembling --
    def _build(self, trig, code: str, source_heads: list, target_heads: list,
               nominal: bool, sense: bool = False) -> list[Frame]:
        if not source_heads and not target_heads:
            return []  # nothing to code, and no candidate for code_dyad either
        info = event_status(trig)
        if info.frame in APPEAL_FRAMES and info.frame != trig.lemma_.lower() or \
                info.frame == "seek" and trig.dep_ == "dobj" and trig.head.lemma_ == "seek":
            return []  # "urged X to release", "sought asylum": the appeal is the event
        if args.demanded_act(trig, self.is_actor):
            return []  # "its demand that Israel ease restrictions": likewise
        code = self._protest_purpose(trig) or self._refine_code(code, trig)
        if code[:2] == "14":  # "marched in protest at the decision", "in defiance of X"
            target_heads = self._grievance(trig) or target_heads
        self.candidates.append(Candidate(trig, code, source_heads, target_heads))
        if info.frame == "history":
            return []
        date_value, explicit = self._date_for(trig, info)
        day = date_value[:10] if date_value and len(date_value) == 10 else self.ctx.day
        if not source_heads and code[:2] in PLACE_DOER_ROOTS and \
                children(trig, "nsubjpass", "auxpass"):  # "was arrested in Niger"
            source_heads = [p for p in [place_object(trig, self._is_place, 2, {"in"})] if p]
        sources = self.actors(source_heads, day) if source_heads else []
        if not sources and code[:2] in VIOLENT_ROOTS:
            sources = self._bombers_from_place(trig, source_heads)
        if not sources and source_heads:
            sources = self._issuer_place(source_heads[0])
        if _is_joint(code):
            sources = self._all_partners(source_heads, sources, day)
        verbal = cameo(code).quad_class in (1, 3) and not nominal
        targets = self.actors(target_heads, day, keep_unknown=True, verbal=verbal) \
            if target_heads else []
        reciprocal = code in args.RECIPROCAL_CODES  # several doers: each other's target
        meets_on_topic = code[:2] == "04" and bool(target_heads)  # "a summit on the unrest"
        several_doers = reciprocal and len(sources) > 1
        own_forces = bool(sources) and _own_forces(code, sources, targets)
        if own_forces:
            targets = []  # "massed troops near the border": the doer's own, no party
        if sources and code[:2] != "01" and not meets_on_topic and not several_doers and \
                (own_forces or not self._names_party(target_heads, targets)):
            doers = {actor_key(s) for s in sources}
            near = code[:2] == "15"  # forces massed near or along a border face it
            place = self._place_target(trig, day, doers, PLACE_PREPS | BORDER_PREPS if near
                                       else PLACE_PREPS, aimed=code[:2] in AIMED_ROOTS)
            if place and actor_key(place[0]) not in doers:
                targets = place  # never the doer itself ('its capital')
        if not sources and not targets:
            self._candidate_converted(trig, code, info, nominal)
            return []
        heads = (source_heads[0] if source_heads else None,
                 target_heads[0] if target_heads else None)
        typed = self._retype(trig, heads, code, info, sense)  # the bare act, retyped
        attribution, status = self._attribution(trig, info)
        location = self._location(trig)
        frames, own_parties = [], []
        pairs = [(s, t) for s in sources or [None] for t in targets or [None]]
        guessed_doer = bool(source_heads) and source_heads[0].pos_ == "PRON"  # from context
        mutual = reciprocal or _is_joint(typed) or _done_to_each_other(trig)  # "Iran and
        # the US swapped prisoners", "Canada and Peru agreed to start negotiations", "failed
        # to reach an agreement", "accused each other", "traded accusations"
        if mutual and len(sources) > 1 and not any(t.code for t in targets):
            pairs = [(s, t) for s in sources for t in sources if s is not t]
        for src, tgt in pairs:
            tgt = target_from_location(src, tgt, location, code)  # the act decides
            src = source_from_location(ethnic_in_place(src, location), location)
            tgt = ethnic_in_place(tgt, location)
            tgt = domestic_target(src, tgt, code)
            if src is None and (tgt is None or not (tgt.code or tgt.country)):
                continue  # no actor known on either side
            src, tgt = of_home_country(src, tgt, self.home_country, self.visitors)
            if src is not None and tgt is not None and actor_key(src) == actor_key(tgt) and \
                    (src.text or "").lower() == (tgt.text or "").lower():
                continue
            if guessed_doer and src is not None and tgt is not None and \
                    actor_key(src) == actor_key(tgt):
                src = None  # "they threatened to target Iranian centres": not Iran's own
            frame = self._frame(trig, code, src, tgt, status, attribution, location,
                                date_value, explicit, nominal)
            frame = as_threat(frame, info, attribution)
            frame = as_intent_or_refusal(frame, info, attribution)
            demand = as_demand(frame, info, self._speaker_of(info))
            frames.append(demand)
            own_parties.append(demand is frame)  # a demand is between other parties
        if frames:  # the rules' answer (code_dyad has its own model)
            self._candidate_says(trig, frames[0])
        else:
            self._candidate_converted(trig, code, info, nominal)
        return [f if not own else f.with_(code=typed if f.code == code else
                                          self._retype(trig, heads, f.code, info, sense))
                for f, own in zip(frames, own_parties)]

    def _bombers_from_place(self, trig, source_heads: list) -> list[Actor]:
        """'A roadside bombing near Samarra killed a soldier', 'killed by a car bomb in
        Beirut': a bombing nobody is named for is coded to the country it went off in."""
        means = _means_of(trig) if trig.pos_ == "VERB" else None
        subjects = children(trig, "nsubj") if trig.pos_ == "VERB" else []
        device = next((h for h in [*source_heads, *subjects, means] if h is not None), None)
        if device is None or not _is_bombing(device):
            return []
        location = self._location(device) or self._location(trig)
        if location is None or not location.country:
            return []
        return [Actor(location.country, location.country, None, np_text(device), None)]

    def _issuer_place(self, head) -> list[Actor]:
        """'A report released in the Rwandan capital alleged ...': a statement nobody is
        named for speaks for the country it was issued in."""
        if head.lemma_.lower() not in args.MESSAGE_NOUNS:
            return []
        for tok in [head, *children(head, "acl")]:
            for prep in children(tok, "prep"):
                country = self._country_of_place(prep) if prep.lower_ in LOCATIVE_PREPS \
                    else None
                if country:
                    return [Actor(country, country, None, np_text(head), None)]
        return []

    def _country_of_place(self, prep) -> Optional[str]:
        """The country of the place a locative phrase names: 'in Kigali', 'in the Rwandan
        capital'."""
        place = self._place_in(prep)
        if place is not None:
            return place.country
        for pobj in children(prep, "pobj"):
            if pobj.lower_ in PLACE_NOUNS:
                for mod in pobj.lefts:
                    m = self.matches.get(mod.i)
                    if m is not None and m.entry is not None and m.entry.country:
                        return m.entry.country
        return None

    def _all_partners(self, source_heads: list, sources: list[Actor], day) -> list[Actor]:
        """All coordinated doers of a joint act when the tables know only one ('the EU
        and the Mercosur bloc agreed', 'Chile and rival fishing cooperatives')."""
        members = coordinated(source_heads[0]) if source_heads else []
        if len(members) == 1 and members[0].tag_ in ("NNS", "NNPS"):
            # "the ministers of Chile, Peru and Bolivia": the countries they are of
            members = [m for _, p in child_preps(members[0], {"of"})
                       for m in coordinated(p)] or members
        if len(members) < 2 or len(sources) != 1:
            return sources
        partners = [a for m in members for a in self.actors([m], day, keep_unknown=True)[:1]]
        distinct = len(partners) == len(members) == len({actor_key(p) for p in partners})
        return partners if distinct else sources  # "Kuwait and its allies": Kuwait's own

    def _retype(self, trig, heads: tuple, code: str, info, sense: bool) -> str:
        """The model's type for what the rules made of the act: only events kept, never
        an act someone is accused of (not an accusation); a lexicon row for one sense of
        the word ('grant asylum') yields only to a surer model."""
        if self.coder.retyper is None or info.status == "alleged":
            return code
        return self.coder.retyper.retype(self.doc, heads[0], heads[1], code, trig,
                                         min_probability=0.7 if sense else 0.5)

    def _candidate_says(self, trig, frame: Frame) -> None:
        """The candidate's code and status as the frame's conversions left them ('offered
        to send troops' is an intent, 'threatened to close' a threat): code_dyad's answer."""
        last = self.candidates[-1]
        if last.trigger is trig:
            self.candidates[-1] = last._replace(code=frame.code, status=frame.status)

    def _candidate_converted(self, trig, code: str, info, nominal: bool) -> None:
        """What the conversions make of an act no frame was built for (no actor known on
        either side: 'they will not end the strike' is still a refusal for code_dyad)."""
        attribution, status = self._attribution(trig, info)
        frame = self._frame(trig, code, None, None, status, attribution, None, None, False,
                            nominal)
        frame = as_intent_or_refusal(as_threat(frame, info, attribution), info, attribution)
        self._candidate_says(trig, frame)

    def _names_party(self, heads: list, targets: list[Actor]) -> bool:
        """A target that is someone (or a place), not the thing done ('imposed a curfew')."""
        return any(t.code or t.country or t.sector for t in targets) or \
            any(h.pos_ == "PROPN" or self.is_actor(h) or self._is_place(h) for h in heads)

    def _place_target(self, trig, day, doers: set, preps=PLACE_PREPS, aimed: bool = False
                      ) -> list[Actor]:
        """The place an act with no party as target happens in or goes to, standing for
        whoever is there ('declared a state of siege in Pando'); a capital there is its
        country ('protested in Beijing'), or its government when the country itself is
        the doer ('Peru imposed a curfew in Lima'); violence or a protest (`aimed`) next to
        a party's facility is aimed at the party ('blew himself up outside the Chilean
        embassy')."""
        carrier = governing_verb(trig) if trig.pos_ == "NOUN" and \
            trig.dep_ in ("pobj", "dobj") else None  # "remained on alert in North District"
        facility = self._facility_at(trig, carrier) if aimed else None
        place = _across_border(trig, preps, self.is_actor) or facility or \
            place_object(trig, self._is_place, preps=preps)
        if place is None and carrier is not None:
            place = place_object(carrier, self._is_place, 2, preps)
        if place is None:
            return []
        m = self.matches.get(place.i)
        if m is not None and m.entry is not None and m.entry.kind == "metonym":
            country = Actor(m.entry.country, m.entry.country, m.entry.name, place.text, None)
            if actor_key(country) not in doers:
                return [country]
        found = self.actors([place], day, keep_unknown=True)
        if found and not found[0].country:
            country = self._country_in(place)
            if country:
                found = [Actor(country, country, None, found[0].text, found[0].sector)]
        return found[:1]

    def _is_place(self, tok) -> bool:
        if args.is_time(tok) or tok.pos_ not in ("NOUN", "PROPN"):
            return False
        if tok.pos_ == "PROPN":  # "in Katanga": a name after 'in' or 'to' is a place
            return not self.is_person(tok)
        return tok.ent_type_ in ("GPE", "LOC", "FAC") or tok.lower_ in PLACE_NOUNS

    def _facility_at(self, trig, carrier) -> Optional[object]:
        """A party's facility the act happens at, found from the trigger or, for a noun,
        the verb carrying it ('staged a sit-in at the Peruvian embassy')."""
        for holder in (trig, carrier):
            place = place_object(holder, self._owned_facility, 2, FACILITY_PREPS) \
                if holder is not None else None
            if place is not None:
                return place
        return None

    def _owned_facility(self, tok) -> bool:
        """'the Chilean embassy', 'a Peruvian army base': a facility a party owns."""
        return tok.lower_ in args.TARGET_NOUNS and any(
            c.dep_ in ("amod", "compound", "poss") and self.is_actor(c) for c in tok.lefts)

    def _country_in(self, head) -> Optional[str]:
        """'parts of Kashmir' -> IND: the first place inside the phrase with a country."""
        for tok in head.subtree:
            place = self._place_actor(tok)
            if place is not None:
                return place.country
        return None

    def _frame(self, trig, code, src, tgt, status, attribution, location, date_value,
               explicit, nominal) -> Frame:
        start = self.sent.start + trig.idx
        confidence = 0.85 - (0.1 if nominal else 0) - (0.15 if src is None or not src.code else 0) \
            - (0.1 if tgt is None else 0)
        definite = nominal and any(c.dep_ == "poss" or c.lower_ in ("the", "this", "that")
                                   for c in trig.lefts)
        if self.ctx.article.title_span and self.sent.start == self.ctx.article.title_span[0]:
            confidence -= 0.05  # a headline is weaker evidence than the body
        return Frame(code=code, trigger_start=start, trigger_end=start + len(trig.text),
                     sentence=self.sent.text, sentence_start=self.sent.start, source=src,
                     target=tgt, status=status, attribution=attribution,
                     quote=quote_for(self.sent.text, trig.idx), location=location,
                     date=date_value, date_explicit=explicit, nominal=nominal,
                     definite=definite, confidence=round(max(confidence, 0.3), 2))

    def _grievance(self, trig) -> list:
        """What a protest is 'in protest at/against/of/over' or 'in defiance of': its
        target, or the owner of the act protested ('the government's decision')."""
        verb = governing_verb(trig) if trig.dep_ in ("dobj", "pobj") else None
        for carrier in [trig] + ([verb] if verb is not None else []):
            for _, motive in child_preps(carrier, {"in"}):
                if motive.lemma_.lower() not in MOTIVE_NOUNS:
                    continue
                for _, grievance in child_preps(motive, GRIEVANCE_PREPS):
                    owners = [o for o in children(grievance, "poss") if self.is_actor(o)]
                    return self._authors_of_first_event([grievance]) or owners[:1] or \
                        [grievance]  # "violations by X", "the government's decision"
        return []

    def _protest_purpose(self, trig) -> Optional[str]:
        """'staged demonstrations to demand reforms', 'began a hunger strike to protest the
        decision': what a protest is for is the protest (its code), not a second event."""
        if trig.dep_ not in ("advcl", "xcomp", "acl") or "to" not in aux_words(trig):
            return None
        heads = {trig.head.i} | {c.i for c in children(trig.head, "dobj")}
        return next((c.code for c in self.candidates
                     if c.trigger.i in heads and c.code[:2] == "14"), None)

    def _refine_code(self, code: str, trig) -> str:
        if code in ("190", "183"):
            clause = governing_verb(trig)
            words = {t.lower_ for t in trig.subtree} | {t.lower_ for t in clause.subtree}
            if words & AERIAL:
                return "195"
        return code

    def _attribution(self, trig, info) -> tuple[Optional[Attribution], str]:
        status = info.status
        head = info.alleged_by or info.speaker or self.according or root_speaker(self.doc, trig, self.root)
        head = self._speaker_head(head)
        if head is None:
            return None, status
        actor = self._speaker_actor(head)
        attribution = Attribution(text=phrase(head), code=actor.code if actor else None,
                                  anonymous=is_anonymous(head))
        if status == "asserted":
            status = "alleged" if info.alleged_by is not None else "reported"
        return attribution, status

    def _speaker_of(self, info) -> Optional[Actor]:
        head = self._speaker_head(info.speaker)
        return self._speaker_actor(head) if head is not None else None

    def _speaker_head(self, head):
        """The word that names who speaks: 'statements from officials' -> officials."""
        if head is None:
            return None
        if head.lemma_.lower() in SPEECH_NOUNS:
            for _, pobj in child_preps(head, {"from", "of", "by"}):
                return pobj
            possessors = children(head, "poss")
            return possessors[0] if possessors else None
        if head.pos_ == "PRON" or self.is_actor(head) or head.i in self.matches or \
                self.is_person(head) or head.lemma_.lower() in SPEAKER_NOUNS:
            return head
        return None

    def _speaker_actor(self, head) -> Optional[Actor]:
        found = self.actors([head], self.ctx.day)
        if found:
            return found[0]
        for _, pobj in child_preps(head, {"from", "of", "by"}):
            found = self.actors([pobj], self.ctx.day)
            if found:
                return found[0]
        return None

    def _date_for(self, trig, info) -> tuple[Optional[str], bool]:
        prefer = "future" if info.status in ("planned",) and self.ctx.prefer == "past" \
            else self.ctx.prefer
        best = None
        for tok, resolved in self._dates(prefer):
            gov = governing_verb(tok.root)
            rank = 0 if gov.i == trig.i or in_subtree(tok.root, trig) else \
                1 if any(a.i == gov.i for a in ancestors(trig)) else None
            if rank is not None and (best is None or rank < best[0]):
                best = (rank, resolved.value)
        return (best[1], True) if best else (None, False)

    def _dates(self, prefer: str) -> list:
        """(token span, resolved date) of each date expression, computed once per sentence."""
        if prefer not in self._date_cache:
            found = []
            for mention, resolved in iter_resolved(self.sent.text, self.ctx.reference, prefer):
                span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is not None:
                    found.append((span, resolved))
            self._date_cache[prefer] = found
        return self._date_cache[prefer]

    def _location(self, trig) -> Optional[Location]:
        """The first place in a locative phrase of the event's own phrase or clause."""
        preps = [t for t in phrase_tokens(trig) if t.dep_ == "prep"]
        if trig.dep_ == "dobj":  # "staged a protest in Beijing": the verb holds the place
            preps += [t for t in trig.head.children if t.dep_ == "prep"]
        means = _means_of(trig) if trig.pos_ == "VERB" else None
        if means is not None:  # "killed in Israeli tank fire in Rafah": where the fire was
            preps += [t for t in phrase_tokens(means) if t.dep_ == "prep"]
        for tok in preps:
            if tok.lower_ in LOCATIVE_PREPS:
                place = self._place_in(tok)
                if place:
                    return place
        return None

    def _place_in(self, prep) -> Optional[Location]:
        toks = phrase_tokens(prep)
        for i, tok in enumerate(toks):
            for n in (3, 2, 1):
                name = " ".join(t.text for t in toks[i:i + n])
                place = self.coder.gazetteer.lookup(name, self.named_countries, aliases=True)
                if place is not None and toks[i].pos_ == "PROPN":
                    return Location(place.name, place.country, place.lat, place.lon)
        return None


def _means_of(verb):
    """'killed in a Hezbollah rocket attack', 'by Israeli tank fire': the violent act or
    weapon a passive harm came by."""
    for _, pobj in child_preps(verb, {"in", "by"}):
        rows = noun_lexicon().get(pobj.lemma_.lower(), [])
        armed = args.is_weapon(pobj) or any(args.is_weapon(c) for c in children(pobj, "compound"))
        if armed or any(not r.conditions and cameo(r.code).root in VIOLENT_ROOTS for r in rows):
            return pobj
    return None


def _participle_noun(verb) -> list:
    """'the crimes committed by X': the noun a past participle with a doer modifies is its
    object (without one, 'the sanctions imposed on X' is mere background)."""
    agent = any(c.dep_ == "agent" for c in verb.children)
    return [verb.head] if verb.dep_ == "acl" and verb.tag_ == "VBN" and agent else []


def _investigated_party(noun) -> list:
    """'an investigation into claims that two servicemen abused children', 'into whether
    X was spied on', 'investigated claims that X ...': whom the investigated clause is
    about."""
    for obj in [noun] + [o for _, o in child_preps(noun, {"into", "of"})]:
        agents = [a for a in args.by_agents(obj) if a.pos_ in ("NOUN", "PROPN")]
        if obj is not noun and agents:  # "an inquiry into crimes committed by X"
            return agents[:1]
        clauses = [obj] if obj.dep_ == "pcomp" else \
            children(obj, "acl", "ccomp") if obj.lower_ in DENIABLE_NOUNS else []
        for clause in clauses:
            subjects = [t for t in children(clause, "nsubj", "nsubjpass")
                        if t.pos_ in ("NOUN", "PROPN")]
            if subjects:
                return subjects[:1]
    return []


def _answered(noun) -> bool:
    """A request the verb governing it answers ('rejected the demands', 'gave in to the
    demands'): the answer is the event, not the request over again."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("to", "at") \
        else noun.head if noun.dep_ == "dobj" else None
    gives_in = verb is not None and any(c.lower_ == "in" for c in children(verb, "prt"))
    return verb is not None and (verb.lemma_.lower() in RESPONSE_VERBS or gives_in) and \
        noun.lemma_.lower() in REQUEST_NOUNS


def _helped_by_purpose(verb) -> list:
    """Whom the act is meant to help ('sent doctors to help Peru', '... to help Chile
    fight the fires')."""
    for purpose in children(verb, "advcl", "xcomp"):
        if purpose.lemma_ in ("help", "assist", "aid", "support") and "to" in aux_words(purpose):
            return children(purpose, "dobj") or \
                [s for c in children(purpose, "ccomp", "xcomp") for s in children(c, "nsubj")]
    return []


def _names_sense(row: LexRow) -> bool:
    """A row for one sense of the word ('grant asylum', 'pull out'), not its default."""
    return any(kind in ("obj", "prt", "objmod") and values != ("*",)
               for kind, values in row.conditions)


def _name_like(tok) -> bool:
    """A proper noun, or a capitalised word mid-sentence the tagger took for a common
    noun or an adverb ('attacked Mosul' tagged ADV)."""
    return tok.pos_ == "PROPN" or tok.pos_ in ("NOUN", "ADV") and tok.i > 0 and \
        tok.text[:1].isupper() and tok.text[1:].islower()


def _stance_object(verb):
    """What 'X is opposed / committed to' is about (a stance, parsed as a passive with no
    agent), or None."""
    if verb.lemma_ not in STANCE_VERBS or not children(verb, "auxpass") or \
            children(verb, "agent"):
        return None
    return next((p for _, p in child_preps(verb, {"to"})), None)


def _role_objects(verb, preps: set) -> list:
    """Objects of the verb's `preps` phrases, or of its direct object's ('received
    assurances from the government')."""
    found = [p for _, p in child_preps(verb, preps)]
    for obj in children(verb, "dobj"):
        found += [p for _, p in child_preps(obj, preps)]
    return found


def _coded_by_verb(noun) -> bool:
    """'imposed sanctions', 'declared a ceasefire': a row of the governing verb names the
    noun, so the verb's event is the noun's."""
    verb, kind = noun.head, "obj"
    if noun.dep_ == "pobj" and noun.head.lower_ == "to":  # "agreed to US mediation"
        verb, kind = noun.head.head, "to"
    elif noun.dep_ == "oprd":  # "took them hostage"
        kind = "oprd"
    elif noun.dep_ != "dobj":
        return False
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return any(_names_object(r, noun, kind) for r in verb_lexicon().get(verb.lemma_.lower(), ()))


def _names_object(row: LexRow, noun, kind: str = "obj") -> bool:
    """Whether the row's obj= (or to=) condition names the noun."""
    lemma = noun.lemma_.lower()
    return any(k == kind and lemma in values for k, values in row.conditions)


def _mission_words(verb, is_actor) -> list:
    """The words that say in what role the doer acts: its own head and modifiers
    ('Japanese peacekeepers', 'peacekeeping troops') and the verb's 'as', 'on' and 'in'
    phrases ('deployed as peacekeeping forces', 'on a peacekeeping mission')."""
    heads = args.verb_sources(verb, is_actor) + \
        [p for _, p in child_preps(verb, {"as", "on", "in", "for"})]
    return [w for h in heads for w in [h, *h.lefts]]


@lru_cache(maxsize=1)
def coercive_verbs() -> frozenset[str]:
    """Verbs done to someone (arrest, imprison, kidnap ...): they take an object."""
    return frozenset(lemma for lemma, rows in verb_lexicon().items()
                     if any(cameo(r.code).root in ("17", "18") for r in rows if not r.conditions))


def _heeded_requests(verb) -> list:
    """'refused to respond to a demand from X', 'declined to comply with X's request': the
    request its complement answers."""
    heeding = [c for c in children(verb, "xcomp") if c.lemma_ in HEED_VERBS]
    heeded = [o for comp in heeding for o in children(comp, "dobj") +
              [p for _, p in child_preps(comp, {"to", "with"})]]
    return [o for o in heeded if o.lemma_.lower() in REQUEST_NOUNS]


def _protest_motive(noun):
    """The protest a protest act is done 'in' ('went on strike in protest at X'), or None."""
    if noun.lemma_.lower() != "protest" or noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return None
    carrier = noun.head.head  # "marched in protest", "went on (hunger) strike in protest"
    acts = [carrier, *children(carrier, "dobj"), *(p for _, p in child_preps(carrier))]
    return carrier if any(args.coded_as(t, {"14"}) for t in acts) else None


def _is_bombing(tok) -> bool:
    """A bombing or the device of one ('a roadside bombing', 'an explosive device', 'a car
    bomb explosion'); not a weapon of an army ('a missile', 'artillery')."""
    words = {tok.lemma_.lower()} | {c.lemma_.lower() for c in tok.lefts}
    return bool(words & BOMB_WORDS)


def _helps_violence(verb) -> bool:
    """'helped (to) plan and carry out killings', 'assisted in attacking': help whose
    purpose is a violent act, with no party helped."""
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    purposes = children(verb, "xcomp") + [p for _, p in child_preps(verb, {"in", "with", "to"})]
    return any(_violent_word(t) for p in purposes for t in p.subtree)


def _violent_word(tok) -> bool:
    """A word for a violent act; not one often said of a cause ('help fight Ebola')."""
    return tok.lemma_.lower() not in CAUSE_FIGHTS and args.coded_as(tok, VIOLENT_ROOTS, True)


def _own_forces(code: str, sources: list[Actor], targets: list[Actor]) -> bool:
    """Forces a show of force moves, or aid sends, are the doer's own unless another
    country's ('massed troops near the border', 'sent 200 troops to Syria'; not
    'mobilized against Peruvian troops')."""
    homes = {s.country for s in sources}
    return code[:2] in ("15", "07") and bool(targets) and all(
        t.sector in FORCE_SECTORS and not t.code and t.country in homes | {None}
        for t in targets)


def _across_border(trig, preps, is_actor):
    """'deployed troops along its border with Peru': the country across it."""
    for _, place in [pp for holder in [trig, *children(trig, "dobj")]
                     for pp in child_preps(holder, preps)]:
        across = args.party_across(place, is_actor)
        if across is not None:
            return across
    return None


def _done_to_each_other(trig) -> bool:
    """'accused each other', 'blamed one another' (the object, or a preposition's),
    'traded accusations', 'restored relations' (their relations with each other)."""
    if trig.lemma_ in ("trade", "exchange") or \
            any(o.lemma_.lower() in ("tie", "relation") for o in children(trig, "dobj")):
        return True
    objects = children(trig, "dobj") + [p for _, p in child_preps(trig, None)]
    return any({o.lower_, *(c.lower_ for c in o.children)} in ({"each", "other"},
                                                               {"one", "another"})
               for o in objects)


def _is_joint(code: str) -> bool:
    """An act done together, whose doers are each other's partners (meetings, swaps,
    agreements, cooperation; all expressions of intent to cooperate)."""
    return code in args.RECIPROCAL_CODES or code[:2] == "03"


def _destination(verb) -> list:
    """Where something is sent: 'to' on the verb or on its object ('sent a team of
    experts to Iran', often parsed with 'to Iran' on the experts)."""
    objects = children(verb, "dobj")
    holders = [verb, *objects, *[o for d in objects for _, o in child_preps(d, {"of"})]]
    return [p for h in holders for _, p in child_preps(h, {"to"})][:1]


def _nominal_adjective(tok) -> bool:
    """An adjective tagged where only a noun can stand ('a regime offensive on X')."""
    return tok.pos_ == "ADJ" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")


ACCORD_CODES = {"057", "0871"}
CITING_PREPS = args.TOPIC_PREPS | {"under", "surrounding", "of"}


def _cited_accord(noun, code: str) -> bool:
    """'under the agreement with Peru', 'talks surrounding the nuclear deal', 'the terms
    of the ceasefire': an accord named as the setting or topic of something else."""
    return code in ACCORD_CODES and noun.dep_ in ("pobj", "dobj") and \
        noun.head.lower_ in CITING_PREPS  # ('surrounding' may parse as a participle)


def _complements(verb) -> list:
    """The objects and clausal complements of a verb, one level into a complement clause."""
    out = []
    for child in verb.children:
        if child.dep_ in ("dobj", "xcomp", "ccomp", "attr"):
            out.append(child)
            if child.pos_ == "VERB":
                out += [c for c in child.children if c.dep_ == "dobj"]
        elif child.dep_ == "prep":
            out += [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
    return out
