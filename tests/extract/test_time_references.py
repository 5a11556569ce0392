"""Times of results and wire copy: quarters beside amounts, coordinated and anaphoric quarters,
year-ago periods, parts of a period, days written as words, year-end and year-to-date, and a day
just past against the same day almost a year ahead (sentences written for the tests, on patterns
of economy, energy, company, sports and health news)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.conftest import make_article
from workbench.extract.times import times
from workbench.model import TimeExpr


def found(nlp: Language, text: str, published: str | None) -> list[TimeExpr]:
    article = make_article(text, published=published)
    result = list(times(nlp(article.text), article))
    for t in result:
        assert article.text[t.start:t.end] == t.text
    return result


def resolved(nlp: Language, text: str, published: str | None) -> dict[str, str | None]:
    return {t.text: t.resolved for t in found(nlp, text, published)}


@pytest.mark.parametrize(
    ("text", "published", "span", "value"),
    [
        ("The deficit narrowed to 5.5 billion dlrs in the final quarter.", "1987-03-17",
         "the final quarter", "1986-Q4"),
        ("The charity raised $2 million in the third quarter.", "2024-11-05",
         "the third quarter", "2024-Q3"),
        ("Vaccination cover reached 91 pct in the second quarter.", "2024-11-05",
         "the second quarter", "2024-Q2"),
        ("Growth slowed from 4.5 pct in the third and fourth quarters of last year.",
         "1987-06-19", "the third and fourth quarters of last year", "1986-Q3/1986-Q4"),
        ("Turnover rose in the first and second halves of 2022.", None,
         "the first and second halves of 2022", "2022-H1/2022-H2"),
    ],
)
def test_quarters_beside_amounts_and_coordinated(nlp: Language, text: str,
                                                 published: str | None, span: str,
                                                 value: str) -> None:
    assert resolved(nlp, text, published)[span] == value


@pytest.mark.parametrize(
    "text",
    [
        "The home side led 21-14 in the third quarter.",
        "They trailed in the third and fourth quarters before a late rally.",
    ],
)
def test_a_game_quarter_is_no_time(nlp: Language, text: str) -> None:
    assert found(nlp, text, "2024-11-05") == []


@pytest.mark.parametrize(
    ("text", "published", "span", "value"),
    [
        ("Investment rose 14.4 billion dlrs in the fourth quarter of 1986, against 5.6 billion "
         "dlrs in the previous quarter.", "1987-03-17", "the previous quarter", "1986-Q3"),
        ("Sales beat the previous quarter, the retailer said.", "2024-05-10",
         "the previous quarter", "2024-Q1"),
        ("Net income rose to 5 mln dlrs in the third quarter from 4 mln dlrs a year earlier.",
         "1989-11-02", "a year earlier", "1988-Q3"),
        ("Admissions in the second quarter of 2023 beat the year-ago quarter.", None,
         "year-ago", "2022-Q2"),
        ("Refinery runs rose from the year-ago period.", "1987-03-25", "year-ago", "1986"),
        ("Prices fell two years earlier, the survey found.", "2024-05-10",
         "two years earlier", "2022"),
    ],
)
def test_quarters_and_years_counted_from_the_one_named(nlp: Language, text: str,
                                                       published: str | None, span: str,
                                                       value: str) -> None:
    assert resolved(nlp, text, published)[span] == value


@pytest.mark.parametrize(
    ("text", "published", "span", "value"),
    [
        ("Balances averaged 54 billion over the first nine days of March.", "1987-03-11",
         "the first nine days of March", "1987-03-01/1987-03-09"),
        ("In the first 78 days of the year, refinery runs were up.", "1987-03-25",
         "the first 78 days of the year", "1987-01-01/1987-03-19"),
        ("Ticket sales rose in the first two months of this year.", "2024-05-10",
         "the first two months of this year", "2024-01-01/2024-02-29"),
        ("Confidence improved from January to May 31, the bank said.", "1987-06-19",
         "January to May 31", "1987-01/1987-05-31"),
        ("Year-to-date demand averaged 16.3 mln bpd.", "1987-03-25", "Year-to-date",
         "1987-01-01/1987-03-25"),
        ("Analysts expect the index to end higher by yearend.", "1987-04-28", "yearend", "1987"),
    ],
)
def test_parts_of_periods(nlp: Language, text: str, published: str | None, span: str,
                          value: str) -> None:
    assert resolved(nlp, text, published)[span] == value


def test_a_first_stretch_without_its_period_stays_a_duration(nlp: Language) -> None:
    assert resolved(nlp, "He was ill for the first nine days.", "2024-05-10") == {
        "the first nine days": "P9D"}


@pytest.mark.parametrize(
    ("text", "published", "span", "value"),
    [
        ("The merger should close by July one 1988, the bank said.", "1987-03-18",
         "July one 1988", "1988-07-01"),
        ("The new tariffs take effect on April one, the ministry said.", "1987-03-18",
         "April one", "1987-04-01"),
        ("For the year ended december 31, the brewer earned 5 mln dlrs.", "1987-03-18",
         "december 31", "1986-12-31"),
        ("The maturities run between one year and two years.", None, "one year", "P1Y"),
    ],
)
def test_wire_copy_days_and_durations(nlp: Language, text: str, published: str | None,
                                      span: str, value: str) -> None:
    assert resolved(nlp, text, published)[span] == value


@pytest.mark.parametrize(
    "text",
    ["In March two companies merged.", "Shares fell in may 5 sessions."],
)
def test_no_day_of_a_month(nlp: Language, text: str) -> None:
    assert all(t.kind != "date" for t in found(nlp, text, "1987-03-18"))


@pytest.mark.parametrize(
    ("text", "published", "span", "value"),
    [
        ("Deposit rates will be lowered, in line with the cut in the discount rate on "
         "February 23.", "1987-03-02", "February 23", "1987-02-23"),
        ("The club will appeal against the ban handed down on November 28.", "2023-12-04",
         "November 28", "2023-11-28"),
        ("The festival will open on February 20 next year.", "1987-03-02", "February 20",
         "1988-02-20"),
        ("Holders approved the split, payable to holders of record May 7.", "1987-04-27",
         "May 7", "1987-05-07"),
        ("The club signed the striker, who joins on July 1.", "2023-06-20", "July 1",
         "2023-07-01"),
        ("The plant has been closed since May 7.", "1987-04-27", "May 7", "1986-05-07"),
        ("Analysts said prices would top $90 a barrel by January 1.", "2024-04-28",
         "January 1", "2025-01-01"),
    ],
)
def test_a_day_just_past_against_one_far_ahead(nlp: Language, text: str, published: str,
                                               span: str, value: str) -> None:
    assert resolved(nlp, text, published)[span] == value


@pytest.mark.parametrize(
    ("text", "published", "span", "value"),
    [
        ("Deliveries were 63,000 from January to March, against 90,966 in the fourth quarter "
         "of 2018. Most cars shipped towards the end of the quarter.", "2019-04-04",
         "the quarter", "2019-Q1"),
        ("Sales were 2.7 billion dlrs in the fourth quarter of 1986. Purchases were 500 mln "
         "dlrs in the quarter.", "1987-03-17", "the quarter", "1986-Q4"),
        ("The deficit hit 36.8 billion dlrs in the October-December fourth quarter of 1986.",
         "1987-03-17", "October-December fourth quarter of 1986", "1986-Q4"),
    ],
)
def test_the_quarter_a_report_is_about(nlp: Language, text: str, published: str, span: str,
                                       value: str) -> None:
    assert resolved(nlp, text, published)[span] == value


@pytest.mark.parametrize(
    ("text", "span"),
    [("Net income for the quarter rose 12% to $45.6 million.", "the quarter"),
     ("Sales in the latest quarter fell 3% to 1.4 billion yen.", "the latest quarter")],
)
def test_the_quarter_of_results_is_the_last_completed(nlp: Language, text: str,
                                                      span: str) -> None:
    assert resolved(nlp, text, "1989-10-26")[span] == "1989-Q3"


def test_the_quarter_without_a_quarter_named_is_no_time(nlp: Language) -> None:
    assert found(nlp, "Crowds filled the quarter near the old harbour.", "2024-05-10") == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The repairs will take a few years, the council said.", "a few years", "PXY"),
        ("Prices swung over the past several months.", "the past several months", "PXM"),
        ("The storm lasted a few hours.", "a few hours", "PTXH"),
    ],
)
def test_vague_durations(nlp: Language, text: str, span: str, value: str) -> None:
    assert resolved(nlp, text, "2024-05-10")[span] == value


@pytest.mark.parametrize(
    ("text", "published", "span", "value"),
    [
        ("The company expects revenue of $90 billion in the June quarter.", "2024-03-14",
         "the June quarter", "2024-Q2"),
        ("Profit rose in the December quarter, the miner said.", "2024-03-14",
         "the December quarter", "2023-Q4"),
        ("The ministry plans elections in October.", "2024-03-14", "October", "2024-10"),
    ],
)
def test_month_quarters_and_verbs_of_planning(nlp: Language, text: str, published: str,
                                              span: str, value: str) -> None:
    assert resolved(nlp, text, published)[span] == value


def test_a_month_that_closes_no_quarter_is_no_quarter(nlp: Language) -> None:
    assert "the May quarter" not in resolved(nlp, "Sales fell in the May quarter.", "2024-03-14")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The phone will cost $799 when it ships in September.", "September", "2023-09"),
        ("The museum will reopen once repairs end in August.", "August", "2023-08"),
        ("The bridge reopened when the floods ended in October.", "October", "2022-10"),
    ],
)
def test_a_present_clause_under_a_future_one(nlp: Language, text: str, span: str,
                                             value: str) -> None:
    assert resolved(nlp, text, "2023-06-20")[span] == value
