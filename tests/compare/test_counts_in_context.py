"""Counts read from the words around them: a noun right after "of" ("dozens of aircraft"), a
count on a list going on the claim that opened its sentence, a part by the country it went to,
a pledge that did not happen, a population, and a part opened by "including". Sentences are
invented, in several domains; each rule has a case it must leave alone."""

from __future__ import annotations

import pytest

from tests.compare.builders import C, E, Q, build
from tests.compare.test_concepts import one
from workbench import compare


@pytest.mark.parametrize(("sentence", "words", "topic", "kept"), [
    # a war: a vague count with its noun after "of"
    ("The air defence downed dozens of aircraft over the coast.", "dozens", "aircraft shot down",
     True),
    # a war: a vague count set off by quotes
    ("He said the army has killed \"hundreds\" of soldiers near the river.", "hundreds",
     "soldiers killed", True),
    # an earthquake: the same shape
    ("The earthquake killed dozens of people in the valley.", "dozens", "people killed", True),
    # the noun after "of" decides: drones are no aircraft
    ("The air defence downed dozens of drones over the coast.", "dozens", "aircraft shot down",
     False),
])
def test_a_noun_right_after_of(sentence: str, words: str, topic: str, kept: bool) -> None:
    facts = one(sentence, words, 100, qualifier="lower_bound")
    assert (not compare.estimates([facts], topic).is_empty()) == kept, sentence


@pytest.mark.parametrize(("text", "claimed", "family"), [
    # a war: the claims keep only the first count of the list
    ("Ukrainians say they have killed 11,000 troops, downed dozens of aircraft and burned "
     "tanks.", "Ukrainians say they have killed 11,000 troops", "Ukraine government"),
    # a fire at an air base: an agency's list
    ("The Red Cross said it has treated 11,000 troops, counted dozens of aircraft downed and "
     "more.", "The Red Cross said it has treated 11,000 troops", "other"),
    # a second clause with its own stating verb is not the claim's
    ("Ukrainians say they have killed 11,000 troops, while reports claimed dozens of aircraft "
     "were downed.", "Ukrainians say they have killed 11,000 troops", "unattributed"),
])
def test_a_count_on_a_list_goes_on_the_claim_that_opened_it(text: str, claimed: str,
                                                            family: str) -> None:
    source = text.split(" said")[0].split(" say")[0]
    facts = build(text, quantities=(Q("11,000", 11000, "troop", object="troops"),
                                    Q("dozens", 12, None, "lower_bound", low=12)),
                  entities=(E("Red Cross", "ORG"),) if "Red Cross" in text else (),
                  claims=(C(claimed, source, source),))
    table = compare.estimates([facts], "aircraft shot down")
    assert table["source_family"].to_list() == [family]


@pytest.mark.parametrize(("sentence", "kept"), [
    # a war: a part by the country it went to
    ("Some 4 million people have fled, and 390,000 of those fleeing have crossed into "
     "neighbouring Moldova.", True),
    # a famine: the same shape
    ("Thousands have fled the drought, and 390,000 of those fleeing went to Kenya.", True),
    # a part by nothing but its age
    ("Some 4 million people have fled, and 390,000 of those fleeing were children.", False),
])
def test_a_part_by_the_country_it_went_to_is_a_count(sentence: str, kept: bool) -> None:
    entities = tuple(E(c) for c in ("Moldova", "Kenya") if c in sentence)
    facts = build(sentence, quantities=(Q("390,000", 390000),), entities=entities)
    table = compare.estimates([facts], "people who fled")
    assert ("390,000" in table["quantity"].to_list()) == kept


@pytest.mark.parametrize(("sentence", "words", "obj", "kept"), [
    ("The president broke his pledge to bring in as many as 100,000 people fleeing the war.",
     "as many as 100,000", "people", False),
    ("The governor promised to house 5,000 people fleeing the wildfires.", "5,000", "people",
     False),
    ("As many as 100,000 people have fled the war since it began.", "As many as 100,000",
     "people", True),
])
def test_a_pledge_is_no_count_that_happened(sentence: str, words: str, obj: str,
                                            kept: bool) -> None:
    facts = one(sentence, words, 100000 if "100,000" in words else 5000, "person", obj)
    assert (not compare.estimates([facts], "people who fled").is_empty()) == kept


@pytest.mark.parametrize(("sentence", "words", "kept"), [
    ("Half the city's 1.4 million person population has fled since the siege began.",
     "1.4 million", False),
    ("Half the island's 80,000 person population fled the volcano.", "80,000", False),
    ("About 80,000 people fled the volcano as ash fell.", "80,000", True),
])
def test_a_population_is_no_count_of_the_event(sentence: str, words: str, kept: bool) -> None:
    value = 1400000 if "1.4" in words else 80000
    facts = one(sentence, words, value, "person", "person" if "population" in sentence
                else "people")
    assert (not compare.estimates([facts], "people who fled").is_empty()) == kept


@pytest.mark.parametrize(("sentence", "part", "kept"), [
    # refugees: a part of the same noun
    ("Two million people have fled, including at least 100,000 people who are not citizens.",
     "at least 100,000", False),
    # an air war: a kind of the noun is a count of its own
    ("The army shot down four aircraft, including two helicopters, on Monday.", "two", True),
])
def test_including_the_same_noun_is_a_part(sentence: str, part: str, kept: bool) -> None:
    if "helicopters" in sentence:
        quantities = (Q("four", 4, "aircraft", object="aircraft"),
                      Q("two", 2, "helicopter", object="helicopters"))
        topic = "aircraft shot down"
    else:
        quantities = (Q("Two million", 2000000, "person", object="people"),
                      Q(part, 100000, "person", "lower_bound", low=100000, object="people",
                        nth=0))
        topic = "people who fled"
    facts = build(sentence, quantities=quantities)
    assert (part in compare.estimates([facts], topic)["quantity"].to_list()) == kept


@pytest.mark.parametrize(("sentence", "words", "value", "topic", "kept"), [
    # a war: the part displaced inside the country, after "of them"
    ("More than 10 million people have been forced from their homes in Ukraine, 6.5 million of "
     "them displaced within the country.", "6.5 million", 6.5e6, "people displaced", True),
    # a flood: the same shape, with an adverb before the event
    ("The floods drove 300,000 people from their homes, 200,000 of whom are now internally "
     "displaced.", "200,000", 2e5, "people displaced", True),
    # a war: "nine of them were killed" after people hit
    ("Shelling hit 40 people at the market, nine of them were killed.", "nine", 9,
     "people killed", True),
    # a part with no event of its own stays a part
    ("The floods displaced 300,000 people, 200,000 of them within the province.", "200,000",
     2e5, "people displaced", False),
])
def test_a_part_with_its_own_event_is_a_count(sentence: str, words: str, value: float,
                                              topic: str, kept: bool) -> None:
    entities = (E("Ukraine"),) if "Ukraine" in sentence else ()
    facts = build(sentence, quantities=(Q(words, value),), entities=entities)
    assert (words in compare.estimates([facts], topic)["quantity"].to_list()) == kept


@pytest.mark.parametrize(("sentence", "words", "kept"), [
    # a war: people feared buried, their deaths not established
    ("Today 100 people are feared to have been buried under rubble after the strike.", "100",
     False),
    # a landslide: feared dead
    ("At least 40 people are feared dead after the landslide.", "At least 40", False),
    # deaths established
    ("At least 40 people died after the landslide.", "At least 40", True),
])
def test_people_feared_dead_are_no_toll(sentence: str, words: str, kept: bool) -> None:
    value = 100 if words == "100" else 40
    facts = one(sentence, words, value, "person", "people")
    assert (not compare.estimates([facts], "people killed").is_empty()) == kept


@pytest.mark.parametrize(("sentence", "words", "topic", "kept"), [
    # a war: a toll's noun, a comma and "which" before the number
    ("Reports put Russian combat deaths, which already may be anywhere from 3,000 to more "
     "than 10,000, far above the official count.", "3,000", "Russian soldiers killed", True),
    # an epidemic: the same shape
    ("Health workers counted the epidemic's deaths, which already may be somewhere from 3,000 "
     "upward.", "3,000", "people killed", True),
    # a comma with no "which" ends the toll's words
    ("Reports put Russian combat deaths high, 3,000 tanks were lost too.", "3,000",
     "Russian soldiers killed", False),
])
def test_a_toll_noun_then_which(sentence: str, words: str, topic: str, kept: bool) -> None:
    entities = (E("Russian", "NORP"),) if "Russian" in sentence else ()
    facts = build(sentence, quantities=(Q(words, 3000),), entities=entities)
    assert (words in compare.estimates([facts], topic)["quantity"].to_list()) == kept


@pytest.mark.parametrize(("sentence", "words", "topic", "kept"), [
    # a war: fled a besieged city through a corridor is an evacuation
    ("About 3,000 residents fled the besieged city through the corridor on Friday.",
     "About 3,000", "people evacuated", True),
    # a wildfire: fled by bus
    ("About 3,000 residents fled the valley on buses as the fire spread.", "About 3,000",
     "people evacuated", True),
    # fled the country stays fleeing
    ("About 3,000 residents fled the country through the border crossing.", "About 3,000",
     "people evacuated", False),
    ("About 3,000 residents fled the country through the border crossing.", "About 3,000",
     "people who fled", True),
])
def test_fled_is_settled_by_the_words_after_it(sentence: str, words: str, topic: str,
                                               kept: bool) -> None:
    facts = one(sentence, words, 3000, "resident", "residents", qualifier="approx")
    assert (not compare.estimates([facts], topic).is_empty()) == kept, (sentence, topic)


@pytest.mark.parametrize(("sentence", "words", "topic", "kept"), [
    # a war: a toll exceeding its number
    ("Russian personnel losses now exceed 21,000, the military said.", "21,000",
     "Russian soldiers killed", True),
    # a pandemic: the same shape
    ("The death toll now tops 21,000 across the region.", "21,000", "people killed", True),
    # a verb outside the links ends the toll
    ("Russian personnel losses worry generals who want 21,000 more recruits.", "21,000",
     "Russian soldiers killed", False),
])
def test_a_toll_exceeding_its_number(sentence: str, words: str, topic: str, kept: bool) -> None:
    entities = (E("Russian", "NORP"),) if "Russian" in sentence else ()
    facts = build(sentence, quantities=(Q(words, 21000),), entities=entities)
    assert (words in compare.estimates([facts], topic)["quantity"].to_list()) == kept


@pytest.mark.parametrize(("sentence", "words", "topic", "kept"), [
    # a war: a total forced from their homes includes those who left the country
    ("More than 10 million people have been forced from their homes since February.",
     "More than 10 million", "people displaced inside Ukraine", False),
    # a war: the part said to be inside the country
    ("More than 10 million people have fled their homes, 6.5 million of them displaced within "
     "the country.", "6.5 million", "people displaced inside Ukraine", True),
    # a flood: internally displaced, the country unnamed
    ("Another 2 million people are internally displaced, the agency said.", "2 million",
     "people displaced within Pakistan", True),
    # the same total asked for without "inside" stays an answer
    ("More than 10 million people have been forced from their homes since February.",
     "More than 10 million", "people displaced", True),
])
def test_inside_a_country_asks_for_counts_held_there(sentence: str, words: str, topic: str,
                                                     kept: bool) -> None:
    value = {"More than 10 million": 1e7, "6.5 million": 6.5e6, "2 million": 2e6}[words]
    quantities = (Q(words, value),)
    if words == "6.5 million":
        quantities = (Q("More than 10 million", 1e7, qualifier="lower_bound", low=1e7),
                      *quantities)
    facts = build(sentence, quantities=quantities)
    assert (words in compare.estimates([facts], topic)["quantity"].to_list()) == kept


@pytest.mark.parametrize(("sentence", "words", "unit", "obj", "topic", "kept"), [
    # a war: one side of a ratio of losses
    ("Russia has lost two tanks for every one lost by Ukraine, analysts said.", "two", "tank",
     "tanks", "Russian tanks destroyed", False),
    # floods: one side of a ratio of deaths
    ("The floods killed one person for every ten rescued from the valley.", "one", "person",
     "person", "people killed", False),
    # a count of its own
    ("Russia has lost two tanks near Izium, analysts said.", "two", "tank", "tanks",
     "Russian tanks destroyed", True),
])
def test_one_side_of_a_ratio_is_no_count(sentence: str, words: str, unit: str, obj: str,
                                         topic: str, kept: bool) -> None:
    entities = (E("Russia"),) if "Russia" in sentence else ()
    facts = build(sentence, quantities=(Q(words, 2 if words == "two" else 1, unit, object=obj),),
                  entities=entities)
    assert (not compare.estimates([facts], topic).is_empty()) == kept


@pytest.mark.parametrize(("sentence", "words", "obj", "topic", "kept"), [
    # a war: displaced people sheltering somewhere are still displaced
    ("Around 2 million IDPs are sheltering in the west of the country, officials said.",
     "Around 2 million", "IDPs", "people displaced", True),
    # an earthquake: the same
    ("Some 40,000 displaced people are sheltering in tents near the city.", "Some 40,000",
     "displaced people", "people displaced", True),
    # refugees sheltering in a monastery are no count of people who fled
    ("Some 500 refugees were sheltering in a monastery near the front.", "Some 500",
     "refugees", "refugees who fled", False),
])
def test_the_displaced_stay_displaced_where_they_shelter(sentence: str, words: str, obj: str,
                                                         topic: str, kept: bool) -> None:
    value = {"Around 2 million": 2e6, "Some 40,000": 4e4, "Some 500": 500}[words]
    facts = one(sentence, words, value, None, obj, qualifier="approx")
    assert (not compare.estimates([facts], topic).is_empty()) == kept
