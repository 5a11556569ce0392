"""Calendar helpers: full dates in text, weekdays, weeks, months and the year of a day-month."""

from __future__ import annotations

import re
from datetime import date

import pytest

from workbench.lexicon import dates

TUE = date(2024, 11, 5)  # a Tuesday


@pytest.mark.parametrize(("text", "expected"), [
    ("Moscow, Russia, 04 November 2024. EPA", [date(2024, 11, 4)]),
    ("released November 29, 2024.", [date(2024, 11, 29)]),
    ("on Nov. 26, 2024, in Kyiv", [date(2024, 11, 26)]),
    ("dated 2022-03-15", [date(2022, 3, 15)]),
    ("31 February 2024 is no date", []),
    ("November 29 is missing its year", []),
    ("troops numbered 2,000 in 2024", []),
])
def test_find_full_dates(text: str, expected: list[date]) -> None:
    assert [d for _, _, d in dates.find_full_dates(text)] == expected


def test_find_full_dates_offsets() -> None:
    text = "Kyiv, 04 November 2024."
    (start, end, _), = dates.find_full_dates(text)
    assert text[start:end] == "04 November 2024"


@pytest.mark.parametrize(("name", "number"), [
    ("Monday", 0), ("tues", 1), ("Sunday", 6), ("Someday", None)])
def test_weekday_number(name: str, number: int | None) -> None:
    assert dates.weekday_number(name) == number


@pytest.mark.parametrize(("name", "number"),
                         [("Nov.", 11), ("Sept", 9), ("May", 5), ("Mayo", None)])
def test_month_number(name: str, number: int | None) -> None:
    assert dates.month_number(name) == number


def test_month_word_alternation_takes_a_stop_only_after_abbreviations() -> None:
    pattern = re.compile(dates.month_word_alternation())
    assert pattern.match("Nov. 5").group(0) == "Nov."  # type: ignore[union-attr]
    assert pattern.match("April. Then").group(0) == "April"  # type: ignore[union-attr]


@pytest.mark.parametrize(("weekday", "before", "on_before", "on_after", "after"), [
    (0, date(2024, 11, 4), date(2024, 11, 4), date(2024, 11, 11), date(2024, 11, 11)),
    (1, date(2024, 10, 29), date(2024, 11, 5), date(2024, 11, 5), date(2024, 11, 12)),
    (4, date(2024, 11, 1), date(2024, 11, 1), date(2024, 11, 8), date(2024, 11, 8)),
])
def test_weekday_arithmetic(weekday: int, before: date, on_before: date, on_after: date,
                            after: date) -> None:
    assert dates.weekday_before(TUE, weekday) == before
    assert dates.weekday_on_or_before(TUE, weekday) == on_before
    assert dates.weekday_on_or_after(TUE, weekday) == on_after
    assert dates.weekday_after(TUE, weekday) == after


@pytest.mark.parametrize(("offset", "monday", "sunday"), [
    (0, date(2024, 11, 4), date(2024, 11, 10)),
    (-1, date(2024, 10, 28), date(2024, 11, 3)),
    (1, date(2024, 11, 11), date(2024, 11, 17)),
])
def test_week_of(offset: int, monday: date, sunday: date) -> None:
    assert dates.week_of(TUE, offset=offset) == (monday, sunday)


@pytest.mark.parametrize(("anchor", "months", "expected"), [
    (date(2024, 1, 31), 1, date(2024, 2, 29)),
    (date(2024, 11, 5), -1, date(2024, 10, 5)),
    (date(2024, 1, 15), -2, date(2023, 11, 15)),
    (date(2024, 12, 1), 1, date(2025, 1, 1)),
])
def test_add_months(anchor: date, months: int, expected: date) -> None:
    assert dates.add_months(anchor, months) == expected


@pytest.mark.parametrize(("month", "day", "anchor", "ahead", "weekday", "expected"), [
    (2, 24, date(2022, 11, 2), 0, None, date(2022, 2, 24)),
    (2, 24, date(2022, 11, 2), 30, None, date(2022, 2, 24)),
    (10, 12, date(2022, 8, 9), 366, None, date(2022, 10, 12)),
    (10, 12, date(2022, 8, 9), 30, None, date(2021, 10, 12)),
    (1, 12, date(2021, 12, 3), 366, None, date(2022, 1, 12)),
    (12, 20, date(2022, 1, 10), 30, None, date(2021, 12, 20)),
    (5, 9, date(2022, 5, 3), 30, None, date(2022, 5, 9)),
    (5, 24, date(2022, 5, 24), 0, None, date(2022, 5, 24)),
    (5, 24, date(2022, 5, 24), 366, None, date(2022, 5, 24)),
    # the weekday written beside the date decides: 27 February 2022 was a Sunday
    (2, 27, date(2022, 2, 26), 0, 6, date(2022, 2, 27)),
    (2, 29, date(2023, 3, 1), 0, None, date(2024, 2, 29)),
    (2, 30, date(2023, 3, 1), 0, None, None),
])
def test_day_month_date(month: int, day: int, anchor: date, ahead: int,
                        weekday: int | None, expected: date | None) -> None:
    assert dates.day_month_date(month, day, anchor, ahead_days=ahead,
                                weekday=weekday) == expected


@pytest.mark.parametrize(("month", "anchor", "ahead", "year"), [
    (9, date(2024, 11, 5), 0, 2024),
    (11, date(2024, 11, 5), 0, 2024),
    (11, date(2024, 11, 5), 12, 2024),
    (12, date(2024, 11, 5), 0, 2023),
    (12, date(2024, 11, 5), 1, 2024),
    (1, date(2022, 11, 28), 2, 2023),
    (1, date(2022, 11, 28), 1, 2022),
    (3, date(2022, 11, 2), 1, 2022),
    (3, date(2022, 11, 2), 12, 2023),
])
def test_month_year(month: int, anchor: date, ahead: int, year: int) -> None:
    assert dates.month_year(month, anchor, ahead_months=ahead) == year


def test_iso_forms() -> None:
    assert dates.iso_month(2024, 9) == "2024-09"
    assert dates.iso_range(date(2024, 11, 10), date(2024, 11, 16)) == "2024-11-10/2024-11-16"
    assert dates.make_date(2023, 2, 29) is None
