"""One name per real-world thing: countries, demonyms and people, within and across articles.

Countries come from pycountry plus the alias table in ``data/countries.json``; demonyms from
``data/demonyms.json``. People: a later mention by surname ("Akiba") takes the full name given
in the same article ("Takeo Akiba"), and across a corpus where one full name owns the surname.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cache

import pycountry
from spacy.tokens import Span

from workbench import lexicon
from workbench.model import Entity

_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_LEADING_THE = re.compile(r"^(?:the|The)\s+")


def strip_name(text: str) -> str:
    """``"the United States's"`` -> ``"United States"``."""
    text = _LEADING_THE.sub("", text.strip())
    return _POSSESSIVE.sub("", text).strip()


def trim_span(span: Span) -> Span | None:
    """The span without a leading "the" or a trailing possessive; None if nothing is left."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].lower_ == "the":
        start += 1
    while end > start and doc[end - 1].text in ("'s", "’s", "'", "’", "-", "–"):
        end -= 1
    if start >= end:
        return None
    trimmed = doc[start:end]
    if trimmed.text.endswith(("'s", "’s")):
        char_span = doc.char_span(trimmed.start_char, trimmed.end_char - 2, label=span.label_)
        return char_span
    return Span(doc, start, end, label=span.label_)


@cache
def _country_table() -> dict[str, str]:
    """Lower-case country name or alias -> ISO alpha-2."""
    table: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                table[value.lower()] = country.alpha_2
        table[country.name.split(",")[0].lower()] = country.alpha_2
    for alias, code in lexicon.load("countries")["aliases"].items():
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
    return str(getattr(country, "common_name", None) or country.name.split(",")[0])


def country_code(text: str) -> str | None:
    """ISO alpha-2 of a country named by ``text`` (name, alias or demonym), else None."""
    name = strip_name(text)
    code = _country_table().get(name.lower())
    if code is None and name.isupper() and len(name) <= 5:
        code = _country_table().get(name.replace(".", "").lower())
    if code is not None:
        return code
    return _demonym_table().get(name.lower())


@cache
def _demonym_table() -> dict[str, str]:
    return {k.lower(): v for k, v in lexicon.load("demonyms").items()}


def country_of(text: str) -> str | None:
    """The country a place name or demonym names: ``"North Korean"`` -> ``"North Korea"``."""
    code = country_code(text)
    return country_name(code) if code else None


def relabel(text: str, label: str) -> str | None:
    """The label news use implies, or None to drop a mention that is not a name."""
    name = strip_name(text)
    if not any(ch.isalpha() for ch in name) or not name[:1].isupper() and not name[:1].isdigit():
        return None
    if label == "NORP" and _country_table().get(name.lower()):
        return "GPE"
    if label in ("PERSON", "ORG", "LOC") and _country_table().get(name.lower()):
        return "GPE"
    return label


def canonical(text: str, label: str) -> str:
    """One name for a mention, before linking to other mentions."""
    name = strip_name(text)
    if label in ("GPE", "LOC", "ORG") and (code := _country_table().get(name.lower())):
        return country_name(code)
    return name


def _person_key(name: str) -> tuple[str, ...]:
    return tuple(part for part in name.replace(".", " ").split() if part)


def link_mentions(found: Sequence[Entity]) -> list[Entity]:
    """Surname-only (or partial) person mentions take the article's full name for them."""
    full_names = [e.canonical for e in found if e.label == "PERSON" and len(_person_key(e.canonical)) > 1]
    linked: list[Entity] = []
    for entity in found:
        if entity.label in ("PERSON", "ORG", "GPE") and len(_person_key(entity.canonical)) == 1:
            owner = _unique_owner(entity.canonical, full_names)
            if owner is not None:
                entity = replace(entity, canonical=owner, label="PERSON")
        linked.append(entity)
    return linked


def _unique_owner(short: str, full_names: Iterable[str]) -> str | None:
    """The one full name whose surname (or given name) is ``short``; None if none or several."""
    owners = {name for name in full_names if _person_key(name)[-1] == short}
    if not owners:
        owners = {name for name in full_names if short in _person_key(name)}
    if len(owners) == 1:
        return owners.pop()
    return None


def link_corpus(articles: Sequence[list[Entity]]) -> list[list[Entity]]:
    """Across a corpus: a surname-only mention takes the one full name that owns it corpus-wide."""
    full_names = {e.canonical for ents in articles for e in ents
                  if e.label == "PERSON" and len(_person_key(e.canonical)) > 1}
    by_surname: dict[str, set[str]] = {}
    for name in full_names:
        by_surname.setdefault(_person_key(name)[-1], set()).add(name)
    linked: list[list[Entity]] = []
    for ents in articles:
        out = []
        for e in ents:
            if e.label == "PERSON" and len(_person_key(e.canonical)) == 1:
                owners = by_surname.get(e.canonical, set())
                if len(owners) == 1:
                    e = replace(e, canonical=next(iter(owners)))
            out.append(e)
        linked.append(out)
    return linked
