"""The verdict on a change between two levels: on its direction, on its stated percentage, or
on its stated amount, each value as rounded as it is written. Shared by the readings of
:mod:`~workbench.compare.checks.changes`.
"""

from __future__ import annotations

from workbench.compare import phrases
from workbench.compare.checks.readings import (
    ArticleNumbers,
    Counted,
    fmt,
    interval,
    is_measure,
    loosely,
    span_of,
    written,
)
from workbench.model import Check

EPSILON = 1e-9
POINTS = ("point", "percentage point")  # the amount of a change between two percentages


def comparable(a: Counted, b: Counted) -> bool:
    """Two levels of one thing: one unit family (or a bare number standing for the other's),
    not orders of magnitude apart."""
    if a.unit is not None and b.unit is not None and a.unit != b.unit:
        return False
    if (a.quantity.unit == "percent") != (b.quantity.unit == "percent") \
            and None not in (a.unit, b.unit):
        return False
    small, large = sorted((abs(a.value), abs(b.value)))
    return small > 0 and large / small <= float(phrases.data()["max_change_ratio"])


def same_measure(amount: Counted, level: Counted) -> bool:
    """Is the amount of a change in its levels' unit ("rose 20 cents to $2.70")?"""
    if level.quantity.unit == "percent" and amount.quantity.unit in POINTS:
        return True  # "from 72.1 percent, a drop of 4.8 points"
    if amount.quantity.unit is not None:
        return amount.quantity.unit == level.quantity.unit
    return not is_measure(level) and comparable(amount, level)


def named(new: Counted, old: Counted) -> bool:
    """Is what rose or fell named? A pair of bare numbers may be a rate read either way."""
    return new.unit is not None or old.unit is not None


def judge(reading: ArticleNumbers, *, new: Counted, old: Counted, amount: Counted | None,
          rising: bool, sure: bool = True) -> Check | None:
    """The check of a change; None when an uncertain reading (``sure`` False, or what
    changed not named) does not hold."""
    if amount is not None and amount.quantity.unit == "percent":
        check = by_percent(reading, new=new, old=old, percent=amount, rising=rising)
    elif amount is not None and same_measure(amount, new):
        check = by_amount(reading, new=new, old=old, amount=amount, rising=rising)
    else:
        check = by_direction(reading, new=new, old=old, rising=rising)
    alarm = sure and named(new, old) and (amount is None or amount.quantity.unit is not None)
    return check if check.consistent or alarm else None


def by_direction(reading: ArticleNumbers, *, new: Counted, old: Counted,
                  rising: bool) -> Check:
    new_low, new_high = interval(new)
    old_low, old_high = interval(old)  # equal values: rounding may hide a small change
    consistent = new_high >= old_low if rising else new_low <= old_high
    start, end, text = span_of(reading, [old, new])
    word = "rise" if rising else "fall"
    return Check(kind="change", total=new.value, parts=(old.value,), expected=old.value,
                 actual=new.value, consistent=consistent, start=start, end=end, text=text,
                 note=f"{word} from {fmt(old.value)} to {fmt(new.value)}")


def by_percent(reading: ArticleNumbers, *, new: Counted, old: Counted, percent: Counted,
                rising: bool) -> Check:
    """A percentage change between two levels; between two percentages it may also be
    the difference in points."""
    start, end, text = span_of(reading, [percent, old, new])
    stated_pct = percent.value if rising else -percent.value
    computed = (new.value - old.value) / old.value * 100 if old.value else 0.0
    consistent = percent_fits(new, old, percent, rising=rising)
    if new.quantity.unit == "percent" and not consistent:
        consistent = difference_fits(new, old, percent, rising=rising)
    note = f"{fmt(old.value)} to {fmt(new.value)} is {computed:+.1f}%, stated {stated_pct:+g}%"
    return Check(kind="change", total=new.value, parts=(old.value, percent.value),
                 expected=stated_pct, actual=round(computed, 2), consistent=consistent,
                 start=start, end=end, text=text, note=note)


def by_amount(reading: ArticleNumbers, *, new: Counted, old: Counted, amount: Counted,
               rising: bool) -> Check:
    start, end, text = span_of(reading, [amount, old, new])
    stated_by = amount.value if rising else -amount.value
    consistent = difference_fits(new, old, amount, rising=rising)
    note = (f"{fmt(old.value)} to {fmt(new.value)} is a change of "
            f"{new.value - old.value:+,.2f}, stated {stated_by:+,g}")
    return Check(kind="change", total=new.value, parts=(old.value, amount.value),
                 expected=stated_by, actual=new.value - old.value, consistent=consistent,
                 start=start, end=end, text=text, note=note)


def percent_fits(new: Counted, old: Counted, percent: Counted, *, rising: bool) -> bool:
    """Could the stated percentage be the change between the two values, each as rounded as
    it is written?"""
    new_low, new_high = loosely(new)
    old_low, old_high = loosely(old)
    if old_low <= 0:
        return True
    lowest = (new_low - old_high) / old_high * 100
    highest = (new_high - old_low) / old_low * 100
    pct_low, pct_high = written(percent)
    if not rising:
        pct_low, pct_high = -pct_high, -pct_low
    return pct_low <= highest + EPSILON and lowest - EPSILON <= pct_high


def difference_fits(new: Counted, old: Counted, amount: Counted, *, rising: bool) -> bool:
    """Could the stated amount be the difference between the two values as rounded?"""
    new_low, new_high = written(new)
    old_low, old_high = written(old)
    by_low, by_high = written(amount)
    if not rising:
        by_low, by_high = -by_high, -by_low
    return by_low <= new_high - old_low + EPSILON and new_low - old_high - EPSILON <= by_high
