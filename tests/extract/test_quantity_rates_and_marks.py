"""Quantities in shapes that property, energy, motoring, science, health, courts and markets
copy write: a rate per a unit of several words or one the tables lack, torque and engine units,
qualifiers written onto the digits, ages stated without the word 'age', street numbers, a bare
number joined to a counted one, funds raised (sentences written for the tests, each with a
negative case)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_quantity_context import extract, only


@pytest.mark.parametrize(
    ("text", "value", "unit", "per"),
    [
        ("Flats in the new tower sell for about $1,250 per square foot.", 1250, "usd",
         "square foot"),
        ("Office rents reached $42 a square foot downtown.", 42, "usd", "square foot"),
        ("Henry Hub gas settled at $3.10 per mmBTU on Friday.", 3.10, "usd", "mmbtu"),
        ("The hatchback reaches 100km/hr in 7.9 seconds.", 100, "kilometer", "hour"),
        ("The estate car manages 48 miles per gallon on the motorway.", 48, "mile", "gallon"),
    ],
)
def test_a_rate_per_a_unit_of_several_words_or_one_not_listed(
        nlp: Language, text: str, value: float, unit: str, per: str) -> None:
    q = only(extract(nlp, text), value)
    assert (q.unit, q.per) == (unit, per)


def test_a_rate_reads_past_a_bracketed_conversion(nlp: Language) -> None:
    found = extract(nlp, "The miner accepted C$8 (US$5.90) per share in cash.")
    first, second = only(found, 8), only(found, 5.90)
    assert (first.unit, first.per, first.text) == ("cad", "share", "C$8")
    assert (second.unit, second.per) == ("usd", "share")


def test_a_bracket_without_a_rate_gives_none(nlp: Language) -> None:
    found = extract(nlp, "Tickets cost $5 (about 4 euros) and sold out.")
    assert all(q.per is None for q in found)
    assert only(found, 4).unit == "eur"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The twin-turbo V8 makes 627 lb-ft of torque.", 627, "pound-foot"),
        ("Its diesel delivers 320 pound-feet at low revs.", 320, "pound-foot"),
        ("Peak power arrives at 6500 rpm.", 6500, "revolution per minute"),
        ("Power and torque are 150bhp and 250Nm.", 250, "newton meter"),
        ("The phone runs on a 4nm chip.", 4, "nanometer"),
        ("Adults need about 2,000 calories a day.", 2000, "calorie"),
        ("Each studio offers 28m2 of living space.", 28, "square meter"),
        ("Sea surfaces ran 0.9deg C above the long-term mean.", 0.9, "degree celsius"),
        ("The frequency peaked at 440 Hz during the test.", 440, "hertz"),
    ],
)
def test_engine_energy_and_science_units(nlp: Language, text: str, value: float,
                                         unit: str) -> None:
    assert only(extract(nlp, text), value).unit == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The hypercar finally passed the 1500 hp mark.", 1500, "horsepower"),
        ("Guidelines advise 1800 - 2200 calories for most women.", 1800, "calorie"),
    ],
)
def test_a_four_digit_number_with_a_unit_is_no_year(nlp: Language, text: str, value: float,
                                                    unit: str) -> None:
    assert only(extract(nlp, text), value).unit == unit


@pytest.mark.parametrize(
    "text", ["In 2019 voters went to the polls twice.", "The mayor was born in 1990."])
def test_a_year_stays_a_year(nlp: Language, text: str) -> None:
    assert not extract(nlp, text)


@pytest.mark.parametrize(
    ("text", "value", "qualifier", "unit"),
    [
        ("The nozzle sat ~0.8mm above the plate.", 0.8, "approx", "millimeter"),
        ("Turnout was ~62% in the northern wards.", 62, "approx", "percent"),
        ("Leasing of sub-400 sq m shops picked up.", 400, "upper_bound", "square meter"),
    ],
)
def test_a_qualifier_written_onto_the_digits(nlp: Language, text: str, value: float,
                                             qualifier: str, unit: str) -> None:
    q = only(extract(nlp, text), value)
    assert (q.qualifier, q.unit) == (qualifier, unit)


def test_sub_zero_is_no_number(nlp: Language) -> None:
    assert not extract(nlp, "Sub-zero nights froze the pipes.")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The court heard that his sister Ana, who was 12, saw the crash.", 12),
        ("He will be 38 by the time the season ends.", 38),
        ("I was 15 when my family left the valley.", 15),
        ("Veteran climber Sam Ortega 52 has reached the summit again.", 52),
    ],
)
def test_a_stated_age_is_years(nlp: Language, text: str, value: float) -> None:
    assert only(extract(nlp, text), value).unit == "year"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The delay was 20 minutes on the coastal line.", 20, "minute"),
        ("The asking price was 35.", 35, None),
    ],
)
def test_a_number_after_be_that_is_no_age(nlp: Language, text: str, value: float,
                                          unit: str | None) -> None:
    assert only(extract(nlp, text), value).unit == unit


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("Nearly 3 million children under the age of 5 are not vaccinated.", 5, "upper_bound"),
        ("Voters over the age of 70 turned out in force.", 70, "lower_bound"),
    ],
)
def test_a_bound_before_the_age_of(nlp: Language, text: str, value: float,
                                   qualifier: str) -> None:
    q = only(extract(nlp, text), value)
    assert (q.unit, q.qualifier) == ("year", qualifier)


@pytest.mark.parametrize(
    "text",
    [
        "The estate lists 12 W 54th St, New York, and 31 Ave Montaigne, Paris.",
        "Police were called to 7 Oak Tree Road, Leeds, on Sunday.",
    ],
)
def test_a_street_number_is_no_count(nlp: Language, text: str) -> None:
    assert not extract(nlp, text)


def test_a_number_before_a_street_name_and_its_noun_counts(nlp: Language) -> None:
    q = only(extract(nlp, "Regulators fined 20 Wall Street banks last year."), 20)
    assert q.unit == "bank"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The hatchback costs 3,150,000 yen for the manual version and 3,020,000 for the "
         "automatic.", 3_020_000, "jpy"),
        ("There are 61,200 people who have waited a year and 84,300 who have waited longer.",
         84_300, "person"),
        ("The scheme offers 520 flats by ballot and 140 by tender.", 140, "flat"),
        ("The fare is 2,800 yen (about $19) for adults and 1,400 (about $9.50) for children.",
         1400, "jpy"),
    ],
)
def test_a_bare_number_joined_to_a_counted_one(nlp: Language, text: str, value: float,
                                               unit: str) -> None:
    assert only(extract(nlp, text), value).unit == unit


def test_a_bare_number_alone_counts_nothing(nlp: Language) -> None:
    assert only(extract(nlp, "Officials said 12 were hurt in the blast."), 12).unit is None
    found = extract(nlp, "The rate was 5% in May and 6 in June.")
    assert only(found, 6).unit is None


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The Dow rose 212.4 points to 35,120.8 on Friday.", 35_120.8, "point"),
        ("Enrolment grew 120 students to 1,450 this autumn.", 1450, "student"),
    ],
)
def test_the_level_after_a_counted_change_takes_its_unit(nlp: Language, text: str,
                                                         value: float, unit: str) -> None:
    q = only(extract(nlp, text), value)
    assert (q.unit, q.change, q.change_kind) == (unit, "increase", "to")


def test_the_level_after_a_percent_change_takes_no_percent(nlp: Language) -> None:
    assert only(extract(nlp, "Output rose 5% to 120 tonnes."), 120).unit == "tonne"
    assert only(extract(nlp, "The index rose 2% to 880."), 880).unit is None


@pytest.mark.parametrize(
    "text",
    ["The startup has raised $35 million from investors.",
     "The hospice raised 2 million pounds at its gala.",
     "The club has only raised 40 million of the 90 million euros it needs.",
     "Campaigners raised 5,000 signatures in a week."],
)
def test_money_raised_is_funds_not_a_change(nlp: Language, text: str) -> None:
    assert all(q.change is None for q in extract(nlp, text))


@pytest.mark.parametrize(
    ("text", "value"),
    [("Fares were raised $2 last year.", 2), ("The bank raised its fee by $5.", 5),
     ("The lender raised 0.5% on the day.", 0.5)])
def test_a_raised_price_is_a_change(nlp: Language, text: str, value: float) -> None:
    assert only(extract(nlp, text), value).change == "increase"


def test_a_lowercase_k_is_thousands(nlp: Language) -> None:
    found = extract(nlp, "The estate car is 18k or 26k cheaper than its rivals respectively.")
    assert (only(found, 18_000).qualifier, only(found, 26_000).qualifier) == ("exact", "exact")
    assert not [q for q in extract(nlp, "She won the 10k race in the park.") if q.value == 10_000]


def test_an_or_pair_without_respectively_is_a_range(nlp: Language) -> None:
    q = only(extract(nlp, "Turnout was 3 or 4 points higher."), 3)
    assert (q.qualifier, q.high) == ("range", 4)


def test_a_scale_before_participles_and_adjectives(nlp: Language) -> None:
    only(extract(nlp, "The novel sold 1.4m combined print and audio copies."), 1_400_000)
    found = extract(nlp, "The wall is 2.7m tall and 3m wide.")
    assert only(found, 2.7).unit == "meter"


@pytest.mark.parametrize(
    ("text", "per"),
    [("Finals tickets cost up to $900 per Centre Court seat.", "seat"),
     ("The bid values the miner at 4.10 dlrs per Acme share.", "share"),
     ("The year includes a charge of 30 cts per shr on write-downs.", "share")])
def test_a_rate_per_a_compound_noun_is_per_its_head(nlp: Language, text: str,
                                                    per: str) -> None:
    assert [q.per for q in extract(nlp, text)] == [per]


def test_a_hyphenated_series_number_is_no_measure(nlp: Language) -> None:
    assert not extract(nlp, "Prices of 1200-series grades will rise.")


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("Payouts ranged from $150 to $3 million per claimant.", 150, 3_000_000),
     ("Fines run from €800 to €5 million a case.", 800, 5_000_000),
     ("Crowds of 1.5 to 2 million are expected.", 1_500_000, 2_000_000)])
def test_a_range_keeps_its_low_end_below_its_high_one(nlp: Language, text: str, low: float,
                                                      high: float) -> None:
    q = only(extract(nlp, text), low)
    assert (q.qualifier, q.low, q.high) == ("range", low, high)


def test_a_falling_change_shares_the_scale_of_its_new_level(nlp: Language) -> None:
    found = extract(nlp, "Output fell from 2.5 to 1.8 million tonnes.")
    assert only(found, 2_500_000).change == "decrease"
    found = extract(nlp, "Revenue fell from $2.5 to $1.8 billion.")
    assert only(found, 2_500_000_000).change == "decrease"
