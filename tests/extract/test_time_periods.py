"""Quarters, halves, fiscal years, seasons, decades, month ranges, parts of today and present
references (sentences written for the tests, on patterns of several news domains)."""

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


def resolved(nlp: Language, sentence: str, published: str | None, text: str) -> str | None:
    matches = [t for t in found(nlp, sentence, published) if t.text == text]
    assert len(matches) == 1, [(t.text, t.resolved) for t in found(nlp, sentence, published)]
    return matches[0].resolved


@pytest.mark.parametrize(
    ("sentence", "published", "text", "value"),
    [
        ("Inflation fell in the first quarter of 1987.", None, "the first quarter of 1987",
         "1987-Q1"),
        ("Deliveries beat the record set in the fourth quarter last year.", "2019-04-04",
         "the fourth quarter last year", "2018-Q4"),
        ("The airline reported a profit for the third quarter.", "2024-11-05",
         "the third quarter", "2024-Q3"),
        ("The retailer's fourth-quarter sales fell, it said.", "2025-01-20", "fourth-quarter",
         "2024-Q4"),
        ("Growth slowed in Q3 2023, the statistics office said.", None, "Q3 2023", "2023-Q3"),
        ("Hospital admissions rose in Q2, the trust said.", "2024-08-01", "Q2", "2024-Q2"),
        ("The chipmaker expects revenue to grow next quarter.", "2024-05-10", "next quarter",
         "2024-Q3"),
        ("Ticket sales fell in the first half of the year.", "2023-09-01",
         "the first half of the year", "2023-H1"),
        ("Exports rose in the second half of 2022.", None, "the second half of 2022", "2022-H2"),
        ("Net profit fell in the 1986 fourth quarter.", "1987-03-02", "the 1986 fourth quarter",
         "1986-Q4"),
    ],
)
def test_quarters_and_halves(nlp: Language, sentence: str, published: str | None, text: str,
                             value: str) -> None:
    assert resolved(nlp, sentence, published, text) == value


@pytest.mark.parametrize(
    "sentence",
    [
        "The home side led by ten points in the third quarter.",
        "She scored twice in the first half.",
        "A quarter of the voters stayed at home.",
    ],
)
def test_a_game_quarter_is_no_period(nlp: Language, sentence: str) -> None:
    assert not [t for t in found(nlp, sentence, "2024-03-01")
                if t.resolved and ("Q" in t.resolved or "H" in t.resolved)]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The district's budget for fiscal 2024 was approved.", "fiscal 2024", "FY2024"),
        ("The carrier's FY24 results disappointed investors.", "FY24", "FY2024"),
    ],
)
def test_fiscal_years(nlp: Language, sentence: str, text: str, value: str) -> None:
    assert resolved(nlp, sentence, "2024-06-01", text) == value


@pytest.mark.parametrize(
    ("sentence", "published", "text", "value"),
    [
        ("Crime peaked in the 1970s.", "2020-08-21", "1970s", "197"),
        ("The band was big in the '80s.", "2020-08-21", "'80s", "198"),
        ("Prices were lower in the 2010s.", "2023-01-01", "2010s", "201"),
    ],
)
def test_decades(nlp: Language, sentence: str, published: str, text: str, value: str) -> None:
    assert resolved(nlp, sentence, published, text) == value


@pytest.mark.parametrize(
    ("sentence", "published", "text", "value"),
    [
        ("Heat records may fall again this summer.", "2024-05-02", "this summer", "2024-SU"),
        ("Flu cases peaked last winter.", "2024-05-02", "last winter", "2023-WI"),
        ("The drought in the summer of 2022 hurt farmers.", None, "the summer of 2022",
         "2022-SU"),
        ("The league resumes next spring.", "2024-10-02", "next spring", "2025-SP"),
    ],
)
def test_seasons(nlp: Language, sentence: str, published: str | None, text: str,
                 value: str) -> None:
    assert resolved(nlp, sentence, published, text) == value


def test_a_bare_season_or_the_verb_fall_is_no_time(nlp: Language) -> None:
    assert not found(nlp, "Prices fall in winter when demand drops.", "2024-05-02")


@pytest.mark.parametrize(
    ("sentence", "published", "text", "value"),
    [
        ("The firm sold 63,000 cars from January to March.", "2019-04-04", "January to March",
         "2019-01/2019-03"),
        ("The months from January to August 2022 were dry.", None, "January to August 2022",
         "2022-01/2022-08"),
        ("The exhibition runs from June to September.", "2024-05-01", "June to September",
         "2024-06/2024-09"),
    ],
)
def test_month_ranges(nlp: Language, sentence: str, published: str | None, text: str,
                      value: str) -> None:
    assert resolved(nlp, sentence, published, text) == value


def test_a_month_range_needs_two_months(nlp: Language) -> None:
    texts = [t.text for t in found(nlp, "Talks ran from March to April 5.", "2024-05-01")]
    assert "March to April" not in texts


def test_this_afternoon_is_the_publication_day(nlp: Language) -> None:
    assert resolved(nlp, "Shares fell this afternoon.", "2019-04-04",
                    "this afternoon") == "2019-04-04"


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The clinic is now closed to visitors.", "now", "PRESENT_REF"),
        ("The team is currently third in the table.", "currently", "PRESENT_REF"),
        ("The court recently ruled on the case.", "recently", "PAST_REF"),
    ],
)
def test_present_references(nlp: Language, sentence: str, text: str, value: str) -> None:
    assert resolved(nlp, sentence, "2024-05-02", text) == value


def test_a_month_ahead_in_a_future_clause(nlp: Language) -> None:
    assert resolved(nlp, "The new mayor will be sworn in in January.", "2024-11-06",
                    "January") == "2025-01"


def test_mixed_fraction_durations(nlp: Language) -> None:
    assert resolved(nlp, "He was jailed for 22 1/2 years.", None, "22 1/2 years") == "P22Y6M"


def test_a_year_this_century_and_next(nlp: Language) -> None:
    assert resolved(nlp, "Summers could be far hotter by 2100.", "2023-07-27", "2100") == "2100"


@pytest.mark.parametrize(
    ("sentence", "published", "text", "value"),
    [
        ("Starting in June, the agency said it would cut fees.", "2024-05-01", "June", "2024-06"),
        ("Nurses announced a strike beginning on 25 July.", "2025-07-10", "25 July",
         "2025-07-25"),
        ("Prices rose from March, the survey found.", "2024-02-20", "March", "2023-03"),
    ],
)
def test_a_start_word_looks_ahead(nlp: Language, sentence: str, published: str, text: str,
                                  value: str) -> None:
    assert resolved(nlp, sentence, published, text) == value


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Fares will rise in April next year.", "April next year", "2024-04"),
        ("The plant closed in March last year.", "March last year", "2022-03"),
    ],
)
def test_month_of_the_next_or_last_year(nlp: Language, sentence: str, text: str,
                                        value: str) -> None:
    assert resolved(nlp, sentence, "2023-12-22", text) == value


def test_a_season_opening_a_sentence(nlp: Language) -> None:
    assert resolved(nlp, "Summer 2022 was the hottest on record.", None, "Summer 2022") == \
        "2022-SU"


@pytest.mark.parametrize(("sentence", "published", "texts", "value"), [
    ("The insurer announced the breach Monday (Dec. 18).", "2023-12-05", ["Monday", "Dec. 18"],
     "2023-12-18"),
    ("The cabinet meets on Tuesday (12 December) to vote.", "2023-12-12",
     ["Tuesday", "12 December"], "2023-12-12"),
])
def test_a_weekday_with_its_date_in_brackets(nlp: Language, sentence: str, published: str,
                                             texts: list[str], value: str) -> None:
    assert [t.text for t in found(nlp, sentence, published)] == texts
    assert {resolved(nlp, sentence, published, text) for text in texts} == {value}


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("She lifted the trophy at the Australian Open 2024 final in Melbourne.", "2024"),
        ("Fans gathered for the Euro 2024 opener in Munich.", "2024"),
    ],
)
def test_an_event_named_with_its_year(nlp: Language, sentence: str, text: str) -> None:
    assert resolved(nlp, sentence, "2024-06-20", text) == text


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The index covers July 2023 \u2013 June 2024, the agency said.",
         "July 2023 \u2013 June 2024", "2023-07/2024-06"),
        ("Ridership doubled between March 2021 and May 2022.", "March 2021 and May 2022",
         "2021-03/2022-05"),
        ("The ban ran from October 2019 to January 2020.", "October 2019 to January 2020",
         "2019-10/2020-01"),
    ],
)
def test_ranges_of_months_with_years(nlp: Language, sentence: str, text: str,
                                     value: str) -> None:
    assert resolved(nlp, sentence, "2024-07-15", text) == value


def test_months_in_reverse_order_are_no_range(nlp: Language) -> None:
    texts = [(t.text, t.kind) for t in found(
        nlp, "Prices peaked between May 2022 and March 2021, oddly.", "2024-07-15")]
    assert ("May 2022", "month") in texts and ("March 2021", "month") in texts


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Costs averaged 8 dlrs a barrel over the past three-year period.",
         "the past three-year period", "P3Y"),
        ("Rainfall over the past 12 month period was the lowest on record.",
         "the past 12 month period", "P12M"),
    ],
)
def test_a_duration_takes_its_period_noun(nlp: Language, sentence: str, text: str,
                                          value: str) -> None:
    assert resolved(nlp, sentence, "2024-07-15", text) == value


@pytest.mark.parametrize(
    ("title", "text", "value"),
    [
        ("MINISTER PLANS TRADE TRIP TO CHINA THIS SUMMER", "THIS SUMMER", "1987-SU"),
        ("OIL MINISTERS TO MEET IN JUNE", "JUNE", "1987-06"),
    ],
)
def test_times_in_a_capitalised_headline(nlp: Language, title: str, text: str,
                                         value: str) -> None:
    article = make_article("The ministry gave no details.", title=title, published="1987-03-04")
    hits = [(t.text, t.resolved) for t in times(nlp(article.text), article)]
    assert hits == [(text, value)]


@pytest.mark.parametrize(
    "title", ["FED MAY CUT DISCOUNT RATE, ECONOMISTS SAY", "SUN <SUN> TO PAY SPECIAL DIVIDEND"])
def test_a_capitalised_headline_without_times(nlp: Language, title: str) -> None:
    article = make_article("The bank gave no details.", title=title, published="1987-03-04")
    assert not list(times(nlp(article.text), article))


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The highway is to be rebuilt at a cost of 90 mln dlrs, starting in December.",
         "December", "2024-12"),
        ("The league's owners are to vote on the new format in January.", "January", "2025-01"),
    ],
)
def test_be_to_looks_ahead(nlp: Language, sentence: str, text: str, value: str) -> None:
    assert resolved(nlp, sentence, "2024-07-15", text) == value


@pytest.mark.parametrize(
    ("sentence", "published", "text", "value"),
    [
        ("The deadline is the end of March.", "2022-11-02", "end of March", "2023-03"),
        ("The new rules take effect in April, the regulator said.", "2024-12-10", "April",
         "2025-04"),
        ("Inflation in March is 3.1%, the bureau said.", "2024-05-10", "March", "2024-03"),
        ("Prices in June are 5% higher than a year before.", "2024-12-10", "June", "2024-06"),
    ],
)
def test_a_present_month_up_to_four_ahead(nlp: Language, sentence: str, published: str,
                                          text: str, value: str) -> None:
    assert resolved(nlp, sentence, published, text) == value


@pytest.mark.parametrize(
    ("sentence", "published", "text", "value"),
    [
        ("The square looks as it did in February, when the floods began.", "2022-10-17",
         "February", "2022-02"),
        ("He said the firm sold the plant that is now idle in January.", "2024-10-01",
         "January", "2024-01"),
    ],
)
def test_a_present_month_in_a_sentence_of_the_past(nlp: Language, sentence: str,
                                                   published: str, text: str,
                                                   value: str) -> None:
    assert resolved(nlp, sentence, published, text) == value
