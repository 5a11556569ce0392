"""A qualifier heading a tally of different things carries over its bare items: "Russia has
lost about 2,800 servicemen and 80 tanks" is about 80 tanks, "more than 18,000 soldiers,
644 tanks, 1,830 armoured vehicles" more than 644 tanks. A list that restates a qualifier for
one of its items ("12,000 troops, 303 tanks and over 1,000 carriers") carries none over, nor
do two clauses ("300 people were killed on Monday, and 12 soldiers died on Tuesday").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise

from workbench.compare.estimates import concepts
from workbench.compare.phrases import phrase_at, tokens
from workbench.compare.units import vague_least
from workbench.model import Quantity

QUALIFIED = frozenset({"lower_bound", "upper_bound", "approx"})
ITEM_WORDS = 10  # words an item may take between two numbers of a tally
JOIN_REACH = 3  # words between the joining comma or "and" and an item's number ("a staggering")


def carried(quantity: Quantity, sentence: list[Quantity], text: str,
            read_bounds: Callable[[Quantity], Quantity]) -> Quantity:
    """``quantity`` with the qualifier of the first number of its tally when it is a bare
    item of it (``sentence``: the quantities of its sentence in order; ``read_bounds``: how
    an estimate reads a quantity's bounds)."""
    if quantity.qualifier != "exact" or vague_least(quantity) is not None:
        return quantity
    at = next((i for i, q in enumerate(sentence) if q.start == quantity.start), None)
    if not at:
        return quantity
    head = read_bounds(sentence[0])
    items = sentence[1:]
    if head.qualifier not in QUALIFIED or vague_least(sentence[0]) is not None or any(
            q.qualifier != "exact" and vague_least(q) is None for q in items):
        return quantity  # no qualifier to carry, or one restated for an item ("hundreds of
        # armoured vehicles" restates none)
    if _noun(sentence[0]) is None or any(
            _noun(q) is None or _noun(q) == _noun(sentence[0]) for q in sentence[1:at + 1]):
        return quantity  # a tally counts different things, each with its own noun
    for before, item in pairwise(sentence[:at + 1]):
        if not _joined(text, before, item):
            return quantity
    if _part(text, sentence[at - 1], quantity):
        return quantity  # "549 civilians, including 41 children": a part, as stated
    low = quantity.value if head.qualifier == "lower_bound" else None
    high = quantity.value if head.qualifier == "upper_bound" else None
    return replace(quantity, qualifier=head.qualifier, low=low, high=high)


def _part(text: str, before: Quantity, item: Quantity) -> bool:
    """Is ``item`` opened as a part of what comes before it ("including 41 children")?"""
    words = [t.word for t in tokens(text, before.end, item.start)]
    openers = concepts.phrases_of("subset_openers")
    return any(phrase_at(words, i, openers) for i in range(len(words)))


def _noun(quantity: Quantity) -> str | None:
    return quantity.unit or quantity.object


def _joined(text: str, before: Quantity, item: Quantity) -> bool:
    """Is ``item`` the next item of a tally after ``before``: a few words apart, no clause
    break, no verb and no event word between them ("300 people were killed on Monday, and 12
    soldiers died", "71,800 visas had been granted and 21,600 people had arrived" are two
    clauses), joined by a comma or "and" just before it."""
    words = [t.word for t in tokens(text, before.end, item.start)]
    breaks = {*concepts.data()["side_clause_breaks"], ".", ";", "(", ")"}
    if len(words) > ITEM_WORDS or breaks & set(words):
        return False
    forms = concepts.event_forms()
    verbs = {*concepts.data()["copulas"], *concepts.data()["passive_auxiliaries"],
             *concepts.data()["perfect_auxiliaries"]}
    if verbs & set(words) or any(phrase_at(words, i, forms) for i in range(len(words))):
        return False
    return bool({",", "and"} & set(words[-JOIN_REACH:]))
