"""Ages, changes up and down, rates, signed numbers and temperatures (sentences written for the
tests, on patterns news of several domains uses)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.conftest import make_article
from workbench.extract.quantities.find import quantities
from workbench.model import Quantity


def extract(nlp: Language, text: str) -> list[Quantity]:
    article = make_article(text)
    return list(quantities(nlp(article.text), article))


def only(found: list[Quantity], value: float) -> Quantity:
    hits = [q for q in found if q.value == pytest.approx(value)]
    assert len(hits) == 1, found
    return hits[0]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The resident, Maria Lopez, 74, said the water rose fast.", 74),
        ("The striker Tom Reyes, now 31, signed a new deal.", 31),
        ("A 40-year-old man was detained after the match.", 40),
        ("Her seven-year-old son was treated at the clinic.", 7),
        ("Chris Rueke (39) went missing last week.", 39),
    ],
)
def test_ages_are_years(nlp: Language, text: str, value: float) -> None:
    q = only(extract(nlp, text), value)
    assert (q.unit, q.qualifier) == ("year", "exact")


def test_a_bounded_age_keeps_its_bound(nlp: Language) -> None:
    q = only(extract(nlp, "Men up to the age of 60 may enrol."), 60)
    assert (q.unit, q.qualifier, q.low, q.high) == ("year", "upper_bound", None, 60)


@pytest.mark.parametrize(
    ("text", "value", "change", "kind"),
    [
        ("Shares of the chipmaker rose 18 cents in early trading.", 0.18, "increase", "by"),
        ("Turnout fell by 2% compared with the last vote.", 2, "decrease", "by"),
        ("The central bank cut its rate to 5%.", 5, "decrease", "to"),
        ("Admissions were up from 307 in the spring.", 307, "increase", "from"),
        ("The clinic reported a rise of 12 cases.", 12, "increase", "by"),
        ("The index closed 2% higher on the day.", 2, "increase", "by"),
        ("The council increased the levy slightly to £1,500.", 1500, "increase", "to"),
    ],
)
def test_changes(nlp: Language, text: str, value: float, change: str, kind: str) -> None:
    q = only(extract(nlp, text), value)
    assert (q.change, q.change_kind) == (change, kind)


def test_a_change_continued_takes_its_direction(nlp: Language) -> None:
    found = extract(nlp, "Ridership dropped from 4,500 in May to 2,600 in June.")
    assert [(q.value, q.change, q.change_kind) for q in found] == [
        (4500, "decrease", "from"), (2600, "decrease", "to")]
    found = extract(nlp, "Sales rose to 66.5 pct from 62.9 pct.")
    assert [(q.change, q.change_kind) for q in found] == [("increase", "to"), ("increase", "from")]


@pytest.mark.parametrize(
    "text",
    [
        "The club signed 3 players in the summer.",
        "Volunteers set up 5 camps near the river.",
        "The court sent the case to 3 judges.",
    ],
)
def test_no_change(nlp: Language, text: str) -> None:
    assert all(q.change is None for q in extract(nlp, text))


def test_a_change_counts_the_subject(nlp: Language) -> None:
    found = extract(nlp, "The number of students enrolled rose to 12,400 this autumn.")
    assert only(found, 12400).unit == "student"
    found = extract(nlp, "Those living abroad decreased to 8,100, down from 9,000.")
    assert only(found, 8100).unit == "person"


@pytest.mark.parametrize(
    ("text", "value", "unit", "per"),
    [
        ("Tenants now pay $1,200 a month for a flat.", 1200, "usd", "month"),
        ("The economy grew 3 per cent a year.", 3, "percent", "year"),
        ("Income reached $40,000 per capita.", 40000, "usd", "person"),
        ("The company pays 20 cents per share.", 0.2, "usd", "share"),
    ],
)
def test_rates(nlp: Language, text: str, value: float, unit: str, per: str) -> None:
    q = only(extract(nlp, text), value)
    assert (q.unit, q.per) == (unit, per)


def test_a_year_earlier_is_no_rate(nlp: Language) -> None:
    q = only(extract(nlp, "Profit was $307 million a year earlier."), 307_000_000)
    assert q.per is None


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Output shrank -1.3% in the quarter.", -1.3, "percent"),
        ("Temperatures fell to minus 5 degrees Celsius overnight.", -5, "degree celsius"),
    ],
)
def test_signed(nlp: Language, text: str, value: float, unit: str) -> None:
    q = only(extract(nlp, text), value)
    assert q.unit == unit
    assert q.text.lower().startswith(("-", "minus"))


def test_a_hyphen_inside_a_name_is_no_sign(nlp: Language) -> None:
    assert all(q.value >= 0 for q in extract(nlp, "The Su-27 and 2022-23 budgets were cut."))


def test_a_count_is_never_negative(nlp: Language) -> None:
    assert not extract(nlp, "Cases of -19 rose in the region.")
    assert only(extract(nlp, "Two army servicemen were held."), 2).unit == "serviceman"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The thermometer read 40.2C at the airport.", 40.2, "degree celsius"),
        ("Highs of 104F are forecast for Phoenix.", 104, "degree fahrenheit"),
        ("It was 30 degrees Celsius in the shade.", 30, "degree celsius"),
    ],
)
def test_temperatures(nlp: Language, text: str, value: float, unit: str) -> None:
    assert only(extract(nlp, text), value).unit == unit


def test_crowns_are_money_only_with_a_scale_or_a_nation(nlp: Language) -> None:
    found = extract(nlp, "She won three league crowns and a prize of 500 mln Swedish crowns.")
    assert only(found, 3).unit == "crown"
    assert only(found, 500_000_000).unit == "sek"


def test_the_first_compound_noun_is_counted(nlp: Language) -> None:
    found = extract(nlp, "The firm kept its 400,000 vehicle delivery target.")
    assert only(found, 400_000).unit == "vehicle"
    found = extract(nlp, "They opened a 10,000 seat stadium.")
    assert only(found, 10_000).unit == "seat"


def test_one_step_is_an_idiom(nlp: Language) -> None:
    assert not extract(nlp, "The ruling brings the plan one step closer.")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The tablet ships with 512GB of storage.", 512, "gigabyte"),
        ("The hatchback's engine makes 300bhp.", 300, "horsepower"),
        ("The screen refreshes at 120Hz.", 120, "hertz"),
        ("Mortgage rates rose to 4.25pc in June.", 4.25, "percent"),
        ("Home prices fell 2.1pc over the year.", 2.1, "percent"),
    ],
)
def test_units_glued_to_digits(nlp: Language, text: str, value: float, unit: str) -> None:
    assert only(extract(nlp, text), value).unit == unit


def test_a_capital_letter_glued_to_digits_is_a_name(nlp: Language) -> None:
    assert not extract(nlp, "The phone supports 5G and records 4K video.")


@pytest.mark.parametrize(
    "text",
    [
        "The S&P 500 closed at a record on Friday.",
        "The Stoxx 50 slipped while the FTSE 100 was flat.",
        "Tech shares lifted the Nikkei 225 in Tokyo.",
    ],
)
def test_index_names_are_not_numbers(nlp: Language, text: str) -> None:
    assert not [q for q in extract(nlp, text) if q.value in (500, 50, 100, 225)]


def test_from_to_without_a_change_is_a_range(nlp: Language) -> None:
    q = only(extract(nlp, "Battery range varies from 252 to 287 miles."), 252)
    assert (q.qualifier, q.low, q.high, q.unit) == ("range", 252, 287, "mile")
    found = extract(nlp, "The fleet grew from 252 to 287 buses.")
    assert [(q.value, q.change_kind) for q in found] == [(252, "from"), (287, "to")]


def test_a_vote_tally_is_two_counts(nlp: Language) -> None:
    found = extract(nlp, "The motion passed 1,443 to 1,057 at the party conference.")
    assert [(q.value, q.qualifier) for q in found] == [(1443, "exact"), (1057, "exact")]
