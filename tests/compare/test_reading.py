"""What a number counts, read from its whole sentence: nouns after describing words, tolls
with hedges, restated numbers, joined and combined nouns, parts of a count, lists and their
verb, sentences going on from the one before, "left" settled by where from, plans and
deportations apart from evacuations, losses of people as deaths, and owners named by a
pronoun. Sentences are invented, in several domains; each rule has a case it must leave out."""

from __future__ import annotations

import pytest

from tests.compare.builders import C, E, Q, T, build
from workbench import compare
from workbench.model import ArticleFacts


def values(facts: list[ArticleFacts] | ArticleFacts, topic: str) -> list[float]:
    found = compare.estimates(facts if isinstance(facts, list) else [facts], topic)
    return sorted(found["value"].to_list())


# -- the counted noun --------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "number", "topic"), [
    ("Officials counted 29 destroyed and damaged aircraft at the airfield.", "29",
     "aircraft shot down"),
    ("The brigade reported 12 burned and abandoned tanks near the river.", "12",
     "tanks destroyed"),
    ("Rescuers recovered 14 burned bodies from the collapsed warehouse.", "14",
     "people killed"),
])
def test_a_noun_after_the_words_describing_it(sentence: str, number: str, topic: str) -> None:
    facts = build(sentence, quantities=(Q(number, float(number)),))
    assert values(facts, topic) == [float(number)]


def test_a_noun_after_unrelated_words_is_not_the_numbers() -> None:
    facts = build("The strike killed 12 and injured civilians nearby.", quantities=(Q("12", 12),))
    assert values(facts, "civilians injured") == []
    assert values(facts, "people killed") == [12]


@pytest.mark.parametrize(("sentence", "number", "value", "topic", "owner"), [
    ("A U.S. official said the number of Russian deaths could be between 5,000 and 6,000.",
     "between 5,000 and 6,000", 5500, "Russian soldiers killed", "Russian"),
    ("Officials said the number of flood deaths may be as high as 300.", "as high as 300", 300,
     "people killed", None),
])
def test_a_hedged_toll_is_an_estimate_not_a_forecast(sentence: str, number: str, value: float,
                                                     topic: str, owner: str | None) -> None:
    names = (E(owner, "NORP"),) if owner else ()
    facts = build(sentence, quantities=(Q(number, value, qualifier="range" if "between" in number
                                          else "upper_bound"),), entities=names)
    assert values(facts, topic) == [value]


def test_a_toll_that_could_rise_is_a_forecast() -> None:
    facts = build("Doctors fear the toll could rise to 500 by the weekend.",
                  quantities=(Q("500", 500),))
    assert values(facts, "people killed") == []


def test_a_number_restating_the_one_before_counts_the_same() -> None:
    facts = build("The ministry first reported 498 deaths, but now it appears to be as high as "
                  "9,861.", quantities=(Q("498", 498, "death", object="deaths"),
                                        Q("as high as 9,861", 9861, qualifier="upper_bound")))
    assert values(facts, "people killed") == [498, 9861]
    said = build("Officials said that about 300 arrived.", quantities=(Q("about 300", 300),))
    assert values(said, "people killed") == []


# -- joined and combined nouns -----------------------------------------------------------

@pytest.mark.parametrize(("sentence", "quantities", "topic", "expected"), [
    ("Five Russian aircraft and a helicopter were shot down on Thursday.",
     (Q("Five", 5, "aircraft", object="Russian aircraft"),), "aircraft shot down", [5]),
    ("Two soldiers and a medic were wounded in the ambush.",
     (Q("Two", 2, "soldier", object="soldiers"),), "soldiers wounded", [2]),
    ("Twenty soldiers and 40 civilians were killed in the shelling.",
     (Q("Twenty", 20, "soldier", object="soldiers"), Q("40", 40, "civilian",
                                                       object="civilians")),
     "civilians killed", [40]),
])
def test_a_noun_joined_to_the_numbers_is_stepped_over(sentence: str, quantities: tuple[Q, ...],
                                                      topic: str, expected: list[float]) -> None:
    assert values(build(sentence, quantities=quantities), topic) == expected


@pytest.mark.parametrize(("sentence", "words", "obj", "topic"), [
    ("Hundreds of tanks and armoured vehicles were destroyed.", "Hundreds", "tanks",
     "tanks destroyed"),
    ("Hundreds of soldiers and civilians have been killed.", "Hundreds", "soldiers",
     "soldiers killed"),
    ("Thousands of soldiers on both sides are believed to have died.", "Thousands", "soldiers",
     "soldiers killed"),
])
def test_combined_categories_are_not_the_ones_asked_for(sentence: str, words: str, obj: str,
                                                        topic: str) -> None:
    facts = build(sentence, quantities=(Q(words, 100, obj[:-1], "approx", object=obj),))
    assert values(facts, topic) == []


# -- parts, lists and sentences going on -------------------------------------------------

def test_a_part_named_after_a_count_takes_its_event() -> None:
    facts = build("Air defences shot down four aircraft, including two helicopters.",
                  quantities=(Q("four", 4, "aircraft", object="aircraft"),
                              Q("two", 2, "helicopter", object="helicopters")))
    assert values(facts, "aircraft shot down") == [2, 4]
    children = build("More than 900 people, including 300 children, were evacuated.",
                     quantities=(Q("More than 900", 900, "person", "lower_bound", low=900,
                                   object="people"),
                                 Q("300", 300, "child", object="children")))
    assert values(children, "civilians evacuated") == [900]


def test_a_list_takes_the_verb_it_opens_with_not_an_items_words() -> None:
    facts = build("Losses included 5,710 personnel, 29 destroyed and damaged aircraft and 198 "
                  "tanks.", quantities=(Q("5,710", 5710, "personnel", object="personnel"),
                                        Q("29", 29), Q("198", 198, "tank", object="tanks")))
    assert values(facts, "tanks destroyed") == [198]
    assert values(facts, "soldiers killed") == [5710]
    gapped = build("Of those, 78,000 went to Poland, 22,000 to Moldova and 14,000 to Hungary.",
                   quantities=(Q("78,000", 78000), Q("22,000", 22000), Q("14,000", 14000)))
    assert values(gapped, "refugees") == [14000, 22000, 78000]


def test_a_sentence_going_on_from_the_one_before_takes_its_verb() -> None:
    text = ("The army has lost 700 tanks and 150 warplanes, the general staff said. "
            "In addition, 140 helicopters and 90 drones.")
    quantities = (Q("700", 700, "tank", object="tanks"),
                  Q("150", 150, "warplane", object="warplanes"),
                  Q("140", 140, "helicopter", object="helicopters"),
                  Q("90", 90, "drone", object="drones"))
    facts = build(text, quantities=quantities, split=True)
    assert values(facts, "aircraft shot down") == [140, 150]
    arrived = build("The base is busy. In addition, 140 helicopters arrived there on Monday.",
                    quantities=(Q("140", 140, "helicopter", object="helicopters"),), split=True)
    assert values(arrived, "aircraft shot down") == []


# -- events --------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "place", "evacuated", "fled"), [
    ("About 6,000 people left Kharkiv on Sunday.", "Kharkiv", True, False),
    ("Some 2,000 residents left the flooded town by bus.", None, True, False),
    ("About 6,000 people left the country on Sunday.", None, False, True),
    ("Some 50,000 Ukrainians have left Ukraine since Thursday.", "Ukraine", False, True),
    ("Some 2,000 residents left their homes after the quake.", None, False, False),
])
def test_left_is_settled_by_where_from(sentence: str, place: str | None, evacuated: bool,
                                       fled: bool) -> None:
    words = sentence.split(" ")[1]
    names = (E(place, canonical=place),) if place else ()
    facts = build(sentence, quantities=(Q(words, 1, "person", "approx", object=sentence.split(
        " ")[2]),), entities=names)
    assert bool(values(facts, "civilians evacuated")) == evacuated
    assert bool(values(facts, "refugees")) == fled


@pytest.mark.parametrize("sentence", [
    "Officials said 3,000 residents had been forcibly evacuated to the border region.",
    "The mayor said 3,000 residents had been deported.",
    "The mayor hoped to evacuate about 3,000 residents on Friday.",
    "Both sides agreed to allow 3,000 residents to leave the city.",
    "Corridors were opened for 3,000 residents to escape the fighting.",
])
def test_deportations_and_plans_are_not_evacuations(sentence: str) -> None:
    facts = build(sentence, quantities=(Q("3,000", 3000, "resident", object="residents"),))
    assert values(facts, "civilians evacuated") == []


def test_people_lost_are_people_killed_things_lost_are_not() -> None:
    army = build("The Russian army has lost nearly 10,000 soldiers in a month.",
                 quantities=(Q("nearly 10,000", 10000, "soldier", "approx", object="soldiers"),),
                 entities=(E("Russian", "NORP"),))
    assert values(army, "Russian soldiers killed") == [10000]
    assert values(army, "Russian soldiers wounded") == []
    tanks = build("Russia has lost 200 tanks.", quantities=(Q("200", 200, "tank", object="tanks"),),
                  entities=(E("Russia"),))
    assert values(tanks, "Russian soldiers killed") == []


@pytest.mark.parametrize(("sentence", "words", "obj", "owner", "found"), [
    ("NATO said as many as 15,000 Russians had been killed.", "as many as 15,000", "Russians",
     "Russians", True),
    ("The Kremlin admitted 498 Russian deaths.", "498", "Russian deaths", "Russian", True),
    ("At least 20 Indians died in the clash.", "At least 20", "Indians", "Indians", False),
    ("At least 40 people were killed in Russian shelling.", "At least 40", "people", "Russian",
     False),
    ("Officials counted 12 Russian deaths, all of them civilians.", "12", "Russian deaths",
     "Russian", False),
])
def test_a_countrys_dead_stand_for_its_soldiers(sentence: str, words: str, obj: str, owner: str,
                                                found: bool) -> None:
    unit = "death" if "deaths" in obj else obj.split()[-1].lower()
    facts = build(sentence, quantities=(Q(words, 1, unit, object=obj),),
                  entities=(E(owner, "NORP"),))
    assert bool(values(facts, "Russian soldiers killed")) == found


def test_a_possessive_pronoun_names_the_country_before_it() -> None:
    own = build("Russia's defence ministry said 1,351 of its troops had been killed.",
                quantities=(Q("1,351", 1351, "troop", object="troops"),),
                entities=(E("Russia"),),
                claims=(C("Russia's defence ministry said 1,351 of its troops had been killed.",
                          "Russia's defence ministry", "Russia's defence ministry"),))
    assert values(own, "Russian soldiers killed") == [1351]
    other = build("Ukraine's navy said two of its ships were destroyed.",
                  quantities=(Q("two", 2, "ship", object="ships"),), entities=(E("Ukraine"),))
    assert values(other, "Russian ships destroyed") == []
    assert values(other, "Ukrainian ships destroyed") == [2]


# -- dates -----------------------------------------------------------------------------

def test_before_midday_is_not_a_year_before() -> None:
    facts = build("Even before midday yesterday, three bombers were shot down.",
                  quantities=(Q("three", 3, "bomber", object="bombers"),),
                  times=(T("before midday", "2024-11-28T12:00", kind="time"),
                         T("yesterday", "2024-11-28", kind="relative")))
    assert values(facts, "aircraft shot down") == [3]


def test_a_comparison_with_an_earlier_war_does_not_date_the_count() -> None:
    facts = build("Some 3 million people have fled Ukraine, the largest exodus since the Second "
                  "World War.", quantities=(Q("Some 3 million", 3e6, "person", "approx",
                                              object="people"),), entities=(E("Ukraine"),))
    assert values(facts, "refugees who fled Ukraine") == [3e6]


def test_a_toll_whose_noun_was_named_earlier_in_its_sentence() -> None:
    facts = build("Estimates of Russian deaths vary, but even conservative figures are in the "
                  "low thousands.", quantities=(Q("thousands", 1000, qualifier="approx"),),
                  entities=(E("Russian", "NORP"),))
    assert values(facts, "Russian soldiers killed") == [1000]
    flood = build("Counts of flood deaths differ, but the official total is 212.",
                  quantities=(Q("212", 212),))
    assert values(flood, "people killed") == [212]
    other = build("Estimates of the cost vary, but the total is 212.", quantities=(Q("212", 212),))
    assert values(other, "people killed") == []


@pytest.mark.parametrize(("sentence", "number", "planned"), [
    ("The city sent 90 buses to evacuate about 6,000 people on Wednesday.", "about 6,000", True),
    ("Crews rushed boats to rescue 400 villagers from the flood.", "400", True),
    ("Rescuers managed to evacuate 6,000 people on Wednesday.", "6,000", False),
])
def test_an_infinitive_of_purpose_is_a_plan(sentence: str, number: str, planned: bool) -> None:
    obj = "villagers" if "villagers" in sentence else "people"
    facts = build(sentence, quantities=(Q(number, 6000, "person", object=obj),))
    topic = "people rescued" if "rescue" in sentence else "civilians evacuated"
    assert bool(values(facts, topic)) != planned


def test_counts_naming_only_towns_of_another_country_are_elsewhere() -> None:
    home = [build(f"About {n} people were evacuated from Kharkiv in Ukraine.",
                  quantities=(Q(f"About {n}", n, "person", "approx", object="people"),),
                  entities=(E("Kharkiv", canonical="Kharkiv"), E("Ukraine")))
            for n in (100, 200, 300)]
    away = build("About 180 people were evacuated to Belgorod after a blast.",
                 quantities=(Q("About 180", 180, "person", "approx", object="people"),),
                 entities=(E("Belgorod", canonical="Belgorod"),))
    assert values([*home, away], "civilians evacuated") == [100, 200, 300]
    assert values([away], "civilians evacuated") == [180]


# -- the query in other words ---------------------------------------------------------------

@pytest.mark.parametrize(("topic", "family", "event"), [
    ("Russian troop deaths", "troop", "kill"),
    ("civilians dead", "civilian", "kill"),
    ("Russian tank losses", "tank", "lose"),
    ("soldier deaths", "troop", "kill"),
])
def test_a_counted_noun_before_a_noun_implying_the_event(topic: str, family: str,
                                                        event: str) -> None:
    from workbench.compare.estimates import concepts

    concept = concepts.understand(topic)
    assert concept is not None and (concept.family, concept.event) == (family, event)


def test_a_broader_query_takes_narrower_counts_and_lost_takes_destroyed() -> None:
    civilians = build("About 900 civilians were evacuated from the town on Friday.",
                      quantities=(Q("About 900", 900, "civilian", "approx", object="civilians"),))
    assert values(civilians, "people evacuated") == [900]
    tanks = build("Drones destroyed three Russian tanks near the bridge.",
                  quantities=(Q("three", 3, "tank", object="Russian tanks"),),
                  entities=(E("Russian", "NORP"),))
    assert values(tanks, "Russian tanks lost") == [3]
    assert values(tanks, "Russian tanks damaged") == []


def test_a_demonym_of_another_country_does_not_contradict_an_owner() -> None:
    here = build("Russian shelling killed 40 civilians in Kharkiv on Monday.",
                 quantities=(Q("40", 40, "civilian", object="civilians"),),
                 entities=(E("Russian", "NORP"), E("Kharkiv", canonical="Kharkiv")))
    assert values(here, "Ukrainian civilians killed") == [40]
    assert values(here, "civilians killed in Ukraine") == [40]
    there = build("Air strikes killed 40 civilians in Aleppo on Monday.",
                  quantities=(Q("40", 40, "civilian", object="civilians"),),
                  entities=(E("Aleppo", canonical="Aleppo"),))
    assert values(there, "Ukrainian civilians killed") == []


@pytest.mark.parametrize(("sentence", "words", "obj", "topic"), [
    ("Rescuers fear 300 residents could already be dead under the mud.", "300", "residents",
     "people killed"),
    ("Analysts said 10,000 Iraqi soldiers may already be dead.", "10,000", "Iraqi soldiers",
     "soldiers killed"),
])
def test_a_count_that_may_already_have_happened_is_no_forecast(sentence: str, words: str,
                                                              obj: str, topic: str) -> None:
    from tests.compare.test_concepts import one
    done = one(sentence, words, 1, obj.split()[-1][:-1], obj)
    assert compare.estimates([done], topic).height == 1
    later = one(sentence.replace(" already", ""), words, 1, obj.split()[-1][:-1], obj)
    assert compare.estimates([later], topic).is_empty()
