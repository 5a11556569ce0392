"""Calendar arithmetic and the absolute date forms news uses ("04 November 2024", "Nov. 26, 2024")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from functools import cache

from workbench import lexicon


def month_number(name: str) -> int | None:
    return lexicon.load("calendar")["months"].get(name.lower().rstrip("."))


def weekday_number(name: str) -> int | None:
    return lexicon.load("calendar")["weekdays"].get(name.lower().rstrip("."))


@cache
def month_alternation() -> str:
    names = sorted(lexicon.load("calendar")["months"], key=len, reverse=True)
    return "(?:" + "|".join(n.capitalize() for n in names) + r")\.?"


@cache
def weekday_alternation() -> str:
    names = [n for n in lexicon.load("calendar")["weekdays"] if len(n) > 4]
    return "(?:" + "|".join(n.capitalize() for n in names) + ")"


@cache
def full_date_pattern() -> re.Pattern[str]:
    """Day, month and year in the orders news uses."""
    m = month_alternation()
    return re.compile(
        rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{m})\s*,?\s+(?P<y1>\d{{4}})"
        rf"|(?P<m2>{m})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s*,\s*(?P<y2>\d{{4}})"
        rf"|(?P<y3>\d{{4}})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}}))\b"
    )


def find_full_dates(text: str) -> Iterator[tuple[int, int, date]]:
    """``(start, end, date)`` for every valid day-month-year date in ``text``."""
    for match in full_date_pattern().finditer(text):
        g = match.groupdict()
        if g["y1"]:
            month, day, year = month_number(g["m1"]), int(g["d1"]), int(g["y1"])
        elif g["y2"]:
            month, day, year = month_number(g["m2"]), int(g["d2"]), int(g["y2"])
        else:
            month, day, year = int(g["m3"]), int(g["d3"]), int(g["y3"])
        if month is None:
            continue
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        yield match.start(), match.end(), found


def weekday_on_or_before(anchor: date, weekday: int) -> date:
    """The most recent ``weekday`` (0 = Monday) on or before ``anchor``."""
    return anchor - timedelta(days=(anchor.weekday() - weekday) % 7)


def weekday_on_or_after(anchor: date, weekday: int) -> date:
    """The first ``weekday`` on or after ``anchor``."""
    return anchor + timedelta(days=(weekday - anchor.weekday()) % 7)
