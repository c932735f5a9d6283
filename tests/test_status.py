"""Status rules on hand-built parses."""
from spacy.tokens import Doc
import spacy

from flashpoint.coding.status import event_status

VOCAB = spacy.blank("en").vocab


def doc(words, heads, deps, pos, lemmas=None):
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos,
               lemmas=lemmas or [w.lower() for w in words])


def test_negation_on_the_trigger():
    d = doc(["Israel", "did", "not", "attack"], [3, 3, 3, 3], ["nsubj", "aux", "neg", "ROOT"],
            ["PROPN", "AUX", "PART", "VERB"])
    assert event_status(d[3]).status == "negated"


def test_considering_makes_the_object_hypothetical():
    d = doc(["commanders", "are", "considering", "an", "attack"], [2, 2, 2, 4, 2],
            ["nsubj", "aux", "ROOT", "det", "dobj"], ["NOUN", "AUX", "VERB", "DET", "NOUN"],
            ["commander", "be", "consider", "an", "attack"])
    info = event_status(d[4])
    assert info.status == "hypothetical" and info.frame == "consider"


def test_order_makes_a_plan():
    d = doc(["Khamenei", "ordered", "the", "army", "to", "strike"], [1, 1, 3, 1, 5, 1],
            ["nsubj", "ROOT", "det", "dobj", "aux", "xcomp"],
            ["PROPN", "VERB", "DET", "NOUN", "PART", "VERB"], ["Khamenei", "order", "the", "army", "to", "strike"])
    assert event_status(d[5]).status == "planned"


def test_neither_nor_is_not_an_admission():
    d = doc(["Israel", "neither", "confirmed", "nor", "denied", "killing", "him"],
            [2, 2, 2, 2, 2, 4, 5], ["nsubj", "preconj", "ROOT", "cc", "conj", "xcomp", "dobj"],
            ["PROPN", "CCONJ", "VERB", "CCONJ", "VERB", "VERB", "PRON"],
            ["Israel", "neither", "confirm", "nor", "deny", "kill", "he"])
    assert event_status(d[5]).status == "alleged"


def test_denied_event_is_negated_but_a_relative_clause_is_not():
    d = doc(["Iran", ",", "which", "fights", "Israel", ",", "denied", "attacking"],
            [6, 0, 3, 0, 3, 0, 6, 6], ["nsubj", "punct", "nsubj", "relcl", "dobj", "punct", "ROOT", "xcomp"],
            ["PROPN", "PUNCT", "PRON", "VERB", "PROPN", "PUNCT", "VERB", "VERB"],
            ["Iran", ",", "which", "fight", "Israel", ",", "deny", "attack"])
    assert event_status(d[7]).status == "negated"
    assert event_status(d[3]).status == "asserted"


def test_conditional_clause_is_hypothetical():
    d = doc(["If", "Israel", "strikes", ",", "Iran", "will", "respond"], [2, 2, 6, 6, 6, 6, 6],
            ["mark", "nsubj", "advcl", "punct", "nsubj", "aux", "ROOT"],
            ["SCONJ", "PROPN", "VERB", "PUNCT", "PROPN", "AUX", "VERB"],
            ["if", "Israel", "strike", ",", "Iran", "will", "respond"])
    assert event_status(d[2]).status == "hypothetical"
    info = event_status(d[6])
    assert info.status == "planned" and info.modal_future


def test_accusation_makes_the_act_alleged_and_names_who():
    d = doc(["Iran", "accused", "Israel", "of", "killing", "him"], [1, 1, 1, 1, 3, 4],
            ["nsubj", "ROOT", "dobj", "prep", "pcomp", "dobj"],
            ["PROPN", "VERB", "PROPN", "ADP", "VERB", "PRON"],
            ["Iran", "accuse", "Israel", "of", "kill", "he"])
    info = event_status(d[4])
    assert info.status == "alleged" and info.alleged_by.text == "Iran"


def test_reporting_verb_gives_the_speaker():
    d = doc(["Officials", "said", "Iran", "would", "retaliate"], [1, 1, 4, 4, 1],
            ["nsubj", "ROOT", "nsubj", "aux", "ccomp"], ["NOUN", "VERB", "PROPN", "AUX", "VERB"],
            ["official", "say", "Iran", "would", "retaliate"])
    info = event_status(d[4])
    # a reported "would" is the future of the speech, not a hypothetical
    assert info.speaker.text == "Officials" and info.modal_future and info.status == "planned"


def test_would_in_reported_speech_is_the_future_unless_conditional(code):
    [event] = code("Peru said on Monday it would send aid to Chile.")
    assert (event["cameo"], event["status"]) == ("033", "reported")  # an intent to give aid
    [event] = code("Peru said it would send aid to Chile if the rains continue.")
    assert event["status"] == "hypothetical"
