"""Numbers of one article read for checking: grouped by sentence, with the family of what they
count and the event they count; and the one arithmetic judgement every check shares."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate
from typing import Any

from babel.numbers import list_currencies

from workbench import lexicon
from workbench.compare import phrases, units
from workbench.compare.units import normal_unit, singular
from workbench.lexicon import names
from workbench.model import ArticleFacts, Check, Quantity


@dataclass(frozen=True, slots=True)
class Counted:
    """A quantity in its sentence."""

    index: int
    quantity: Quantity
    unit: str | None  # family of what is counted; None for a bare number ("43 were lost")
    event: str | None
    sentence: tuple[int, int]

    @property
    def value(self) -> float:
        return self.quantity.value


@dataclass(frozen=True, slots=True)
class ArticleNumbers:
    """An article's numbers, sentence by sentence, in text order."""

    facts: ArticleFacts
    numbers: tuple[Counted, ...]
    # the times by start, and the furthest end among each prefix: "is a number inside a time"
    # by bisection, not a scan of every time for every number
    _time_starts: tuple[int, ...] = field(init=False, repr=False, compare=False)
    _time_reach: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        spans = sorted((t.start, t.end) for t in self.facts.times)
        object.__setattr__(self, "_time_starts", tuple(start for start, _ in spans))
        object.__setattr__(self, "_time_reach", tuple(accumulate((end for _, end in spans), max)))

    @property
    def text(self) -> str:
        return self.facts.article.text

    def sentences(self) -> list[list[Counted]]:
        groups: dict[tuple[int, int], list[Counted]] = {}
        for number in self.numbers:
            groups.setdefault(number.sentence, []).append(number)
        return [groups[key] for key in sorted(groups)]

    def between(self, a: Counted, b: Counted) -> str:
        """The text from the end of ``a``'s noun phrase to the start of ``b``."""
        return self.text[_noun_end(a.quantity):b.quantity.start]

    def between_untimed(self, a: Counted, b: Counted) -> str:
        """:meth:`between` with the times in it blanked ("1,770 bln in 1987/88, including"): a
        date or year between two numbers is no number of the breakdown."""
        start, end = _noun_end(a.quantity), b.quantity.start
        chars = list(self.text[start:end])
        for t in self.facts.times:
            for i in range(max(t.start, start), min(t.end, end)):
                chars[i - start] = " "
        return "".join(chars)

    def in_time(self, n: Counted) -> bool:
        """Does the number lie inside a time ("over five years", "in 2023")?"""
        q = n.quantity
        before = bisect_right(self._time_starts, q.start)  # times starting at or before it
        return before > 0 and self._time_reach[before - 1] >= q.end

    def before(self, n: Counted) -> str:
        return self.text[n.sentence[0]:n.quantity.start]

    def after(self, n: Counted) -> str:
        return self.text[_noun_end(n.quantity):n.sentence[1]]

    def in_body(self, n: Counted) -> bool:
        return n.quantity.section == "paragraph"


def _noun_end(q: Quantity) -> int:
    return max(q.end, q.object_end or q.end)


def read(facts: ArticleFacts) -> ArticleNumbers:
    """Every number of the article with its sentence, unit family and event."""
    numbers = []
    text = facts.article.text
    for index, q in enumerate(facts.quantities):
        sentence = phrases.sentence_span(facts, q)
        hit = phrases.event_of(text, q, sentence)
        event = hit.event if hit else None
        unit: str | None = None
        if q.unit:
            unit, event = normal_unit(q.unit, event)
        numbers.append(Counted(index, q, unit, event, sentence))
    numbers.sort(key=lambda n: n.quantity.start)
    return ArticleNumbers(facts, tuple(numbers))


def sentence_spans(reading: ArticleNumbers) -> list[tuple[int, int]]:
    """The article's sentences, or its sections where the parse kept none."""
    return reading.facts.sentences or [(s.start, s.end) for s in reading.facts.article.sections]


def sentences_between(reading: ArticleNumbers, start: int, end: int) -> int:
    """Sentences wholly between two offsets."""
    return sum(start <= a and b <= end for a, b in sentence_spans(reading))


def opens_range(reading: ArticleNumbers, n: Counted) -> bool:
    """"anywhere from 700 mln", "estimates ranging from 1.5": the low end of a range, no level
    a change starts from (``range_words`` of ``data/checks.json``)."""
    words = [t.word for t in phrases.tokens(reading.before(n))][-2:]
    return words[-1:] == ["from"] and words[0] in tables()["range_words"]


def is_interval(reading: ArticleNumbers, n: Counted) -> bool:
    """"every six months": the time between two events, which shrinks as they grow frequent
    (``interval_words`` of ``data/checks.json``); no level of a change."""
    words = [t.word for t in phrases.tokens(reading.before(n))][-1:]
    return bool(words) and words[0] in tables()["interval_words"]


def tables() -> dict[str, Any]:
    """The checks' own tables (``data/checks.json``): conversion factors, exchange-rate bands,
    the wholes shares are of."""
    table: dict[str, Any] = lexicon.load("checks")
    return table


@cache
def _person_kinds() -> frozenset[str]:
    return frozenset(phrases.data()["person_kinds"])


def same_kind(total: Counted, part: Counted) -> bool:
    """Can ``part`` count some of what ``total`` counts? A bare number can; so can the same
    unit family; and kinds of people ("children", "men") can be some of a count of people."""
    if part.unit is None or total.unit is None:
        return part.unit is None or not is_measure(part)
    if part.unit == total.unit:
        return True
    return is_people(total.unit) and is_people(part.unit)


def is_people(unit: str) -> bool:
    """A kind of people: one of ``person_kinds`` or the people of a country ("Ukrainians")."""
    return singular(unit) in _person_kinds() or names.demonym_code(unit) is not None


def is_measure(n: Counted) -> bool:
    """Money, percentages and measures are never parts of a count."""
    unit = n.quantity.unit or ""
    if unit in phrases.data()["measures"]:
        return True
    return len(unit) == 3 and unit.upper() in _currencies()


@cache
def _currencies() -> frozenset[str]:
    """ISO 4217 codes CLDR knows (babel), current and withdrawn ("DEM" is money too)."""
    return frozenset(list_currencies())


def is_scoped(reading: ArticleNumbers, n: Counted) -> bool:
    """Does the number's sentence make it cover a period rather than one occasion?"""
    words = [t.word for t in phrases.tokens(reading.text, *n.sentence)]
    cues = phrases.phrases("scope_cues")
    if any(phrases.phrase_at(words, i, cues) for i in range(len(words))):
        return True
    return any(n.sentence[0] <= t.start < n.sentence[1] and t.kind in ("month", "year", "duration")
               for t in reading.facts.times)


_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def written(n: Counted) -> tuple[float, float]:
    """The values a number may have been rounded from, by the digits written: "3.5 billion" is
    3.45 to 3.55 billion, "2 billion" 1.5 to 2.5 billion, "18" 17.5 to 18.5, "408,000" 407,500
    to 408,500."""
    value = n.quantity.value
    match = _DIGITS.search(n.quantity.text)
    if match is None:  # a number in words is a whole number
        return value - 0.5, value + 0.5
    digits = match.group(0).replace(",", "")
    shown = float(digits)
    if not shown:
        return value, value
    scale = value / shown
    if "." in digits:
        half = 0.5 * 10 ** -len(digits.split(".")[1])
    else:  # "408,000" may be rounded to the thousand
        half = 500.0 if digits.endswith("000") else 0.5
    return (shown - half) * scale, (shown + half) * scale


def loosely(n: Counted) -> tuple[float, float]:
    """:func:`written`, widened to what "about" allows for an approximate number ("to about 22
    mln from about 8.5 mln" is a rise of 150 pct as well as of 159)."""
    low, high = written(n)
    if n.quantity.qualifier != "approx":
        return low, high
    around_low, around_high = interval(n)
    return min(low, around_low), max(high, around_high)


def interval(n: Counted) -> tuple[float, float]:
    return units.interval(n.quantity)


def sum_interval(parts: Sequence[Counted]) -> tuple[float, float]:
    bands = [interval(p) for p in parts]
    return sum(b[0] for b in bands), sum(b[1] for b in bands)


def span_of(reading: ArticleNumbers, numbers: Sequence[Counted]) -> tuple[int, int, str]:
    start = min(n.sentence[0] for n in numbers)
    end = max(n.sentence[1] for n in numbers)
    return start, end, reading.text[start:end]


fmt = units.format_count


def sum_check(reading: ArticleNumbers, kind: str, total: Counted, parts: Sequence[Counted], *,
              exhaustive: bool, spread_over: Sequence[Counted] = ()) -> Check:
    """Do ``parts`` add up to ``total``? Exhaustive breakdowns must meet it; others must not
    exceed it. A small shortfall in a breakdown of two or more parts is an unaccounted rest."""
    low, high = interval(total)
    part_low, part_high = sum_interval(parts)
    actual = sum(p.value for p in parts)
    start, end, text = span_of(reading, [total, *parts, *spread_over])
    pieces = " + ".join(fmt(p.value) for p in parts)
    consistent = True
    if part_low > high:
        consistent = False
        note = f"{pieces} = {fmt(actual)}, more than the total {fmt(total.value)}"
    elif part_high < low:
        gap = low - part_high
        share = float(phrases.data()["unaccounted_max_share"])
        stated_exactly = total.quantity.qualifier == "exact"
        if exhaustive and stated_exactly and (
                (len(parts) > 1 and gap <= share * low) or _has_rest(reading, parts)):
            consistent = False
            note = f"{pieces} = {fmt(actual)} of {fmt(total.value)}, {fmt(gap)} unaccounted"
        else:
            note = f"{pieces} = {fmt(actual)} of {fmt(total.value)}; the rest not broken down"
    else:
        bound = {"lower_bound": "at least ", "upper_bound": "at most ",
                 "approx": "about "}.get(total.quantity.qualifier, "")
        note = f"{pieces} = {fmt(actual)}, consistent with {bound}{fmt(total.value)}"
    return Check(kind=kind, total=total.value, parts=tuple(p.value for p in parts),
                 expected=total.value, actual=actual, consistent=consistent,
                 start=start, end=end, text=text, note=note)


def stated_sum(reading: ArticleNumbers, total: Counted, parts: Sequence[Counted], *,
               verb: str) -> Check:
    """``parts`` the text itself says make ``total`` ("stated as", "combined as"): a sum that
    agrees by construction, kept so the reader sees the parts behind the figure."""
    actual = sum(p.value for p in parts)
    start, end, text = span_of(reading, [total, *parts])
    pieces = " + ".join(fmt(p.value) for p in parts)
    return Check(kind="parts", total=total.value, parts=tuple(p.value for p in parts),
                 expected=total.value, actual=actual, consistent=True, start=start, end=end,
                 text=text, note=f"{pieces} = {fmt(actual)}, {verb} as {fmt(total.value)}")


def _has_rest(reading: ArticleNumbers, parts: Sequence[Counted]) -> bool:
    return any(phrases.ends_with(reading.before(p), "rest_words") for p in parts)
