"""Evacuations told apart from flight abroad, from plans and from those still there.
Invented sentences on patterns of wars, floods, fires and industrial accidents."""

from __future__ import annotations

import pytest

from tests.compare.builders import E, Q, build
from workbench import compare
from workbench.model import ArticleFacts


def people(sentence: str, words: str, value: float, obj: str = "people", *,
           names: tuple[E, ...] = ()) -> ArticleFacts:
    qualifier = "lower_bound" if words.lower().startswith(("more than", "thousands")) \
        else "approx" if words.lower().startswith(("about", "some", "around")) else "exact"
    low = value if qualifier == "lower_bound" else None
    return build(sentence, quantities=(Q(words, value, "person", qualifier, low=low,
                                         object=obj if obj in sentence else None),),
                 entities=names)


@pytest.mark.parametrize(("sentence", "words", "obj"), [
    ("More than 8,000 people escaped to safer areas on Monday through humanitarian "
     "corridors.", "More than 8,000", "people"),
    ("About 2,000 residents escaped the flooded town by boat.", "About 2,000", "residents"),
    ("Some 600 people escaped the burning city in a convoy of cars.", "Some 600", "people"),
    ("Officials said around 2,000 residents made it out by themselves on Friday.",
     "around 2,000", "residents"),
])
def test_escaping_a_town_is_an_evacuation(sentence: str, words: str, obj: str) -> None:
    facts = people(sentence, words, 1000, obj)
    assert compare.estimates([facts], "civilians evacuated").height == 1, sentence
    assert compare.estimates([facts], "refugees who fled").is_empty(), sentence


@pytest.mark.parametrize(("sentence", "words", "country"), [
    ("Some 2 million people have escaped Ukraine.", "Some 2 million", "Ukraine"),
    ("About 40,000 people escaped Sudan across the border.", "About 40,000", "Sudan"),
    ("More than 1 million people have escaped the war into Poland.", "More than 1 million",
     "Poland"),
])
def test_escaping_a_country_or_a_war_is_fleeing(sentence: str, words: str,
                                               country: str) -> None:
    facts = people(sentence, words, 1e6, names=(E(country),))
    assert compare.estimates([facts], "refugees who fled").height == 1, sentence
    assert compare.estimates([facts], "civilians evacuated").is_empty(), sentence


@pytest.mark.parametrize(("sentence", "words"), [
    ("Some 300 residents are still awaiting evacuation from the flooded valley.", "Some 300"),
    ("Officials sent boats in the hopes of evacuating 600 people.", "600"),
    ("Thousands, including the elderly and disabled, were unable to evacuate.", "Thousands"),
    ("There are still more than 150,000 residents left inside the city.",
     "more than 150,000"),
    ("About 200 people were left behind in the town when the fire spread.", "About 200"),
    ("Around 200 residents had gathered at the evacuation point.", "Around 200"),
    ("The mayor urged the thousands of people stuck inside the city to head to evacuation "
     "routes.", "thousands"),
])
def test_waiting_planning_or_staying_is_no_evacuation(sentence: str, words: str) -> None:
    obj = "residents" if "residents" in sentence else "people"
    facts = people(sentence, words, 1000, obj)
    assert compare.estimates([facts], "civilians evacuated").is_empty(), sentence


def test_an_evacuation_done_is_still_found() -> None:
    done = people("About 400 people were evacuated from the valley on Friday.", "About 400", 400)
    left = people("About 500 residents left the city through the corridor.", "About 500", 500,
                  "residents")
    assert compare.estimates([done, left], "civilians evacuated").height == 2
