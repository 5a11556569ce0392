"""Measurables: the real-world count a number estimates, so estimates can be compared.

A measurable is keyed by what is counted (the unit's family: troops and soldiers are one), the
entities qualifying it (Belarus for "Belarusian troops", Kursk for "troops in Kursk"),
the event counted (killed, launched, shot down) and, where the sentence has one, the time of
that event (one night, one day). Counts for different nights or events never share a key.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from workbench.compare import phrases as context
from workbench.compare import timing
from workbench.compare.estimates import qualify
from workbench.compare.units import normal_unit, plural
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
            entry = context.data()["events"].get(self.event, {})
            words += " " + str(entry.get("label", self.event))
        if self.places:
            words += " · " + ", ".join(self.places)
        if self.time:
            words += f" · {self.time}"
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


def _speaker_of(facts: ArticleFacts, quantity: Quantity) -> str | None:
    for quote in facts.quotes:
        if quote.start <= quantity.start and quantity.end <= quote.end:
            return quote.speaker
    return None


def key_of(facts: ArticleFacts, index: int, *, claim: Claim | None = None) -> Key | None:
    """The measurable quantity ``index`` estimates; None for numbers that count nothing."""
    read = _read(facts, index, claim)
    return read[0] if read else None


def _read(facts: ArticleFacts, index: int,
          claim: Claim | None) -> tuple[Key, timing.Timing, tuple[int, int], list[str]] | None:
    quantity = facts.quantities[index]
    if not quantity.unit or quantity.unit in context.data()["durations"]:
        return None
    sentence = context.sentence_span(facts, quantity)
    hit = context.event_of(facts.article.text, quantity, sentence)
    unit, event = normal_unit(quantity.unit, hit.event if hit else None)
    source_span = None
    if claim is not None and claim.source_start is not None and claim.source_end is not None:
        source_span = (claim.source_start, claim.source_end)
    quals = qualify.qualifiers(facts, quantity, sentence, hit, exclude=source_span)
    when = timing.timing(facts, quantity, sentence)
    event_time = when.event_time or timing.occasion(facts, quantity, sentence, when)
    mentions = [] if qualify.possessed(facts.article.text, quantity) else qualify.mentions(
        facts, sentence, exclude=source_span)
    return (Key(unit, quals.owners, quals.places, event, event_time), when, sentence,
            mentions)


def estimates_of(facts: ArticleFacts) -> Iterator[Estimate]:
    """Every counted number of one article as an estimate of its measurable."""
    article = facts.article
    for index, quantity in enumerate(facts.quantities):
        claim = claim_of(facts, index)
        read = _read(facts, index, claim)
        if read is None:
            continue
        key, when, sentence, mentions = read
        source = claim.source if claim is not None else None
        source = source or _speaker_of(facts, quantity) or article.outlet
        hedged = (claim is not None and claim.hedged) or quantity.qualifier in HEDGING_QUALIFIERS
        yield Estimate(
            key=key,
            quantity=quantity,
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
        )


def all_estimates(corpus: Iterable[ArticleFacts]) -> Iterator[Estimate]:
    for facts in corpus:
        yield from estimates_of(facts)
