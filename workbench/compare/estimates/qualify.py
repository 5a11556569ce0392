"""Whose and where the things a number counts are: owners ("Belarusian troops", "Russia's
900 tanks", "Russia lost 30,000 soldiers") and places ("troops in Kursk"), named as
:mod:`workbench.lexicon.names` names countries, so "Byelorussia" and "Belarusian" are one."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from workbench.compare.estimates import sources
from workbench.compare.phrases import EventHit, data, tokens
from workbench.lexicon import names
from workbench.model import ArticleFacts, Entity, Quantity


def country(text: str) -> str | None:
    """The country ``text`` names by name, alias or demonym (``"Byelorussia"``, ``"Belarusian"``);
    None for anything else, towns and regions included."""
    code = names.country_code(text)
    return names.country_name(code) if code else None


def is_demonym(text: str) -> bool:
    """Is ``text`` a demonym ("Belarusian", "Russians") rather than a country's name?"""
    return names.demonym_code(text) is not None


def identity(entity: Entity) -> str:
    """The name an entity goes by when comparing: the country of a demonym, the canonical
    name of anything else ("Belarusian" -> Belarus, "Byelorussia" -> Belarus, Kyiv)."""
    if entity.label == "NORP" and entity.country:
        return entity.country
    if entity.label in ("GPE", "NORP", "LOC"):
        return country(entity.canonical) or _model_of(entity) or entity.canonical
    return entity.canonical


def _model_of(entity: Entity) -> str | None:
    """The country of a demonym a model designation was taken into ("Russian Su-34" ->
    Russia): the first word names it, a later one holds a digit."""
    words = entity.text.split()
    if entity.label != "NORP" or len(words) < 2 or not any(
            c.isdigit() for w in words[1:] for c in w):
        return None
    return country(words[0]) if is_demonym(words[0]) else None


@dataclass(frozen=True, slots=True)
class Qualifiers:
    """Names qualifying what a number counts: whose it is and where it is."""

    owners: tuple[str, ...] = ()
    places: tuple[str, ...] = ()


def qualifiers(facts: ArticleFacts, quantity: Quantity, sentence: tuple[int, int],
               event: EventHit | None, *, exclude: tuple[int, int] | None = None,
               noun: tuple[int, int] | None = None) -> Qualifiers:
    """Entities qualifying what a number counts. Owners: names inside its noun phrase
    ("Belarusian troops") or inside the words of a toll naming what it counts (``noun``: "the
    number of Russian deaths"), its possessor ("Russia's 900 tanks"), the country a possessive
    pronoun stands for ("Russia said 500 of its troops"), "from X" after it, and for events
    that own what they count their subject or agent ("Russia lost 30,000 soldiers", "launched
    by Russia"). Places: the other prepositional phrases after it ("troops in Kursk")."""
    text = facts.article.text
    ents = [e for e in facts.entities if sentence[0] <= e.start and e.end <= sentence[1]
            and not (exclude and exclude[0] <= e.start < exclude[1])]
    noun_end = max(quantity.end, quantity.object_end or quantity.end)
    owners = [e for e in ents if quantity.start <= e.start and e.end <= noun_end]
    if noun is not None:
        owners += [e for e in ents if noun[0] <= e.start and e.end <= noun[1]]
    if possessed(text, quantity):
        owners += _possessor(facts, quantity, sentence)
    owners += [e for e in ents if e.end <= quantity.start
               and re.fullmatch(r"(?:'s|’s)?\s*", text[e.end:quantity.start])]
    owning = event is not None and event.event in data()["owner_events"]
    places: list[Entity] = []
    phrases_after = _places_after(text, ents, noun_end, sentence[1])
    if event is not None and not event.before:
        phrases_after += _places_after(text, ents, event.end, sentence[1])
    for preposition, entity in phrases_after:
        if preposition in data()["owner_prepositions"] or (owning and preposition == "by"):
            owners.append(entity)
        elif entity.label in names.PLACE_LABELS:
            places.append(entity)
    if event is not None and event.before and owning:
        owners += _subject_of(text, ents, event.start)
    if event is not None and event.event in data()["origin_events"]:
        owners += [e for e in ents if re.fullmatch(r"\s+(?:the\s+)?", text[event.end:e.start])]
    owner_names = _names(owners)
    return Qualifiers(owner_names, tuple(n for n in _names(places) if n not in owner_names))


def _names(found: Iterable[Entity]) -> tuple[str, ...]:
    return tuple(sorted({identity(e) for e in found}))


def possessed(text: str, quantity: Quantity) -> bool:
    """Is what a number counts owned by a pronoun ("two of its soldiers", "their 40 tanks")?"""
    pronouns = set(data()["possessive_pronouns"])
    noun_start = quantity.object_start if quantity.object_start is not None else quantity.end
    inside = [t.word for t in tokens(text, quantity.end, max(quantity.end, noun_start))]
    before = [t.word for t in tokens(text, max(0, quantity.start - 12), quantity.start)][-1:]
    return any(w in pronouns for w in inside + before)


def _possessor(facts: ArticleFacts, quantity: Quantity,
               sentence: tuple[int, int]) -> list[Entity]:
    """The country a possessive pronoun stands for: the last country (or capital) named before
    the number in its sentence, the claim's source included ("Russia's defence ministry said
    1,351 of its troops", "Ukraine said Russia had lost 500 of its tanks")."""
    before = [e for e in facts.entities if sentence[0] <= e.start and e.end <= quantity.start
              and (names.is_country(identity(e)) or sources.capital(identity(e)))]
    return before[-1:]


def mentions(facts: ArticleFacts, sentence: tuple[int, int], *,
             exclude: tuple[int, int] | None = None,
             labels: frozenset[str] | None = None) -> list[str]:
    """Names of the entities in a sentence (of ``labels`` only, when given), outside
    ``exclude`` (the claim's source)."""
    found: list[str] = []
    for e in facts.entities:
        if labels is not None and e.label not in labels:
            continue
        if sentence[0] <= e.start and e.end <= sentence[1] and not (
                exclude and exclude[0] <= e.start < exclude[1]) and not _origin(
                    facts.article.text, sentence[0], e.start):
            name = identity(e)
            if name not in found:
                found.append(name)
    return found


ORIGIN_WORDS = 4  # words between a noun of figures and the name of where they come from


def _origin(text: str, start: int, at: int) -> bool:
    """Is the name at ``at`` where figures come from ("if figures coming out of Ukraine can
    be believed", "reports from Kyiv"): a word naming no body (``sources.json`` 'not_bodies')
    then only 'origin_links' and one of the 'behind_prepositions' right before it? It names
    who gives the figures, not what they count."""
    words = [t.word for t in tokens(text, start, at)][-ORIGIN_WORDS:]
    links = set(sources.data()["origin_links"]) | set(sources.data()["behind_prepositions"])
    for k in range(len(words) - 1, -1, -1):
        if words[k] in sources.data()["not_bodies"]:
            return k < len(words) - 1 and words[-1] in sources.data()["behind_prepositions"]
        if words[k] not in links:
            return False
    return False


def _places_after(text: str, ents: Sequence[Entity], start: int,
                  end: int) -> list[tuple[str, Entity]]:
    """Names in the prepositional phrases right after ``start``, each with its preposition:
    "(are now) in Russia's Kursk region", "by Russia at Ukraine"."""
    words = tokens(text, start, end)
    lead_ins = set(data()["place_lead_ins"])
    prepositions = set(data()["place_prepositions"])
    first = 0
    while first < len(words) and words[first].word in lead_ins:
        first += 1
    if first >= len(words) or words[first].word not in prepositions:
        return []
    connectors = set(data()["place_connectors"])
    found: list[tuple[str, Entity]] = []
    preposition = words[first].word
    position = words[first].end
    by_start = {e.start: e for e in ents}
    for token in words[first + 1:]:
        if token.start < position:
            continue
        entity = by_start.get(token.start)
        if entity is not None:
            found.append((preposition, entity))
            position = entity.end
        elif token.word in prepositions:
            preposition = token.word
        elif token.word not in connectors and token.word not in lead_ins:
            break
    return found


def _subject_of(text: str, ents: Sequence[Entity], event_start: int) -> list[Entity]:
    prefix = text[:event_start].rstrip()
    while True:
        last = re.search(r"([A-Za-z]+)$", prefix)
        if last is None or last.group(1).lower() not in data()["auxiliaries"]:
            break
        prefix = prefix[:last.start()].rstrip()
    prefix = re.sub(r"(?:'s|’s)$", "", prefix)
    return [e for e in ents if e.end == len(prefix)]
