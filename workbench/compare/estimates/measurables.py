"""Measurables: the real-world count a number estimates, so estimates can be compared.

A measurable is keyed by what is counted (the unit's family: troops and soldiers are one), the
entities qualifying it (Belarus for "Belarusian troops", Kursk for "troops in Kursk"),
the event counted (killed, launched, shot down) and, where the sentence has one, the time of
that event (one night, one day). Counts for different nights or events never share a key.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from workbench.compare import phrases, timing
from workbench.compare.estimates import concepts, qualify, sources
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
    for phrase in wanted_phrases:
        wanted = [t.word for t in phrases.tokens(phrase)]
        n = len(wanted)
        if any(words[i:i + n] == wanted for i in range(len(words) - n + 1)):
            return True
    return False


def as_estimate(quantity: Quantity, text: str = "") -> Quantity:
    """A quantity's bounds as an estimate reads them (``compare.json``, ``concepts.json``): a
    vague count is a lower bound at the smallest count it implies ("hundreds" is at least
    100), and "nearly" makes a number an upper bound ("nearly 3 million" is at most 3
    million)."""
    lowered = " ".join(quantity.text.lower().split())
    least = vague_least(quantity)
    if least is not None:
        return replace(quantity, value=least, low=least, high=None, qualifier="lower_bound")
    hedges = concepts.data()["upper_hedges"]
    if quantity.qualifier == "approx" and any(lowered.startswith(h + " ") for h in hedges):
        return replace(quantity, low=None, high=quantity.value, qualifier="upper_bound")
    before = " ".join(text[max(0, quantity.start - 30):quantity.start].lower().split())
    if quantity.qualifier == "exact" and any(before.endswith(" " + h) for h in hedges):
        return replace(quantity, low=None, high=quantity.value, qualifier="upper_bound")
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
        source = claim.source if claim is not None else None
        if claim is None:
            claim = _continued(facts, sentence)
            source = claim.source if claim is not None else None
        body = _body(facts, claim) if source else _reported(facts, sentence)
        speaker = None if source else _speaker_of(facts, quantity)
        if speaker:
            body = sources.body_of(speaker, speaker, elsewhere=_titles(facts, speaker),
                                   home=_home(facts))
        source = source or speaker or article.outlet
        hedged = (claim is not None and claim.hedged) or quantity.qualifier in HEDGING_QUALIFIERS
        yield Estimate(
            key=key,
            quantity=as_estimate(quantity, article.text),
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
            years=_years(facts, sentence),
            places=tuple(n for n in mentions if names.is_place(n) and not names.is_country(n)),
            url=article.url,
            possessed=qualify.possessed(article.text, quantity),
        )


def _body(facts: ArticleFacts, claim: Claim | None) -> sources.Body:
    if claim is None:
        return sources.UNKNOWN
    text = facts.article.text
    before = ""
    if claim.source_start is not None:
        start = max(0, claim.source_start - sources.CONTEXT_CHARS)
        before = text[start:claim.source_start]
    return sources.body_of(claim.source, claim.source_text, before,
                           elsewhere=_titles(facts, claim.source), home=_home(facts))


def _continued(facts: ArticleFacts, sentence: tuple[int, int]) -> Claim | None:
    """A sentence continuing the one before ("Of those, 787,300 went to Poland") keeps
    that sentence's claim and source."""
    words = [t.word for t in phrases.tokens(facts.article.text, sentence[0], sentence[1])][:3]
    if not any(tuple(words[:len(p)]) == p for p in phrases.phrases("nested_cues")):
        return None
    before = [c for c in facts.claims if c.end <= sentence[0] and c.source
              and facts.article.text[c.end:sentence[0]].strip() in ("", ".", "\"", "”")]
    return before[-1] if before else None


def _titles(facts: ArticleFacts, name: str | None) -> tuple[str, ...]:
    """The words a source carries elsewhere in its article: the few words before each
    mention of it ("OHCHR spokeswoman Liz Throssell") and an apposition after it
    ("Anatoly Fedoruk, Bucha's mayor,")."""
    if not name:
        return ()
    text = facts.article.text
    found: list[str] = []
    surname = name.split()[-1]
    for e in facts.entities:
        if e.label != "PERSON" or e.canonical.split()[-1] != surname:
            continue
        found.append(" ".join(text[max(0, e.start - sources.CONTEXT_CHARS):e.start]
                              .split()[-4:]))
        after = text[e.end:e.end + sources.CONTEXT_CHARS * 2]
        if after.startswith(", "):
            found.append(after[2:].split(",")[0])
    return tuple(found)


def _home(facts: ArticleFacts) -> str | None:
    """The country an article names most often as a place (its countries and towns)."""
    tally: dict[str, int] = {}
    for e in facts.entities:
        if e.label == "GPE":
            country = e.country or names.country_of(e.canonical)
            if country is not None:
                tally[country] = tally.get(country, 0) + 1
    return max(tally, key=lambda c: tally[c]) if tally else None


def _reported(facts: ArticleFacts, sentence: tuple[int, int]) -> sources.Body:
    """A source the claims left out: a name right after "according to" or next to a
    reporting word in the number's sentence ("a UN report showed", "the United Nations
    said")."""
    text = facts.article.text
    said = phrases.reporting_words() | {"showed", "shows", "posted", "recorded", "confirmed"}
    for e in facts.entities:
        if not (sentence[0] <= e.start < sentence[1]) or e.label not in (
                "ORG", "GPE", "PERSON", "NORP"):
            continue
        near = [t.word for t in phrases.tokens(text, max(sentence[0], e.start - 20), e.start)]
        after = [t.word for t in phrases.tokens(text, e.end, min(sentence[1], e.end + 20))]
        if (near[-2:] == ["according", "to"] or near[-3:-1] == ["according", "to"]
                or said & set(after[:3]) or (near[-1:] == ["by"] and said & set(near[-3:]))):
            before = text[max(0, e.start - sources.CONTEXT_CHARS):e.start]
            return sources.body_of(e.canonical, e.text, before,
                                   elsewhere=_titles(facts, e.canonical), home=_home(facts))
    return sources.UNKNOWN


def _years(facts: ArticleFacts, sentence: tuple[int, int]) -> tuple[int, ...]:
    """Years the sentence dates things in; "before the 2022 invasion" dates them earlier."""
    found = []
    text = facts.article.text
    for t in facts.times:
        if sentence[0] <= t.start < sentence[1] and t.resolved and t.resolved[:4].isdigit():
            year = int(t.resolved[:4])
            lead = [w.word for w in phrases.tokens(text, max(sentence[0], t.start - 20),
                                                   t.start)][-2:]
            earlier = t.kind == "year" and ("before" in lead or "prior" in lead)
            found.append(year - 1 if earlier else year)
    return tuple(found)


def all_estimates(corpus: Iterable[ArticleFacts]) -> Iterator[Estimate]:
    for facts in corpus:
        yield from estimates_of(facts)
