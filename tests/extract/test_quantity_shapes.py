"""Quantities in shapes that weather, markets, elections and local-budget copy write: wire-copy
fractions, ranges of a measured unit, a move and then a level, a counted noun behind its
modifiers, an abbreviated qualifier that ends a sentence, a unit glued to a full stop
(sentences written for the tests, each with a negative case)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_quantity_context import extract, only


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The 30-year bond fell 17/32 to 98-4/32 in early trade.", (17 / 32, 98.125)),
        ("Shares of the miner rose 3/8 to 24-1/2 on the news.", (3 / 8, 24.5)),
    ],
)
def test_a_wire_fraction_alone_is_a_number(nlp: Language, text: str,
                                          values: tuple[float, ...]) -> None:
    found = extract(nlp, text)
    for value in values:
        only(found, value)


def test_a_fraction_that_is_a_code_or_a_date_is_no_number(nlp: Language) -> None:
    found = extract(nlp, "The 9/11 memorial and the 24/7 helpline reopened.")
    assert not [q for q in found if q.value < 1]


@pytest.mark.parametrize(
    ("text", "value", "high", "unit"),
    [
        ("Heatwave thresholds vary from 25C to 28C across the country.", 25, 28,
         "degree celsius"),
        ("The new trails run from 5km to 12km through the park.", 5, 12, "kilometre"),
    ],
)
def test_a_range_of_a_measured_unit(nlp: Language, text: str, value: float, high: float,
                                   unit: str) -> None:
    q = only(extract(nlp, text), value)
    assert (q.low, q.high, q.qualifier) == (value, high, "range")
    assert q.unit is not None and q.unit.startswith(unit[:5])


def test_a_measured_change_is_no_range(nlp: Language) -> None:
    found = extract(nlp, "Temperatures rose from 25C to 28C overnight.")
    assert all(q.qualifier != "range" for q in found)


@pytest.mark.parametrize(
    ("text", "by", "to"),
    [
        ("The two-year note fell 1/16 to 99-20/32.", 1 / 16, 99.625),
        ("Shares of the retailer rose 2 to 45 in early trading.", 2, 45),
    ],
)
def test_a_move_then_a_level_is_no_range(nlp: Language, text: str, by: float,
                                         to: float) -> None:
    found = extract(nlp, text)
    assert only(found, by).qualifier != "range" and only(found, to).qualifier != "range"


def test_from_one_number_to_another_without_a_move_stays_a_range(nlp: Language) -> None:
    q = only(extract(nlp, "Estimates run from 2 to 5 billion dollars."), 2_000_000_000)
    assert (q.low, q.high) == (2_000_000_000, 5_000_000_000)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Almost 18% of more than 1.5 million registered Chicago voters have voted.",
         1_500_000, "voter"),
        ("Officials said 40,000 unvaccinated Texas children have caught the virus.", 40_000,
         "child"),
    ],
)
def test_a_counted_noun_behind_its_modifiers(nlp: Language, text: str, value: float,
                                            unit: str) -> None:
    assert only(extract(nlp, text), value).unit == unit


def test_a_noun_that_is_not_modified_by_the_words_between_is_not_counted(
        nlp: Language) -> None:
    q = only(extract(nlp, "Turnout reached 1.5 million, officials said, and voters cheered."),
             1_500_000)
    assert q.unit != "voter"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Other costs include:\nApprox. $389,005 for pension contributions", 389_005),
        ("Harbour figures:\nApprox. 40 boats were moored overnight.", 40),
    ],
)
def test_an_abbreviated_qualifier_before_the_sentence_break(nlp: Language, text: str,
                                                           value: float) -> None:
    q = only(extract(nlp, text), value)
    assert q.qualifier == "approx" and q.low is None and q.high is None


def test_a_sentence_that_ends_in_a_full_stop_alone_does_not_qualify_the_next(
        nlp: Language) -> None:
    q = only(extract(nlp, "Prices rose sharply.\n40 boats were sold."), 40)
    assert q.qualifier == "exact"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Sunday is forecast to bring a top temperature of 32C. Rain follows.", 32,
         "degree celsius"),
        ("The lake froze at -5C. Skaters came out.", -5, "degree celsius"),
    ],
)
def test_a_glued_unit_keeps_its_meaning_before_a_full_stop(nlp: Language, text: str,
                                                          value: float, unit: str) -> None:
    assert only(extract(nlp, text), value).unit == unit


def test_a_name_glued_to_a_number_before_a_full_stop_is_no_unit(nlp: Language) -> None:
    assert not extract(nlp, "The carrier switched on 5G. Customers cheered.")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Overnight temperatures fell to minus 5 in the glens.", -5),
        ("The sentiment index ended the month at minus 12.", -12),
    ],
)
def test_a_written_minus_signs_the_number_whatever_it_counts(nlp: Language, text: str,
                                                             value: float) -> None:
    only(extract(nlp, text), value)


def test_plus_or_minus_is_no_sign(nlp: Language) -> None:
    found = extract(nlp, "The poll has a margin of plus or minus 3 points.")
    assert not [q for q in found if q.value < 0]
