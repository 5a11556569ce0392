"""A count at a price and the amount it comes to: "89 mln shares ... at 22 cents ... to raise
19.6 mln dlrs", "a cargo of 300,000 barrels at 18 dlrs a barrel, worth 5.4 mln dlrs".

The count is of a thing sold by the unit (``priced_units``, ``data/checks.json``), the price
and the amount are money of one currency, and they stand in one sentence or the amount's
sentence and the one before it. Nothing in the words ties the three together, so the check is
reported only when the count times the price meets the amount within the rounding of each as
written (to its last digit): it never raises an alarm.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from workbench.compare.checks.readings import ArticleNumbers, Counted, fmt, span_of, tables
from workbench.compare.checks.sums import rounding
from workbench.model import Check

WINDOW = 2  # sentences: the amount's and the one before it
SMALLEST = 100  # "one share for every five" is a ratio, not a count sold


def products(reading: ArticleNumbers) -> Iterator[Check]:
    sentences = reading.sentences()
    priced = set(tables()["priced_units"])
    for at, sentence in enumerate(sentences):
        window = [n for s in sentences[max(0, at - WINDOW + 1):at + 1] for n in s
                  if reading.in_body(n) and not reading.in_time(n)]
        for amount in sentence:
            found = _factors(window, amount, priced)
            if found is not None and reading.in_body(amount):
                yield _check(reading, amount, *found)


def _factors(window: Sequence[Counted], amount: Counted,
             priced: set[str]) -> tuple[Counted, Counted] | None:
    money = amount.quantity.unit
    if money is None or money != amount.unit or money in priced:
        return None
    counts = [n for n in window if n.unit in priced and n.quantity.qualifier == "exact"
              and n.value >= SMALLEST]
    prices = [n for n in window if n is not amount and n.quantity.unit == money
              and n.quantity.qualifier == "exact" and 0 < n.value < amount.value]
    low, high = rounding(amount)
    for count in counts:
        for price in prices:
            count_low, count_high = rounding(count)
            price_low, price_high = rounding(price)
            if count_low * price_low <= high and count_high * price_high >= low:
                return count, price
    return None


def _check(reading: ArticleNumbers, amount: Counted, count: Counted, price: Counted) -> Check:
    start, end, text = span_of(reading, [count, price, amount])
    actual = count.value * price.value
    return Check(kind="product", total=amount.value, parts=(count.value, price.value),
                 expected=amount.value, actual=actual, consistent=True, start=start, end=end,
                 text=text, note=(f"{fmt(count.value)} at {price.value:g} is {fmt(actual)}, "
                                  f"stated {fmt(amount.value)}"))
