"""Measurables: the real-world count a number estimates, so estimates can be compared.

A measurable is keyed by what is counted (the unit's family: troops and soldiers are one), the
entities qualifying it (Belarus for "Belarusian troops", Kursk for "troops in Kursk"),
the event counted (killed, launched, shot down) and, where the sentence has one, the time of
that event (one night, one day). Counts for different nights or events never share a key.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from workbench.compare import phrases, timing
from workbench.compare.estimates import concepts, lists, qualify, sources, stated
from workbench.compare.estimates.reading import Reading, apposition, read
from workbench.compare.units import normal_unit, plural, vague_least
from workbench.lexicon import names
from workbench.model import ArticleFacts, Claim, Quantity

# a number stated with these qualifiers is itself uncertain ("about", "up to")
HEDGING_QUALIFIERS = frozenset({"approx", "upper_bound"})


@dataclass(frozen=True, slots=True)
class Key:
    unit: str
    owners: tuple[str, ...]
    places: tuple[str, ...]
    event: str | None
    time: str | None
    scope: str = "unstated"  # one day, incident, one city/region, cumulative, unstated

    @property
    def qualifiers(self) -> tuple[str, ...]:
        return self.owners + self.places

    @property
    def label(self) -> str:
        """Words naming the measurable: "troops (Belarus) · Russia",
        "missiles (Russia) launched · Ukraine · 2024-10-14/2024-10-15"."""
        words = plural(self.unit)
        if self.owners:
            words += f" ({', '.join(self.owners)})"
        if self.event:
            entry = phrases.data()["events"].get(self.event, {})
            words += " " + str(entry.get("label", self.event))
        if self.places:
            words += " · " + ", ".join(self.places)
        if self.time:
            words += f" · {self.time}"
        if self.scope != "unstated":
            words += f" [{self.scope}]"
        return words


@dataclass(frozen=True, slots=True)
class Estimate:
    """One number stated for a measurable, where and by whom."""

    key: Key
    quantity: Quantity
    source: str | None
    hedged: bool
    stated: str | None
    article_id: str
    title: str
    outlet: str | None
    sentence: str
    sentence_start: int
    sentence_end: int
    mentions: tuple[str, ...] = ()  # names in the sentence other than the source's
    reading: Reading | None = None  # counted noun and event through the lexicon
    body: sources.Body = sources.UNKNOWN  # the source as one body, country and kind
    years: tuple[int, ...] = ()  # years the sentence names ("in 1941", "since 2014")
    places: tuple[str, ...] = ()  # towns and regions the sentence names, not countries
    url: str | None = None
    possessed: bool = False  # "two of its soldiers": owned by a pronoun
    named: tuple[str, ...] = ()  # places named by name in the sentence ("Syria", "Kyiv")
    lead: str = ""  # the sentence before, when this one opens referring to it ("Inside, ...")


def claim_of(facts: ArticleFacts, index: int) -> Claim | None:
    """The claim stating quantity ``index``: by the claim's own indexes, else by position."""
    for claim in facts.claims:
        if index in claim.quantities:
            return claim
    quantity = facts.quantities[index]
    for claim in facts.claims:
        if claim.start <= quantity.start and quantity.end <= claim.end:
            return claim
    return None


def key_of(facts: ArticleFacts, index: int, *, claim: Claim | None = None) -> Key | None:
    """The measurable quantity ``index`` estimates; None for numbers that count nothing."""
    read = _read(facts, index, claim)
    return read[0] if read else None


Read = tuple[Key, timing.Timing, tuple[int, int], list[str], Reading]


def _read(facts: ArticleFacts, index: int, claim: Claim | None) -> Read | None:
    """The measurable of quantity ``index``. A number with no counted noun counts what its
    sentence says it does: a toll ("the toll rose to 300"), a tally ("tanks — 300"), or the
    default of its event ("at least 410 were killed" counts people)."""
    quantity = facts.quantities[index]
    text = facts.article.text
    sentence = phrases.sentence_span(facts, quantity)
    measures = set(phrases.data()["measures"]) | set(phrases.data()["durations"])
    previous = next((q for q in reversed(facts.quantities[:index])
                     if q.start >= sentence[0] and (q.object or q.unit)
                     and q.unit not in measures), None)
    before = next((s for s in reversed(facts.sentences) if s[1] <= sentence[0]), None)
    reading = read(text, quantity, sentence, previous=previous, before=before)
    unit_word = quantity.unit
    inherited = quantity.object_start is not None and quantity.object_start < quantity.start
    if unit_word and reading.family and (unit_word.lower() in concepts.data()["noun_modifiers"]
                                         or (inherited and reading.noun is None)):
        unit_word = reading.family  # "12 enemy aircraft"; "..., while 6.5 million are
        # internally displaced" after refugees: people
    if not unit_word:
        if reading.family is None or apposition(text, quantity):
            return None
        unit_word = reading.family
    if unit_word in phrases.data()["durations"]:
        return None
    hit = phrases.event_of(text, quantity, sentence)
    unit, event = normal_unit(unit_word, hit.event if hit else None)
    source_span = None
    if claim is not None and claim.source_start is not None and claim.source_end is not None:
        source_span = (claim.source_start, claim.source_end)
    quals = qualify.qualifiers(facts, quantity, sentence, hit, exclude=source_span,
                               noun=reading.noun_span)
    when = timing.timing(facts, quantity, sentence)
    event_time = when.event_time or timing.occasion(facts, quantity, sentence, when)
    mentions = [] if qualify.possessed(text, quantity) else qualify.mentions(
        facts, sentence, exclude=source_span)
    scope = scope_of(facts, sentence, event_time, quals.places + tuple(mentions))
    return (Key(unit, quals.owners, quals.places, event, event_time, scope), when, sentence,
            mentions, reading)


def scope_of(facts: ArticleFacts, sentence: tuple[int, int], event_time: str | None,
             names_: Iterable[str]) -> str:
    """What a count covers: one day (a dated day, the last 24 hours), one incident (an attack
    or strike), one city or region (a town named, no country), a running total, else unstated.
    Counts of different scopes are different measurables and never conflict."""
    words = [t.word for t in phrases.tokens(facts.article.text, *sentence)]
    cues = concepts.data()["scope_words"]
    if event_time is not None and (timing.is_day(event_time.split("/")[0])
                                   or event_time in ("last P1D", "last PT24H")):
        return "one day"
    if _any_phrase(words, cues["one day"]):
        return "one day"
    if _any_phrase(words, cues["incident"]):
        return "incident"
    if any(names.is_place(n) and not names.is_country(n) for n in names_):
        return "one city/region"
    if _any_phrase(words, cues["cumulative"]):
        return "cumulative"
    return "unstated"


def _any_phrase(words: list[str], wanted_phrases: Iterable[str]) -> bool:
    table = _phrase_table(tuple(wanted_phrases))
    if () in table:  # a phrase of no words stands anywhere
        return True
    return any(phrases.phrase_at(words, i, table) for i in range(len(words)))


@lru_cache(maxsize=256)
def _phrase_table(wanted: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The phrases of a word table as word tuples (the same tuple each time: it is indexed)."""
    return tuple(tuple(t.word for t in phrases.tokens(phrase)) for phrase in wanted)


def as_estimate(quantity: Quantity, text: str = "") -> Quantity:
    """A quantity's bounds as an estimate reads them (``compare.json``, ``concepts.json``): a
    vague count is a lower bound at the smallest count it implies ("hundreds" is at least
    100), "nearly" makes a number an upper bound ("nearly 3 million" is at most 3
    million; "almost an estimated $63 billion" too) and "around" right before a number read
    as exact makes it approximate."""
    lowered = " ".join(quantity.text.lower().split())
    least = vague_least(quantity)
    if least is not None:
        return replace(quantity, value=least, low=least, high=None, qualifier="lower_bound")
    hedges = concepts.data()["upper_hedges"]
    if quantity.qualifier == "approx" and any(lowered.startswith(h + " ") for h in hedges):
        return replace(quantity, low=None, high=quantity.value, qualifier="upper_bound")
    before = " ".join(text[max(0, quantity.start - 30):quantity.start].lower().split())
    if quantity.qualifier == "approx" and any(before.endswith(" " + h) or before == h
                                              for h in hedges):
        return replace(quantity, low=None, high=quantity.value, qualifier="upper_bound")
    if quantity.qualifier == "exact" and any(before.endswith(" " + h) for h in hedges):
        return replace(quantity, low=None, high=quantity.value, qualifier="upper_bound")
    if quantity.qualifier == "exact" and any(before.endswith(" " + h) or before == h
                                             for h in concepts.data()["approx_hedges"]):
        return replace(quantity, low=None, high=None, qualifier="approx")  # "admitted around 500"
    return quantity


def estimates_of(facts: ArticleFacts) -> Iterator[Estimate]:
    """Every counted number of one article as an estimate of its measurable."""
    article = facts.article
    for index, quantity in enumerate(facts.quantities):
        claim = claim_of(facts, index)
        read = _read(facts, index, claim)
        if read is None:
            continue
        key, when, sentence, mentions, reading = read
        said_by = (claim.source_start, claim.source_end) if claim is not None and (
            claim.source_start is not None and claim.source_end is not None) else None
        source, body, claim = stated.source_of(facts, quantity, sentence, claim)
        lead = _lead(facts, sentence)
        hedged = (claim is not None and claim.hedged) or quantity.qualifier in HEDGING_QUALIFIERS
        yield Estimate(
            key=key,
            quantity=as_estimate(lists.carried(quantity, _in_sentence(facts, sentence),
                                               article.text,
                                               lambda q: as_estimate(q, article.text)),
                                 article.text),
            source=source,
            hedged=hedged,
            stated=when.stated or article.published,
            article_id=article.id,
            title=article.title,
            outlet=article.outlet,
            sentence=article.text[sentence[0]:sentence[1]],
            sentence_start=sentence[0],
            sentence_end=sentence[1],
            mentions=tuple(mentions),
            reading=reading,
            body=body,
            years=_years(facts, sentence, quantity) + (_years(facts, lead) if lead else ()),
            places=tuple(n for n in mentions if names.is_place(n) and not names.is_country(n)),
            url=article.url,
            possessed=qualify.possessed(article.text, quantity),
            named=tuple(qualify.mentions(facts, sentence, exclude=said_by,
                                         labels=names.PLACE_LABELS)) + (tuple(
                qualify.mentions(facts, lead, labels=names.PLACE_LABELS)) if lead else ()),
            lead=article.text[lead[0]:lead[1]] if lead else "",
        )


def _lead(facts: ArticleFacts, sentence: tuple[int, int]) -> tuple[int, int] | None:
    """The sentence before ``sentence`` when it opens with one of the 'referring_openers'
    and a comma ("Inside, hundreds had taken shelter" after a sentence naming the theatre,
    "During the conflict, ..." after one naming the war): what it refers to, and where and
    when, is named there; None otherwise."""
    words = [t.word for t in phrases.tokens(facts.article.text, sentence[0],
                                             min(sentence[1], sentence[0] + 40))]
    size = phrases.phrase_at(words, 0, _referring_openers())
    if not size or words[size:size + 1] != [","]:
        return None
    return next((s for s in reversed(facts.sentences) if s[1] <= sentence[0]), None)


@cache
def _referring_openers() -> tuple[tuple[str, ...], ...]:
    return _phrase_table(tuple(str(w) for w in concepts.data()["referring_openers"]))


def _in_sentence(facts: ArticleFacts, sentence: tuple[int, int]) -> list[Quantity]:
    return [q for q in facts.quantities if sentence[0] <= q.start < sentence[1]]


def _years(facts: ArticleFacts, sentence: tuple[int, int],
           quantity: Quantity | None = None) -> tuple[int, ...]:
    """Years the sentence dates things in; "before the 2022 invasion" dates them earlier. A
    year in a relative clause that does not hold ``quantity`` dates that clause's noun ("100
    troops will operate the system, which came into service in December")."""
    found = []
    text = facts.article.text
    for t in facts.times:
        if quantity is not None and _apart(text, sentence, quantity, t.start):
            continue
        if sentence[0] <= t.start < sentence[1] and t.resolved and t.resolved[:4].isdigit():
            year = int(t.resolved[:4])
            lead = [w.word for w in phrases.tokens(text, max(sentence[0], t.start - 20),
                                                   t.start)][-2:]
            if set(lead) & _undated_leads():
                continue  # "soldiers born in 2002-2003": a year of the people, not the count
            earlier = t.kind == "year" and ("before" in lead or "prior" in lead)
            found.append(year - 1 if earlier else year)
    return tuple(found)


_RELATIVE = re.compile(r",\s+(?:which|who)\b[^,;]*")


def _apart(text: str, sentence: tuple[int, int], quantity: Quantity, at: int) -> bool:
    """Does offset ``at`` lie in a relative clause (", which ...", ", who ...", up to the next
    comma) of the sentence that does not hold the quantity?"""
    for clause in _RELATIVE.finditer(text, sentence[0], sentence[1]):
        if clause.start() <= at < clause.end():
            return not clause.start() <= quantity.start < clause.end()
    return False


@cache
def _undated_leads() -> frozenset[str]:
    return frozenset(str(w) for w in concepts.data()["undated_leads"])


def all_estimates(corpus: Iterable[ArticleFacts]) -> Iterator[Estimate]:
    for facts in corpus:
        yield from estimates_of(facts)
