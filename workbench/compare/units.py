"""Counted units as the comparisons see them: one singular, one family per kind of thing
("soldiers" and "troops" are one family), and the interval of counts a stated number allows.
Shared by the arithmetic checks inside an article and the estimates across articles.
"""

from __future__ import annotations

import math
from functools import cache

from workbench import lexicon
from workbench.compare import phrases
from workbench.lexicon import singular
from workbench.model import Quantity


def format_count(value: float) -> str:
    """A count for people: ``10,000``, ``2.50``; an infinite bound is ``open``."""
    if math.isinf(value):
        return "open"
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}"


@cache
def _families() -> dict[str, str]:
    table: dict[str, str] = {}
    for family, members in phrases.data()["unit_families"].items():
        for member in members:
            table[member] = family
    return table


def plural(unit: str) -> str:
    irregular = {v: k for k, v in lexicon.load("grammar")["irregular_plurals"].items()}
    if unit in irregular:
        return irregular[unit]
    if unit.endswith("y") and unit[-2:-1] not in "aeiou":
        return unit[:-1] + "ies"
    if unit.endswith(("s", "x", "ch", "sh")):
        return unit + "es"
    return unit + "s"


def normal_unit(unit: str, event: str | None) -> tuple[str, str | None]:
    """The unit's family and the event, with nouns that imply an event unfolded
    ("refugees" -> people who fled) and presence events keyed like none."""
    unit = singular(unit)
    implied = phrases.data()["implied"].get(unit)
    if implied is not None and event in (None, implied[1]):
        unit, event = implied
    unit = _families().get(unit, unit)
    if event in phrases.data()["stock_events"]:
        event = None
    return unit, event


def vague_least(quantity: Quantity) -> float | None:
    """The smallest count a vague count implies ("hundreds" is at least 100), else None."""
    lowered = " ".join(quantity.text.lower().split()).removeprefix("of ")
    least = phrases.data()["vague_counts"].get(lowered)
    return None if least is None else float(least)


def interval(quantity: Quantity) -> tuple[float, float]:
    """The counts a stated number allows; counts are never negative. A vague count
    ("dozens") allows its smallest count and any larger."""
    least = vague_least(quantity)
    if least is not None and quantity.qualifier == "approx":
        return least, math.inf
    value = quantity.value
    if quantity.qualifier == "approx" and quantity.low is None and quantity.high is None:
        tolerance = float(phrases.data()["approx_tolerance"])
        return value * (1 - tolerance), value * (1 + tolerance)
    low = quantity.low
    high = quantity.high
    if quantity.qualifier == "exact":
        low = value if low is None else low
        high = value if high is None else high
    if quantity.qualifier == "range" and low is None and high is None:
        low = high = value
    return (0.0 if low is None else low), (math.inf if high is None else high)
