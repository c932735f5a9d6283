"""Find the tokens that head an event's source and target in a dependency parse.

Verbs: subject (through relative clauses, coordination and control), passive agent,
direct object or a prepositional object. Nouns: possessive, demonym or name
modifier, `by`/`from` phrases, the subject of a light verb ("made an attack"),
and `on`/`against`/`of` phrases for the target.
"""
from __future__ import annotations

import re
from typing import Callable

from ..actors.resolve import opposed_modifier
from .parse import (ORDER_VERBS, RELATIVE_PRONOUNS, SUBJECT_DEPS, WEEKDAYS, aux_words,
                    child_preps, children, passive_agents)
from .status import CREDIT_VERBS, PUNISH_VERBS, TRAVEL_VERBS, pulled_plug
from .tables import CULPABLE_ADJECTIVES, cameo, noun_lexicon, verb_lexicon

FRAME_VERBS = {"consider", "contemplate", "weigh", "mull", "plan", "prepare", "approve",
               "authorize", "authorise", "propose", "threaten", "vow", "discuss", "order",
               "announce", "claim", "deny", "acknowledge", "admit", "confirm", "avoid"}
FRAME_NOUNS = {"plan", "preparation", "order", "option", "threat", "decision", "call",
               "demand", "possibility", "proposal"}
LIGHT_VERBS = {"make", "come", "level", "hurl", "launch", "carry", "conduct", "stage", "mount",
               "issue", "give", "hold", "wage", "unleash", "execute", "begin", "start",
               "continue", "step", "escalate",
               "intensify", "resume", "order", "plan", "prepare", "threaten", "vow", "announce",
               "undertake", "perpetrate", "commit", "receive", "have", "be", "express", "offer",
               "extend", "pay", "sign", "reach", "strike", "provide", "impose", "lodge", "file",
               "take", "pledge", "promise", "expand", "tighten", "toughen", "renew", "announce",
               "approve", "seek", "need", "engage", "fight", "agree", "conclude", "finalize",
               "go", "remain", "stay", "keep", "put", "place", "set", "prolong", "cancel",
               "postpone", "open", "suspend", "halt", "end", "stop", "lead", "organize",
               "organise", "host", "attend", "join", "deliver", "send", "grant", "initiate",
               "establish", "broker", "mediate", "complete", "deploy", "restore", "sever",
               "break", "cut", "ease", "lift", "maintain", "pursue", "call", "refuse",
               "decline", "reject", "accept", "boycott", "want", "propose", "voice", "reaffirm",
               "reiterate", "convey", "register", "speed", "accelerate", "hasten", "lay", "ink",
               "slap", "throw", "rule", "turn", "shrug", "brush", "convene", "chair", "repudiate",
               "renounce", "abrogate", "ignore", "defy"}
UNDERGO_VERBS = {"face", "suffer", "endure", "draw", "attract", "incur"}  # subject: the target
RECEIVE_VERBS = {"receive", "get", "win", "earn", "garner"}  # so when the act is 'from' X
APOLOGY_WORDS = {"apologize", "apologise", "apology", "atone", "repent"}
AS_VERBS = {"use", "hold", "take", "keep"}  # "used civilians as human shields"
OBJECT_CONTROL = {"order", "instruct", "urge", "ask", "tell", "force", "direct", "command",
                  "allow", "help", "encourage", "permit", "authorize", "push", "press",
                  "pressure", "persuade", "warn", "invite", "request"}
ACCUSE_VERBS = {"accuse", "blame", "charge", "condemn", "criticize", "criticise", "denounce",
                "hold", "slam", "decry", "censure", "rebuke"}
RECIPROCAL_CODES = {"040", "043", "044", "046", "0841", "057", "190", "193", "019", "036",
                    "060", "061", "062", "063", "064", "041"}
PATIENT_NOUNS = {"assassination", "killing", "murder", "arrest", "detention", "release",
                 "execution", "abduction", "kidnapping", "deportation", "capture", "death",
                 "expulsion", "imprisonment", "torture", "extradition", "removal", "ouster",
                 "dismissal", "overthrow"}
# Said of the doer of an act: 'X is guilty of violating', 'responsible for the killings'.
DEFAULT_TARGET_PREPS = ("against", "on", "at", "upon", "toward", "towards", "with", "into")
SOURCE_PREPS = {"by", "from"}
# Default prepositions that name as often where as whom: an object marked as a party's
# ("seized Bolivian cargo at the port") is surer.
PLACE_GUESSES = {"at", "on", "into"}
VISIT_NOUNS = {"visit", "trip", "tour"}
# What someone is held or tried on ('jailed 52 members on allegations of treason').
GROUNDS_NOUNS = {"charge", "charges", "allegation", "allegations", "accusation", "accusations",
                 "suspicion", "grounds", "count", "counts"}
MESSAGE_NOUNS = {"statement", "report", "letter", "resolution", "communique", "declaration",
                 "message", "note", "bill", "motion", "decree", "petition", "complaint",
                 "lawsuit", "suit", "appeal", "video", "speech", "editorial", "memo", "post"}
# A plan one has ('announced a plan to send troops'): its holder would carry it out.
OWN_PLAN_NOUNS = {"plan", "proposal", "offer", "decision", "bid", "promise", "pledge", "threat",
                  "intention", "initiative", "effort", "attempt", "move", "readiness"}
HOLDING_VERBS = {"announce", "unveil", "adopt", "approve", "make", "present", "submit",
                 "outline", "have", "launch", "finalize", "finalise", "issue", "reveal", "table",
                 "draw", "put", "renew", "repeat", "reiterate", "carry", "step", "take"}
CONFINEMENT = {"jail", "prison", "custody", "detention", "captivity", "camp", "cell"}
QUANTITY_NOUNS = {"hundreds", "dozens", "thousands", "scores", "number", "barrage", "salvo",
                  "wave", "volley", "swarm", "series", "lot", "couple", "handful", "combination",
                  "round", "rounds", "part", "parts", "portion", "days", "weeks", "months",
                  "kg", "kilograms", "tons", "tonnes", "shipment", "consignment", "batch",
                  "patch", "contingent", "detachment", "team", "mission", "all", "most", "some",
                  "many", "several", "both"}
# Nouns an event noun names the kind of ("a mediation mission between X and Y"): the
# phrase's arguments hang on them. (Heads that are events themselves, "war games", code
# the phrase instead.)
EFFORT_NOUNS = {"effort", "mission", "bid", "attempt", "initiative", "campaign", "drive",
                "push", "process"}
TARGET_NOUNS = {"compound", "facility", "facilities", "site", "sites", "target", "targets",
                "base", "bases", "embassy", "consulate", "territory", "soil", "interests",
                "assets", "positions", "convoy", "vessel", "vessels", "ship", "ships", "camp",
                "camps", "headquarters", "infrastructure", "installations", "outpost", "outposts",
                "sovereignty", "forces", "personnel", "proxies", "allies", "building", "buildings",
                "program", "programme", "mission", "plant", "plants", "airport", "port",
                "residence", "office", "offices", "tanker", "tankers", "plane", "planes",
                "aircraft", "boat", "boats", "depot", "depots", "hospital"}
# Verbs whose `that` clause names who is to act: "demanded that the US cancel" -> the US.
CLAUSE_ADDRESSEE_VERBS = {"demand", "insist", "urge", "ask", "request", "press", "want", "allow",
                          "permit"}
MONEY_WORDS = {"billion", "million", "trillion", "$", "dollars", "euros"}
# What befell someone, standing for them: 'an inquiry into the death of X' is about X.
FATE_NOUNS = {"death", "disappearance", "plight", "whereabouts"}

IsActor = Callable[[object], bool]


TIME_WORDS = set(WEEKDAYS) | {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "today", "yesterday", "tonight", "morning", "evening",
    "night", "afternoon", "week", "weekend", "month", "year", "eve", "jan.", "feb.", "aug.",
    "sep.", "sept.", "sept", "oct.", "nov.", "dec."}


ORDINAL = re.compile(r"\d{1,2}(st|nd|rd|th)?")


def is_time(tok) -> bool:
    """'on Wednesday', 'in 2007', 'on 4 October', 'on August 6th'."""
    if tok.lower_ in TIME_WORDS or tok.like_num and len(tok.text) == 4:
        return True
    return bool(ORDINAL.fullmatch(tok.lower_)) and \
        any(c.lower_ in TIME_WORDS for c in tok.children)


def effective_object(tok):
    """'hundreds of missiles' -> missiles; '$14 billion in military aid' -> aid;
    'a state of emergency' -> emergency."""
    if tok.lower_ in QUANTITY_NOUNS or tok.lemma_ in QUANTITY_NOUNS:
        for _, pobj in child_preps(tok, {"of"}):
            return pobj
    if tok.lower_ in MONEY_WORDS or tok.pos_ == "NUM":
        for _, pobj in child_preps(tok, {"in", "of"}):
            return pobj
    if tok.lower_ in ("state", "control") or tok.lemma_ in FATE_NOUNS:  # "a state of siege",
        for _, pobj in child_preps(tok, {"of"}):  # "seized control of Kirkuk"
            return pobj
    return tok


CARRY_WORDS = {"carry", "load", "loaded", "laden", "pack", "packed", "fill", "filled", "transport",
               "bring"}


def carried_cargo(noun) -> list:
    """'a ship carrying food aid', 'planes loaded with medicine': the cargo, and where the
    carrying takes it ('trucks laden with supplies to Bolivia' parses 'to' on the cargo)."""
    out = []
    for mod in children(noun, "acl", "amod"):
        if mod.lemma_.lower() in CARRY_WORDS:
            out += [mod, *children(mod, "dobj"), *(p for _, p in child_preps(mod, {"with"}))]
    return out


def verb_sources(verb, is_actor: IsActor, depth: int = 0) -> list:
    """Heads of the subject of `verb` (the agent when passive)."""
    if depth > 6:
        return []
    agents = passive_agents(verb)
    if agents and not children(verb, "nsubj"):  # "shortened by one hour": no agent
        return agents
    subjects = children(verb, *SUBJECT_DEPS)
    if subjects:
        subj = subjects[0]
        if subj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return antecedent_sources(verb.head, is_actor, depth + 1)
        if subj.pos_ not in ("NOUN", "PROPN", "PRON") and not is_actor(subj):
            return []
        if subj.pos_ == "NOUN" and not is_actor(subj) and subj.lemma_.lower() in noun_lexicon():
            return noun_sources(subj, is_actor, depth + 1)
        if is_weapon(subj) and not is_actor(subj):
            return weapon_owner(subj, is_actor) or [subj]  # "a Taliban-claimed bomb struck"
        return [effective_object(subj)]  # "hundreds of UN troops" -> troops
    passive = children(verb, "nsubjpass")
    if passive and verb.dep_ == "xcomp" and verb.head.lemma_ in ORDER_VERBS:
        return verb_sources(verb.head, is_actor, depth + 1)  # "ordered the officers jailed"
    if passive:
        return passive[:1] if depth > 0 else []
    return inherited_sources(verb, is_actor, depth)


def inherited_sources(verb, is_actor: IsActor, depth: int) -> list:
    """Subject of a verb without one: coordination, control, relative or participle clause."""
    head = verb.head
    if head.i == verb.i:
        return []
    if verb.dep_ == "relcl":
        return antecedent_sources(head, is_actor, depth + 1)
    if verb.dep_ == "conj":
        if shared_passive_subject(verb):  # "was tortured and killed": no doer named
            return passive_agents(head) or passive_agents(verb)
        return verb_sources(head, is_actor, depth + 1)
    if verb.dep_ == "csubj" and head.dep_ == "ccomp" and head.head.pos_ == "VERB":
        return verb_sources(head.head, is_actor, depth + 1)  # "X said that lifting the
        # ban is out of the question": X would lift it
    if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp":
        return verb_sources(head.head, is_actor, depth + 1)  # "is willing to withdraw"
    if verb.dep_ in ("xcomp", "advcl", "ccomp") and head.pos_ in ("VERB", "AUX"):
        objs = children(head, "dobj")
        if objs and (head.lemma_ in OBJECT_CONTROL or verb.dep_ == "xcomp" and not
                     head.lemma_ in ("try", "attempt", "want", "seek", "plan", "decide")):
            obj = objs[0]
            if is_actor(obj):
                return [obj]
            possessors = children(obj, "poss")
            if possessors:
                return possessors
        if verb.dep_ == "advcl" and children(head, "nsubjpass"):
            return []  # "were killed ..., shelling": the victims do not shell
        return verb_sources(head, is_actor, depth + 1)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.pos_ in ("NOUN", "PROPN") and \
            "to" not in aux_words(verb) and (is_actor(head) or head.pos_ == "PROPN"):
        return [head]  # "Peruvian troops crossing the border": the troops cross it
    if verb.dep_ in ("pcomp", "acl") and head.head.i != head.i:
        governor = head.head if verb.dep_ == "pcomp" else head
        culprit = culpable_subject(governor)  # "are guilty of violating the ceasefire"
        if culprit is not None:
            return [culprit]
        if governor.pos_ in ("VERB", "AUX"):
            objects = children(governor, "dobj")
            if objects and governor.lemma_ in ACCUSE_VERBS | OBJECT_CONTROL:
                return objects[:1]
            if verb.dep_ == "pcomp" and head.lower_ == "for" and \
                    governor.lemma_ in PUNISH_VERBS | CREDIT_VERBS:  # "jailed X for helping"
                return (objects or children(governor, "nsubjpass"))[:1]
            return verb_sources(governor, is_actor, depth + 1)
        possessors = children(governor, "poss")
        held = governor.lemma_.lower() in OWN_PLAN_NOUNS and \
            governor.head.lemma_ in HOLDING_VERBS
        if not possessors and (governor.lemma_.lower() in MESSAGE_NOUNS or held) and \
                governor.dep_ in ("dobj", "nsubjpass") and governor.head.pos_ == "VERB":
            return verb_sources(governor.head, is_actor, depth + 1)  # "issued a statement
        return possessors  # condemning the attack": the statement's issuer condemns
    return []


def clause_culprit(verb, is_actor: IsActor) -> list:
    """Whom an allegation is about: the subject of its that-clause ('alleged that France
    was aware'), or the agent of a passive one ('that civilians were killed by X')."""
    for clause in children(verb, "ccomp"):
        agents = passive_agents(clause)
        subjects = agents or children(clause, "nsubj")
        if subjects and is_actor(subjects[0]):
            return subjects[:1]
    return []


def shared_passive_subject(verb) -> list:
    """The subject a passive shares with a participle coordinated to it ('X was tortured
    and killed'): the victim of both."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or \
            children(verb, "nsubj", "nsubjpass", "aux", "auxpass", "dobj"):
        return []
    return children(head, "nsubjpass")[:1] if children(head, "auxpass") else []


MEETING_TIME_PREPS = {"after", "following", "during", "before", "ahead", "at"}


def coded_as(tok, roots: set, plain_only: bool = False) -> bool:
    """Whether the lexicon of the word's part of speech codes it with one of those roots
    (`plain_only`: in its unconditional senses only)."""
    lexicon = verb_lexicon() if tok.pos_ == "VERB" else noun_lexicon()
    return any(r.code != "none" and cameo(r.code).root in roots and
               not (plain_only and r.conditions) for r in lexicon.get(tok.lemma_.lower(), []))


def culpable_subject(adj):
    """Who is said to be guilty of or responsible for an act: the subject of 'X is guilty
    of', or the noun in 'officials responsible for'; None for any other word."""
    if adj.pos_ != "ADJ" or adj.lower_ not in CULPABLE_ADJECTIVES:
        return None
    if adj.dep_ == "amod" and adj.head.pos_ in ("NOUN", "PROPN"):
        return adj.head
    if adj.dep_ == "acomp":
        subjects = children(adj.head, "nsubj")
        return effective_object(subjects[0]) if subjects else None
    return None


def antecedent_sources(noun, is_actor: IsActor, depth: int) -> list:
    """The antecedent of a relative pronoun; an event noun passes on its own source."""
    for _ in range(3):
        if is_actor(noun):
            return [noun]
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in noun_lexicon():
            return noun_sources(noun, is_actor, depth + 1)
        if noun.head.i == noun.i:
            break
        noun = noun.head.head if noun.head.dep_ == "prep" else noun.head
    return []


def own_preps(verb) -> tuple:
    """The target prepositions the verb's first lexicon row names."""
    rows = verb_lexicon().get(verb.lemma_.lower())
    return rows[0].target_preps if rows else ()


WEAPONS = {"weapon", "weapons", "arms", "bomb", "bombs", "shell", "shells", "mortar",
           "artillery", "grenade", "munition", "ammunition", "bullet", "tank", "gun",
           "explosive", "missile", "drone", "rocket", "ballistic", "gas", "teargas"}
# Where a weapon is aimed ("a shell was fired at the town").
AIM_PREPS = {"at", "on", "into", "toward", "towards"}


def is_weapon(tok) -> bool:
    return tok.lower_ in WEAPONS or tok.lemma_.lower() in WEAPONS


LEADING_PARTICIPLES = {"lead", "claim"}  # "a Saudi-led strike", "a Taliban-claimed bomb"


def hyphen_leaders(modifier, is_actor: IsActor) -> list:
    """The party named in a modifier like 'Saudi-led' or 'Taliban-claimed'."""
    if modifier.dep_ != "amod" or modifier.lemma_.lower() not in LEADING_PARTICIPLES:
        return []
    return [c for c in modifier.lefts if c.dep_ in ("npadvmod", "compound", "amod")
            and is_actor(c)][:1]


def weapon_owner(weapon, is_actor: IsActor) -> list:
    """Whose weapon struck: 'a Taliban-claimed car bomb', 'a Russian missile'."""
    for child in weapon.lefts:
        owners = hyphen_leaders(child, is_actor) or \
            ([child] if child.dep_ in ("amod", "compound") and is_actor(child) else [])
        if owners:
            return owners
    return []


def _for_clause_subject(verb, is_actor: IsActor):
    """'gave approval for Peru to open a consulate': the party a for-to clause is about."""
    for clause in children(verb, "advcl", "ccomp", "xcomp"):
        if any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children):
            subjects = [s for s in children(clause, "nsubj") if is_actor(s)]
            if subjects:
                return subjects[0]
    return None


def party_across(place, is_actor: IsActor):
    """'the border with Ecuador': Ecuador, across it (None for any other place)."""
    if place.lemma_.lower() not in ("border", "frontier"):
        return None
    return next((p for _, p in child_preps(place, {"with"}) if is_actor(p)), None)


def _act_counterpart(noun, is_actor: IsActor) -> list:
    """'withdrew from the nuclear deal with Iran': the act's own party (Iran)."""
    rows = noun_lexicon().get(noun.lemma_.lower())
    if not rows or is_actor(noun):
        return []
    return [t for t in noun_targets(noun, rows[0].target_preps, is_actor)
            if is_actor(t) and not in_topic(t, noun)][:1]


TOPIC_PREPS = {"on", "over", "about", "regarding", "concerning"}


def _topic_of_object(verb, prep) -> bool:
    """'signed a deal on the fate of X': an 'on' the act the object names takes no target
    from ('launched an attack on X' does)."""
    if prep.lower_ not in TOPIC_PREPS:
        return False
    rows = [noun_lexicon().get(o.lemma_.lower()) for o in children(verb, "dobj")]
    return any(r and prep.lower_ not in r[0].target_preps for r in rows)


def in_topic(tok, noun) -> bool:
    """'an agreement on water rights', 'a deal on the fate of Bolivian migrants': what the
    noun's act is about, not a party to it."""
    while tok.i != noun.i and tok.head.i != tok.i:
        if tok.dep_ == "prep" and tok.lower_ in TOPIC_PREPS:
            return True
        tok = tok.head
    return False


def _asked_for(act, is_actor: IsActor) -> list:
    """Whom a call for an act is aimed at: its doer ('the release of the fishermen by
    Chile'), both parties it is between ('a ceasefire between Peru and Ecuador'), or its
    own target ('an inquiry into the death of X')."""
    rows = noun_lexicon().get(act.lemma_.lower())
    if not rows:
        return []
    doers = [a for a in by_agents(act) if is_actor(a)]
    parties = [m for m in between_members(act) if is_actor(m)]
    return doers[:1] or (parties if len(parties) == 2 else []) or \
        noun_targets(act, rows[0].target_preps, is_actor)


def _out_of(verb) -> list:
    """'pulled its troops out of X', 'backed away from X': X, in the 'of' or 'from' phrase
    under a bare 'out' or 'away'."""
    return [p for out in children(verb, "prep", "prt", "advmod") if out.lower_ in AWAY_WORDS
            for _, p in child_preps(out, {AWAY_WORDS[out.lower_]})]


AWAY_WORDS = {"out": "of", "away": "from"}


def owned_by_pronoun(tok) -> bool:
    """'its forces', 'their demands'."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children)


def _marked_by_party(noun, is_actor: IsActor) -> bool:
    """'Chilean imports', 'Bolivia cargo': a party's modifier marks the noun as its."""
    return any(c.dep_ in ("amod", "compound") and is_actor(c) for c in noun.lefts)


def verb_targets(verb, preps: tuple, is_actor: IsActor, depth: int = 0) -> list:
    """Direct object (or passive subject); else an object of the allowed prepositions."""
    passive = children(verb, "nsubjpass") or shared_passive_subject(verb)
    if passive and is_weapon(passive[0]):  # "a mortar bomb was fired at it": not the bomb
        aimed = [p for _, p in child_preps(verb, AIM_PREPS) if not is_time(p)]
        if aimed:
            return aimed[:1]
    if passive and not children(verb, "dobj"):  # "hundreds of prisoners were released"
        if passive[0].lower_ in RELATIVE_PRONOUNS:
            return [verb.head]
        obj = effective_object(passive[0])  # "evidence against Russia was presented": Russia
        aimed = [p for holder in (obj, verb)  # "sanctions were imposed on Bolivia"
                 for _, p in child_preps(holder, set(preps or DEFAULT_TARGET_PREPS))
                 if is_actor(p)] if not is_actor(obj) and obj.lower_ not in TARGET_NOUNS else []
        return aimed[:1] or [obj]
    if "with" in preps:  # "discussed Libya with Trump": the counterpart, not the topic
        partners = [p for _, p in child_preps(verb, {"with"}) if is_actor(p)]
        if partners:
            return partners[:1]
        hosted = [o for o in children(verb.head, "dobj") if is_actor(o)] \
            if verb.dep_ in ("advcl", "xcomp") else []
        if hosted and not any(is_actor(o) for o in children(verb, "dobj")):
            return hosted[:1]  # "received the envoy to discuss ties": with the envoy
    left_places = _out_of(verb) if "from" in preps else []  # "pulled its forces out of X"
    for quantity in children(verb, "dobj") or what_it_called(verb):
        obj = effective_object(quantity)  # "$70 million of aid for Romania": either holds it
        venue = {"at"} if obj.pos_ == "PROPN" else set()  # "sued Bolivia at the ICJ"
        preps_of_obj = [party_across(p, is_actor) or p  # "troops on the border with X": X
                        for holder in dict.fromkeys([obj, quantity, *carried_cargo(obj)])
                        for _, p in child_preps(holder, set(preps or DEFAULT_TARGET_PREPS) - venue)]
        if is_actor(obj) or obj.lower_ in TARGET_NOUNS:  # "the aid program for Bosnia"
            named = [p for p in preps_of_obj + left_places if is_actor(p)] or \
                ([p for _, p in child_preps(verb, set(preps)) if is_actor(p)]
                 if not is_actor(obj) else [])  # "suspended its lending program to Bolivia"
            return named[:1] or [obj]
        lemma = obj.lemma_.lower()
        of_party = lemma in noun_lexicon() or lemma in PATIENT_NOUNS  # "the removal of X"
        doers = [p for p in [*(p for _, p in child_preps(obj, {"of"}) if of_party),
                             *by_agents(obj)] if is_actor(p)]  # "the rally staged by X"
        if doers:  # "demanded the withdrawal of Serbian forces from Bosnia": the forces, not
            return doers[:1]  # where they leave; "demanded an admission by Moscow"
        owners = [p for p in children(obj, "poss") if p.pos_ != "PRON" and is_actor(p)]
        if owners and not any(is_actor(p) for p in preps_of_obj) and lemma != "border":
            return owners[:1]  # "refuted X's comments on the border", "seized Iran's tanker"
        if preps_of_obj and not (_marked_by_party(obj, is_actor) and
                                 not any(is_actor(p) for p in preps_of_obj)):
            return preps_of_obj[:1]  # (not 'fruit' in "banned Chilean imports of fruit")
        counterpart = _act_counterpart(obj, is_actor)
        if counterpart:  # "requested a meeting with Chile's president": the act's own
            return counterpart
        if lemma == "border":  # "closed its borders with Brazil", the "with"
            across = [p for _, p in child_preps(verb, {"with"}) if is_actor(p)]  # on the verb
            if across:
                return across[:1]
        beneficiary = _for_clause_subject(verb, is_actor)  # "gave approval for Peru to open"
        if beneficiary is not None:
            return [beneficiary]
        if owners:  # "closed Chile's border" (with no country across it named)
            return owners[:1]
        aimed = [p for clause in children(obj, "relcl", "acl")
                 for _, p in child_preps(clause, {"on", "against"}) if is_actor(p)]
        if aimed:  # "lift the embargo it imposed on Peru"
            return aimed[:1]
        if obj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":  # "the attack, which
            named = [p for _, p in child_preps(verb, set(preps)) if is_actor(p)]  # Peru
            return named[:1] or [verb.head]  # blamed on X": X
    for pred in object_predicates(verb):  # "found the minister guilty" (parsed as a clause)
        subjects = children(pred, "nsubj")
        if subjects:
            return subjects[:1]
    addressee = clause_addressee(verb, is_actor)
    if addressee is not None:
        return [addressee]
    own = set(preps)  # "filed a complaint with the court against X": the row's 'against'
    defaults = set(DEFAULT_TARGET_PREPS) - own
    left = [(p.head, p) for p in left_places]
    marked = [o for o in children(verb, "dobj") if _marked_by_party(effective_object(o), is_actor)]
    guessed = [(p, o) for p, o in child_preps(verb, defaults)
               if not (marked and p.lower_ in PLACE_GUESSES) and not _topic_of_object(verb, p)]
    for prep, pobj in [*child_preps(verb, own), *left, *guessed]:
        if prep.lower_ == "with" and verb.lemma_ in ACCUSE_VERBS:
            continue  # "charged the minister with corruption": the charge, not a party
        if owned_by_pronoun(pobj) and children(verb, "dative"):
            continue  # "granted Bolivia access to its ports": Bolivia
        if prep.dep_ != "agent" and not is_time(pobj) and pobj.lower_ not in GROUNDS_NOUNS:
            # not "on Wednesday", nor "jailed them on charges of treason"
            across = party_across(pobj, is_actor)  # "ordered troops to the border with X"
            return [across] if across is not None else _act_counterpart(pobj, is_actor) or [pobj]
    for obj in children(verb, "dative"):  # "gave X aid"; "lent $1 billion to X"
        inner = [c for c in obj.children if c.dep_ == "pobj"] if obj.pos_ == "ADP" else [obj]
        if inner:
            return inner[:1]
    for _, pobj in child_preps(verb, {"for"}):  # "called for sanctions against X" -> X
        asked = _asked_for(pobj, is_actor)
        if asked:
            return asked
    objects = [effective_object(o) for o in children(verb, "dobj")
               if o.lower_ not in RELATIVE_PRONOUNS]
    if preps[:1] != ("with",):  # a recipient ("provided aid for Romania"), not a meeting's topic
        for holder in [verb] + objects + children(verb, "dobj"):
            recipients = [p for _, p in child_preps(holder, {"to", "for"}) if is_actor(p)]
            if recipients:
                return recipients[:1]
    if objects:
        return objects[:1]  # not an actor: kept only where an unknown addressee is useful
    for comp in children(verb, "xcomp"):  # "agreed to lend $1 billion to Indonesia"
        if comp.pos_ == "VERB" and depth < 2:
            return verb_targets(comp, own_preps(comp), is_actor, depth + 1)
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not children(verb, "dobj") and \
            verb.head.pos_ in ("NOUN", "PROPN") and is_actor(verb.head):
        return [verb.head]  # "Peru, backed by Ecuador, demanded ...": Peru
    if verb.dep_ == "relcl" and not children(verb, "dobj", "ccomp", "xcomp") and \
            not any(c.lower_ in RELATIVE_PRONOUNS for c in children(verb, *SUBJECT_DEPS)) and \
            children(verb, *SUBJECT_DEPS):
        return [verb.head]
    return []


NAMING_VERBS = {"call", "term", "describe", "dub", "label", "brand"}


def what_it_called(verb) -> list:
    """'condemned what it called Chile's aggressive policy', '... what it described as
    Chilean interference': the policy, the interference."""
    return [pred for clause in children(verb, "ccomp") if clause.lemma_ in NAMING_VERBS
            and any(c.lower_ == "what" for c in children(clause, "dobj"))
            for pred in [*children(clause, "oprd"), *(p for _, p in child_preps(clause, {"as"}))]
            ][:1]


def object_predicates(verb) -> list:
    """The adjective said of the verb's object: 'held Israel responsible' (oprd), 'found
    the minister guilty' (often parsed as a clause with the object as its subject),
    'described the move as hostile'."""
    return [c for c in children(verb, "oprd", "ccomp", "xcomp") if c.pos_ == "ADJ"] + \
        [a for p in children(verb, "prep") if p.lower_ == "as" for a in p.children
         if a.pos_ == "ADJ"]


def clause_addressee(head, is_actor: IsActor):
    """The subject of the clause a demand governs ('demanded that Israel withdraw',
    'insisted that the US should pay'), when it is a noun (not a pronoun); else None."""
    if head.lemma_.lower() not in CLAUSE_ADDRESSEE_VERBS:
        return None
    for comp in children(head, "ccomp", "acl"):
        subjects = children(comp, "nsubj", "nsubjpass")
        if not subjects or subjects[0].pos_ == "PRON":
            continue
        named = is_actor(subjects[0]) or subjects[0].pos_ in ("NOUN", "PROPN")
        if (asks_an_act(comp) or head.lemma_.lower() != "insist") and named:
            return subjects[0]  # ('that the prime minister apologize': whoever it is)
    return None


def asks_an_act(clause) -> bool:
    """'that the prime minister apologize', 'that the US should pay' (not 'that it was safe')."""
    return clause.tag_ == "VB" or any(
        c.dep_ == "aux" and c.lower_ in ("must", "should") for c in clause.children)


def states_a_fact(verb) -> bool:
    """'insisted that the drills were not linked to Bolivia': a that-clause telling, not asking."""
    return any(not asks_an_act(c) and any(t.tag_ in ("VBD", "VBZ") or t.lemma_ == "be"
                                          for t in [c, *children(c, "aux", "auxpass")])
               for c in children(verb, "ccomp"))


def demanded_act(trig, is_actor: IsActor) -> bool:
    """Whether the trigger is the act a demand asks of its addressee ('its demand that
    Israel ease restrictions': the demand is the event, not the easing)."""
    clause = trig if trig.dep_ in ("ccomp", "acl") else \
        trig.head if trig.dep_ in ("dobj", "xcomp", "acomp") else None
    if clause is None or clause.dep_ not in ("ccomp", "acl"):
        return False
    addressee = clause_addressee(clause.head, is_actor)
    return addressee is not None and addressee.head.i == clause.i


def noun_sources(noun, is_actor: IsActor, depth: int = 0) -> list:
    """Who carries out a nominal event."""
    if depth > 6:
        return []
    patient = noun.lemma_.lower() in PATIENT_NOUNS and not _of_object(noun)
    accused = _accused_of(noun)
    if accused:
        return accused
    for child in noun.lefts:
        if opposed_modifier(child):
            continue  # "anti-American protests": whom they are against (noun_targets)
        if child.dep_ == "poss" and not patient:
            return [child]
        if child.dep_ in ("amod", "compound", "nmod") and is_actor(child):
            return [child]
        if child.dep_ == "nsubj" and noun.pos_ == "ADJ" and is_actor(child):
            return [child]  # "the regime offensive" tagged as a clause
        if child.dep_ == "compound":  # "US drone attacks": the weapon's owner
            owners = [c for c in child.lefts if c.dep_ in ("compound", "amod") and is_actor(c)]
            if owners:
                return owners[:1]
        leaders = hyphen_leaders(child, is_actor)  # "a Saudi-led strike"
        if leaders:
            return leaders
    aimed = {p for r in noun_lexicon().get(noun.lemma_.lower(), ()) for p in r.target_preps}
    for prep, pobj in child_preps(noun, SOURCE_PREPS - aimed |  # "withdrawal from Syria"
                                  ({"of"} if _agentive_of(noun) else set())):
        if pobj.lemma_.lower() in CONFINEMENT:
            continue  # 'the release of X from jail': where X leaves, not who acts
        if prep.lower_ == "of" and is_actor(pobj) and not _owned(pobj, is_actor):
            doers = [s for s in governor_sources(noun, is_actor, depth + 1) if is_actor(s)]
            if doers:  # "the US speeded up the withdrawal of some forces": its own
                return doers
        if prep.lower_ != "of" or is_actor(pobj):
            return [pobj]
    between = between_members(noun)
    if between:
        return between[:1]
    return by_agents(noun) or governor_sources(noun, is_actor, depth)


def _owned(agent, is_actor: IsActor) -> bool:
    """Whether an agent noun names whose it is ('Russian forces', 'its troops')."""
    return any(c.dep_ == "poss" or c.dep_ in ("amod", "compound", "nmod") and is_actor(c)
               for c in agent.lefts) or any(is_actor(p) for _, p in child_preps(agent, {"of"}))


def by_agents(noun) -> list:
    """Who did what the noun names, by its 'by' phrase: 'the arrests by X', 'the threats
    made by X', 'the attack carried out by X'."""
    direct = [pobj for _, pobj in child_preps(noun, {"by"})]
    return direct or [pobj for acl in children(noun, "acl")
                      for _, pobj in child_preps(acl, {"by"})]


def governor_sources(noun, is_actor: IsActor, depth: int) -> list:
    """Source from the verb that governs the noun ("Iran made an attack", "accused X of Y")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        prep, gov = head, head.head
        if gov.lemma_ == "be" and prep.lower_ == "at":
            return verb_sources(gov, is_actor, depth + 1)
        if gov.pos_ == "NOUN" and gov.lemma_.lower() in FRAME_NOUNS:
            return noun_sources(gov, is_actor, depth + 1)
        if gov.pos_ == "NOUN" and prep.lower_ == "in" and gov.lemma_.lower() in noun_lexicon():
            return noun_sources(gov, is_actor, depth + 1)  # "a hunger strike in protest"
        if gov.pos_ == "VERB" and gov.lemma_ in LIGHT_VERBS | FRAME_VERBS and \
                prep.lower_ in ("to", "on", "in", "for") or pulled_plug(gov, prep):
            return verb_sources(gov, is_actor, depth + 1)  # "agreed to a deal"
        if prep.lower_ == "as" and gov.lemma_ in AS_VERBS:
            return verb_sources(gov, is_actor, depth + 1)
        if prep.lower_ == "for" and gov.lemma_ in APOLOGY_WORDS:  # "apologized for the
            return verb_sources(gov, is_actor, depth + 1) if gov.pos_ == "VERB" else \
                noun_sources(gov, is_actor, depth + 1)  # killing": the apologizer's
        if _protest_setting(noun, prep, gov):  # "threw stones during demonstrations"
            return verb_sources(gov, is_actor, depth + 1)
        if noun.lemma_ in VISIT_NOUNS and prep.lower_ in ("during", "on") and \
                gov.pos_ in ("VERB", "AUX") and gov.lemma_ not in TRAVEL_VERBS and \
                any(child_preps(noun, {"to"})):  # "held talks during a visit to Beirut"
            return verb_sources(gov, is_actor, depth + 1)  # (not "arrived on a visit")
        if prep.lower_ == "of" and gov.lower_ in QUANTITY_NOUNS or \
                prep.lower_ in ("in", "of") and (gov.lower_ in MONEY_WORDS or gov.pos_ == "NUM"):
            return governor_sources(gov, is_actor, depth + 1)  # "began a round of talks",
            # "announced $20 million in aid"
        if prep.lower_ == "under" and gov.lemma_ in ("come", "be"):  # "came under attack by X"
            return [p for _, p in child_preps(gov, SOURCE_PREPS)][:1]
        if prep.lower_ == "for" and gov.lemma_.lower() in ("responsibility", "credit") and \
                gov.dep_ == "dobj" and gov.head.lemma_ in ("claim", "take", "accept", "admit"):
            return verb_sources(gov.head, is_actor, depth + 1)  # "claimed responsibility for
            # the attack": the claimant did it
        if prep.lower_ in MEETING_TIME_PREPS and gov.pos_ in ("VERB", "AUX") and \
                coded_as(noun, {"04"}):  # "X, speaking after talks with Y": X met Y
            return verb_sources(gov, is_actor, depth + 1)
        culprit = culpable_subject(gov)  # "has been responsible for mass killings"
        return [culprit] if culprit is not None else []
    if undergone(noun):  # "drew criticism from X"
        return [pobj for _, pobj in child_preps(head, {"from"})][:1]
    if noun.dep_ in ("dobj", "attr", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        if head.lemma_ in LIGHT_VERBS or head.lemma_ in FRAME_VERBS:
            return verb_sources(head, is_actor, depth + 1)
    if noun.dep_ == "conj":
        return noun_sources(head, is_actor, depth + 1) if head.pos_ == "NOUN" else []
    return []


def undergone(noun) -> bool:
    """An act the verb's subject undergoes: 'faced criticism', 'received a call from X',
    'won praise from X' (not 'received the envoy', nor 'got a deal')."""
    head = noun.head
    if noun.dep_ != "dobj":
        return False
    return head.lemma_ in UNDERGO_VERBS or head.lemma_ in RECEIVE_VERBS and \
        any(True for holder in (noun, head) for _ in child_preps(holder, {"from"}))


def _protest_setting(noun, prep, gov) -> bool:
    """'youths threw stones during demonstrations', 'converged for a rally': a protest
    that a verb with no sense of its own ('police fired during protests' has) sets."""
    rows = noun_lexicon().get(noun.lemma_.lower(), [])
    return prep.lower_ in ("during", "for", "at", "in") and gov.pos_ == "VERB" and \
        any(r.code[:2] == "14" for r in rows) and gov.lemma_.lower() not in verb_lexicon()


def _agentive_of(noun) -> bool:
    """'the support of the United States' (agent) vs 'the killing of Haniyeh' (patient)."""
    rows = noun_lexicon().get(noun.lemma_.lower())
    if not rows or noun.lemma_.lower() in PATIENT_NOUNS:
        return False
    return cameo(rows[-1].code).quad_class in (1, 2) and "of" not in rows[-1].target_preps


def _accused_of(noun) -> list:
    """'criticised Israel for its bombardment' -> Israel carried out the bombardment;
    'blamed the attack on X', 'the attack, which Peru blamed on X' -> X did."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("of", "for"):
        gov = head.head
        if gov.lemma_ in ACCUSE_VERBS:
            return children(gov, "dobj")[:1]
    blamers = [head] if noun.dep_ == "dobj" else \
        [c for c in children(noun, "relcl") if any(o.lower_ in RELATIVE_PRONOUNS
                                                   for o in children(c, "dobj"))]
    return [p for b in blamers if b.lemma_ == "blame" for _, p in child_preps(b, {"on"})][:1]


def _of_object(noun) -> bool:
    return any(True for _ in child_preps(noun, {"of"}))


# Verbs that hand something over 'to' a recipient.
TRANSFER_VERBS = {"return", "hand", "send", "deliver", "repatriate", "extradite", "deport",
                  "transfer", "give", "donate", "ship", "supply", "sell"}
DEATH_VERBS = {"die", "succumb", "perish"}
CAUSE_LINKS = {"after", "from", "of", "due", "to", "following", "under", "as", "in", "result",
               "consequence", "wake"}  # "died as a result of torture", "due to torture"


def death_caused_by(noun):
    """The verb of dying the act caused ('died in prison after torture'), or None."""
    tok = noun
    for _ in range(5):
        if tok.dep_ not in ("pobj", "pcomp", "prep") or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok if tok.lemma_.lower() in DEATH_VERBS else None
        if tok.lower_ not in CAUSE_LINKS:
            return None
    return None


def in_confinement(verb) -> bool:
    """'died in prison', 'died in a captivity in Iran', 'died in custody', 'was freed from
    captivity'."""
    return any(p.lemma_.lower() in CONFINEMENT or
               any(c.lemma_.lower() in CONFINEMENT for c in children(p, "compound"))
               for _, p in child_preps(verb, {"in", "from"}))


def between_members(noun) -> list:
    """'talks between Iran and the United States' -> [Iran, United States]."""
    for _, pobj in child_preps(noun, {"between"}):
        members = [pobj] + [c for c in pobj.children if c.dep_ == "conj"]
        if len(members) >= 2:
            return members
    return []


def mediated_parties(noun) -> list:
    """The parties a mediation is between: 'mediation between X and Y', 'a mediation
    effort to prevent a confrontation between X and Y', 'to help X and Y reach a deal'."""
    direct = between_members(noun)
    if direct:
        return direct
    for tok in noun.subtree:
        if tok.dep_ == "prep" and tok.lower_ == "between":
            members = [m for p in children(tok, "pobj") for m in [p] + children(p, "conj")]
        elif tok.lemma_ == "help" and tok.pos_ == "VERB":
            helped = children(tok, "dobj") + [s for c in children(tok, "ccomp", "xcomp")
                                              for s in children(c, "nsubj")]
            members = [m for h in helped[:1] for m in [h] + children(h, "conj")]
        else:
            continue
        if len(members) >= 2:
            return members
    return []


def noun_targets(noun, preps: tuple, is_actor: IsActor) -> list:
    if noun.lemma_.lower() in PATIENT_NOUNS and not _of_object(noun):
        possessors = children(noun, "poss")
        if possessors:
            return possessors
    between = between_members(noun)
    if between:
        return between[1:2]
    allowed = set(preps) | {"on", "against"}
    if noun.lemma_.lower() in PATIENT_NOUNS:  # "the release of two Kuwaiti nationals"
        allowed.add("of")
    if _agentive_of(noun):
        allowed.discard("of")
    for prep, pobj in child_preps(noun, allowed):
        if not is_time(pobj):  # "airstrikes on Friday"
            return [effective_object(pobj)]  # "investigations against hundreds of banks"
    for _, inner in child_preps(noun, {"with", "to"}):  # "a complaint with the WTO against
        for _, pobj in child_preps(inner, {"against"}):  # Peru": hung on the addressee
            if not is_time(pobj) and is_actor(pobj):
                return [pobj]
    for _, inner in child_preps(noun, {"of"}):  # "a suspension of air links with Serbia",
        for prep, pobj in child_preps(inner, (allowed | {"with"}) - {"of"}):  # "withdrawal
            if not is_time(pobj) and is_actor(pobj):  # of forces from Panama"
                return [pobj]
    for acl in children(noun, "acl"):
        for prep, pobj in child_preps(acl, {"against", "on"}):
            return [pobj]
    addressee = clause_addressee(noun, is_actor)  # "its demand that Israel ease ..."
    if addressee is not None:
        return [addressee]
    opposed = [c for c in noun.lefts if opposed_modifier(c) and is_actor(c)]
    if opposed:  # "anti-American protests"
        return opposed[:1]
    head = noun.head
    if undergone(noun):  # "Iran faces criticism", "received a call from X"
        return verb_sources(head, is_actor)
    amount = head.head if noun.dep_ == "pobj" and head.lower_ in ("in", "of") else None
    if amount is not None and (amount.lower_ in MONEY_WORDS or amount.pos_ == "NUM") and \
            amount.dep_ == "dobj":  # "announced $20 million in aid for Colombia"
        found = [p for _, p in child_preps(amount.head, set(preps)) if not is_time(p)]
        if found:
            return found[:1]
    if noun.dep_ == "pobj" and head.lower_ == "under" and head.head.lemma_ in ("come", "be"):
        return verb_sources(head.head, is_actor)  # "a patrol came under fire from X"
    if noun.dep_ == "dobj" and head.lemma_ in LIGHT_VERBS:
        own = set(preps) | {"against", "on"}  # "filed a complaint with the court against X"
        for prep, pobj in [*child_preps(head, own), *child_preps(head, {"with"} - own)]:
            if not is_time(pobj):  # "staged a protest on Wednesday"
                return [pobj]
        for dative in children(head, "dative"):  # "offered its condolences to Ecuador"
            recipients = children(dative, "pobj") if dative.pos_ == "ADP" else [dative]
            if recipients:
                return recipients[:1]
    if noun.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_ in LIGHT_VERBS:
        return children(head.head, "dobj")[:1]  # "engaged X in a firefight"
    if noun.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_ in AS_VERBS:
        return children(head.head, "dobj")[:1]  # "used civilians as human shields"
    return []
