"""A number with its conversion in brackets: "100 miles (161 km)", "3.3 trillion yuan ($458
billion)", "19.74 dlrs a barrel (47 cts a gallon)".

A measure converts by a fixed factor (``checks.json`` 'conversion_factors'), so both numbers,
each as rounded as it is written, must meet it within a writer's rounding of the factor. Two
currencies have no fixed rate, but a rate far outside what one currency ever bought of the
other ('exchange_bands') means a scale word went wrong ("million" for "billion").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from itertools import pairwise

from workbench.compare import phrases
from workbench.compare.checks.readings import (
    ArticleNumbers,
    Counted,
    fmt,
    span_of,
    tables,
    written,
)
from workbench.model import Check

EPSILON = 1e-9


@cache
def _factors() -> dict[tuple[str, str], tuple[float, ...]]:
    """Every factor from one unit to another, both ways."""
    table: dict[tuple[str, str], tuple[float, ...]] = {}
    for row in tables()["conversion_factors"]:
        source, target, *factors = row
        table[(source, target)] = tuple(float(f) for f in factors)
        table[(target, source)] = tuple(1 / float(f) for f in factors)
    return table


def conversions(reading: ArticleNumbers) -> Iterator[Check]:
    """Every bracketed conversion the article's sentences give."""
    for sentence in reading.sentences():
        for a, b in pairwise(sentence):
            if not _bracketed(reading, a, b):
                continue
            check = _measure(reading, a, b) or _money(reading, a, b)
            if check is not None:
                yield check


BRACKETS = {"(": ")", "[": "]"}


def _bracketed(reading: ArticleNumbers, a: Counted, b: Counted) -> bool:
    """``b`` stands alone in a bracket (round or square) right after ``a``."""
    gap = reading.between(a, b)
    suffix = _suffix(reading, a)[0]
    if suffix and gap.lower().startswith(suffix):
        gap = gap[len(suffix):]  # "50 km/h (31 mph)"
    opener = gap.strip()[:1]
    if opener not in BRACKETS:  # "60 hryvnia [£1.80]" as "100 miles (161 km)"
        return False
    words = [t.word for t in phrases.tokens(gap)]
    allowed = set(tables()["bracket_words"])
    if any(w not in allowed and w != opener for w in words):
        return False
    end = b.quantity.end + len(_suffix(reading, b)[0])
    return reading.text[end:end + 2].lstrip()[:1] == BRACKETS[opener]


def _suffix(reading: ArticleNumbers, n: Counted) -> tuple[str, str | None]:
    """"240 km/h": a suffix right after a unit symbol that makes it a rate (``rate_suffixes``),
    with the unit it is per."""
    after = reading.text[n.quantity.end:n.quantity.end + 10].lower()
    for suffix, per in tables()["rate_suffixes"].items():
        if after.startswith(suffix) and not after[len(suffix):len(suffix) + 1].isalpha():
            return suffix, per
    return "", None


def _unit(reading: ArticleNumbers, n: Counted) -> str | None:
    """The number's unit, a rate when a suffix the extractor left out follows it."""
    per = _suffix(reading, n)[1]
    unit = n.quantity.unit
    return f"{unit} per {per}" if unit and per and not n.quantity.per else unit


def _band(n: Counted, *, converted: bool = False) -> tuple[float, float]:
    """Written bounds, widened by the bounds a qualifier gives ("about 100 miles"). The
    converted number in the bracket is rounded as a round number is: "300 km (180 miles)" may
    be 175 to 185 miles."""
    low, high = written(n)
    q = n.quantity
    digits = re.search(r"\d[\d,]*(?:\.\d+)?", q.text)
    if converted and digits and "." not in digits.group(0):
        whole = digits.group(0).replace(",", "")
        zeros = len(whole) - len(whole.rstrip("0"))
        if zeros and whole.strip("0"):
            half = 0.5 * 10 ** zeros * q.value / float(whole)
            low, high = min(low, q.value - half), max(high, q.value + half)
    if q.qualifier == "approx":
        tolerance = float(phrases.data()["approx_tolerance"])
        low, high = low * (1 - tolerance), high * (1 + tolerance)
    elif q.qualifier in ("lower_bound", "upper_bound", "range"):
        low = min(low, q.low if q.low is not None else low)
        high = max(high, q.high if q.high is not None else high)
        if q.qualifier == "lower_bound" and q.high is None:
            high = float("inf")
        if q.qualifier == "upper_bound" and q.low is None:
            low = 0.0
    return low, high


def _fits(a: Counted, b: Counted, factor: float) -> bool:
    """Could ``b`` be ``a`` times ``factor``, both as rounded as written?"""
    slack = float(tables()["conversion_slack"])
    a_low, a_high = _band(a)
    b_low, b_high = _band(b, converted=True)
    return (a_low * factor * (1 - slack) <= b_high + EPSILON
            and b_low <= a_high * factor * (1 + slack) + EPSILON)


def _measure(reading: ArticleNumbers, a: Counted, b: Counted) -> Check | None:
    """"100 miles (161 km)", "150 mph (240 km/h)", or a rate per unit: "19.74 dlrs a barrel (47
    cts a gallon)"."""
    qa, qb = a.quantity, b.quantity
    unit_a, unit_b = _unit(reading, a), _unit(reading, b)
    if unit_a is None or unit_b is None:
        return None
    if unit_a != unit_b and (qa.per or None) == (qb.per or None):
        factors = _factors().get((unit_a, unit_b))
        if factors is None and {unit_a, unit_b} == {"degree celsius", "degree fahrenheit"}:
            return _temperature(reading, a, b)
    elif qa.unit == qb.unit and qa.per and qb.per and qa.per != qb.per:
        factors = _factors().get((qb.per, qa.per))  # a gallon is 1/42 of a barrel
    else:
        return None
    if not factors:
        return None
    consistent = any(_fits(a, b, f) for f in factors)
    best = min(factors, key=lambda f: abs(b.value - a.value * f))
    return _check(reading, a, b, expected=a.value * best, consistent=consistent,
                  note=f"{fmt(a.value)} {unit_a}{_per(qa.per)} is {fmt(a.value * best)} "
                       f"{unit_b}{_per(qb.per)}, stated {fmt(b.value)}")


def _per(per: str | None) -> str:
    return f" a {per}" if per else ""


def _temperature(reading: ArticleNumbers, a: Counted, b: Counted) -> Check:
    celsius, fahrenheit = (a, b) if a.quantity.unit == "degree celsius" else (b, a)
    c_low, c_high = _band(celsius)
    f_low, f_high = _band(fahrenheit)
    expected_low, expected_high = c_low * 9 / 5 + 32, c_high * 9 / 5 + 32
    consistent = expected_low <= f_high + 1 and f_low - 1 <= expected_high
    expected = celsius.value * 9 / 5 + 32
    return _check(reading, a, b, expected=expected if b is fahrenheit else celsius.value,
                  consistent=consistent,
                  note=f"{fmt(celsius.value)}C is {expected:.0f}F, stated {fmt(fahrenheit.value)}F")


def _money(reading: ArticleNumbers, a: Counted, b: Counted) -> Check | None:
    """Two currencies: the rate they imply must be one the currencies ever had."""
    bands: dict[str, list[float]] = tables()["exchange_bands"]
    qa, qb = a.quantity, b.quantity
    if qa.unit == qb.unit or qa.unit not in bands or qb.unit not in bands or not b.value:
        return None
    if (qa.per or None) != (qb.per or None):
        return None
    # units of a's currency per unit of b's: the band of each per dollar
    low = bands[qa.unit][0] / bands[qb.unit][1]
    high = bands[qa.unit][1] / bands[qb.unit][0]
    a_low, a_high = _band(a)
    b_low, b_high = _band(b)
    rate_low = a_low / b_high if b_high else 0.0
    rate_high = a_high / b_low if b_low > 0 else float("inf")
    consistent = rate_low <= high and low <= rate_high
    rate = a.value / b.value
    return _check(reading, a, b, expected=rate, consistent=consistent,
                  note=f"{fmt(a.value)} {qa.unit} stated as {fmt(b.value)} {qb.unit}: "
                       f"{rate:,.4g} {qa.unit} a {qb.unit}, "
                       f"{'within' if consistent else 'outside'} {low:,.3g} to {high:,.3g}")


def _check(reading: ArticleNumbers, a: Counted, b: Counted, *, expected: float,
           consistent: bool, note: str) -> Check:
    start, end, text = span_of(reading, [a, b])
    return Check(kind="conversion", total=a.value, parts=(b.value,), expected=expected,
                 actual=b.value, consistent=consistent, start=start, end=end, text=text,
                 note=note)


def durations(reading: ArticleNumbers) -> Iterator[Check]:
    """"in just two days" ... "over a 48-hour period": one span of time stated in two units
    (``duration_hours``), exactly. Two spans of an article may be two
    periods, so the pair is reported only when it holds, and only for spans of two or more of
    the larger unit ("one day" and "24 hours" meet by chance)."""
    hours = tables()["duration_hours"]
    spans = [n for n in reading.numbers if reading.in_body(n) and n.quantity.unit in hours
             and n.quantity.qualifier == "exact" and n.quantity.change is None]
    seen: set[tuple[float, float]] = set()
    for at, a in enumerate(spans):
        for b in spans[at + 1:]:
            if a.quantity.unit == b.quantity.unit or a.sentence == b.sentence:
                continue
            large, small = sorted((a, b), key=lambda n: -hours[n.quantity.unit])
            factor = hours[large.quantity.unit] / hours[small.quantity.unit]
            if large.value < 2 or (large.value, small.value) in seen \
                    or abs(large.value * factor - small.value) > EPSILON * small.value:
                continue
            seen.add((large.value, small.value))
            yield _check(reading, large, small, expected=large.value * factor, consistent=True,
                         note=f"{fmt(large.value)} {large.quantity.unit} is "
                              f"{fmt(large.value * factor)} {small.quantity.unit}, stated "
                              f"{fmt(small.value)}")
