"""Small helpers over spaCy tokens, shared by the coding rules."""
from __future__ import annotations

from typing import Iterator, Optional

RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
SUBJECT_DEPS = ("nsubj", "csubj")
# Prepositions that are no stop words (the rest are): a capitalised 'Barack' is none.
PREPOSITIONS = {"amid", "amidst", "despite", "following", "regarding", "concerning", "including",
                "via", "per", "unlike", "according", "towards", "toward", "inside", "outside",
                "near", "beyond", "within", "without", "throughout", "underneath", "alongside"}


def children(tok, *deps: str) -> list:
    return [c for c in tok.children if c.dep_ in deps]


def child_preps(tok, words: Optional[set] = None) -> Iterator:
    """Prepositions under `tok` (optionally only those spelled as in `words`) with their objects."""
    for prep in tok.children:
        if prep.dep_ in ("prep", "agent") and (words is None or prep.lower_ in words):
            for pobj in prep.children:
                if pobj.dep_ in ("pobj", "pcomp"):
                    yield prep, pobj


def passive_agents(verb) -> list:
    """The doers a passive names in its 'by' phrase ('were met by the authorities')."""
    return [pobj for prep, pobj in child_preps(verb, {"by"}) if prep.dep_ == "agent"]


def ancestors(tok) -> Iterator:
    while tok.head.i != tok.i:
        tok = tok.head
        yield tok


def detach_weekdays(doc) -> None:
    """'met with President Bashar Assad Tuesday' often parses with 'Tuesday' heading the
    name as a compound: the name takes the day's place and the day modifies the verb."""
    for day in doc:
        if day.lower_ not in WEEKDAYS or day.i == 0:
            continue
        name = doc[day.i - 1]
        if name.dep_ != "compound" or name.head.i != day.i or name.pos_ != "PROPN":
            continue
        for tok in [c for c in day.children if c.dep_ == "compound" and c.i < name.i]:
            tok.head = name
        name.head, name.dep_ = (day.head, day.dep_) if day.head.i != day.i else (name, "ROOT")
        day.head, day.dep_ = governing_verb(name), "npadvmod"


# 'declared a curfew to begin at midnight': verbs that only time their subject.
SPAN_VERBS = {"begin", "start", "last", "run", "end", "expire", "remain"}


def repair_small_clauses(doc) -> None:
    """'will not accept refugees fleeing the war', 'declared a state of siege to begin at
    midnight' often parse the noun as the subject of the 'fleeing' or 'to begin' clause:
    the noun becomes the object, the clause its modifier."""
    for verb in doc:
        head = verb.head
        if verb.dep_ != "ccomp" or head.pos_ != "VERB" or \
                any(c.dep_ == "dobj" for c in head.children) or not _object_clause(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > head.i
                        and c.pos_ in ("NOUN", "PROPN")), None)
        if subject is not None:
            subject.head, subject.dep_ = head, "dobj"
            verb.head, verb.dep_ = subject, "acl"


ORDER_VERBS = {"order", "want"}


def repair_ordered_participles(doc) -> None:
    """'ordered two officers jailed' parses 'officers jailed' as a clause of its own: the
    participle is what was ordered (a passive), the officers its subject."""
    for verb in doc:
        head = verb.head
        if verb.dep_ != "ccomp" or verb.tag_ not in ("VBN", "VBD") or \
                head.lemma_ not in ORDER_VERBS or children(head, "dobj") or \
                any(c.dep_ in ("aux", "auxpass", "mark", "dobj") for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > head.i), None)
        if subject is not None:
            verb.dep_, verb.tag_ = "xcomp", "VBN"
            subject.dep_ = "nsubjpass"


def reattach_recipients(doc, verbs: set) -> None:
    """'returned 12 skulls that date back to A.D. 640 to Peru', 'returned a manuscript,
    missing since 1943, to Venafro' often hang the 'to' phrase on the clause inside: the
    last 'to' before a name there is the transfer verb's own recipient."""
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs or \
                any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
            continue
        inner = [c for o in verb.children if o.dep_ == "dobj" for c in o.children
                 if c.dep_ in ("relcl", "acl")] + \
            [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and
             not any(d.dep_ in ("mark", "nsubj", "nsubjpass") for d in c.children)]
        stranded = [p for clause in inner for p in clause.children
                    if p.dep_ == "prep" and p.lower_ == "to" and
                    any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in p.children)]
        if stranded:
            max(stranded, key=lambda p: p.i).head = verb


def repair_participle_heads(doc) -> None:
    """'vetoed a Security Council resolution censuring its raid' sometimes parses the
    participle as the object, the noun before it a compound: the noun is the object, the
    participle its modifier."""
    for verb in doc:
        if verb.tag_ != "VBG" or verb.dep_ not in ("dobj", "pobj", "nsubj", "nsubjpass"):
            continue
        nouns = [c for c in verb.lefts if c.dep_ == "compound" and c.i == verb.i - 1 and
                 c.pos_ == "NOUN"]
        if nouns:
            noun = nouns[0]
            for tok in [c for c in verb.lefts if c.i < noun.i]:  # "a Security Council"
                tok.head = noun
            noun.head, noun.dep_ = verb.head, verb.dep_
            verb.head, verb.dep_ = noun, "acl"


def repair_up_to_objects(doc) -> None:
    """'have kidnapped up to 16 advisers' sometimes parses 'up' as the verb's particle and
    the number's noun as the object of 'to': with no object beside it, that noun is one."""
    for to in doc:
        up = to.head
        if to.lower_ != "to" or to.dep_ != "prep" or up.lower_ != "up" or up.dep_ != "prt":
            continue
        verb = up.head
        nouns = [c for c in to.children if c.dep_ == "pobj" and
                 any(n.dep_ == "nummod" for n in c.children)]
        if nouns and not any(c.dep_ == "dobj" for c in verb.children):
            nouns[0].head, nouns[0].dep_ = verb, "dobj"


def repair_stranded_prepositions(doc) -> None:
    """'granted asylum to five officers holed up in a residence' often parses the noun as
    the subject of the participle, leaving 'to' with no object: the noun becomes the
    object, the participle its modifier."""
    for prep in doc:
        if prep.dep_ != "prep" or any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
            continue
        clause = next((v for v in prep.head.children if v.dep_ in ("advcl", "ccomp") and
                       v.tag_ in ("VBN", "VBG", "VBD") and v.i > prep.i and
                       not any(c.dep_ in ("aux", "auxpass", "mark") for c in v.children)),
                      None)
        noun = next((c for c in clause.children if c.dep_ == "nsubj" and
                     c.left_edge.i == prep.i + 1), None) if clause is not None else None
        if noun is not None and noun.pos_ in ("NOUN", "PROPN"):
            noun.head, noun.dep_ = prep, "pobj"
            clause.head, clause.dep_ = noun, "acl"


def repair_moved_objects(doc) -> None:
    """'denounced as a crime Serbia's crackdown' (the object moved after the 'as' phrase)
    parses the object as an apposition: it becomes the verb's object."""
    for verb in doc:
        if verb.pos_ != "VERB" or any(c.dep_ == "dobj" for c in verb.children):
            continue
        moved = [a for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
                 for o in p.children if o.dep_ == "pobj"
                 for a in o.children if a.dep_ == "appos" and a.pos_ == "NOUN"]
        if moved:
            moved[0].head, moved[0].dep_ = verb, "dobj"


def repair_named_objects(doc) -> None:
    """'called Turkish President Recep Tayyip Erdogan on Friday' sometimes parses the name
    as an object predicate (as in 'called him a liar'): with no object beside it, a name
    there is the object; so is a noun whose apposition is the predicate ('called the
    ambassador a fool' parsed as 'ambassador' the predicate, 'a fool' its apposition)."""
    for tok in doc:
        if tok.dep_ != "oprd" or tok.head.pos_ != "VERB" or \
                any(c.dep_ in ("dobj", "nsubjpass") for c in tok.head.children):
            continue
        predicate = next((a for a in tok.children if a.dep_ == "appos" and
                          any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in a.children)),
                         None)
        if tok.pos_ == "PROPN" or predicate is not None:
            tok.dep_ = "dobj"
        if predicate is not None:
            predicate.head, predicate.dep_ = tok.head, "oprd"


def repair_noun_roots(doc) -> None:
    """'A Kenyan delegation called on Museveni' sometimes parses as a noun phrase, the verb
    a participle modifying its subject ('a delegation called X'): with no verb above the
    noun, a past verb after it, with no agent or auxiliary, is the sentence's verb."""
    for noun in doc:
        if noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        verb = next((v for v in noun.rights if v.dep_ == "acl" and v.tag_ in ("VBD", "VBN") and
                     not any(c.dep_ in ("aux", "auxpass") for c in v.children) and
                     not (children(v, "agent") and not children(v, "dobj"))), None)
        if verb is not None:
            verb.head, verb.dep_ = verb, "ROOT"
            for tok in [c for c in noun.rights if c.i > verb.i]:
                tok.head = verb  # the full stop
            noun.head, noun.dep_ = verb, "nsubj"


def repair_verb_modifiers(doc) -> None:
    """'Bolivia shared intelligence with Peru' sometimes parses as a noun phrase with
    'shared' its modifier and 'Bolivia' that modifier's subject: a past-tense verb with a
    subject of its own before it is the sentence's verb, and the noun its object."""
    for noun in doc:
        if noun.dep_ != "ROOT" or noun.pos_ != "NOUN":
            continue
        verb = next((v for v in noun.lefts if v.dep_ == "amod" and v.tag_ == "VBD" and
                     any(c.dep_ == "nsubj" and c.i < v.i for c in v.children)), None)
        if verb is None:
            continue
        verb.head, verb.dep_ = verb, "ROOT"
        for tok in [c for c in noun.rights if c.dep_ == "punct"]:
            tok.head = verb  # the full stop
        noun.head, noun.dep_ = verb, "dobj"


def repair_blamed_on(doc) -> None:
    """'blamed the attack on Chilean forces' parses 'on' as the attack's: with no 'on' of its
    own, the last 'on' in a blaming verb's object is the verb's (whom it is blamed on)."""
    for verb in doc:
        if verb.lemma_ != "blame" or any(c.lower_ == "on" for c in children(verb, "prep")):
            continue
        ons = [t for o in children(verb, "dobj") for t in o.subtree
               if t.lower_ == "on" and t.dep_ == "prep"]
        if ons:
            ons[-1].head = verb


NAMING_VERBS = {"call", "describe", "term", "dub", "label", "brand"}


def repair_what_it_called(doc) -> None:
    """'condemned what it called Chilean aggression' parses 'what it called' as the object:
    the thing named is what was condemned, its naming a clause of it."""
    for clause in doc:
        verb = clause.head
        if clause.dep_ != "ccomp" or clause.lemma_ not in NAMING_VERBS or \
                not any(c.lower_ == "what" and c.dep_ == "dobj" for c in clause.children) or \
                children(verb, "dobj"):
            continue
        named = children(clause, "oprd") + [p for _, p in child_preps(clause, {"as"})]
        if named:
            named[0].head, named[0].dep_ = verb, "dobj"
            clause.head, clause.dep_ = named[0], "acl"


PURPOSE_NOUNS = {"plot", "plan", "bid", "attempt", "proposal", "offer", "threat", "call",
                 "order", "request", "decision", "move", "effort", "scheme", "conspiracy"}


def repair_noun_purposes(doc) -> None:
    """'thwarted a plot to kill the president' sometimes parses 'to kill' as the verb's
    purpose: right after a noun of intent, it is what the noun intends."""
    for verb in doc:
        if verb.dep_ != "advcl" or verb.i < 2 or "to" not in aux_words(verb) or \
                children(verb, "nsubj", "nsubjpass"):
            continue
        noun = doc[verb.i - 2]
        if noun.dep_ == "dobj" and noun.head.i == verb.head.i and \
                noun.lemma_.lower() in PURPOSE_NOUNS and doc[verb.i - 1].lower_ == "to":
            verb.head, verb.dep_ = noun, "acl"


def repair_co_doers(doc, event_nouns) -> None:
    """'Chile, along with Peru, urged ...', 'Chile fought together with Peru': Peru is
    coordinated with the subject (or the object before it: 'pardoned him along with 30
    prisoners'), not the verb's partner or target."""
    for prep in doc:
        if prep.lower_ != "with" or prep.dep_ != "prep" or not (
                prep.head.lower_ in ("along", "together") or
                any(c.lower_ == "together" for c in prep.children)):
            continue
        verb = governing_verb(prep)
        before = [c for c in children(verb, "nsubj", "dobj") if c.i < prep.i]
        partner = next(iter(children(prep, "pobj")), None)
        if before and partner is not None and partner.lower_ not in event_nouns:
            # the subject's partner, or the object's (not an act: 'weapons along with aid')
            partner.head, partner.dep_ = max(before, key=lambda c: c.i), "conj"


def repair_nominal_verbs(doc) -> None:
    """'helped Peru battle the blazes' sometimes parses 'battle' as a noun with 'Peru' its
    compound: a noun heading a clause, with an object of its own, is the clause's verb and
    the first compound or modifier before it its subject."""
    for word in doc:
        if word.pos_ != "NOUN" or word.dep_ not in ("ccomp", "xcomp") or \
                not children(word, "dobj"):
            continue
        word.pos_, word.tag_, word.lemma_ = "VERB", "VB", word.lower_
        subject = next((c for c in word.lefts if c.dep_ in ("compound", "nmod")), None)
        if subject is not None:
            subject.dep_ = "nsubj"


def repair_gerund_subjects(doc, event_nouns) -> None:
    """'Fighting between X and Y left ten dead' parses 'Fighting' as a verb: an event noun
    in -ing as a subject, with no object of its own, is the noun."""
    for word in doc:
        if word.tag_ == "VBG" and word.dep_ in ("nsubj", "nsubjpass") and \
                word.lower_ in event_nouns and not children(word, "dobj", "aux", "nsubj"):
            word.pos_, word.tag_, word.lemma_ = "NOUN", "NN", word.lower_


def repair_demonym_gerunds(doc, event_nouns) -> None:
    """'killed in Israeli (tank) shelling' sometimes parses 'Israeli' or 'tank' as the
    object of 'in' and 'shelling' as a verb of its own: a word there before an event noun
    in -ing is that noun's modifier, and the noun the object."""
    for word in doc[:-1]:
        gerund = doc[word.i + 1]
        if word.dep_ != "pobj" or word.pos_ not in ("PROPN", "NOUN") or gerund.tag_ != "VBG" \
                or gerund.lower_ not in event_nouns or gerund.head.i != word.head.head.i or \
                any(c.dep_ == "dobj" for c in gerund.children):
            continue
        gerund.head, gerund.dep_, gerund.pos_, gerund.tag_ = word.head, "pobj", "NOUN", "NN"
        gerund.lemma_ = gerund.lower_
        word.head, word.dep_ = gerund, "amod" if word.pos_ == "PROPN" else "compound"


def repair_participle_roots(doc, object_verbs) -> None:
    """'The civilians imprisoned for X were released by Putin' sometimes parses with
    'imprisoned' as the verb and 'were released' coordinated to it: a verb that takes an
    object but has none, followed by a passive with no subject, is a participle of the
    noun, and the passive the sentence's verb."""
    for verb in doc:
        if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBN") or \
                verb.lemma_.lower() not in object_verbs or \
                any(c.dep_ in ("dobj", "aux", "auxpass", "nsubjpass") for c in verb.children):
            continue
        subjects = children(verb, "nsubj")
        passive = next((c for c in verb.rights if c.dep_ == "conj" and c.tag_ == "VBN" and
                        children(c, "auxpass") and not children(c, "nsubj", "nsubjpass")), None)
        if not subjects or passive is None or subjects[0].pos_ not in ("NOUN", "PROPN"):
            continue
        passive.head, passive.dep_ = passive, "ROOT"
        for tok in [c for c in verb.rights if c.i > passive.i or c.dep_ == "cc"]:
            tok.head = passive  # the full stop
        subjects[0].head, subjects[0].dep_ = passive, "nsubjpass"
        verb.head, verb.dep_ = subjects[0], "acl"


def repair_first_names(doc) -> None:
    """'Barack Obama and Vladimir Putin met' sometimes parses 'Barack' as a preposition
    with 'Obama' its object: a capitalised word that is no preposition, first in its
    sentence before a name, is that name's first part, and the name the verb's subject."""
    for word in doc[:-1]:
        name = doc[word.i + 1]
        if word.pos_ != "ADP" or word.dep_ not in ("prep", "nsubj") or not word.is_sent_start or \
                not word.is_title or word.is_stop or word.lower_ in PREPOSITIONS or \
                name.pos_ != "PROPN" or name.head.i != word.i or name.dep_ != "pobj":
            continue
        verb = word.head
        others = [c for c in children(verb, *SUBJECT_DEPS, "nsubjpass") if c.i != word.i]
        if verb.pos_ not in ("VERB", "AUX") or others:
            continue
        name.head, name.dep_ = verb, "nsubj"
        word.head, word.dep_, word.pos_, word.tag_ = name, "compound", "PROPN", "NNP"


def repair_visiting(doc) -> None:
    """'filed a lawsuit against visiting Saudi Crown Prince X' parses 'visiting' as the
    object of 'against', visiting X: the visitor is the object, 'visiting' his modifier."""
    for word in doc:
        if word.lower_ != "visiting" or word.dep_ != "pcomp" or word.head.dep_ != "prep":
            continue
        guest = next((c for c in word.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
        if guest is None:
            continue
        guest.head, guest.dep_ = word.head, "pobj"
        word.head, word.dep_, word.pos_, word.tag_ = guest, "amod", "ADJ", "JJ"


CAPTIVE_WORDS = {"hostage", "hostages", "captive", "captives", "prisoner", "prisoners"}


def repair_taken_captive(doc) -> None:
    """'took three soldiers hostage' parses 'soldiers' as a compound of 'hostage' (a clause),
    or 'hostage' as a second object: the people are the object, 'hostage' what they become."""
    for word in doc:
        take = word.head
        if word.lower_ not in CAPTIVE_WORDS or take.lemma_.lower() != "take" or \
                word.dep_ not in ("ccomp", "xcomp", "advcl", "npadvmod", "dobj", "oprd") or \
                take.i == word.i:
            continue
        taken = next((c for c in word.children if c.dep_ == "compound"), None)
        if taken is not None:
            taken.head, taken.dep_ = take, "dobj"
        others = [c for c in take.children if c.dep_ == "dobj" and c.i != word.i]
        if taken is not None or others:
            word.dep_ = "oprd"


def repair_misparses(doc, transfer_verbs: set, event_nouns=frozenset(),
                     object_verbs=frozenset()) -> None:
    """The small model's known misparses, repaired in place, in this order."""
    detach_weekdays(doc)
    repair_first_names(doc)
    repair_visiting(doc)
    repair_demonym_gerunds(doc, event_nouns)
    repair_gerund_subjects(doc, event_nouns)
    repair_nominal_verbs(doc)
    repair_participle_roots(doc, object_verbs)
    repair_noun_roots(doc)
    repair_verb_modifiers(doc)
    repair_small_clauses(doc)
    repair_ordered_participles(doc)
    reattach_recipients(doc, transfer_verbs)
    repair_up_to_objects(doc)
    repair_participle_heads(doc)
    repair_stranded_prepositions(doc)
    repair_taken_captive(doc)
    repair_blamed_on(doc)
    repair_what_it_called(doc)
    repair_noun_purposes(doc)
    repair_co_doers(doc, event_nouns)
    repair_moved_objects(doc)
    repair_named_objects(doc)


def _object_clause(verb) -> bool:
    """A bare participle ('fleeing the war') or a to-clause that only times its subject."""
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass", "mark")}
    if verb.tag_ == "VBG":
        return not aux
    return aux == {"to"} and verb.lemma_.lower() in SPAN_VERBS


def has_negation(tok) -> bool:
    """`not`/`never`/`no` on the token, or `neither`/`nor` coordination."""
    for c in tok.children:
        if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no"):
            return True
        if c.dep_ == "preconj" and c.lower_ == "neither":
            return True
    if tok.dep_ == "conj":
        if any(c.dep_ == "cc" and c.lower_ == "nor" for c in tok.head.children):
            return True
        return has_negation_only_neither(tok.head)
    return False


def has_negation_only_neither(tok) -> bool:
    return any(c.dep_ == "preconj" and c.lower_ == "neither" for c in tok.children)


def aux_words(tok) -> set[str]:
    return {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}


def governing_verb(tok):
    """The nearest verb at or above `tok`."""
    cur = tok
    while cur.pos_ not in ("VERB", "AUX") and cur.head.i != cur.i:
        cur = cur.head
    return cur


def sentence_root(doc):
    """The first token that is its own head, found without building every token."""
    heads = doc.to_array("HEAD")  # offsets to the head; 0 for a root
    for i, offset in enumerate(heads):
        if offset == 0:
            return doc[i]
    return None


def dependency_path(a, b) -> list:
    """Tokens from a up to the lowest common ancestor and down to b (inclusive)."""
    up_a = [a] + list(ancestors(a))
    up_b = [b] + list(ancestors(b))
    ids_b = {t.i: k for k, t in enumerate(up_b)}
    for k, tok in enumerate(up_a):
        if tok.i in ids_b:
            return up_a[:k + 1] + list(reversed(up_b[:ids_b[tok.i]]))
    return up_a + list(reversed(up_b))
