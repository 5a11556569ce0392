"""Quantities: counted and measured numbers with their bounds and the noun they count.

Each sentence is read token by token: a number (digits, words, scales; see ``numbers``), an
optional currency sign before it, a second number making a range (``120 to 250``,
``11,000-12,000``, ``between 60 and 90``; see ``written``), then the unit written after it (``%``,
``billion pounds``, ``km``; see ``units``). Words before and after bound it (``up to``,
``more than``, ``about``, ``or more``). Dates, years, clock times, names and models (``Su-27``,
``Article 5``), ages, codes and pronoun-like ``one`` are left to other extractors or
dropped (see ``filters``); ``bounds`` decides what the words around a number make
of it. A score or vote tally a result word governs ("won 3-1") is two counts. A number
without a noun of its own counts what the sentence
implies: the set that frames it ("of 140 drones launched, ... 43 were lost") or, for "300 more"
and "40 others", the count just before; a bare scaled amount the unit of the scaled amount before
it or set against it ("3.4 mln bpd, up from 2.9 mln"; "147.7 billion from 124.4 billion dlrs"),
a bare level of a change that of the level before it ("fell to 5.1 pct from 5.3"); otherwise its
unit stays empty.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal

from spacy.attrs import ORTH, SPACY
from spacy.tokens import Doc, Span

from workbench.extract import sentences
from workbench.extract.quantities import bounds, change, filters, numbers, units, written
from workbench.extract.quantities.written import Number
from workbench.model import Article, Quantity


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
    strings = doc.vocab.strings  # each word's text and spacing once, no Token made per word
    words = [strings[key] for key in doc.to_array(ORTH).tolist()]
    glued = (doc.to_array(SPACY) == 0).tolist()
    for sent in sentences.pieces(doc, article):
        yield from _sentence(sent, article, words[sent.start:sent.end],
                             glued[sent.start:sent.end])


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
LEVEL_KINDS = ("percent", "money", "measure")
CHANGED_KINDS = (*LEVEL_KINDS, "count")  # whose "from" level a bare "to" number continues


@dataclass(frozen=True, slots=True)
class Context:
    """What the sentence has counted so far, for a number written without its noun."""

    earlier: Counts | None = None  # the latest count or money
    outer: tuple[Counts, int] | None = None  # the latest not in brackets, where its words end
    frame: Counts | None = None  # the set that frames the sentence ("of 140 drones launched")
    scaled: Counts | None = None  # the latest amount written with a scale (16.2 mln bpd)
    level: tuple[Counts, int] | None = None  # the latest level of a change, where it ends
    moved_by: tuple[Counts, int] | None = None  # the latest counted amount of a change


def _sentence(sent: Span, article: Article, words: list[str],
              glued: list[bool]) -> Iterator[Quantity]:
    context = Context()
    last_change: tuple[change.Change, float, int] | None = None
    in_title = article.section_kind(sent.start_char) == "title"
    read: list[tuple[Found, change.Change | None]] = []
    i = 0
    while i < len(words):
        if "\n" in words[i] and sent[i].is_space:
            context = Context()
            last_change = None
        first = written.number(sent, words, glued, i, money=None)
        if first is None:
            i += 1
            continue
        i, found = _read(sent, words, glued, first, in_title=in_title, context=context)
        if found is None or not _finite(found):
            continue  # "1" and 400 zeros is past what a float holds: no count anyone states
        moved = _change(sent, found, last_change)
        if moved is not None:  # its end takes in the noun counted: "lost 95 points, or 1.2%"
            noun_end = found.counts.stop - sent.start if found.counts is not None \
                and found.counts.stop is not None else found.end
            last_change = (moved, float(found.low), max(found.end, noun_end))
            if found.counts is None:
                found = replace(found, counts=_level(sent, first, found, moved, context))
        context = _learn(context, sent, first, found, moved)
        read.append((found, moved))
    levels = change.apposed_levels(sent, [(f.start, f.end, moved) for f, moved in read])
    for (found, _), moved in zip(read, levels, strict=True):
        yield _quantity(sent, article, found, moved)


def _past_restatement(sent: Span, start: int, end: int, value: Decimal) -> int:
    """Where the counted noun of a number restated in parentheses starts: after the digits of
    "forty-two (42) buses", after the closing mark for the "42" itself; else ``end``."""
    if end + 2 < len(sent) and sent[end].text == "(" and sent[end + 2].text == ")" \
            and numbers.value_of(sent[end + 1].text) == float(value):
        return end + 3
    if start >= 2 and end < len(sent) and sent[start - 1].text == "(" and sent[end].text == ")" \
            and sent[start - 2].is_alpha and sent[start - 2].like_num:
        return end + 1
    return end


def _learn(context: Context, sent: Span, first: Number, found: Found,
           moved: change.Change | None) -> Context:
    """The sentence's context once ``found`` is read."""
    counts = found.counts
    if counts is None:
        return context
    if counts.kind in ("count", "money"):
        context = replace(context, earlier=counts)
        if found.start == 0 or sent[found.start - 1].text != "(":
            noun_end = counts.stop - sent.start if counts.stop is not None else found.end
            context = replace(context, outer=(counts, max(found.end, noun_end)))
        if counts.stop is not None and filters.opens_frame(sent, first.start):
            context = replace(context, frame=counts)
    if first.reading.scaled and counts.unit:
        context = replace(context, scaled=counts)
    if moved is not None and moved.kind in ("to", "from") and counts.kind in CHANGED_KINDS:
        context = replace(context, level=(counts, found.end))
    if moved is not None and moved.kind == "by" and counts.kind in ("count", "measure") \
            and counts.unit and counts.unit not in units.time_units():
        context = replace(context, moved_by=(counts, found.end))
    return context


def _level(sent: Span, first: Number, found: Found, moved: change.Change,
           context: Context) -> Counts | None:
    """A bare level of a change: the unit of the level just before it ("rose to 66 pct from
    62", "eased to 3.75 pct from 3.80"), or of an index's level in points in the clause before,
    joined by "while" or "and"; else what the clause's subject counts."""
    if moved.kind in ("to", "from") and context.level is not None \
            and found.start - context.level[1] <= CHANGE_REACH:
        return context.level[0]
    if moved.kind == "to" and context.moved_by is not None \
            and found.start - context.moved_by[1] <= CHANGE_REACH:
        return context.moved_by[0]  # "rose 212.4 points to 35,120.8": points too
    if moved.kind == "to" and context.level is not None \
            and context.level[0].unit in units.parallel_level_units() \
            and _next_clause(sent, context.level[1], first.start):
        return context.level[0]  # "... to 7,210.5 points, while another index rose 1% to 1,880.1"
    return _subject(sent, first) if moved.direction is not None else None


CLAUSE_JOINS = frozenset({"and", "but", "while", "whereas"})


def _next_clause(sent: Span, earlier_end: int, start: int) -> bool:
    """A clause joined to the one before stands between ``earlier_end`` and ``start``: a
    joining word, then a verb of its own."""
    joins = [k for k in range(earlier_end, start) if sent[k].lower_ in CLAUSE_JOINS]
    return bool(joins) and any(t.pos_ == "VERB" for t in sent[joins[0] + 1 : start])


def _subject(sent: Span, first: Number) -> Counts | None:
    """A bare number of a change counts what the clause's subject names."""
    found = units.subject_counted(sent, first.reading.start)
    if found is None or found.unit is None:
        return None
    return Counts(found.unit, "count", found.object, found.start, found.end)


def _change(sent: Span, found: Found,
            last: tuple[change.Change, float, int] | None) -> change.Change | None:
    """The change ``found`` states, settled against the sentence's change before it."""
    counts = found.counts
    amount = counts is not None and counts.kind != "count" \
        and counts.unit not in units.time_units()
    own = change.of(sent, found.start, found.end, amount=amount,
                    percent=counts is not None and counts.kind == "percent",
                    gathered=counts is None or counts.kind in ("money", "count")
                    or counts.unit in units.currency_codes())
    if own is None and counts is not None and counts.kind == "percent":
        own = change.signed(sent[found.start].text)
    if own is None and amount and last is not None and last[0].direction is not None \
            and change.coordinated(sent, last[2], found.start):
        return last[0]  # "both rose by 0.4% and 0.3%"
    near = None
    if last is not None and found.start - last[2] <= CHANGE_REACH \
            and not any(t.pos_ == "VERB" for t in sent[last[2] : found.start]):
        near = (last[0], last[1])
    return change.settle(own, near, float(found.low))


def _finite(found: Found) -> bool:
    return all(math.isfinite(float(v)) for v in (found.low, found.high))


def _read(sent: Span, words: list[str], glued: list[bool], first: Number, *, in_title: bool,
          context: Context) -> tuple[int, Found | None]:
    """The quantity that starts with ``first``, and the token to read on from."""
    score = filters.score_end(sent, first.end, first.value)
    if (score is not None and filters.game_result(sent, first.start, score, first.value)) \
            or _score_second(sent, first):
        # "won 3-1": two bare counts, the first here, the second read next
        return first.end + 1, Found(first.start, first.end, first.value, first.value, "exact",
                                    False, None)
    if score is not None:
        while score + 1 < len(sent) and sent[score].text in units.HYPHENS \
                and sent[score + 1].text.isdigit():
            score += 2  # "4-3-3": a formation, all of it
        return score, None  # a hyphenated pair nothing makes a result: neither a range nor counts
    second, between, from_to = written.range_end(sent, words, glued, first)
    if from_to and second is not None:  # from 2 to 3 million: 2 million, then 3 million
        unit = first.unit or second.unit or units.unit_after(
            sent, second.end, scaled=second.reading.scaled, money=second.money)
        if unit is not None:
            unit = replace(unit, end=first.end)
        first = replace(first, value=written.scaled(first, second, ordered=False), unit=unit)
        second = None
    last = second or first
    i = last.end
    if filters.not_a_quantity(sent, first, last, has_unit=_has_unit(first, last),
                                     in_title=in_title):
        return i, None
    if not _has_unit(first, last) and filters.is_age(sent, first.start, last.end,
                                                           first.reading):
        return i, _age(sent, first, last, second is not None)
    unit = last.unit or first.unit
    end = last.end
    age_end = None
    if unit is None and last.money is None:
        unit = units.unit_after(sent, _past_restatement(sent, first.start, end, last.value),
                                scaled=last.reading.scaled, money=None)
        if unit is not None:
            age_end = filters.age_end(sent, end, unit.end)
        elif units.quoted_price(sent, first.start, end):
            unit = units.Unit("usd", "money", end)
    if age_end is not None:
        return max(i, age_end), replace(_age(sent, first, last, second is not None), end=age_end)
    if unit is not None:
        if unit.kind == "measure" and not in_title and unit.end > end and sent[end].is_title \
                and (first.reading.in_words or unit.name in units.time_units()):
            return i, None  # a capitalised unit makes a title: "Ninety Minutes" the show
        end = unit.end
    money = unit.name if unit is not None and unit.kind == "money" else last.money
    factor = unit.factor if unit is not None else Decimal(1)
    low, high = written.scaled(first, second) * factor, last.value * factor
    start = between if between is not None else first.start
    qualifier, start, end = bounds.qualify(sent, start, end, ranged=second is not None,
                                           measured=money is not None or _amount(unit))
    if qualifier == "exact" and first.qualifier is not None:
        qualifier = first.qualifier  # "~0.8mm", "sub-400 sq m"
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
    minus = first.start > 0 and sent[first.start - 1].lower_ == "minus" and not (
        first.start > 1 and (sent[first.start - 2].like_num
                             or sent[first.start - 2].lower_ in ("or", "plus")))
    signed = minus or (counts is not None and counts.kind in ("money", "percent", "measure"))
    if low < 0 and not signed:
        return i, None  # "-19" with its name lost: a count is never negative
    return i, Found(start, end, low, high, qualifier, first.reading.vague, counts,
                    rate[0] if rate is not None else None,
                    _sign(sent, first) if signed else 1)


def _score_second(sent: Span, first: Number) -> bool:
    """The second number of a score or tally ("3-1": the 1), which counts nothing after it."""
    at = first.start - 2
    if at < 0 or not sent[at].text.isdigit() or sent[at + 1].whitespace_:
        return False
    value = Decimal(sent[at].text)
    score = filters.score_end(sent, at + 1, value)
    return score == first.end and filters.game_result(sent, at, score, value)


def _age(sent: Span, first: Number, last: Number, ranged: bool) -> Found:
    """A person's age: a quantity in years ("Ortiz, 52,", "aged 40", "a 7-year-old"), bounded
    by the words before it ("under the age of 5")."""
    qualifier, start, end = bounds.qualify(sent, first.start, last.end, ranged=ranged,
                                           measured=True)
    return Found(start, end, first.value, last.value, qualifier, False,
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
    if filters.unnamed_source(sent, first.reading):
        return True
    return singular and sent[first.reading.start].lower_ == "zero"  # zero coupon


def _amount(unit: units.Unit | None) -> bool:
    """A unit of an amount, not of a time: "over 5 km" is more than 5, "over three months" a
    stretch of time."""
    return unit is not None and unit.name not in units.time_units()


def _has_unit(first: Number, last: Number) -> bool:
    return any(n.unit is not None or n.money is not None for n in (first, last))


def _counts(sent: Span, first: Number, last: Number, unit: units.Unit | None,
            money: str | None, context: Context, *, value: float) -> Counts | None:
    """What the number counts: its unit, its own noun, or one the sentence implies.

    A bare number that sizes a group of people ("a population of 1.5 million") counts persons.
    "40 others", "300 more", "five of them" take the latest count; a bare number takes the
    frame ("of 140 drones launched, ... 43 were lost"); a bare scaled amount takes the unit of
    the latest scaled one ("16.2 mln bpd, up from 15.9 mln"), or of the next one it is set
    against ("147.7 billion from 124.4 billion dlrs"), or the latest money.
    """
    earlier, frame = context.earlier, context.frame
    if money is not None:
        return Counts(money, "money", None, None, None)
    if unit is not None:
        return Counts(unit.name, unit.kind, None, None, None)
    found = units.counted(sent, first.reading.start, last.reading.end - 1,
                          _past_restatement(sent, first.start, last.end, last.value), value)
    if found is not None:
        kind = "measure" if found.measure else "count"
        return Counts(found.unit or "", kind, found.object, found.start, found.end,
                      found.singular_noun, found.stop, found.proper)
    group = units.collective_counted(sent, first.reading.start)
    if group is not None and group.unit is not None:
        return Counts(group.unit, "count", group.object, group.start, group.end)
    if context.outer is not None and (_conjoined(sent, first)
                                      or _parallel(sent, first, last, context.outer[1])):
        return context.outer[0]  # "2,800 yen for adults and 1,400 for children"
    if last.end < len(sent) and sent[last.end].lower_ == "who":
        return Counts("person", "count", None, None, None)  # "and 84,300 who have waited"
    if last.reading.scaled:
        ahead = _unit_ahead(sent, last.end)
        if context.scaled is not None or ahead is not None:
            return context.scaled or ahead
    if earlier is not None and earlier.kind == "money":
        return earlier if last.reading.scaled else None
    if earlier is not None and units.elliptic(sent, last.end):
        return earlier
    return frame


def _conjoined(sent: Span, first: Number) -> bool:
    """A bare number the parse joins to a noun another number counts: it counts that too."""
    token = sent[first.reading.start]
    return token.dep_ == "conj" and token.head.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "nummod" and c.like_num and c.i < token.i for c in token.head.children)


PARALLEL_OPENERS = frozenset({"and", "but", "while", "whereas", ","})


def _parallel(sent: Span, first: Number, last: Number, earlier_end: int) -> bool:
    """A bare number set after ``and`` in a clause built like the one before, the same
    preposition following both: "435 homes by ballot and 187 by tender"."""
    if first.start == 0 or sent[first.start - 1].lower_ not in PARALLEL_OPENERS \
            or earlier_end <= 0 or earlier_end >= first.start:
        return False
    here, there = change.past_bracket(sent, last.end), change.past_bracket(sent, earlier_end)
    return here < len(sent) and there < first.start and sent[here].pos_ == "ADP" \
        and sent[here].lower_ == sent[there].lower_


def _unit_ahead(sent: Span, end: int) -> Counts | None:
    """The unit of a scaled amount set right after against this one: "from 124.4 billion
    dlrs", "vs 2.1 mln tonnes"."""
    if end + 1 >= len(sent) or sent[end].lower_ not in units.against_words():
        return None
    words = [t.text for t in sent]
    glued = [t.whitespace_ == "" for t in sent]
    second = written.number(sent, words, glued, end + 1, money=None)
    if second is None or not second.reading.scaled:
        return None
    unit = second.unit or units.unit_after(sent, second.end, scaled=True, money=None)
    if unit is None or unit.kind not in LEVEL_KINDS or unit.factor != 1:
        return None
    return Counts(unit.name, unit.kind, None, None, None)


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
