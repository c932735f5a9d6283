"""CAMEO code table and the verb/noun trigger lexicons (data in coding/data/)."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

from ..errors import DataError
from ..nlp import irregular_verb_forms

DATA_DIR = Path(__file__).parent / "data"


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    plover: str
    plover_mode: Optional[str]
    quad_class: int

    @property
    def root(self) -> str:
        return self.code[:2]


@dataclass(frozen=True)
class LexRow:
    lemma: str
    code: str
    conditions: tuple[tuple[str, tuple[str, ...]], ...]  # (kind, values)
    target_preps: tuple[str, ...]


def _tsv(path: Path) -> Iterable[list[str]]:
    with path.open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if row and not row[0].startswith("#"):
                yield row


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoCode]:
    rows = _tsv(DATA_DIR / "cameo.tsv")
    next(rows)  # header
    table = {}
    for code, name, goldstein, plover, mode, quad in rows:
        table[code] = CameoCode(code, name, float(goldstein), plover, mode or None, int(quad))
    return table


def cameo(code: str) -> CameoCode:
    try:
        return cameo_table()[code]
    except KeyError:
        raise DataError(f"unknown CAMEO code {code!r}", "E202") from None


@lru_cache(maxsize=1)
def word_classes() -> dict[str, tuple[str, ...]]:
    """Named sets of words a condition may name as `@name` ('obj=@arms')."""
    return {name.strip(): tuple(w for w in words.strip().split("|") if w)
            for name, words, *_ in _tsv(DATA_DIR / "wordclasses.tsv")}


def _expand(values: str) -> tuple[str, ...]:
    out: list[str] = []
    for value in values.split("|"):
        if not value.startswith("@"):
            out.append(value)
        elif value[1:] in word_classes():
            out.extend(word_classes()[value[1:]])
        else:
            raise DataError(f"unknown word class {value!r} in a lexicon condition", "E202")
    return tuple(dict.fromkeys(out))


def _parse_conditions(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    conds = []
    for part in (p for p in text.split(";") if p.strip()):
        kind, _, values = part.strip().partition("=")
        conds.append((kind, _expand(values)))
    return tuple(conds)


def _load_lexicon(name: str) -> dict[str, list[LexRow]]:
    table = cameo_table()
    lexicon: dict[str, list[LexRow]] = {}
    for row in _tsv(DATA_DIR / name):
        row += [""] * (4 - len(row))
        lemma, code, cond, preps = (c.strip() for c in row[:4])
        if code not in table and code != "none":
            raise DataError(f"{name}: {lemma!r} has unknown CAMEO code {code!r}", "E202")
        entry = LexRow(lemma, code, _parse_conditions(cond),
                       tuple(p for p in preps.split("|") if p))
        lexicon.setdefault(lemma, []).append(entry)
    for rows in lexicon.values():  # specific senses (with conditions) before the general one
        rows.sort(key=lambda r: not r.conditions)
    return lexicon


@lru_cache(maxsize=1)
def verb_lexicon() -> dict[str, list[LexRow]]:
    return _load_lexicon("verbs.tsv")


@lru_cache(maxsize=1)
def noun_lexicon() -> dict[str, list[LexRow]]:
    return _load_lexicon("nouns.tsv")


_IRREGULAR = {
    "say": ["said"], "tell": ["told"], "meet": ["met"], "hold": ["held"],
    "give": ["gave", "given"], "shoot": ["shot"], "fight": ["fought"],
    "strike": ["struck", "stricken"], "send": ["sent"], "withdraw": ["withdrew", "withdrawn"],
    "forgive": ["forgave", "forgiven"], "beat": ["beaten"], "slay": ["slew", "slain"],
    "seek": ["sought"], "make": ["made"], "take": ["took", "taken"], "arise": ["arose"],
    "lead": ["led"], "bring": ["brought"], "undertake": ["undertook", "undertaken"],
    "freeze": ["froze", "frozen"], "break": ["broke", "broken"], "sell": ["sold"],
    "win": ["won"], "get": ["got", "gotten"],
}


def inflections(lemma: str) -> set[str]:
    """Rough English inflections, used only to pre-filter sentences."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms |= {lemma[:-1] + "ing"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if len(lemma) > 2 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou":
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    forms.update(_IRREGULAR.get(lemma, []))
    forms.update(irregular_verb_forms(lemma))
    return forms


@lru_cache(maxsize=1)
def trigger_forms() -> frozenset[str]:
    """Lowercase word forms that may carry an event (verbs and nouns)."""
    forms: set[str] = set()
    for lemma in list(verb_lexicon()) + list(noun_lexicon()):
        if lemma not in SPEECH_ONLY:
            forms |= inflections(lemma)
    for base in REPEATABLE:  # 'reimposed', 'rearrested'
        forms |= inflections("re" + base)
    forms |= {"involved", "involvement", "responsible", "behind"}  # denials after "said"
    return frozenset(forms | BLAME_WORDS | FAULT_WORDS)  # "said X was to blame"


# Who is guilty of or responsible for an act ("X is guilty of", "officials responsible for").
CULPABLE_ADJECTIVES = {"guilty", "responsible", "culpable"}
# Said of a party, blaming it (112: "said Peru was responsible", "was to blame") or finding
# fault with it or its doings (111: "said Chile's remarks were unacceptable").
BLAME_WORDS = CULPABLE_ADJECTIVES | {"liable", "blame"}
FAULT_WORDS = frozenset(word_classes()["faults"])
# Acts whose 're-' form is the same act done again ('reopened', 'reimposed', 'rearrested');
# listed, since many 're-' words are others ('recommend' is no 'commend').
REPEATABLE = {"impose", "open", "arrest", "occupy", "negotiate", "launch", "supply",
              "arm", "visit", "state", "consider", "establish", "invade", "deploy", "examine"}
# "said" alone codes nothing (it only attributes other events): no reason to parse.
SPEECH_ONLY = {"say"}
