"""A figure stated more than once: "a predicted £300 million budget gap" ... "a budget gap of
around £300 million"; "more than a dozen murders" ... "13 murders"; "a $10 million reward" ...
"The $10 million reward" (the word after an amount of money or a measure, not a percentage,
names it unless it is one of ``amount_followers`` or a preposition, auxiliary or clause break).

Numbers of one unit that count the same noun in different sentences of an article may be one
figure restated; they are then within each other's bounds and rounding. The same noun may also
name another period or place, so a restatement is reported only when it holds
(``same_figure``), never as an alarm.

A figure with no noun ("totaled 910.8 mln dlrs" ... "which it put at 910.8 mln dlrs"; a ratio
"at 1.21" ... "of 1.21") is one figure restated when it is written with the same digits and
unit in another sentence, has ``DISTINCT_DIGITS`` significant digits or more (such figures
rarely repeat by chance; ``UNIT_DIGITS`` for a figure with its unit stated in exactly two
sentences: "within the next 48 hours" ... "has 48 hours to reply") and is the only figure of
its unit (or bare) in its sentence:
figures listed side by side (a table's row, rates by maturity, prices stock by stock) may
repeat a value for different things. A change's amount is never one (a level reached may be).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from workbench.compare import phrases
from workbench.compare.checks.readings import (
    ArticleNumbers,
    Counted,
    fmt,
    is_measure,
    span_of,
    tables,
    written,
)
from workbench.compare.units import singular, vague_least
from workbench.model import Check

SMALLEST = 10  # "two countries" ... "two countries": small counts repeat by chance
CLOSEST = 1.25  # figures further apart than this are different figures, whatever their bounds
MIN_NOUN = 4  # letters of a noun read right after an amount
DISTINCT_DIGITS = 3  # "910.8", "1.21", "4,375": not "15", "2.5" or "300,000"
UNIT_DIGITS = 2  # "48 hours", "17 minutes" stated twice, with their unit: not "10 years"
RATIOS = frozenset({"percent", "percentage point", "point"})  # "100% opposed" names no thing


def restated(reading: ArticleNumbers) -> Iterator[Check]:
    """One check per noun whose figures, stated in two or more sentences, all agree."""
    groups: dict[tuple[str, str | None], list[Counted]] = {}
    for n in reading.numbers:
        noun = _noun(reading, n)
        if noun is not None and reading.in_body(n) and n.quantity.change is None:
            groups.setdefault((noun, n.quantity.unit), []).append(n)
    for figures in groups.values():
        values = [n.value for n in figures]
        if len({n.sentence for n in figures}) < 2 or min(values) < SMALLEST \
                or max(values) > CLOSEST * min(values):
            continue
        low = max(_bounds(n)[0] for n in figures)
        high = min(_bounds(n)[1] for n in figures)
        if low <= high:
            yield _check(reading, figures)
    yield from _unnamed(reading, groups)


def _unnamed(reading: ArticleNumbers,
             named: dict[tuple[str, str | None], list[Counted]]) -> Iterator[Check]:
    """Figures with no noun, restated with the same digits in another sentence."""
    seen = {n.index for figures in named.values() for n in figures}
    groups: dict[tuple[str, str | None], list[Counted]] = {}
    for n in reading.numbers:
        digits = _significant(n)
        if n.index in seen or digits is None or not reading.in_body(n) \
                or reading.in_time(n) or n.quantity.change_kind == "by" \
                or any(o is not n and o.sentence == n.sentence
                       and o.quantity.unit in (n.quantity.unit, None) for o in reading.numbers):
            continue
        groups.setdefault((f"{n.value:.12g}", n.quantity.unit), []).append(n)
    for figures in groups.values():
        if len({n.sentence for n in figures}) >= 2 \
                and (_distinct(figures[0]) or _twice_with_unit(figures)):
            yield _check(reading, figures)


def _distinct(n: Counted) -> bool:
    digits = _significant(n)
    return digits is not None and len(digits) >= DISTINCT_DIGITS


def _twice_with_unit(figures: list[Counted]) -> bool:
    """"within the next 48 hours" ... "has 48 hours to reply": a figure of two significant
    digits with its unit, stated in exactly two sentences, is one figure restated."""
    unit = figures[0].quantity.unit
    return len(figures) == 2 and unit is not None and unit not in RATIOS


def _significant(n: Counted) -> str | None:
    """The figure's significant digits as written, if there are enough of them."""
    match = re.search(r"\d[\d,]*(?:\.\d+)?", n.quantity.text)
    if match is None or n.quantity.qualifier != "exact":
        return None
    digits = match.group(0).replace(",", "").replace(".", "").strip("0")
    return digits if len(digits) >= UNIT_DIGITS else None


def _noun(reading: ArticleNumbers, n: Counted) -> str | None:
    """What the number counts: the noun after it ("£300 million budget gap", "13 murders", "a
    $10 million reward"), else the noun before "of" ("a budget gap of around £300 million")."""
    if n.quantity.object:
        return singular(n.quantity.object.lower())
    words = [t.word for t in phrases.tokens(reading.before(n))][-3:]
    if n.quantity.unit is not None and len(words) == 3 and words[-1] == "of" \
            and words[0].isalpha() and words[1].isalpha():
        return singular(f"{words[0]} {words[1]}")
    if is_measure(n) and n.quantity.unit not in RATIOS:
        after = [t.word for t in phrases.tokens(reading.text, n.quantity.end, n.sentence[1])][:1]
        if after and after[0].isalpha() and len(after[0]) >= MIN_NOUN \
                and after[0] not in _not_nouns():
            return singular(after[0])
    return None


@cache
def _not_nouns() -> frozenset[str]:
    """Words that may follow an amount without naming what it is ("$10 million was paid")."""
    words = set(tables()["amount_followers"])
    for name in ("auxiliaries", "place_prepositions", "owner_prepositions", "clause_breaks",
                 "adjunct_words"):
        words.update(w for w in phrases.data()[name] if " " not in w)
    return frozenset(words)


def _bounds(n: Counted) -> tuple[float, float]:
    """As rounded as written ("about" too: a restated figure keeps its digits); a bound or a
    vague count open on its open side."""
    q = n.quantity
    low, high = written(n)
    least = vague_least(q)
    if least is not None:
        low = least
    if q.qualifier == "lower_bound":
        return min(low, q.low if q.low is not None else low), float("inf")
    if q.qualifier == "upper_bound":
        return 0.0, max(high, q.high if q.high is not None else high)
    return low, high


def _check(reading: ArticleNumbers, figures: list[Counted]) -> Check:
    first, *others = figures
    start, end, text = span_of(reading, figures)
    values = ", ".join(fmt(n.value) for n in figures)
    return Check(kind="same_figure", total=first.value, parts=tuple(n.value for n in others),
                 expected=first.value, actual=others[-1].value, consistent=True, start=start,
                 end=end, text=text, note=f"one figure stated as {values}")
