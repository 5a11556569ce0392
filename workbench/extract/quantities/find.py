"""Quantities: counted and measured numbers with their bounds and the noun they count.

Each sentence is read token by token: a number (digits, words, scales; see ``numbers``), an
optional currency sign before it, a second number making a range (``120 to 250``,
``11,000-12,000``, ``between 60 and 90``), then the unit written after it (``%``,
``billion pounds``, ``km``; see ``units``). Words before and after bound it (``up to``,
``more than``, ``about``, ``or more``). Dates, years, clock times, names and models (``Su-27``,
``Article 5``), ages, codes, scores and pronoun-like ``one`` are left to other extractors or
dropped (see ``filters``); ``bounds`` decides what the words around a number make
of it. A number without a noun of its own counts what the sentence
implies: the set that frames it ("of 140 drones launched, ... 43 were lost") or, for "300 more"
and "40 others", the count just before; otherwise its unit stays empty.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal

from spacy.tokens import Doc, Span

from workbench.extract import sentences
from workbench.extract.quantities import bounds, change, filters, numbers, units
from workbench.extract.quantities.numbers import Reading
from workbench.model import Article, Quantity


@dataclass(frozen=True, slots=True)
class Number:
    """One number with what is glued onto it, in sentence-local token indexes."""

    reading: Reading
    value: Decimal
    start: int  # the currency sign, when there is one
    end: int
    money: str | None = None
    unit: units.Unit | None = None
    clock: bool = False


@dataclass(frozen=True, slots=True)
class Counts:
    """What a number counts or measures, and where that is written."""

    unit: str
    kind: str
    object: str | None
    start: int | None
    end: int | None
    singular_noun: bool = False
    stop: int | None = None  # the document token after the counted noun
    proper: bool = False  # the noun is a singular capitalised name


def quantities(doc: Doc, article: Article) -> Iterator[Quantity]:
    """Every quantity stated in the article, in text order."""
    for sent in sentences.pieces(doc, article):
        yield from _sentence(sent, article)


@dataclass(frozen=True, slots=True)
class Found:
    """A quantity found in a sentence, before it becomes a record."""

    start: int
    end: int
    low: Decimal
    high: Decimal
    qualifier: str
    vague: bool
    counts: Counts | None
    per: str | None = None
    sign: int = 1


CHANGE_REACH = 6  # tokens between a change and a number that continues it ("to 2,621")


def _sentence(sent: Span, article: Article) -> Iterator[Quantity]:
    words = [t.text for t in sent]
    glued = [t.whitespace_ == "" for t in sent]
    earlier: Counts | None = None
    frame: Counts | None = None
    last_change: tuple[change.Change, float, int] | None = None
    in_title = article.section_kind(sent.start_char) == "title"
    i = 0
    while i < len(words):
        if sent[i].is_space and "\n" in words[i]:
            earlier = frame = None
            last_change = None
        first = _number(sent, words, glued, i, money=None)
        if first is None:
            i += 1
            continue
        i, found = _read(sent, words, glued, first, in_title=in_title, context=(earlier, frame))
        if found is None or not _finite(found):
            continue  # "1" and 400 zeros is past what a float holds: no count anyone states
        counts = found.counts
        if counts is not None and (counts.kind == "count" or counts.kind == "money"):
            earlier = counts
            if counts.stop is not None and filters.opens_frame(sent, first.start):
                frame = counts
        moved = _change(sent, found, last_change)
        if moved is not None:
            last_change = (moved, float(found.low), found.end)
            if found.counts is None and moved.direction is not None:
                found = replace(found, counts=_subject(sent, first))
        yield _quantity(sent, article, found, moved)


def _subject(sent: Span, first: Number) -> Counts | None:
    """A bare number of a change counts what the clause's subject names."""
    found = units.subject_counted(sent, first.reading.start)
    if found is None or found.unit is None:
        return None
    return Counts(found.unit, "count", found.object, found.start, found.end)


def _change(sent: Span, found: Found,
            last: tuple[change.Change, float, int] | None) -> change.Change | None:
    """The change ``found`` states, settled against the sentence's change before it."""
    own = change.of(sent, found.start, found.end)
    near = None
    if last is not None and found.start - last[2] <= CHANGE_REACH \
            and not any(t.pos_ == "VERB" for t in sent[last[2] : found.start]):
        near = (last[0], last[1])
    return change.settle(own, near, float(found.low))


def _finite(found: Found) -> bool:
    return all(math.isfinite(float(v)) for v in (found.low, found.high))


def _read(sent: Span, words: list[str], glued: list[bool], first: Number, *, in_title: bool,
          context: tuple[Counts | None, Counts | None]) -> tuple[int, Found | None]:
    """The quantity that starts with ``first``, and the token to read on from."""
    score = filters.score_end(sent, first.end, first.value)
    if score is not None:
        return score, None  # 3-1, a vote of 93-24
    second, between, from_to = _range_end(sent, words, glued, first)
    if from_to and second is not None:  # from 2 to 3 million: 2 million, then 3 million
        unit = first.unit or second.unit or units.unit_after(
            sent, second.end, scaled=second.reading.scaled, money=second.money)
        if unit is not None:
            unit = replace(unit, end=first.end)
        first = replace(first, value=_scaled(first, second), unit=unit)
        second = None
    last = second or first
    i = last.end
    if filters.not_a_quantity(sent, first, last, has_unit=_has_unit(first, last),
                                     in_title=in_title):
        return i, None
    if not _has_unit(first, last) and filters.is_age(sent, first.start, last.end,
                                                           first.reading):
        return i, _age(first, last, second is not None)
    unit = last.unit or first.unit
    end = last.end
    age_end = None
    if unit is None and last.money is None:
        unit = units.unit_after(sent, end, scaled=last.reading.scaled, money=None)
        if unit is not None:
            age_end = filters.age_end(sent, end, unit.end)
    if age_end is not None:
        return max(i, age_end), replace(_age(first, last, second is not None), end=age_end)
    if unit is not None:
        if unit.kind == "measure" and not in_title and unit.end > end and sent[end].is_title:
            return i, None  # a capitalised unit makes a title: "Ninety Minutes" the show
        end = unit.end
    money = unit.name if unit is not None and unit.kind == "money" else last.money
    factor = unit.factor if unit is not None else Decimal(1)
    low, high = _scaled(first, second) * factor, last.value * factor
    start = between if between is not None else first.start
    qualifier, start, end = bounds.qualify(sent, start, end, ranged=second is not None)
    counts = _counts(sent, first, last, unit, money, context, value=float(low))
    if qualifier in ("exact", "approx") and counts is not None and counts.stop is not None \
            and counts.stop - sent.start > end:
        after = bounds.after(sent, counts.stop - sent.start)
        if after is not None:
            qualifier, end = after
    rate = change.per(sent, counts.stop - sent.start if counts is not None
                      and counts.stop is not None else end)
    if rate is not None and counts is not None:
        end = max(end, rate[1])
    elif rate is not None:
        rate = None
    i = max(i, end)
    if _counts_nothing(sent, first, counts, low, in_title=in_title):
        return i, None
    signed = counts is not None and counts.kind in ("money", "percent", "measure")
    if low < 0 and not signed:
        return i, None  # "-19" with its name lost: a count is never negative
    return i, Found(start, end, low, high, qualifier, first.reading.vague, counts,
                    rate[0] if rate is not None else None,
                    _sign(sent, first) if signed else 1)


def _age(first: Number, last: Number, ranged: bool) -> Found:
    """A person's age: a quantity in years ("Ortiz, 52,", "aged 40", "a 7-year-old")."""
    return Found(first.start, last.end, first.value, last.value,
                 "range" if ranged else "exact", False,
                 Counts("year", "measure", None, None, None))


def _sign(sent: Span, first: Number) -> int:
    """-1 for a number written with a minus: ``-1.3%``, ``minus 5``, ``−2C``."""
    if sent[first.start].text[:1] in ("-", "−"):
        return 1  # the sign is read with the digits
    k = first.start - 1
    if k < 0:
        return 1
    token = sent[k]
    if token.lower_ == "minus":
        return -1
    if token.text in ("-", "−") and token.whitespace_ == "" \
            and (k == 0 or sent[k - 1].whitespace_ != "" or (sent[k - 1].is_punct
                 and sent[k - 1].text in ("(", "["))):
        return -1
    return 1


def _counts_nothing(sent: Span, first: Number, counts: Counts | None, value: Decimal, *,
                    in_title: bool) -> bool:
    """A number that, once its noun is known, is a name or a pronoun rather than a count."""
    singular = counts is not None and counts.singular_noun
    if not in_title and (counts is None or (singular and value != 1)) \
            and filters.named(sent, first.start):
        return True  # a name ending in a number: "Studio Nova 101", "the Acme 500 index"
    if not in_title and counts is not None and counts.proper and value != 1:
        return True  # an address: "12 Elm Street"
    if counts is None and filters.lone_one(sent, first.reading):
        return True
    return singular and sent[first.reading.start].lower_ == "zero"  # zero coupon


def _number(sent: Span, words: list[str], glued: list[bool], i: int, *,
            money: str | None) -> Number | None:
    """The number starting at sentence token ``i`` (after an optional currency sign)."""
    start = i
    if words[i][:1] in ("-", "−") and i > 0 and glued[i - 1]:
        return None  # a code or a range written without spaces: "Su-27", "2022-23"
    sign = units.currency_symbol(words[i])
    if sign is not None and i + 1 < len(words):
        money, i = sign, i + 1
    reading = numbers.read(words, i, glued=glued, money=money is not None)
    if reading is None or (sign is not None and reading.in_words):
        return None
    value, unit, clock = reading.value, None, False
    if reading.suffix:
        if reading.suffix in filters.clock_suffixes():
            clock = True
        else:
            glue = units.glued_unit(reading.suffix,
                                    plural_follows=_plural_follows(sent, reading.end),
                                    written=words[reading.end - 1])
            if glue is None:
                return None
            name, kind, factor = glue
            if kind == "scale":
                value *= factor
                reading = Reading(value, reading.start, reading.end, factor)
            elif kind == "money":
                if money is None:
                    money, value = name, value * factor
            else:
                unit = units.Unit(name, kind, reading.end)
    if money is not None:
        unit = units.Unit(money, "money", reading.end)
    return Number(reading, value, start, reading.end, money, unit, clock)


def _plural_follows(sent: Span, j: int) -> bool:
    """A plural noun comes next, perhaps after modifiers: ``7.3m border crossings``."""
    for token in sent[j : j + 3]:
        if token.tag_ in ("NNS", "NNPS"):
            return True
        if token.pos_ not in ("ADJ", "NOUN", "PROPN") and token.text not in units.HYPHENS:
            return False
    return False


def _range_end(sent: Span, words: list[str], glued: list[bool],
               first: Number) -> tuple[Number | None, int | None, bool]:
    """The second number of a range; for ``between X and Y``, where ``between`` stands; and
    whether the pair is a change (``from 2 to 3 million``) rather than a range."""
    j = first.end
    if j + 1 >= len(words) or (first.unit is not None and first.unit.kind != "money"):
        return None, None, False
    word = words[j].lower()
    before = words[first.start - 1].lower() if first.start > 0 else ""
    between = first.start - 1 if before == "between" else None
    if word not in filters.range_words() or (word == "and" and between is None):
        return None, None, False
    change = word in ("to", "through") and _moves_from(sent, words, first.start)
    second = _number(sent, words, glued, j + 1, money=first.money)
    if second is None or second.reading.vague or first.reading.vague:
        return None, None, False
    if second.money is not None and first.money is None:
        return None, None, False
    second = _abbreviated(sent, first, second)
    if change or _scaled(first, second) >= second.value:
        return (second if change else None), None, change
    return second, between, False


def _moves_from(sent: Span, words: list[str], start: int) -> bool:
    """``rose from 2 to 3``, ``grew from the current £400``: a change word governs the ``from``
    before the number; without one, ``from 252 to 287 miles`` is a range."""
    for at in range(start - 1, max(-1, start - 4), -1):
        if words[at].lower() == "from":
            moved = change.of(sent, at + 1, at + 1)
            return moved is not None and moved.direction is not None
    return False


def _abbreviated(sent: Span, first: Number, second: Number) -> Number:
    """Wire-copy ranges that drop the leading digits: ``1.80-85`` is 1.80 to 1.85."""
    head, _, decimals = sent[first.reading.start].text.partition(".")
    tail = sent[second.reading.start].text
    if not decimals or not tail.isdigit() or len(tail) != len(decimals) or second.reading.scaled:
        return second
    value = Decimal(f"{head.replace(',', '')}.{tail}")
    return replace(second, value=value, reading=replace(second.reading, value=value))


def _scaled(first: Number, second: Number | None) -> Decimal:
    """The first number of a range, scaled as the second when only it says so (1.5-2 million)."""
    if second is not None and second.reading.scaled and not first.reading.scaled:
        return first.value * second.reading.multiplier
    return first.value


def _has_unit(first: Number, last: Number) -> bool:
    return any(n.unit is not None or n.money is not None for n in (first, last))


def _counts(sent: Span, first: Number, last: Number, unit: units.Unit | None,
            money: str | None, context: tuple[Counts | None, Counts | None], *,
            value: float) -> Counts | None:
    """What the number counts: its unit, its own noun, or one the sentence implies.

    ``context`` is (the latest count, the count that frames the sentence: "of 140 drones
    launched, ... 43 were lost"). "40 others", "300 more", "five of them" take the latest count;
    a bare number takes the frame; a bare scaled amount takes the latest money.
    """
    earlier, frame = context
    if money is not None:
        return Counts(money, "money", None, None, None)
    if unit is not None:
        return Counts(unit.name, unit.kind, None, None, None)
    found = units.counted(sent, first.reading.start, last.reading.end - 1, last.end, value)
    if found is not None:
        kind = "measure" if found.measure else "count"
        return Counts(found.unit or "", kind, found.object, found.start, found.end,
                      found.singular_noun, found.stop, found.proper)
    if earlier is not None and earlier.kind == "money":
        return earlier if last.reading.scaled else None
    if earlier is not None and units.elliptic(sent, last.end):
        return earlier
    return frame


def _quantity(sent: Span, article: Article, found: Found,
              moved: change.Change | None) -> Quantity:
    start = found.start - 1 if found.sign < 0 and sent[found.start].text[:1] not in "-−" \
        else found.start
    span = sent[start : found.end]
    value = float(found.low) * found.sign
    qualifier, low, high = bounds.bounds(found.qualifier, value, float(found.high) * found.sign,
                                         vague=found.vague)
    counts = found.counts
    return Quantity(
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        section=article.section_kind(span.start_char),
        value=value,
        low=low,
        high=high,
        qualifier=qualifier,  # type: ignore[arg-type]
        unit=counts.unit or None if counts else None,
        object=counts.object if counts else None,
        object_start=counts.start if counts else None,
        object_end=counts.end if counts else None,
        sentence_start=sent.start_char,
        sentence_end=sent.end_char,
        change=moved.direction if moved is not None else None,  # type: ignore[arg-type]
        change_kind=moved.kind if moved is not None and moved.direction else None,  # type: ignore[arg-type]
        per=found.per,
    )
