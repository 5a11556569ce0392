"""One name per real-world thing: countries, places, organisations and people.

Countries come from pycountry plus the alias table in ``data/countries.json`` ("DPRK", "U.S."),
demonyms from ``data/demonyms.json``, places from :mod:`workbench.places`, organisations'
other names from ``data/organizations.json``. A mention's own canonical name comes from
:func:`canonical`; :func:`link_mentions` then joins mentions of one thing within an article
("Akiba" is "Takeo Akiba", "APEC" is "Asia-Pacific Economic Cooperation") and
:func:`link_corpus` across articles where one full name owns a surname.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cache

import gender_guesser.detector as gender_guesser
import pycountry

from workbench import lexicon, places
from workbench.model import Entity

_POSSESSIVE = re.compile(r"(?:'s|’s|´s|'|’|-|–)$")
_LEADING_THE = re.compile(r"^(?:the|The)\s+")
PLACE_LABELS = frozenset({"GPE", "LOC"})


def strip_name(text: str) -> str:
    """``"the United States's"`` -> ``"United States"``."""
    text = _LEADING_THE.sub("", " ".join(text.split()))
    return _POSSESSIVE.sub("", text).strip()


@cache
def entity_words(kind: str) -> frozenset[str]:
    """A word class of ``data/entity_words.json``: honorifics, titles, roles, org_words, ..."""
    return frozenset(lexicon.load("entity_words")[kind])


# -- countries ---------------------------------------------------------------------------------


@cache
def _country_table() -> dict[str, str]:
    """Lower-case country name or alias -> ISO alpha-2."""
    table: dict[str, str] = {}
    shared: set[str] = set()

    def add(name: str, code: str) -> None:
        key = name.lower()
        if table.get(key, code) != code:
            shared.add(key)
        table[key] = code

    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if not value:
                continue
            add(value, country.alpha_2)
            head, _, tail = value.partition(", ")
            if tail:  # "Korea, Republic of" -> "Republic of Korea"; "Virgin Islands, British"
                add(f"{tail} {head}", country.alpha_2)
                add(head, country.alpha_2)
    for key in shared:  # "Korea", "Congo", "Virgin Islands": more than one country
        table.pop(key, None)
    data = lexicon.load("countries")
    for code, name in data["canonical"].items():
        table[name.lower()] = code
    for alias, code in data["aliases"].items():
        if code is None:
            table.pop(alias.lower(), None)
        else:
            table[alias.lower()] = code
    return table


@cache
def country_name(code: str) -> str:
    """The short name news uses for the country with ISO alpha-2 ``code``."""
    override = lexicon.load("countries")["canonical"].get(code)
    if override:
        return str(override)
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    name = str(getattr(country, "common_name", None) or country.name)
    head, _, tail = name.partition(", ")
    if not tail or tail.endswith((" of", " of the")):
        return head  # "Moldova, Republic of" -> "Moldova"
    return f"{tail} {head}"  # "Virgin Islands, British" -> "British Virgin Islands"


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
    """The country a place name or demonym is in or names: ``"North Korean"`` -> ``"North
    Korea"``, ``"Kyiv"`` -> ``"Ukraine"``."""
    code = country_code(text)
    if code is None:
        place = places.lookup(places.strip_region(strip_name(text)))
        code = place.country if place else None
    return country_name(code) if code else None


# -- people ------------------------------------------------------------------------------------


@cache
def _given_names() -> gender_guesser.Detector:
    return gender_guesser.Detector(case_sensitive=False)


def is_given_name(word: str) -> bool:
    """A first name in a name dictionary ("Oleksandr", "Takeo"), not an office or a place."""
    if not word[:1].isupper() or not word.isalpha() or len(word) < 2:
        return False
    if (word in entity_words("titles") or word in entity_words("honorifics") or is_country(word)
            or demonym_code(word)):
        return False
    return _given_names().get_gender(word) != "unknown"


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
    """``"Mr Reznikov's"`` -> ``"Reznikov"``: the name as written, without honorifics or a
    leading office ("President Biden"; "Marine Le Pen" keeps her first name)."""
    name = strip_name(text)
    parts = name.split()
    while len(parts) > 1 and (parts[0] in entity_words("honorifics") or (
            parts[0] in entity_words("titles") and (
                _given_names().get_gender(parts[0]) == "unknown"
                or _before_name(parts[1])))):
        parts.pop(0)
    if name.isupper() and len(name) > 4:
        return " ".join(parts).title()
    return " ".join(parts)


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
    elif label in PLACE_LABELS:
        name = places.strip_region(name)
        if name.isupper() and len(name) > 3 and places.lookup(name) is not None:
            name = name.title()
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
def standalone_orgs() -> frozenset[str]:
    """Organisation names that are safe to tag wherever they stand capitalised."""
    return frozenset(lexicon.load("organizations")["standalone"])


def initials(name: str) -> str:
    """``"Asia-Pacific Economic Cooperation"`` -> ``"APEC"``; ``"Donetsk People's Republic"`` ->
    ``"DPR"``; small words ("of", "and", "the") are skipped."""
    words = re.split(r"[\s\-]+", name.replace("&", " "))
    return "".join(w[0] for w in words if w[:1].isupper())


def acronym_key(text: str) -> str | None:
    """``"U.N."`` -> ``"UN"``; None when ``text`` is not written as an acronym."""
    key = text.replace(".", "")
    if 2 <= len(key) <= 7 and key.isalpha() and key.isupper():
        return key
    return None


def unique(names: Iterable[str]) -> str | None:
    """The one name in ``names``, or None if there are none or several."""
    found = set(names)
    return found.pop() if len(found) == 1 else None


# -- linking mentions --------------------------------------------------------------------------

LINKABLE_TO_PERSON = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"})
ACRONYM_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP", "EVENT"})


def link_mentions(found: Sequence[Entity]) -> list[Entity]:
    """One canonical name per thing in an article: people by their fullest name, acronyms by
    their full form, places by their first spelling, case variants by the usual case."""
    linked = _link_people(list(found))
    linked = _link_case(linked)
    linked = _link_acronyms(linked)
    linked = _link_orgs(linked)
    return _link_places(linked)


def _runs(parts: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    """Is ``parts`` a contiguous run of ``whole``?"""
    n = len(parts)
    return any(whole[i:i + n] == parts for i in range(len(whole) - n + 1))


def _full_names(found: Sequence[Entity]) -> dict[tuple[str, ...], str]:
    """Each person's fullest name: name parts -> canonical, a shorter full name taking the one
    longer name that contains it ("Kara Murza" in "Vladimir Kara Murza Jr.")."""
    by_parts: dict[tuple[str, ...], str] = {}
    for e in found:
        parts = person_parts(e.canonical)
        if (e.label == "PERSON" and len(parts) > 1
                and len(e.canonical) > len(by_parts.get(parts, ""))):
            by_parts[parts] = e.canonical
    fullest: dict[tuple[str, ...], str] = {}
    for parts, name in by_parts.items():
        longer = [other for other in by_parts if len(other) > len(parts) and _runs(parts, other)]
        owner = unique(by_parts[o] for o in longer)
        fullest[parts] = owner if owner else name
    return fullest


def _owner(parts: tuple[str, ...], fullest: dict[tuple[str, ...], str]) -> str | None:
    """The one full name whose surname (else any run of names) is ``parts``; among several,
    the one that starts with a first name ("Liz Truss", not "Team Truss")."""
    for fits in (lambda full: full[-len(parts):] == parts, lambda full: _runs(parts, full)):
        owners = {name for full, name in fullest.items() if fits(full)}
        if len(owners) > 1:
            owners = {name for name in owners if is_given_name(person_parts(name)[0])}
        if owners:
            return unique(owners)
    return None


def _link_people(found: list[Entity]) -> list[Entity]:
    fullest = _full_names(found)
    linked = []
    for e in found:
        parts = person_parts(e.canonical)
        if e.label == "PERSON" and parts in fullest:
            e = replace(e, canonical=fullest[parts])
        elif e.label == "PERSON" or (e.label in LINKABLE_TO_PERSON and len(parts) == 1
                                      and not is_country(e.canonical)):
            owner = _owner(parts, fullest)
            if owner is not None:
                e = replace(e, canonical=owner, label="PERSON", country=None)
        linked.append(e)
    return linked


def _link_acronyms(found: list[Entity]) -> list[Entity]:
    """"APEC" and "Asia-Pacific Economic Cooperation" in one article are one organisation."""
    full_forms: dict[str, set[str]] = {}
    for e in found:
        if e.label in ACRONYM_LABELS and len(e.canonical.split()) > 1:
            full_forms.setdefault(initials(e.canonical), set()).add(e.canonical)
    groups: dict[str, str] = {}
    for e in found:
        key = acronym_key(e.canonical) if e.label in ACRONYM_LABELS else None
        if key and (full := unique(full_forms.get(key, ()))):
            groups[e.canonical] = full
    if not groups:
        return found
    members = set(groups) | set(groups.values())
    org = {e.canonical for e in found if e.canonical in members and e.label == "ORG"}
    linked = []
    for e in found:
        if e.canonical in members:
            name = groups.get(e.canonical, e.canonical)
            label = "ORG" if name in org or e.canonical in org or any(
                groups.get(o) == name for o in org) else e.label
            e = replace(e, canonical=name, label=label)
        linked.append(e)
    return linked


def _org_words(name: str) -> tuple[str, ...]:
    """An organisation's name words, without a leading country ("UK Foreign Office")."""
    words = tuple(w.strip(",") for w in name.replace("&", " & ").split())
    while len(words) > 1 and (is_country(words[0]) or demonym_code(words[0])):
        words = words[1:]
    return words


def _subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    it = iter(long)
    return all(word in it for word in short)


def _link_orgs(found: list[Entity]) -> list[Entity]:
    """A short name of an organisation takes the one fuller name in the article that begins
    like it and holds all its words: "Foreign Office" is "Foreign, Commonwealth & Development
    Office", "ABC" is "ABC News"; a one-word name the tagger took for a person or place
    ("Santos" of "Santos Ltd") too."""
    orgs = {e.canonical: _org_words(e.canonical) for e in found if e.label == "ORG"}
    generic = entity_words("org_words")
    fuller: dict[str, str] = {}
    shorts = {e.canonical: _org_words(e.canonical) for e in found if e.label == "ORG" or (
        e.label in ("PERSON", "GPE") and " " not in e.canonical and not is_country(e.canonical))}
    for short, words in shorts.items():
        longer = {name: other for name, other in orgs.items()
                  if len(other) > len(words) and other[0] == words[0]
                  and _subsequence(words, other)
                  and (len(words) > 1 or all(w in generic for w in other[1:]))}
        # "Alfa Bank" and "Russian Alfa Bank" are one fuller name
        owner = unique(longer) or (min(longer, key=len) if len(set(longer.values())) == 1
                                   else None)
        if owner is not None:
            fuller[short] = owner
    if not fuller:
        return found
    return [replace(e, canonical=fuller[e.canonical], label="ORG", country=None)
            if e.canonical in fuller and e.label in ("ORG", "PERSON", "GPE") else e
            for e in found]


def _link_places(found: list[Entity]) -> list[Entity]:
    """Two spellings of one town ("Kiev", "Kyiv") take the article's first."""
    first: dict[str, str] = {}
    linked = []
    for e in found:
        place = places.lookup(e.canonical) if e.label in PLACE_LABELS else None
        if place is not None and not is_country(e.canonical):
            e = replace(e, canonical=first.setdefault(place.ident, e.canonical))
        linked.append(e)
    return linked


def _link_case(found: list[Entity]) -> list[Entity]:
    """"LONDON" and "London", "Nato" and "NATO": the spelling written most often (not all-caps
    when another exists)."""
    spellings: dict[str, Counter[str]] = {}
    for e in found:
        spellings.setdefault(e.canonical.lower(), Counter())[e.canonical] += 1
    best = {}
    for key, counts in spellings.items():
        if len(counts) > 1:
            best[key] = max(counts, key=lambda s: (not s.isupper() or is_known_org(s), counts[s]))
    if not best:
        return found
    return [replace(e, canonical=best.get(e.canonical.lower(), e.canonical)) for e in found]


def link_corpus(articles: Sequence[list[Entity]]) -> list[list[Entity]]:
    """Across a corpus: a surname-only mention takes the one full name that owns it corpus-wide."""
    by_surname: dict[str, set[str]] = {}
    for ents in articles:
        for e in ents:
            parts = person_parts(e.canonical)
            if e.label == "PERSON" and len(parts) > 1:
                by_surname.setdefault(parts[-1], set()).add(e.canonical)
    linked: list[list[Entity]] = []
    for ents in articles:
        out = []
        for e in ents:
            parts = person_parts(e.canonical)
            if e.label == "PERSON" and len(parts) == 1:
                owner = unique(by_surname.get(parts[0], ()))
                if owner is not None:
                    e = replace(e, canonical=owner)
            out.append(e)
        linked.append(out)
    return linked
