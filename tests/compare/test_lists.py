"""A qualifier heading a tally of different things carries over its bare items; a list item
after another counted item takes the list's event. Invented sentences on several wars and
disasters."""

from __future__ import annotations

import re

import pytest

from tests.compare.builders import E, Q, build
from workbench import compare
from workbench.compare.estimates import lists
from workbench.compare.estimates.measurables import as_estimate
from workbench.model import Quantity


def _after(sentence: str, words: str) -> str:
    """The word after ``words`` standing as a whole number in ``sentence``."""
    found = re.search(rf"(?:^|\s){re.escape(words)}\s+(\w+)", sentence)
    assert found is not None
    return found.group(1)


def _quantities(sentence: str, items: list[tuple[str, float, str, str]]) -> list[Quantity]:
    built = build(sentence, quantities=tuple(
        Q(words, value, unit, qualifier, low=value if qualifier == "lower_bound" else None,
          object=_after(sentence, words))
        for words, value, unit, qualifier in items))
    return list(built.quantities)


def carried(sentence: str, items: list[tuple[str, float, str, str]]) -> list[str]:
    found = _quantities(sentence, items)
    text = f"Headline\n\n{sentence}"
    return [lists.carried(q, found, text, lambda x: as_estimate(x, text)).qualifier
            for q in found[1:]]


@pytest.mark.parametrize(("sentence", "items", "expected"), [
    ("Officials said Russia has lost about 2,800 soldiers and 80 tanks.",
     [("about 2,800", 2800, "soldier", "approx"), ("80", 80, "tank", "exact")], ["approx"]),
    ("The rebels lost more than 900 fighters, 40 trucks and 12 drones.",
     [("more than 900", 900, "fighter", "lower_bound"), ("40", 40, "truck", "exact"),
      ("12", 12, "drone", "exact")], ["lower_bound", "lower_bound"]),
    ("The group says the army lost more than 400 tanks, 20 jets and 32 helicopters, as well "
     "as hundreds of trucks.",
     [("more than 400", 400, "tank", "lower_bound"), ("20", 20, "jet", "exact"),
      ("32", 32, "helicopter", "exact"), ("hundreds", 100, "truck", "lower_bound")],
     ["lower_bound", "lower_bound", "lower_bound"]),
    ("The storm destroyed up to 300 houses and 40 bridges.",
     [("up to 300", 300, "house", "upper_bound"), ("40", 40, "bridge", "exact")],
     ["upper_bound"]),
])
def test_a_qualifier_heading_a_tally_carries_over(sentence: str,
                                                  items: list[tuple[str, float, str, str]],
                                                  expected: list[str]) -> None:
    assert carried(sentence, items) == expected


@pytest.mark.parametrize(("sentence", "items"), [
    ("The army lost more than 12,000 soldiers, 303 tanks and over 1,000 trucks.",
     [("more than 12,000", 12000, "soldier", "lower_bound"), ("303", 303, "tank", "exact"),
      ("over 1,000", 1000, "truck", "lower_bound")]),
    ("More than 300 people were killed on Monday, and 12 soldiers died on Tuesday.",
     [("More than 300", 300, "person", "lower_bound"), ("12", 12, "soldier", "exact")]),
    ("More than 71,800 visas had been granted and 21,600 refugees had arrived.",
     [("More than 71,800", 71800, "visa", "lower_bound"), ("21,600", 21600, "refugee",
                                                            "exact")]),
    ("At least 549 civilians, including 41 children, have been killed.",
     [("At least 549", 549, "civilian", "lower_bound"), ("41", 41, "child", "exact")]),
    ("At least 40 people were killed and 25 people injured.",
     [("At least 40", 40, "person", "lower_bound"), ("25", 25, "person", "exact")]),
])
def test_no_qualifier_carries_over_a_restated_one_a_clause_or_a_part(
        sentence: str, items: list[tuple[str, float, str, str]]) -> None:
    assert set(carried(sentence, items)[:1]) == {"exact"}


@pytest.mark.parametrize(("sentence", "words"), [
    ("Ukraine says Russia has lost 12,000 troops in fighting, a staggering 303 tanks and 48 "
     "jets.", "303"),
    ("Kyiv says Russian forces had lost 18,000 soldiers, including seven generals, 644 tanks "
     "and 1,800 trucks.", "644"),
])
def test_an_item_after_another_count_takes_the_lists_event(sentence: str, words: str) -> None:
    facts = build(sentence, quantities=(Q(words, float(words), "tank", object="tanks"),),
                  entities=(E("Russia"),) if "Russia " in sentence else (E("Russian", "NORP"),))
    table = compare.estimates([facts], "Russian tanks destroyed")
    assert table.height == 1 and "lost" in table["match"][0]
    vague = build("They downed dozens of jets and blew up hundreds of tanks and trucks.",
                  quantities=(Q("hundreds", 100, "tank", "lower_bound", low=100,
                                object="tanks"),))
    assert compare.estimates([vague], "tanks destroyed").is_empty()
