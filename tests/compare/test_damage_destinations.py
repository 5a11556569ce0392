"""Amounts of damage read through their subject, counts sent to several countries, second
predicates of a count's subject and sources described again. Invented sentences on patterns
of war, storm and earthquake reports, refugee and migration reports and official briefings."""

from __future__ import annotations

import pytest

from tests.compare.builders import C, E, Q, build
from tests.compare.test_concepts import one
from workbench import compare
from workbench.compare.estimates import matching

DAMAGE = [
    ("The physical damage to the region's roads and bridges from the storm has reached "
     "roughly $3 billion, the agency estimated.", "$3 billion", 3e9),
    ("The cost of direct damage to the country's power grid amid the earthquake has reached "
     "an estimated $4.5 billion.", "$4.5 billion", 4.5e9),
    ("The war damage to the city's housing stock stood at $800 million.", "$800 million", 8e8),
]
NOT_DAMAGE = [
    ("Overall economic losses, including lost output, range from $20 billion.",
     "$20 billion", 2e10),
    ("Compared with the earlier estimate, net growth amounted to $1.2 billion.",
     "$1.2 billion", 1.2e9),
    ("The storm caused heavy damage; the city's tourism revenue reached $2 billion.",
     "$2 billion", 2e9),
    ("Rebels shelled a $70 million research institute.", "$70 million", 7e7),
]


@pytest.mark.parametrize(("sentence", "words", "value"), DAMAGE)
def test_an_amount_of_damage_is_the_level_of_its_subject(sentence: str, words: str,
                                                         value: float) -> None:
    facts = one(sentence, words, value, "usd", None)
    table = compare.estimates([facts], "cost of damage")
    assert table.height == 1, sentence
    assert table["match"][0].startswith("for ")


@pytest.mark.parametrize(("sentence", "words", "value"), NOT_DAMAGE)
def test_losses_growth_and_other_subjects_are_no_damage(sentence: str, words: str,
                                                        value: float) -> None:
    facts = one(sentence, words, value, "usd", None)
    assert compare.estimates([facts], "cost of damage").is_empty(), sentence


def test_a_query_of_damage_is_money() -> None:
    query = matching.parse("cost of damage to the power grid")
    assert query.concept is not None and query.concept.money
    assert query.concept.family == "damage"


def test_almost_before_an_estimated_amount_is_an_upper_bound() -> None:
    facts = build("The damage to the coast has reached almost an estimated $9 billion.",
                  quantities=(Q("an estimated $9 billion", 9e9, "usd", "approx"),))
    table = compare.estimates([facts], "cost of damage")
    assert table["qualifier"].to_list() == ["upper_bound"]
    assert table["high"].to_list() == [9e9] and table["low"].to_list() == [None]


@pytest.mark.parametrize(("sentence", "words", "value", "unit", "obj", "topic"), [
    ("The navy has fired more than 900 missiles since March and will likely keep up the pace.",
     "more than 900", 900, "missile", "missiles", "missiles fired"),
    ("Rescuers have evacuated 2,000 residents from the valley and could return tomorrow.",
     "2,000", 2000, "resident", "residents", "people evacuated"),
])
def test_a_second_predicate_leaves_the_count_done(sentence: str, words: str, value: float,
                                                  unit: str, obj: str, topic: str) -> None:
    qualifier = "lower_bound" if words.startswith("more") else "exact"
    facts = one(sentence, words, value, unit, obj, qualifier=qualifier)
    assert compare.estimates([facts], topic).height == 1, sentence


def test_a_count_that_could_happen_stays_hypothetical() -> None:
    facts = one("The navy could fire 900 missiles and will decide next week.", "900", 900,
                "missile", "missiles")
    assert compare.estimates([facts], "missiles fired").is_empty()


@pytest.mark.parametrize(("sentence", "words", "value", "country"), [
    ("More than 300,000 people have fled to neighbouring countries since the fighting began.",
     "More than 300,000", 300000, "Chad"),
    ("Some 40,000 residents have gone to nearby countries after the eruption.",
     "Some 40,000", 40000, "Guatemala"),
])
def test_a_count_sent_to_several_countries_is_none_of_them(sentence: str, words: str,
                                                           value: float, country: str) -> None:
    facts = one(sentence, words, value, "person", "people" if "people" in sentence
                else "residents", qualifier="lower_bound")
    assert compare.estimates([facts], f"refugees who crossed into {country}").is_empty()


def test_a_count_naming_its_one_country_stays() -> None:
    sentence = ("Most fled to nearby countries, with more than 300,000 people crossing into "
                "Chad.")
    facts = one(sentence, "more than 300,000", 300000, "person", "people",
                qualifier="lower_bound", names=(E("Chad"),))
    assert compare.estimates([facts], "refugees who crossed into Chad").height == 1


def _briefing(body: str, source_words: str, number: str, value: float, unit: str,
              obj: str) -> object:
    clause = next(s for s in body.split(". ") if number in s).rstrip(".")
    return build(body, quantities=(Q(number, value, unit, object=obj),),
                 claims=(C(clause, source_words, source_words),), split=True)


@pytest.mark.parametrize(("body", "source", "number", "value", "unit", "obj", "family"), [
    ("A senior U.S. defense official briefed reporters on the campaign. The rebels have "
     "fired 400 rockets since March, a senior defense official said.", "senior defense official",
     "400", 400, "rocket", "rockets", "US government"),
    ("A senior British health official spoke to reporters on Monday. Hospitals have admitted "
     "3,000 patients this month, a senior health official said.", "senior health official",
     "3,000", 3000, "patient", "patients", "UK government"),
])
def test_a_source_described_again_is_the_body_named_before(
        body: str, source: str, number: str, value: float, unit: str, obj: str,
        family: str) -> None:
    facts = _briefing(body, source, number, value, unit, obj)
    table = compare.estimates([facts])
    assert table["source_family"].to_list() == [family]


def test_a_source_never_described_before_keeps_no_country() -> None:
    body = ("Reporters waited outside on Monday. The rebels have fired 400 rockets since "
            "March, a senior defense official said.")
    facts = _briefing(body, "senior defense official", "400", 400, "rocket", "rockets")
    table = compare.estimates([facts])
    assert table["source_family"].to_list() != ["US government"]


@pytest.mark.parametrize(("body", "source", "family"), [
    ("More than 900 people have been arrested at rallies this week, according to watch, an "
     "independent organization monitoring arrests.", "watch", "other"),
    ("Some 1,200 patients were turned away from clinics, according to relief, a charity "
     "running mobile clinics in the north.", "relief", "other"),
])
def test_a_source_described_right_after_is_that_body(body: str, source: str,
                                                     family: str) -> None:
    number = body.split(" people")[0].split(" patients")[0].removeprefix("More than ")
    number = number.removeprefix("Some ")
    unit, obj = ("person", "people") if "people" in body else ("patient", "patients")
    facts = build(body, quantities=(Q(number, float(number.replace(",", "")), unit,
                                      object=obj),),
                  claims=(C(body.rstrip("."), source, source),))
    assert compare.estimates([facts])["source_family"].to_list() == [family]


def test_a_source_with_no_apposition_stays_unattributed() -> None:
    body = "More than 900 people have been arrested at rallies this week, according to watch."
    facts = build(body, quantities=(Q("900", 900, "person", object="people"),),
                  claims=(C(body.rstrip("."), "watch", "watch"),))
    assert compare.estimates([facts])["source_family"].to_list() == ["unattributed"]
