"""Event status (asserted, reported, alleged, negated, hypothetical, planned),
attribution ("according to ...", "X said") and direct quotes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from .parse import ancestors, aux_words, child_preps, children, has_negation

SAY_VERBS = {"say", "tell", "report", "state", "announce", "claim", "allege", "add", "signal",
             "confirm", "indicate", "insist", "affirm", "stress", "write", "note", "declare",
             "assert", "emphasize", "emphasise", "reiterate", "believe", "describe", "suggest"}
ALLEGE_VERBS = {"claim", "allege", "accuse", "blame", "charge"}
# Who is punished or rewarded 'for' doing something did it ('jailed a student for helping
# militants'); what a court or police punishes is alleged.
PUNISH_VERBS = {"arrest", "detain", "jail", "imprison", "sentence", "convict", "punish", "fine",
                "execute", "prosecute", "try", "indict", "expel", "deport", "sue", "sanction"}
CREDIT_VERBS = {"praise", "thank", "commend", "reward", "fault", "hail"}
DENY_VERBS = {"deny", "dismiss", "refute", "reject"}
ACK_VERBS = {"acknowledge", "confirm", "admit"}
TRAVEL_VERBS = {"arrive", "travel", "visit", "come", "go", "fly", "head", "return", "embark"}
LEAVE_VERBS = {"withdraw", "pull", "exit", "retreat", "walk"}  # "pulled out of the deal"
AVOID_VERBS = {"avoid", "refrain", "prevent", "thwart", "stop", "halt", "cancel", "fail",
               "suspend", "end", "cease", "abandon", "postpone", "drop"}
SPEECH_ACTS = {"accuse", "criticize", "criticise", "condemn", "denounce", "blame", "say",
               "claim", "allege", "deny", "praise", "urge", "demand", "warn", "threaten"}
CONSIDER_WORDS = {"consider", "contemplate", "weigh", "mull", "explore", "option", "possibility",
                  "consideration", "scenario", "risk", "study", "debate", "fear", "deterrence",
                  "attempt", "may", "might", "could", "would", "whether", "potential", "likely",
                  "unclear", "history", "ability", "capability", "unlikely"}
PLAN_WORDS = {"plan", "prepare", "order", "instruct", "intend", "aim", "direct", "proposal",
              "bid", "threat", "command", "authorize", "authorise", "approve", "preparation",
              "plot", "vow", "pledge", "promise", "threaten", "warn", "call", "urge", "demand",
              "seek", "determine", "want", "ready", "prepared", "agree", "willing", "offer",
              "commit", "intend", "ask", "appeal", "request", "press", "pressure", "push",
              "invite", "plead", "beg", "implore", "lobby", "petition", "hope", "expect"}
HYPOTHETICAL_AUX = {"would", "could", "might", "may", "should", "can", "must"}
FUTURE_AUX = {"will", "shall", "'ll"}
OBLIGATION_AUX = {"must", "should"}
REFUSE_VERBS = {"refuse", "decline", "reject", "rebuff", "spurn", "fail", "refusal", "repudiate",
                "renounce", "abrogate"}
CONDITIONAL_MARKS = {"if", "unless", "whether", "lest"}
COMMIT_WORDS = {"commit", "agree", "promise", "pledge"}  # refused to commit to X: refused X
PHRASAL_REFUSALS = {"rule": "out", "turn": "down", "shrug": "off", "brush": "aside"}
_CONDITIONAL_PHRASE = re.compile(r"\b(?:in the event that|in the event of|in case)\b[^.;:]*$",
                                 re.IGNORECASE)
_QUOTE = re.compile(r"[“\"]([^”\"]{3,})[”\"]")

PRIORITY = ("negated", "hypothetical", "planned", "alleged", "reported", "asserted")


@dataclass
class StatusInfo:
    status: str
    obligation: bool  # "must"/"should": a demand when somebody else says it
    modal_future: bool  # "will"/"would": a candidate for threat conversion
    frame: Optional[str]  # lemma of the governing frame (order, consider, vow, ...)
    alleged_by: Optional[object]  # subject token of accuse/claim
    speaker: Optional[object]  # subject token of the reporting verb


def _rank(status: str) -> int:
    return PRIORITY.index(status)


FRAME_WORDS = REFUSE_VERBS | DENY_VERBS | ACK_VERBS | AVOID_VERBS | ALLEGE_VERBS | \
    CONSIDER_WORDS | PLAN_WORDS | LEAVE_VERBS
CARRIER_VERBS = {"make", "launch", "carry", "conduct", "stage", "mount", "issue", "give", "hold",
                 "undertake", "perform", "wage", "unleash", "begin", "start", "continue",
                 "resume", "be", "have", "go", "extend", "express", "offer", "receive", "see",
                 "view", "deem", "reach", "sign", "conclude", "strike", "ink", "seal", "produce",
                 "achieve", "secure", "clinch"}
BOUNDARY_DEPS = {"relcl", "acl", "appos"}


def _phrasal_refusal(verb) -> bool:
    """'ruled out', 'turned down', 'shrugged off', 'brushed aside' (verb and particle)."""
    particle = PHRASAL_REFUSALS.get(verb.lemma_.lower())
    return particle is not None and any(c.dep_ == "prt" and c.lower_ == particle
                                        for c in verb.children)


def not_ruled_out(verb) -> bool:
    """'did not rule out', 'refused to rule out': an option kept open."""
    if verb.lemma_.lower() != "rule" or not _phrasal_refusal(verb):
        return False
    return has_negation(verb) or verb.dep_ == "xcomp" and verb.head.lemma_.lower() in \
        ("refuse", "decline")


def pulled_plug(verb, prev) -> bool:
    """'pulled the plug on the talks': called them off."""
    return verb.lemma_.lower() == "pull" and prev.dep_ == "prep" and prev.lower_ == "on" and \
        any(o.lemma_.lower() == "plug" for o in verb.children if o.dep_ == "dobj")


SCHEDULE_WORDS = {"due", "schedule", "scheduled", "slate", "slated", "poise", "poised"}


def _backed_down(verb) -> bool:
    """'backed down from its threat', 'backed away from the deal', 'backed off'."""
    return verb.lemma_.lower() == "back" and any(c.dep_ in ("prt", "advmod") and c.lower_ in
                                                 ("down", "away", "off") for c in verb.children)


def _scheduled(word, clause) -> bool:
    """'is due to visit', 'is scheduled / slated / set to meet': an act on the calendar."""
    lemma = word.lemma_.lower()
    return clause.dep_ == "xcomp" and (lemma in SCHEDULE_WORDS or lemma == "set" and
                                       word.tag_ == "VBN" and not children(word, "prt"))


def _frame_effect(anc, prev, trigger) -> tuple[Optional[str], Optional[str]]:
    """(status, frame lemma) that the governing word `anc` gives the event below it."""
    lemma = anc.lemma_.lower()
    if not_ruled_out(anc):  # "did not rule out military action": held open, a threat
        return "hypothetical", "threaten"
    if _phrasal_refusal(anc):
        lemma = "reject"  # "ruled out talks", "turned down the offer"
    negated = has_negation(anc)
    clausal = prev.dep_ in ("ccomp", "xcomp", "dobj", "conj", "pcomp")
    if lemma in REFUSE_VERBS and prev.dep_ in ("xcomp", "dobj", "acl") and \
            (prev.i == trigger.i or prev.lemma_.lower() in COMMIT_WORDS and
             prev.i in (trigger.head.i, trigger.head.head.i)):
        return "negated", lemma  # "refused to commit to any assistance'
    if prev.dep_ == "csubj" and prev.i == trigger.i and _ruled_out(anc):
        return "negated", "refuse"  # "lifting the ban is out of the question"
    if lemma in DENY_VERBS and clausal and trigger.lemma_.lower() not in SPEECH_ACTS:
        return ("alleged" if negated else "negated"), lemma
    if lemma in ACK_VERBS and negated:
        return "alleged", lemma
    if lemma in AVOID_VERBS and not negated and (clausal or prev.dep_ == "nsubjpass" and
                                                 prev.i == trigger.i):
        return "negated", lemma  # "halted the attacks", "the meeting was cancelled"
    if lemma == "tell" and prev.dep_ == "xcomp":
        return "planned", "tell"  # "told Chile to stay out": an order, not a report
    if lemma in TRAVEL_VERBS and negated and prev.i == trigger.i and \
            prev.dep_ in ("advcl", "xcomp") and "to" in aux_words(prev):
        return "negated", "refuse"  # "will not travel to Santiago to meet X"
    if _scheduled(anc, prev):
        return "planned", "schedule"  # "is due to visit", "is set to meet": the act, planned
    if pulled_plug(anc, prev):
        return "negated", "cancel"  # "pulled the plug on the deal"
    if _backed_down(anc) and not negated and prev.lower_ in ("from", "on", "away", "off", "down"):
        return "negated", lemma  # "backed away from the deal": it is off
    if lemma in LEAVE_VERBS and not negated and prev.dep_ == "prep" and \
            prev.lower_ in ("from", "out", "of"):
        return "negated", lemma  # "withdrew from the talks": they go on without it
    if anc.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in anc.children):
        return "negated", lemma
    if lemma in ALLEGE_VERBS:
        return "alleged", lemma
    if lemma in PUNISH_VERBS and prev.lower_ == "for" and trigger.head.i == prev.i:
        return "alleged", lemma
    if lemma in CONSIDER_WORDS or lemma == "deter":
        return "hypothetical", lemma
    if lemma in PLAN_WORDS:
        return "planned", lemma
    return None, None


# Verbs that carry an obligation to the event they govern ('must end attacks', 'must be
# ready to mediate').
CLAUSE_CARRIERS = {"end", "stop", "halt", "cease", "be", "start", "begin", "continue",
                   "resume", "keep"}


def event_status(trigger) -> StatusInfo:
    """Walk from the trigger to the root and collect what its clause depends on.

    Frame words (deny, consider, order, accuse ...) act on the event only until the walk
    leaves its clause: through a relative clause or through another content verb.
    """
    found = ["asserted"]
    frame = None
    alleged_by = None
    speaker = None
    obligation = False
    if has_negation(trigger):
        found.append("negated")
    found += _modal_statuses(trigger)
    found += _copula_subject_status(trigger)
    if trigger.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "any"
                                      for c in trigger.children):
        found.append("hypothetical")  # "would respond to any incursion"
    modal_future = bool(aux_words(trigger) & (FUTURE_AUX | {"would"}))
    blocked = False
    via_np = False  # the walk went through a noun phrase (prep/pobj): no deny effect
    prev = trigger
    for anc in ancestors(trigger):
        lemma = anc.lemma_.lower()
        refusal = lemma == "refusal" and prev.dep_ == "acl" and prev.i == trigger.i
        if (prev.dep_ in BOUNDARY_DEPS or _own_clause(prev)) and not refusal and \
                not _intent_content(prev, anc):
            blocked = True
        if prev.dep_ in ("pobj", "prep") and prev.i != trigger.i:
            via_np = True
        if not blocked and not (via_np and lemma in DENY_VERBS):
            status, lemma_frame = _frame_effect(anc, prev, trigger)
            if status:
                found.append(status)
                refused = status == "negated" and lemma_frame in REFUSE_VERBS and \
                    frame in COMMIT_WORDS  # "refused to commit to aid": a refusal of aid
                frame = lemma_frame if refused else frame or lemma_frame
                if lemma in ALLEGE_VERBS:
                    alleged_by = alleged_by or _subject(anc)
            if (lemma == "event" and anc.head.lower_ == "in") or _conditional(anc):
                found.append("hypothetical")
            carried = prev.i == trigger.i and prev.dep_ == "dobj"  # "would tighten the blockade"
            if anc.pos_ in ("VERB", "AUX") and (prev.dep_ in ("xcomp", "conj") or carried):
                found += _modal_statuses(anc)
                if carried and has_negation(anc) and lemma not in FRAME_WORDS and \
                        not children(anc, "prt"):  # (not "would not rule out an attack")
                    found.append("negated")  # "will not attend the summit in Lima"
                modal_future = modal_future or bool(aux_words(anc) & ({"would"} | FUTURE_AUX))
            found += _copula_subject_status(anc)
        if lemma in SAY_VERBS and speaker is None and prev.dep_ in ("ccomp", "parataxis",
                                                                   "advcl", "dobj"):
            speaker = _subject(anc)
            modal_future = modal_future or bool(aux_words(prev) & ({"would"} | FUTURE_AUX))
            # "says Israel must end attacks": the said clause is an obligation on the event
            if prev.lemma_.lower() in CLAUSE_CARRIERS:  # (on the trigger itself: below)
                obligation = obligation or bool(aux_words(prev) & OBLIGATION_AUX)
        if anc.pos_ == "VERB" and lemma not in FRAME_WORDS | SAY_VERBS | CARRIER_VERBS:
            blocked = True
        prev = anc
    if _conditional(trigger):
        found.append("hypothetical")
    if _CONDITIONAL_PHRASE.search(trigger.doc[:trigger.i].text):
        found.append("hypothetical")
    status = min(found, key=_rank)
    obligation = obligation or bool(aux_words(trigger) & OBLIGATION_AUX)
    return StatusInfo(status, obligation, modal_future, frame, alleged_by, speaker)


INTENT_NOUNS = {"plan", "proposal", "offer", "promise", "pledge", "threat", "bid", "attempt",
                "call", "demand", "request", "appeal", "order", "plot"}


def _intent_content(clause, noun) -> bool:
    """'a plan to send troops', 'a call to end the war': what the noun intends or asks."""
    return clause.dep_ == "acl" and noun.lemma_.lower() in INTENT_NOUNS and \
        "to" in aux_words(clause) and not children(clause, "nsubj", "nsubjpass")


RULED_OUT = {("out", "question"), ("off", "table")}


def _ruled_out(verb) -> bool:
    """'... is out of the question', '... is off the table'."""
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        inner = [g for p in prep.children if p.dep_ == "prep" for g in p.children] + \
            list(prep.children)
        if any((prep.lower_, g.lower_) in RULED_OUT for g in inner if g.dep_ == "pobj"):
            return True
    return False


def _own_clause(tok) -> bool:
    """An adverbial or coordinated clause with its own subject ('while Turkey criticised')."""
    return tok.dep_ in ("advcl", "conj", "parataxis") and tok.pos_ in ("VERB", "AUX") and \
        bool(children(tok, "nsubj", "nsubjpass")) and \
        "to" not in aux_words(tok)


def _copula_subject_status(tok) -> list[str]:
    """'One option is an attack': the subject of the copula frames the event."""
    if tok.dep_ not in ("attr", "acomp") or tok.head.lemma_ != "be":
        return []
    for subj in children(tok.head, "nsubj"):
        if subj.lemma_.lower() in CONSIDER_WORDS:
            return ["hypothetical"]
        if subj.lemma_.lower() in PLAN_WORDS:
            return ["planned"]
    return []


def _modal_statuses(tok) -> list[str]:
    aux = aux_words(tok)
    out = []
    if aux & HYPOTHETICAL_AUX == {"would"} and _reported_clause(tok):
        out.append("planned")  # "said it would send aid": the future of reported speech
    elif aux & HYPOTHETICAL_AUX:
        out.append("hypothetical")
    elif aux & FUTURE_AUX:
        out.append("planned")
    hedges = {HEDGES.get(c.lower_) for c in children(tok, "advmod")} - {None}
    return out + sorted(hedges)


HEDGES = {"allegedly": "alleged", "purportedly": "alleged", "supposedly": "alleged",
          "reportedly": "reported"}  # "troops allegedly shot two farmers"


def _reported_clause(tok) -> bool:
    """The clause a say-verb reports ('Peru said it would send aid'), with no condition
    of its own ('... if the rains continue')."""
    return tok.dep_ in ("ccomp", "parataxis") and tok.head.lemma_.lower() in SAY_VERBS and \
        not any(_conditional(a) for a in children(tok, "advcl"))


def _conditional(clause) -> bool:
    """A clause opened by 'if', 'unless', 'whether' or 'lest'."""
    return any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in clause.children)


def _subject(verb):
    subj = children(verb, "nsubj", "nsubjpass")
    return subj[0] if subj else None


def according_to(doc, text: Optional[str] = None) -> Optional[object]:
    """The head of an 'according to X' phrase in the sentence (`text`: the doc's text,
    when the caller has it)."""
    if "ccording" not in (doc.text if text is None else text):
        return None
    for tok in doc:
        if tok.lower_ == "according":
            for _, pobj in child_preps(tok, {"to"}):
                return pobj
            nxt = tok.nbor(1) if tok.i + 1 < len(doc) else None
            if nxt is not None and nxt.lower_ == "to":
                for _, pobj in child_preps(nxt, None):
                    return pobj
                for c in nxt.children:
                    if c.dep_ == "pobj":
                        return c
    return None


def root_speaker(doc, trigger, root=None) -> Optional[object]:
    """'..., the officials said.': the root is a reporting verb placed after the event."""
    if root is None:
        root = next((t for t in doc if t.head.i == t.i), None)
    if root is None or root.i == trigger.i or root.lemma_ not in SAY_VERBS:
        return None
    if trigger.i > root.i and not any(a.i == root.i for a in ancestors(trigger)):
        return None
    return _subject(root)


def quote_for(sentence: str, char_offset: int) -> Optional[str]:
    """The quotation that contains `char_offset` (offset inside the sentence)."""
    for m in _QUOTE.finditer(sentence):
        if m.start() <= char_offset < m.end():
            return m.group(1).strip()
    return None


def is_anonymous(head) -> bool:
    """'three Iranian officials', 'sources': no proper name in the phrase."""
    return not any(t.pos_ == "PROPN" for t in head.subtree if t.i <= head.i or t.dep_ in
                   ("compound", "flat", "appos"))
