"""Equipment tallies, aircraft and evacuations: invented sentences in several phrasings,
with the near misses each must leave (machines delivered, people injured, evacuations
planned)."""

from __future__ import annotations

import pytest

from tests.compare.builders import C, E, Q, build
from tests.compare.test_concepts import one
from workbench import compare


@pytest.mark.parametrize(("sentence", "words"), [
    ("Russian losses: personnel - about 15,000, tanks - 509, artillery - 250.", "509"),
    ("Russian losses so far: tanks: 300, armoured vehicles: 900.", "300"),
    ("Russian equipment lost to date — tanks — about 420, aircraft — 40.", "about 420"),
])
def test_tallies_answer_tanks_destroyed(sentence: str, words: str) -> None:
    facts = build(sentence, quantities=(Q(words, 1),), entities=(E("Russian", "NORP"),))
    table = compare.estimates([facts], "Russian tanks destroyed")
    assert table["quantity"].to_list() == [words]
    assert table["match"][0].startswith("tally: tanks")


@pytest.mark.parametrize(("sentence", "words", "obj"), [
    ("The UK will send 14 tanks to Ukraine.", "14", "tanks"),
    ("Poland delivered 200 tanks to Ukraine last month.", "200", "tanks"),
    ("Russia has about 2,800 tanks in active service.", "about 2,800", "tanks"),
])
def test_tanks_delivered_or_held_are_not_destroyed(sentence: str, words: str,
                                                   obj: str) -> None:
    facts = one(sentence, words, 1, "tank", obj, names=(E("Russia"),) * ("Russia" in sentence))
    assert compare.estimates([facts], "Russian tanks destroyed").is_empty(), sentence


@pytest.mark.parametrize(("sentence", "words", "unit", "obj"), [
    ("The air force said it had downed 12 enemy aircraft in a day.", "12", "enemy", None),
    ("Gunners destroyed 7 hostile helicopters near the border.", "7", "hostile", None),
])
def test_a_word_before_the_noun_is_passed_over(sentence: str, words: str, unit: str,
                                               obj: str | None) -> None:
    facts = one(sentence, words, 1, unit, obj)
    table = compare.estimates([facts], "aircraft shot down")
    assert table.height == 1 and table["measurable"][0].startswith("aircraft")


def test_enemy_machines_are_not_the_sources_side() -> None:
    sentence = "The Ukrainian air force said it had downed 12 enemy aircraft."
    facts = one(sentence, "12", 12, "enemy", None,
                claims=(C(sentence, "Ukraine", "The Ukrainian air force"),))
    assert compare.estimates([facts], "Ukrainian aircraft shot down").is_empty()
    assert compare.estimates([facts], "Russian aircraft shot down").height == 1


@pytest.mark.parametrize(("sentence", "words", "obj"), [
    ("More than 100 civilians were brought out of the besieged city.", "More than 100",
     "civilians"),
    ("Some 300 residents were taken to safety from the flooded district.", "Some 300",
     "residents"),
    ("About 4,000 people left through humanitarian corridors on Saturday.", "About 4,000",
     "people"),
])
def test_evacuations_in_other_words(sentence: str, words: str, obj: str) -> None:
    facts = one(sentence, words, 1, "person", obj)
    assert compare.estimates([facts], "civilians evacuated").height == 1, sentence


@pytest.mark.parametrize(("sentence", "words", "obj"), [
    ("Officials planned to evacuate 10,000 people on Monday.", "10,000", "people"),
    ("Buses were sent to evacuate 6,000 people.", "6,000", "people"),
    ("About 100,000 people are still waiting to be evacuated.", "About 100,000", "people"),
    ("The strike injured 30 civilians.", "30", "civilians"),
])
def test_planned_evacuations_and_injuries_are_near_misses(sentence: str, words: str,
                                                          obj: str) -> None:
    facts = one(sentence, words, 1, "person", obj)
    assert compare.estimates([facts], "civilians evacuated").is_empty(), sentence


@pytest.mark.parametrize(("sentence", "words", "kept"), [
    ("Some 500 people, including soldiers and civilians, died in the battle.", "Some 500",
     False),
    ("More than 200 people were killed at the station, including 10 soldiers.", "More than 200",
     False),
    ("More than 200 people were killed at the station, including 10 children.",
     "More than 200", True),
    ("Soldiers shelled the village, killing 21 people.", "21", True),
])
def test_people_including_soldiers_are_not_civilians(sentence: str, words: str,
                                                     kept: bool) -> None:
    facts = one(sentence, words, 1, "person", "people")
    assert compare.estimates([facts], "civilians killed").height == int(kept), sentence
    assert compare.estimates([facts], "people killed").height == 1, sentence


@pytest.mark.parametrize(("sentence", "words", "kept"), [
    ("Four missiles had been fired from a bomber overnight.", "Four", True),
    ("The navy launched 12 cruise missiles at the port.", "12", True),
    ("The allies have sent 2,000 anti-aircraft missiles to the army.", "2,000", False),
    ("Rebels fired 30 rockets at the town, killing two people.", "30", True),
])
def test_missiles_launched_in_other_words(sentence: str, words: str, kept: bool) -> None:
    obj = "rockets" if "rockets" in sentence else "missiles"
    facts = one(sentence, words, 1, "missile", obj)
    assert compare.estimates([facts], "missiles launched").height == int(kept), sentence
