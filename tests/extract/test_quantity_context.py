"""Numbers that take their unit or bounds from the words around them: elliptic amounts, bid/offer
pairs, verbs and prepositions that bound, unnamed sources (sentences written for the tests, on
patterns of wire copy, economy, energy, commodities, sports and health news)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.conftest import make_article
from workbench.extract.quantities.find import quantities
from workbench.model import Quantity


def extract(nlp: Language, text: str) -> list[Quantity]:
    article = make_article(text)
    found = list(quantities(nlp(article.text), article))
    for q in found:
        assert article.text[q.start:q.end] == q.text
    return found


def only(found: list[Quantity], value: float) -> Quantity:
    hits = [q for q in found if q.value == pytest.approx(value)]
    assert len(hits) == 1, found
    return hits[0]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Crude imports averaged 3.4 mln bpd, up 16 pct from 2.9 mln.", 2_900_000,
         "barrel per day"),
        ("Wheat exports reached 2.3 million tonnes, against 2.1 million a year earlier.",
         2_100_000, "tonne"),
        ("The city had 1.2 million residents in 2010 and 1.4 million in 2020.", 1_400_000,
         "resident"),
        ("The deficit narrowed to 5.2 billion from 6.1 billion euros.", 5_200_000_000, "eur"),
        ("Copper output climbed to 2.4 mln from 2.1 mln tonnes last year.", 2_400_000, "tonne"),
    ],
)
def test_a_bare_scaled_amount_shares_the_unit_it_is_set_against(
        nlp: Language, text: str, value: float, unit: str) -> None:
    assert only(extract(nlp, text), value).unit == unit


def test_a_bare_scaled_amount_alone_keeps_no_unit(nlp: Language) -> None:
    found = extract(nlp, "The fund grew to 3 billion from 20 investors.")
    assert only(found, 3_000_000_000).unit is None


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Unemployment fell to 5.1 pct from 5.3, the bureau said.", 5.3, "percent"),
        ("The bank raised its ceiling to 4.5% from 4.25 in March.", 4.25, "percent"),
        ("Season tickets rose to £640 from 590 at the club.", 590, "gbp"),
    ],
)
def test_a_bare_level_takes_the_unit_of_the_level_before_it(
        nlp: Language, text: str, value: float, unit: str) -> None:
    q = only(extract(nlp, text), value)
    assert (q.unit, q.change_kind) == (unit, "from")


def test_a_level_after_a_change_by_is_not_the_same_unit(nlp: Language) -> None:
    found = extract(nlp, "The index rose 2.3 pct to 1,234.5 on Friday.")
    assert only(found, 1234.5).unit is None


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Call money eased to 3.75/80 pct from 3.80/85 yesterday.", 3.75, "percent"),
        ("Call money eased to 3.75/80 pct from 3.80/85 yesterday.", 3.8, "percent"),
        ("The dollar closed at 1.8250/60 marks in Frankfurt.", 1.825, "dem"),
    ],
)
def test_a_bid_offer_pair_is_its_first_number(nlp: Language, text: str, value: float,
                                              unit: str) -> None:
    assert only(extract(nlp, text), value).unit == unit


def test_slashed_numbers_without_decimals_are_no_pair(nlp: Language) -> None:
    assert extract(nlp, "The clinic is open 24/7 since the 9/11 attacks.") == []


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("Dealers put the outflow as high as six billion marks.", 6e9, "upper_bound"),
        ("Fares start as low as $40 on the new route.", 40, "lower_bound"),
        ("Output was estimated at 8.35 mln bpd.", 8_350_000, "approx"),
        ("Analysts expect prices to top 22 dlrs a barrel by the spring.", 22, "lower_bound"),
        ("Ticket sales exceeded 1.2 million for the tour.", 1_200_000, "lower_bound"),
        ("Turnout did not exceed 40 pct in the north.", 40, "upper_bound"),
        ("The bank wants rates around 3.80 pct, a dealer said.", 3.8, "approx"),
    ],
)
def test_words_and_verbs_that_bound(nlp: Language, text: str, value: float,
                                    qualifier: str) -> None:
    assert only(extract(nlp, text), value).qualifier == qualifier


def test_over_a_stretch_of_time_does_not_bound(nlp: Language) -> None:
    found = extract(nlp, "Over three months, the army pulled back.")
    assert only(found, 3).qualifier == "exact"


def test_top_as_an_adjective_does_not_bound(nlp: Language) -> None:
    assert only(extract(nlp, "The top 10 players met in Paris."), 10).qualifier == "exact"


@pytest.mark.parametrize(
    "text",
    [
        '"The market is calm," one dealer said.',
        "Prices will rise, one analyst told reporters.",
        "According to one economist, the slowdown is over.",
    ],
)
def test_one_naming_a_source_is_no_count(nlp: Language, text: str) -> None:
    assert extract(nlp, text) == []


def test_one_counting_still_counts(nlp: Language) -> None:
    found = extract(nlp, "One person died and one dealer was hurt in the fire.")
    assert [q.unit for q in found] == ["person", "dealer"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("For the year ended december 31, net profit was 5 mln dlrs.", 5_000_000),
        ("Demand in the period ended March 20 to 16.2 mln bpd was firm.", 16_200_000),
    ],
)
def test_a_day_of_a_month_is_no_quantity(nlp: Language, text: str, value: float) -> None:
    assert [q.value for q in extract(nlp, text)] == [value]


def test_march_the_verb_is_no_month(nlp: Language) -> None:
    assert only(extract(nlp, "Protesters march 5 km to the square."), 5).unit == "kilometer"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The rand rose to just under 50 U.S. cents.", 0.5, "usd"),
        ("The loonie fell 40 Canadian cents against the euro over the year.", 0.4, "cad"),
        ("A loaf now costs 95 cents.", 0.95, "usd"),
    ],
)
def test_cents_of_a_named_currency(nlp: Language, text: str, value: float, unit: str) -> None:
    assert only(extract(nlp, text), value).unit == unit


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The deficit widened to a record 36.8 billion dlrs.", 36_800_000_000),
        ("Unemployment rose to a record 12 pct.", 12),
    ],
)
def test_a_change_to_a_record(nlp: Language, text: str, value: float) -> None:
    q = only(extract(nlp, text), value)
    assert (q.change, q.change_kind) == ("increase", "to")


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        ("The retailer posted a 12% rise in profit.", 12, "increase"),
        ("Exports saw a 3 percent decline in May.", 3, "decrease"),
        ("A $5 million cut in the health budget was agreed.", 5_000_000, "decrease"),
    ],
)
def test_a_change_noun_after_an_amount(nlp: Language, text: str, value: float,
                                       change: str) -> None:
    q = only(extract(nlp, text), value)
    assert (q.change, q.change_kind) == (change, "by")


@pytest.mark.parametrize(
    ("text", "value"),
    [("The miner bought a 20% stake in the project.", 20),
     ("The central bank made one cut this year.", 1),
     ("The town ended a two-year decline in visitors.", 2)],
)
def test_no_change_noun(nlp: Language, text: str, value: float) -> None:
    assert only(extract(nlp, text), value).change is None


@pytest.mark.parametrize(
    "text", ["The bank cut rates by 25 basis points.", "Yields rose 25 bps on the week."])
def test_basis_points(nlp: Language, text: str) -> None:
    assert only(extract(nlp, text), 25).unit == "basis point"


@pytest.mark.parametrize(
    ("text", "value", "change", "kind"),
    [
        ("Unemployment edged up to 3.9% in February from 3.7%.", 3.9, "increase", "to"),
        ("Inflation cooled to an annual 3.2 percent in May.", 3.2, "decrease", "to"),
        ("Growth slowed to 1.5 pct in the quarter.", 1.5, "decrease", "to"),
        ("Attendance went down to 41,000 at the stadium.", 41000, "decrease", "to"),
    ],
)
def test_a_particle_of_a_change_is_no_bound(nlp: Language, text: str, value: float,
                                            change: str, kind: str) -> None:
    q = only(extract(nlp, text), value)
    assert (q.qualifier, q.change, q.change_kind) == ("exact", change, kind)


@pytest.mark.parametrize(
    "text", ["Up to 300 people were evacuated.", "The firm will hire up to 200 staff.",
             "Each submarine can carry up to 16 missiles.", "Recovery can take up to two years."])
def test_up_to_still_bounds(nlp: Language, text: str) -> None:
    assert extract(nlp, text)[0].qualifier == "upper_bound"


@pytest.mark.parametrize(
    "text", ["The iPhone 15 will cost $799.", "Shoppers compared the iPhone 15 with its rival."])
def test_a_camel_case_model_number_is_no_count(nlp: Language, text: str) -> None:
    assert all(q.value not in (15, 500) for q in extract(nlp, text))
