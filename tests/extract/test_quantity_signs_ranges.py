"""Quantities in shapes that property, markets, science, consumer and sports copy write: a
currency sign with its country written onto the digits, a range whose unit is written after both
ends, a change restated after its counted noun, a percent written with its sign, and measures
written as symbols (sentences written for the tests, each group with a negative case)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_quantity_context import extract, only


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The harbour villa sold for $US4,250,000 last spring.", 4_250_000, "usd"),
        ("The council paid $A6.1 million for the depot.", 6_100_000, "aud"),
        ("Prize money rose to $NZ850,000 for the regatta.", 850_000, "nzd"),
        ("Global debt stood at about $US113 trillion before the slump.", 113e12, "usd"),
    ],
)
def test_a_currency_sign_with_its_country_on_the_digits(nlp: Language, text: str, value: float,
                                                        unit: str) -> None:
    assert only(extract(nlp, text), value).unit == unit


def test_a_letter_code_after_a_dollar_sign_is_no_currency(nlp: Language) -> None:
    found = extract(nlp, "The band played $X9 remixes and sold $5 badges.")
    assert [q.value for q in found if q.unit == "usd"] == [5]


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("Annual fees range from 2 per cent to 3.5 per cent for most schemes.", 2, 3.5,
         "percent"),
        ("Club salaries range from 1.5 percent to 4 percent of revenue.", 1.5, 4, "percent"),
        ("The coastal path runs 12 miles to 15 miles depending on the tide.", 12, 15, "mile"),
        ("Asking prices range from $420,000 to $2.1 million in the new tower.", 420_000,
         2_100_000, "usd"),
        ("Hearing tops out between 15kHz and 17kHz in most adults.", 15, 17, "kilohertz"),
    ],
)
def test_a_range_whose_unit_follows_each_end(nlp: Language, text: str, low: float,
                                             high: float, unit: str) -> None:
    q = only(extract(nlp, text), low)
    assert (q.qualifier, q.low, q.high, q.unit) == ("range", low, high, unit)


@pytest.mark.parametrize(
    "text",
    [
        "Unemployment rose from 4 per cent to 5.5 per cent last year.",
        "Turnout was 60 per cent and 20 per cent voted early.",
    ],
)
def test_a_change_or_a_list_of_percents_is_no_range(nlp: Language, text: str) -> None:
    assert not [q for q in extract(nlp, text) if q.qualifier == "range"]


def test_a_scaled_second_end_scales_only_a_small_first_end(nlp: Language) -> None:
    q = only(extract(nlp, "Guidance was set at US$89 to $93 billion."), 89e9)
    assert (q.qualifier, q.high) == ("range", 93e9)


@pytest.mark.parametrize(
    ("text", "value", "direction"),
    [
        ("The index lost 95 points, or 1.2%, on Friday.", 1.2, "decrease"),
        ("The plant cut 300 jobs, or 8 per cent of its staff.", 8, "decrease"),
        ("Membership grew 1,200 members, or 6%, over the season.", 6, "increase"),
    ],
)
def test_a_change_restated_after_its_counted_noun(nlp: Language, text: str, value: float,
                                                  direction: str) -> None:
    q = only(extract(nlp, text), value)
    assert (q.change, q.change_kind) == (direction, "by")


def test_a_count_then_a_share_without_a_change_stays_unchanged(nlp: Language) -> None:
    q = only(extract(nlp, "The survey reached 300 farms, or 8% of the county."), 8)
    assert q.change is None


@pytest.mark.parametrize(
    ("text", "value", "direction"),
    [
        ("In Asia: Nikkei -0.8% Hang Seng +1.1% Kospi -0.4%.", 1.1, "increase"),
        ("In Asia: Nikkei -0.8% Hang Seng +1.1% Kospi -0.4%.", -0.8, "decrease"),
        ("Futures at noon: wheat +2.5 percent, corn -0.6 percent.", 2.5, "increase"),
    ],
)
def test_a_percent_written_with_its_sign_is_a_change(nlp: Language, text: str, value: float,
                                                     direction: str) -> None:
    q = only(extract(nlp, text), value)
    assert (q.unit, q.change, q.change_kind) == ("percent", direction, "by")


@pytest.mark.parametrize(
    "text",
    [
        "Call +44 20 7946 0018 for tickets.",
        "The Nikkei 225 and the FTSE 100 opened late.",
    ],
)
def test_a_plus_sign_or_an_index_number_is_no_quantity(nlp: Language, text: str) -> None:
    assert extract(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The scooter tops out at 45 km/h on the flat.", 45, "kilometer per hour"),
        ("The van is limited to 90 km/hr in town.", 90, "kilometer per hour"),
        ("The old racer managed 60 m.p.h. downhill.", 60, "mile per hour"),
        ("Each dose is 30 mL of syrup.", 30, "milliliter"),
        ("The bottle holds 1.5l of water.", 1.5, "liter"),
        ("The phone has a 5000 mAh battery.", 5000, "milliampere hour"),
        ("The sensor's pixels are 2.4 μm across.", 2.4, "micrometer"),
    ],
)
def test_measures_written_as_symbols(nlp: Language, text: str, value: float,
                                     unit: str) -> None:
    assert only(extract(nlp, text), value).unit == unit


def test_a_year_before_to_is_no_range_end(nlp: Language) -> None:
    found = extract(nlp, "Exports rose 8% in 2019 to 4.2 million tonnes, up from 3.9 million.")
    q = only(found, 4_200_000)
    assert (q.qualifier, q.unit) == ("exact", "tonne")
