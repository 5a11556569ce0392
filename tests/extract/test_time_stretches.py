"""Stretches that close on a day, fiscal years named from publication, "the previous year",
years and months joined by a hyphen ("mid-1992"), "the full year", durations opening a sentence,
counted stretches with an adjective and quarters of trading volume (sentences written for the
tests, on patterns of several news domains)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.conftest import make_article
from workbench.extract.times import times
from workbench.model import TimeExpr


def found(nlp: Language, sentence: str, published: str | None) -> list[TimeExpr]:
    article = make_article(sentence, published=published)
    result = list(times(nlp(article.text), article))
    for t in result:
        assert article.text[t.start:t.end] == t.text
    return result


def pairs(nlp: Language, sentence: str, published: str | None) -> list[tuple[str, str | None]]:
    return [(t.text, t.resolved) for t in found(nlp, sentence, published)]


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("Refiners ran at 81 pct of capacity in the week ended May 29, the institute said.",
         "1987-06-02", [("the week", "1987-05-23/1987-05-29"), ("May 29", "1987-05-29")]),
        ("Flu admissions fell in the week ending April 28, health officials said.", "2024-05-10",
         [("the week", "2024-04-22/2024-04-28"), ("April 28", "2024-04-28")]),
        ("The chain said same-store sales rose 3 pct in the six months to March 31.",
         "2024-05-10", [("the six months", "2023-10-01/2024-03-31"), ("March 31", "2024-03-31")]),
        ("Gasoline demand rose in the four weeks ending may 22, the agency said.", "1987-06-02",
         [("the four weeks", "1987-04-25/1987-05-22"), ("may 22", "1987-05-22")]),
        ("Ridership grew in the 12 weeks to Sept. 30, 2023, the transit authority said.",
         "2024-01-15", [("the 12 weeks", "2023-07-09/2023-09-30"),
                        ("Sept. 30, 2023", "2023-09-30")]),
    ],
)
def test_a_stretch_that_closes_on_a_day(nlp: Language, sentence: str, published: str,
                                        expected: list[tuple[str, str]]) -> None:
    assert pairs(nlp, sentence, published) == expected


@pytest.mark.parametrize(
    ("sentence", "published", "text", "value"),
    [
        ("Crude stocks stood at 325 mln barrels in the week of may 22, the API said.",
         "1987-06-02", "the week of may 22", "1987-W21"),
        ("Museum visits peaked in the week of July 4, the city said.", "2024-07-20",
         "the week of July 4", "2024-W27"),
    ],
)
def test_the_week_of_a_day(nlp: Language, sentence: str, published: str, text: str,
                           value: str) -> None:
    assert (text, value) in pairs(nlp, sentence, published)


def test_a_stretch_needs_its_day(nlp: Language) -> None:
    # "ending" without a day, and a stretch of weeks that is no calendar stretch
    assert pairs(nlp, "She served ten weeks ending in defeat.", "2024-03-01") == [
        ("ten weeks", "P10W")]
    assert pairs(nlp, "The week of action drew thousands.", "2024-03-01") == []


@pytest.mark.parametrize(
    ("sentence", "published", "text", "value"),
    [
        ("Reserves will reach 32 billion dlrs by the end of the current fiscal year ending "
         "March 31.", "1987-03-11", "the current fiscal year", "FY1987"),
        ("The university said its deficit for the current fiscal year ending June 30 would "
         "narrow.", "2024-08-01", "the current fiscal year", "FY2025"),
        ("The school board cut 40 jobs last fiscal year.", "2024-03-01", "last fiscal year",
         "FY2023"),
        ("The district expects a shortfall in the current fiscal year, the board said.",
         "2024-03-01", "the current fiscal year", "FY2024"),
    ],
)
def test_fiscal_years_named_from_publication(nlp: Language, sentence: str, published: str,
                                             text: str, value: str) -> None:
    assert (text, value) in pairs(nlp, sentence, published)


@pytest.mark.parametrize(
    ("sentence", "published", "text", "value"),
    [
        ("Attendance at the museum doubled compared with the previous year.", "2024-03-01",
         "the previous year", "2023"),
        ("Exports rose 5 pct in 1985 from the preceding year, the ministry said.", "1986-03-01",
         "the preceding year", "1984"),
        ("Gasoline demand was up 4.4 pct from the prior year, the agency said.", "1987-06-02",
         "the prior year", "1986"),
        ("Output averaged 16 mln bpd in February, down from 16.5 mln the previous month.",
         "1987-04-02", "the previous month", "1987-01"),
        ("Home sales rose 4 pct in January from the preceding month, the realtors said.",
         "2024-03-05", "the preceding month", "2023-12"),
        ("Unemployment fell from the previous month, the agency said.", "2024-03-05",
         "the previous month", "2024-02"),
    ],
)
def test_the_previous_year_or_month(nlp: Language, sentence: str, published: str, text: str,
                           value: str) -> None:
    assert (text, value) in pairs(nlp, sentence, published)


def test_the_previous_year_is_not_a_year_ago_figure(nlp: Language) -> None:
    assert pairs(nlp, "Profit beat the previous year-end estimate.", "2024-03-01") == [
        ("year-end", "2024")]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("A dealer must have led 12 issues during the two preceding years.",
         "the two preceding years", "P2Y"),
        ("The coach had won the league in the three previous seasons and the two previous "
         "months.", "the two previous months", "P2M"),
        ("Prices are expected to climb over the six following weeks.", "the six following weeks",
         "P6W"),
    ],
)
def test_a_counted_stretch_with_an_adjective(nlp: Language, sentence: str, text: str,
                                             value: str) -> None:
    assert (text, value) in pairs(nlp, sentence, "2024-03-01")


@pytest.mark.parametrize(
    ("sentence", "published", "text", "value"),
    [
        ("For the whole first quarter, sugar volume was higher at 232,601 lots.", "1987-04-07",
         "first quarter", "1987-Q1"),
        ("Turnover on the stock exchange fell in the third quarter.", "2024-11-05",
         "the third quarter", "2024-Q3"),
    ],
)
def test_a_quarter_of_trading_volume(nlp: Language, sentence: str, published: str, text: str,
                                     value: str) -> None:
    assert (text, value) in pairs(nlp, sentence, published)


def test_a_game_quarter_stays_no_period(nlp: Language) -> None:
    assert pairs(nlp, "The Lakers trailed by ten points after the first quarter.",
                 "2024-03-01") == []


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("Two months of strikes closed the port, the union said.", "1987-03-04",
         [("Two months", "P2M")]),
        ("Three years ago the clinic had no doctor.", "2024-03-01", [("Three years ago", "2021")]),
        ("Twenty-five years of growth ended in the slump.", "2024-03-01",
         [("Twenty-five years", "P25Y")]),
        ("A couple of days later the talks resumed, after a couple of weeks.", "2024-03-01",
         [("A couple of days", "P2D"), ("a couple of weeks", "P2W")]),
    ],
)
def test_a_number_word_opening_a_sentence(nlp: Language, sentence: str, published: str,
                                          expected: list[tuple[str, str]]) -> None:
    assert pairs(nlp, sentence, published) == expected


def test_a_capitalised_number_word_needs_its_unit(nlp: Language) -> None:
    assert pairs(nlp, "Two ministers resigned on the spot.", "2024-03-01") == []


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("He expects the airport to open by mid-1992, he said.", "mid-1992", "1992"),
        ("Export rebates have been paid since mid-1986.", "mid-1986", "1986"),
        ("The striker's contract runs until end-2025.", "end-2025", "2025"),
        ("Profits in the year to end-March 1986 fell 38 pct.", "end-March 1986", "1986-03"),
    ],
)
def test_a_part_of_a_year_joined_by_a_hyphen(nlp: Language, sentence: str, text: str,
                                             value: str) -> None:
    assert (text, value) in pairs(nlp, sentence, "1987-03-04")


def test_a_hyphenated_number_is_no_year(nlp: Language) -> None:
    assert pairs(nlp, "The mid-1500 range held, the broker said.", "1987-03-04") == []


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Investment poured into the oil sector in recent months.", "in recent months"),
        ("In recent weeks the club has lost four games.", "In recent weeks"),
    ],
)
def test_in_recent_months_is_a_past_reference(nlp: Language, sentence: str, text: str) -> None:
    assert (text, "PAST_REF") in pairs(nlp, sentence, "2024-03-01")


@pytest.mark.parametrize(
    ("sentence", "published", "text", "value"),
    [
        ("The deficit widened in the fourth quarter of 1986. For the full year, liabilities "
         "grew 77.4 billion dlrs.", "1987-03-17", "the full year", "1986"),
        ("Revenue rose 4 pct in the fourth quarter. Over the whole year the chain sold "
         "12 mln phones.", "2024-02-10", "the whole year", "2023"),
    ],
)
def test_the_full_year_after_a_quarter(nlp: Language, sentence: str, published: str, text: str,
                                       value: str) -> None:
    assert (text, value) in pairs(nlp, sentence, published)


def test_the_full_year_without_a_quarter_is_no_time(nlp: Language) -> None:
    assert pairs(nlp, "It rained for the whole year, farmers said.", "2024-02-10") == []


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("The notes are due march 20, 1990, the agency said.", "1987-06-02",
         [("march 20, 1990", "1990-03-20")]),
        ("The dividend is payable to holders of record may 14.", "1987-05-02",
         [("may 14", "1987-05-14")]),
        ("The march 5 earthquake cut the pipeline, officials said.", "1987-03-10",
         [("march 5", "1987-03-05")]),
    ],
)
def test_a_lower_case_month_that_is_also_a_verb(nlp: Language, sentence: str, published: str,
                                                expected: list[tuple[str, str]]) -> None:
    assert pairs(nlp, sentence, published) == expected


def test_the_verbs_may_and_march_are_no_months(nlp: Language) -> None:
    assert pairs(nlp, "Prices may 10 pct rise, and troops march 10 miles.", "1987-06-02") == []


@pytest.mark.parametrize(
    ("sentence", "published", "text", "value"),
    [
        ("Export inspections in the latest week totalled 1.2 mln tonnes, the department said.",
         "1987-03-10", "the latest week", "1987-W10"),
        ("Covid admissions rose in the most recent week, officials said.", "2024-06-10",
         "the most recent week", "2024-W23"),
        ("Coffee stocks fell in the week ended March 6. In the latest week, arrivals rose.",
         "1987-03-10", "the latest week", "1987-02-28/1987-03-06"),
    ],
)
def test_the_latest_week(nlp: Language, sentence: str, published: str, text: str,
                         value: str) -> None:
    assert (text, value) in pairs(nlp, sentence, published)


def test_the_latest_weekly_figures_are_no_week(nlp: Language) -> None:
    assert pairs(nlp, "The latest weekly figures came out.", "2024-06-10") == []
