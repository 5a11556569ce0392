"""The words around a number: its sentence, the event it counts, the places and owners that
qualify it, and the time of the event as opposed to the time it was stated.

Everything here reads the article text and the facts already extracted (entities, quantities,
times, claims); nothing re-parses. Word lists come from ``data/compare.json``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from workbench import lexicon, names
from workbench.model import ArticleFacts, Entity, Quantity, TimeExpr

_TOKEN = re.compile(r"\d[\d,.]*\d|\d|[A-Za-z][A-Za-z'’\-]*|[,;:()\[\]!?.—–]")
_SENTENCE_END = re.compile(r"(?<=[.!?])([\"”’)]?)\s+(?=[\"“A-Z0-9])")
_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|Capt|No|Vol))\.$")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_AUXILIARIES = frozenset({"has", "have", "had", "already", "reportedly", "now", "also", "been",
                          "is", "are", "was", "were", "will", "would", "could", "may", "might",
                          "so", "far", "allegedly", "recently", "previously"})

WINDOW = 6  # words searched on each side of a number for its event
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# "people who were killed": a relative clause right after the noun still names its event
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})


@dataclass(frozen=True, slots=True)
class Token:
    word: str  # lower case
    start: int
    end: int

    @property
    def is_break(self) -> bool:
        return not self.word[0].isalnum()


def data() -> dict[str, Any]:
    table: dict[str, Any] = lexicon.load("compare")
    return table


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words, numbers and clause punctuation of ``text[start:end]`` with their offsets."""
    stop = len(text) if end is None else end
    return [Token(m.group(0).lower().replace("’", "'"), m.start(), m.end())
            for m in _TOKEN.finditer(text, start, stop)]


def sentence_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding ``text[start:end]``, found from the text alone (within its line)."""
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    right = len(text) if right < 0 else right
    sent_start, sent_end = left, right
    for m in _SENTENCE_END.finditer(text, left, right):
        if _ABBREVIATION.search(text, left, m.start()):
            continue
        if m.end() <= start:
            sent_start = m.end()
        elif m.end(1) >= end:
            sent_end = m.end(1)
            break
    return sent_start, sent_end


def sentence_span(facts: ArticleFacts, quantity: Quantity) -> tuple[int, int]:
    """The quantity's sentence: as the extractor found it, else from the text."""
    text = facts.article.text
    if quantity.sentence_start is not None and quantity.sentence_end is not None:
        start, end = quantity.sentence_start, quantity.sentence_end
    else:
        start, end = sentence_of(text, quantity.start, quantity.end)
    while end > max(start, quantity.end) and text[end - 1].isspace():
        end -= 1
    return start, end


@cache
def phrases(name: str) -> tuple[tuple[str, ...], ...]:
    """A list of ``compare.json`` as word tuples, longest first."""
    found = {tuple(w.word for w in tokens(p)) for p in data()[name]}
    return tuple(sorted(found, key=len, reverse=True))


@cache
def event_forms() -> dict[tuple[str, ...], str]:
    forms: dict[tuple[str, ...], str] = {}
    for event, entry in data()["events"].items():
        for form in entry["forms"]:
            forms[tuple(w.word for w in tokens(form))] = event
    return forms


def phrase_at(words: Sequence[str], i: int, candidates: Iterable[tuple[str, ...]]) -> int:
    """Length of the longest candidate phrase starting at ``words[i]``, else 0."""
    best = 0
    for phrase in candidates:
        n = len(phrase)
        if n > best and tuple(words[i:i + n]) == phrase:
            best = n
    return best


def phrase_ending(words: Sequence[str], i: int, candidates: Iterable[tuple[str, ...]]) -> int:
    """Length of the longest candidate phrase ending at ``words[i]`` (inclusive), else 0."""
    best = 0
    for phrase in candidates:
        n = len(phrase)
        if n > best and i + 1 >= n and tuple(words[i + 1 - n:i + 1]) == phrase:
            best = n
    return best


@cache
def reporting_words() -> frozenset[str]:
    """Past and present forms of the verbs that report speech ("said", "says", "told")."""
    reporting = lexicon.load("reporting")
    present = {verb + "s" for verb in reporting["verbs"]}
    return frozenset(reporting["past"]) | frozenset(present) | {"according"}


def ends_with(text: str, name: str) -> bool:
    """Does ``text`` end with one of the phrases of list ``name``?"""
    words = [t.word for t in tokens(text)]
    return bool(words) and phrase_ending(words, len(words) - 1, phrases(name)) > 0


def starts_with(text: str, name: str) -> bool:
    words = [t.word for t in tokens(text)]
    return bool(words) and phrase_at(words, 0, phrases(name)) > 0


@dataclass(frozen=True, slots=True)
class EventHit:
    event: str
    start: int  # offset of the event word
    end: int
    before: bool  # the event word precedes the number


def event_of(text: str, quantity: Quantity, sentence: tuple[int, int]) -> EventHit | None:
    """The event a number counts: the nearest event word in its clause, before or after it."""
    forms = event_forms()
    breaks = phrases("clause_breaks")
    noun_end = max(quantity.end, quantity.object_end or quantity.end)
    left = tokens(text, sentence[0], quantity.start)
    right = tokens(text, noun_end, sentence[1])
    words_left = [t.word for t in left]
    found_before: tuple[int, EventHit] | None = None
    for distance, i in enumerate(range(len(left) - 1, max(-1, len(left) - 1 - WINDOW), -1), 1):
        if left[i].is_break or left[i].word[0].isdigit():
            break
        n = phrase_ending(words_left, i, forms)
        if n:
            event = forms[tuple(words_left[i + 1 - n:i + 1])]
            found_before = (distance, EventHit(event, left[i + 1 - n].start, left[i].end, True))
            break
        if phrase_ending(words_left, i, breaks):
            break
    words_right = [t.word for t in right]
    found_after: tuple[int, EventHit] | None = None
    relative = bool(words_right) and words_right[0] in RELATIVE_PRONOUNS
    for distance, i in enumerate(range(int(relative), min(len(right), WINDOW)), 1):
        if right[i].is_break or right[i].word[0].isdigit() or phrase_at(words_right, i, breaks):
            break
        n = phrase_at(words_right, i, forms)
        if n:
            event = forms[tuple(words_right[i:i + n])]
            found_after = (distance, EventHit(event, right[i].start, right[i + n - 1].end, False))
            break
    hits = [h for h in (found_before, found_after) if h is not None]
    if not hits:
        return None
    return min(hits, key=lambda h: (h[0], not h[1].before))[1]


def country(text: str) -> str | None:
    """The country ``text`` names by name, alias or demonym (``"DPRK"``, ``"North Korean"``);
    None for anything else, towns and regions included."""
    code = names.country_code(text)
    return names.country_name(code) if code else None


def is_demonym(text: str) -> bool:
    """Is ``text`` a demonym ("North Korean", "Russians") rather than a country's name?"""
    table = {k.lower() for k in lexicon.load("demonyms")}
    key = names.strip_name(text).lower()
    return key in table or (key.endswith("s") and key[:-1] in table)


def identity(entity: Entity) -> str:
    """The name an entity goes by when comparing: the country of a demonym, the canonical
    name of anything else ("North Korean" -> North Korea, "DPRK" -> North Korea, Kyiv)."""
    if entity.label == "NORP" and entity.country:
        return entity.country
    if entity.label in ("GPE", "NORP", "LOC"):
        return country(entity.canonical) or entity.canonical
    return entity.canonical


@dataclass(frozen=True, slots=True)
class Qualifiers:
    """Names qualifying what a number counts: whose it is and where it is."""

    owners: tuple[str, ...] = ()
    places: tuple[str, ...] = ()


def qualifiers(facts: ArticleFacts, quantity: Quantity, sentence: tuple[int, int],
               event: EventHit | None, *, exclude: tuple[int, int] | None = None) -> Qualifiers:
    """Entities qualifying what a number counts. Owners: names inside its noun phrase ("North
    Korean troops"), its possessor ("Russia's 900 tanks"), "from X" after it, and for events
    that own what they count their subject or agent ("Russia lost 30,000 soldiers", "launched
    by Russia"). Places: the other prepositional phrases after it ("troops in Kursk")."""
    text = facts.article.text
    ents = [e for e in facts.entities if sentence[0] <= e.start and e.end <= sentence[1]
            and not (exclude and exclude[0] <= e.start < exclude[1])]
    noun_end = max(quantity.end, quantity.object_end or quantity.end)
    owners = [e for e in ents if quantity.start <= e.start and e.end <= noun_end]
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
        elif entity.label in PLACE_LABELS:
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


def mentions(facts: ArticleFacts, sentence: tuple[int, int], *,
             exclude: tuple[int, int] | None = None) -> list[str]:
    """Names of the entities in a sentence, outside ``exclude`` (the claim's source)."""
    found: list[str] = []
    for e in facts.entities:
        if sentence[0] <= e.start and e.end <= sentence[1] and not (
                exclude and exclude[0] <= e.start < exclude[1]):
            name = identity(e)
            if name not in found:
                found.append(name)
    return found


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
        if last is None or last.group(1).lower() not in _AUXILIARIES:
            break
        prefix = prefix[:last.start()].rstrip()
    prefix = re.sub(r"(?:'s|’s)$", "", prefix)
    return [e for e in ents if e.end == len(prefix)]


@dataclass(frozen=True, slots=True)
class Timing:
    event_time: str | None  # what keys the measurable: one night, one day, "since 2022-02-24"
    stated: str | None  # when the number was stated: a reported statement date, else None


def timing(facts: ArticleFacts, quantity: Quantity, sentence: tuple[int, int]) -> Timing:
    """The time of the counted event and the date the count was stated, from the sentence.

    A time right after a reporting verb ("said on Friday") or right before one ("On March 1,
    Ukraine claimed") dates the statement; after "as of" or "by" it is the cut-off of a running
    total and dates the statement too; after "since" it starts a running total ("since
    2022-02-24"); in a sentence counting a running total ("so far", "since the start") the
    count has no event time of its own."""
    text = facts.article.text
    stated: str | None = None
    candidates: list[tuple[int, str]] = []
    for t in facts.times:
        if not (sentence[0] <= t.start < sentence[1]):
            continue
        before = text[sentence[0]:t.start]
        opening = t.end <= quantity.start and _before_reporting_verb(text[t.end:quantity.start])
        if _after_reporting_verb(before) or opening:
            if t.resolved and _ISO_DAY.match(t.resolved):
                stated = t.resolved
            continue
        lead = [w.word for w in tokens(t.text)][:2]
        opens = phrase_at(lead, 0, phrases("cumulative_cues")) if lead else 0
        if opens or ends_with(before, "cumulative_cues"):
            cue = lead[0] if opens else tokens(before)[-1].word
            if cue == "since" and t.resolved:
                candidates.append((_distance(t, quantity), f"since {t.resolved}"))
            elif t.resolved and _ISO_DAY.match(t.resolved) and stated is None:
                stated = t.resolved
            continue
        key = _event_key(t, text)
        if key is not None and not _number_between(facts, quantity, t):
            candidates.append((_distance(t, quantity), key))
    if candidates:
        best = min(candidates)[1]
        if best.startswith("since ") or not _running_total(text, sentence):
            return Timing(best, stated)
        return Timing(None, stated)
    if _running_total(text, sentence):
        return Timing(None, stated)
    night = _bare_night(text, sentence, stated or facts.article.published)
    return Timing(night, stated)


def occasion(facts: ArticleFacts, quantity: Quantity, sentence: tuple[int, int],
             when: Timing) -> str | None:
    """A count of one undated occasion ("killed in the attack") keys by that occasion and the
    day it was reported, so it never joins a running total."""
    text = facts.article.text
    if _running_total(text, sentence):
        return None
    words = [t.word for t in tokens(text, quantity.end, sentence[1])]
    nouns = set(data()["occasion_nouns"])
    for i in range(len(words) - 2):
        if words[i] in ("in", "during") and words[i + 1] in ("the", "a", "an", "that", "this") \
                and words[i + 2] in nouns:
            day = when.stated or facts.article.published or "undated"
            return f"one {words[i + 2]} reported {day}"
    return None


def _number_between(facts: ArticleFacts, quantity: Quantity, t: TimeExpr) -> bool:
    """Another number stands between a number and a time: the time is that number's
    ("64,000 killed, including 500 on Thursday")."""
    low, high = sorted((quantity.start, t.start))
    return any(low < q.start < high and q.start != quantity.start for q in facts.quantities)


def _running_total(text: str, sentence: tuple[int, int]) -> bool:
    words = [t.word for t in tokens(text, *sentence)]
    cues = phrases("running_total_cues")
    return any(phrase_at(words, i, cues) for i in range(len(words)))


def _before_reporting_verb(after: str) -> bool:
    """"On March 1, Ukraine claimed ...": the time opens the reporting clause."""
    words = [w.word for w in tokens(after)][:4]
    said = reporting_words() - {"according"}
    for word in words:
        if word[0].isdigit():
            return False
        if word in said:
            return True
    return False


def is_day(value: str) -> bool:
    """Is ``value`` one ISO calendar day?"""
    return bool(_ISO_DAY.match(value))


def _distance(t: TimeExpr, q: Quantity) -> int:
    return q.start - t.end if t.end <= q.start else t.start - q.end


def _after_reporting_verb(before: str) -> bool:
    said = reporting_words()
    words = [w.word for w in tokens(before)][-5:]
    return any(w in said for w in words) and not any(w[0].isdigit() for w in words)


def _event_key(t: TimeExpr, text: str) -> str | None:
    if t.resolved is None:
        return None
    if t.kind == "duration":
        return f"last {t.resolved}"
    lower = t.text.lower()
    if _ISO_DAY.match(t.resolved) and any(w in lower for w in data()["night_words"]):
        day = date.fromisoformat(t.resolved)
        if lower.startswith("overnight"):
            return f"{day - timedelta(days=1)}/{day}"
        return f"{day}/{day + timedelta(days=1)}"
    return t.resolved


def _bare_night(text: str, sentence: tuple[int, int], anchor: str | None) -> str | None:
    """"Overnight" with no time found for it: the night before the anchor date."""
    if anchor is None or not _ISO_DAY.match(anchor):
        return None
    words = {t.word for t in tokens(text, *sentence)}
    if "overnight" not in words:
        return None
    day = date.fromisoformat(anchor)
    return f"{day - timedelta(days=1)}/{day}"
