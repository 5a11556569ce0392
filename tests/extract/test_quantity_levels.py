"""Units, currencies and directions news of several domains writes around a number: a level
set against the change after it, a change noun said to be an amount, a comparison after a
percentage, the currency of a country's rupees and of bare cents, the degree sign, light-years,
and words that only look like counts (sentences written for the tests, each with a negative
case)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_quantity_context import extract, only


@pytest.mark.parametrize(
    ("text", "value", "change", "change_kind"),
    [
        # farming: a level, then its change after a comma
        ("Soybean area is estimated at 83.5 million acres, down 5% from last year.", 83.5e6,
         "decrease", "to"),
        # business: the same shape with money
        ("Revenue reached $4.2 billion, up 8% from a year earlier.", 4.2e9, "increase", "to"),
        # trade: the change first, the level after ", at"
        ("Exports were up 3 percent from last year, at 12.4 million tonnes.", 12.4e6,
         "increase", "to"),
        # a percentage compared after it
        ("Ridership was 19% below 2019 on most lines.", 19, "decrease", "by"),
        ("Farmers would plant four percent more corn than last year.", 4, "increase", "by"),
        # a change noun said to be the amount
        ("Growth in all occupations was two percent for the year.", 2, "increase", "by"),
        ("The decline was 3 pct in March, the agency said.", 3, "decrease", "by"),
        # a level named by a noun between the change and the number
        ("Inflation marks a slight decrease from August's rate of 2.5%.", 2.5, "decrease",
         "from"),
        ("Unemployment climbed to a record level of 5.1% in May.", 5.1, "increase", "to"),
        # "come up to": a change to the level, not an upper bound
        ("Rain chances come up to about 20% on Wednesday.", 20, "increase", "to"),
    ],
)
def test_a_number_takes_the_direction_its_clause_gives(nlp: Language, text: str, value: float,
                                                       change: str, change_kind: str) -> None:
    q = only(extract(nlp, text), value)
    assert (q.change, q.change_kind) == (change, change_kind)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("He sold 300 cars, 20 trucks and 5 vans.", 300),  # a list, no change
        ("Prices fell 3%, 40 stores closed.", 40),  # a count after a change, no "at"
        ("The firm employs 5,000 people, and sales rose 10%.", 5000),  # another clause's change
        ("The wreck lies 40 metres below the surface.", 40),  # a measure, not a comparison
        ("The rate was 5 pct, the bank said.", 5),  # no change noun
        ("A survey of 300 firms from the region found a rise.", 300),  # "of" with no level
    ],
)
def test_a_number_without_a_change_keeps_none(nlp: Language, text: str, value: float) -> None:
    assert only(extract(nlp, text), value).change is None


def test_come_up_to_is_a_change_but_carry_up_to_a_bound(nlp: Language) -> None:
    q = only(extract(nlp, "Rain chances come up to about 20% on Wednesday."), 20)
    assert (q.qualifier, q.low, q.high) == ("approx", None, None)
    q = only(extract(nlp, "The ferry can carry up to 40 cars."), 40)
    assert (q.qualifier, q.high) == ("upper_bound", 40)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # commodities: a rupee settled by the country the article names, cents with it
        ("Tea sold at 450 rupees a kilo at the Colombo auction, up 12 cents.", 450, "lkr"),
        ("Tea sold at 450 rupees a kilo at the Colombo auction, up 12 cents.", 0.12, "lkr"),
        ("In Karachi, petrol now costs 272 rupees a litre.", 272, "pkr"),
        ("Shares closed 20 rupees higher in Mumbai.", 20, "inr"),
        # cents alone stay dollars
        ("The stock rose 20 cents to 5.10 dlrs.", 0.2, "usd"),
        # weather and science units
        ("Highs will reach about 95° on Friday.", 95, "degree"),
        ("The star lies 40 light-years from Earth.", 40, "light-year"),
        ("He served 12 years in prison.", 12, "year"),
    ],
)
def test_units_of_countries_signs_and_distances(nlp: Language, text: str, value: float,
                                                unit: str) -> None:
    assert only(extract(nlp, text), value).unit == unit


def test_per_kilo_is_a_rate(nlp: Language) -> None:
    assert only(extract(nlp, "Tea sold at 450 rupees per kilo."), 450).per == "kilogram"


@pytest.mark.parametrize(
    "text",
    [
        "China's zero-tolerance policy slowed output.",  # a policy
        "Factories shut under the zero Covid rules.",  # a named target
        "Once one pulls the pieces apart, it makes sense.",  # the generic pronoun
        "If one looks at the figures, the trend is clear.",
    ],
)
def test_words_that_only_look_like_counts(nlp: Language, text: str) -> None:
    assert extract(nlp, text) == []


def test_zero_and_one_still_count_things(nlp: Language) -> None:
    found = extract(nlp, "There were zero deaths, and one patient remains in hospital.")
    assert [(q.value, q.unit) for q in found] == [(0.0, "death"), (1.0, "patient")]
    assert only(extract(nlp, "The army reported zero Russian casualties."), 0).unit == "casualty"
