"""A multiple written as one word ("sixfold", "ten-fold") is a number of times; two measures
written onto their digits and parted by a slash ("150hp/250Nm") are two quantities, not a rate;
a dash left on a unit before a space ("340 miles- and") does not hide the unit (sentences
written for the tests, in several domains, each group with a negative case)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_quantity_context import extract, only


@pytest.mark.parametrize(
    ("text", "value", "qualifier", "change"),
    [
        # business
        ("Sales in Asia grew more than sixfold to $3.2 billion last year.", 6, "lower_bound",
         "increase"),
        # health
        ("Measles cases rose threefold across the region this winter.", 3, "exact",
         "increase"),
        # energy
        ("Solar capacity jumped nearly ten-fold in a decade.", 10, "upper_bound", "increase"),
        ("Emissions fell 10fold after the plant closed.", 10, "exact", "decrease"),
    ],
)
def test_a_multiple_in_one_word_is_a_number_of_times(nlp: Language, text: str, value: float,
                                                     qualifier: str, change: str) -> None:
    q = only(extract(nlp, text), value)
    assert (q.unit, q.qualifier, q.change) == ("time", qualifier, change)


@pytest.mark.parametrize(
    "text",
    [
        "The manifold cracked on the test bench.",
        "Scaffolding went up around the cathedral.",
        "The Fourfold Path is a novel about farming.",
    ],
)
def test_words_that_merely_end_in_fold_are_no_multiple(nlp: Language, text: str) -> None:
    assert [q for q in extract(nlp, text) if q.unit == "time"] == []


@pytest.mark.parametrize(
    ("text", "first", "first_unit", "second", "second_unit"),
    [
        # motoring
        ("The petrol hatchback makes 150hp/250Nm from its small engine.", 150, "horsepower",
         250, "newton meter"),
        # sport
        ("Runners can pick the 5km/10km loops around the lake.", 5, "kilometer", 10,
         "kilometer"),
    ],
)
def test_two_glued_measures_parted_by_a_slash_are_two(nlp: Language, text: str, first: float,
                                                      first_unit: str, second: float,
                                                      second_unit: str) -> None:
    found = extract(nlp, text)
    a, b = only(found, first), only(found, second)
    assert (a.unit, a.per, b.unit, b.per) == (first_unit, None, second_unit, None)


def test_a_glued_measure_per_a_unit_stays_a_rate(nlp: Language) -> None:
    q = only(extract(nlp, "The train reached 320km/hr on the new line."), 320)
    assert (q.unit, q.per) == ("kilometer", "hour")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # motoring
        ("The range grew to 340 miles- and charging got quicker.", 340, "mile"),
        # shipping
        ("The barge can carry 40 tonnes- about two lorries- a trip.", 40, "tonne"),
    ],
)
def test_a_dash_left_on_a_unit_keeps_the_unit(nlp: Language, text: str, value: float,
                                              unit: str) -> None:
    assert only(extract(nlp, text), value).unit == unit


@pytest.mark.parametrize(
    ("text", "value", "unit", "span"),
    [
        # mining
        ("The buyer offered C $6 in cash for each share.", 6, "cad", "C $6"),
        # property
        ("The tower sold for HK $3.7 billion in March.", 3.7e9, "hkd", "HK $3.7 billion"),
        # negative: the article before a sign names no country
        ("A $5 fee applies to every ticket.", 5, "usd", "$5"),
    ],
)
def test_a_currency_country_apart_before_its_sign(nlp: Language, text: str, value: float,
                                                  unit: str, span: str) -> None:
    q = only(extract(nlp, text), value)
    assert (q.unit, q.text) == (unit, span)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        # technology
        ("The firm cut its forecast to $84 billion, down from the $89 to $93 billion it had "
         "expected.", 89e9, 93e9),
        # migration
        ("The ministry now expects 40,000 arrivals, up from 30,000 to 35,000 in spring.",
         30000, 35000),
    ],
)
def test_an_old_level_after_the_new_one_is_a_range(nlp: Language, text: str, low: float,
                                                   high: float) -> None:
    q = only(extract(nlp, text), low)
    assert (q.qualifier, q.low, q.high) == ("range", low, high)


def test_a_change_from_one_level_to_another_stays_two_levels(nlp: Language) -> None:
    found = extract(nlp, "Fuel prices went up from $2 to $3 a litre.")
    assert (only(found, 2).qualifier, only(found, 3).qualifier) == ("exact", "exact")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # weather
        ("Forecasters expect highs of 34 C in Seville on Friday.", 34),
        # science
        ("The wax has a 60 C melting point.", 60),
    ],
)
def test_a_capital_c_after_a_number_is_celsius(nlp: Language, text: str, value: float) -> None:
    assert only(extract(nlp, text), value).unit == "degree celsius"


def test_a_capital_c_before_a_plural_is_a_mark(nlp: Language) -> None:
    assert only(extract(nlp, "She got 2 C grades in the exams."), 2).unit == "grade"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # markets
        ("The main index slipped 0.4% to a close of 7,210.5 points, while the mid-cap index "
         "rose 0.2% to 19,880.1.", 19880.1),
        # commodities
        ("The grain index fell 1.1% to 412.6 points and the metals index gained 0.5% to 288.4.",
         288.4),
    ],
)
def test_a_bare_level_in_the_next_clause_shares_the_index_points(nlp: Language, text: str,
                                                                 value: float) -> None:
    assert only(extract(nlp, text), value).unit == "point"


def test_a_bare_level_after_a_counted_one_keeps_no_unit(nlp: Language) -> None:
    found = extract(nlp, "Exports fell 2% to 5 million tonnes, but the price rose 4% to 3.2.")
    assert only(found, 3.2).unit is None


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        # housing
        ("Rents rose by an average of 12 per cent in the capital.", 12, "increase"),
        # labour
        ("Staff numbers fell by a total of 300 across the group.", 300, "decrease"),
        # motoring: below 1900 the amount of a change is no year
        ("Dealers warned that car prices will go up by an average of 1500.", 1500, "increase"),
    ],
)
def test_a_change_reaches_its_amount_past_an_average_of(nlp: Language, text: str,
                                                        value: float, change: str) -> None:
    q = only(extract(nlp, text), value)
    assert (q.change, q.change_kind) == (change, "by")


@pytest.mark.parametrize(
    "text",
    [
        "By 1500 the port city had grown rich.",
        "The castle was built in 1350 and rebuilt later.",
    ],
)
def test_an_old_year_stays_a_year(nlp: Language, text: str) -> None:
    assert extract(nlp, text) == []


def test_an_average_without_a_change_keeps_no_direction(nlp: Language) -> None:
    q = only(extract(nlp, "Households paid an average of 1,200 for heating."), 1200)
    assert q.change is None
