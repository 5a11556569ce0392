"""Calendar arithmetic and the absolute date forms news uses ("12 March 2023", "Nov. 26, 2024").

Helpers here know nothing of text beyond month and weekday names: they turn a day, month or
weekday into a date relative to an anchor (the publication date) in a stated direction.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from datetime import date, timedelta
from functools import cache

from workbench import lexicon

ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")  # a calendar day as ISO text: 2024-11-05


def month_number(name: str) -> int | None:
    return lexicon.load("calendar")["months"].get(name.lower().rstrip("."))


def weekday_number(name: str) -> int | None:
    return lexicon.load("calendar")["weekdays"].get(name.lower().rstrip("."))


@cache
def month_alternation() -> str:
    names = sorted(lexicon.load("calendar")["months"], key=len, reverse=True)
    return "(?:" + "|".join(n.capitalize() for n in names) + r")\.?"


@cache
def full_month_names() -> frozenset[str]:
    """Each month's longest name: "january" ... "december"."""
    longest: dict[int, str] = {}
    for name, number in lexicon.load("calendar")["months"].items():
        if len(name) > len(longest.get(number, "")):
            longest[number] = name
    return frozenset(longest.values())


@cache
def lowercase_words() -> frozenset[str]:
    """Full month names that in lower case are other words: ``may``, ``march``."""
    return lexicon.words("calendar", "lowercase_words")


@cache
def lowercase_month_alternation() -> str:
    """Full month names written in lower case that can only be months (``december``)."""
    names = sorted(full_month_names() - lowercase_words(), key=len, reverse=True)
    return "(?:" + "|".join(names) + ")"


@cache
def month_word_alternation() -> str:
    """Month names as a word: spelled out, or abbreviated with an optional full stop."""
    names = sorted(lexicon.load("calendar")["months"], key=len, reverse=True)
    full = full_month_names()
    return "(?:" + "|".join(
        n.capitalize() if n in full else n.capitalize() + r"\.?" for n in names) + ")"


@cache
def full_month_alternation() -> str:
    """Month names spelled out in full: the forms that stand alone without a day."""
    names = sorted(full_month_names(), key=len, reverse=True)
    return "(?:" + "|".join(n.capitalize() for n in names) + ")"


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
        found = make_date(year, month, day)
        if found is not None:
            yield match.start(), match.end(), found


def make_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when the day does not exist in that month."""
    if not (1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]):
        return None
    return date(year, month, day)


def weekday_on_or_before(anchor: date, weekday: int) -> date:
    """The most recent ``weekday`` (0 = Monday) on or before ``anchor``."""
    return anchor - timedelta(days=(anchor.weekday() - weekday) % 7)


def weekday_on_or_after(anchor: date, weekday: int) -> date:
    """The first ``weekday`` on or after ``anchor``."""
    return anchor + timedelta(days=(weekday - anchor.weekday()) % 7)


def weekday_before(anchor: date, weekday: int) -> date:
    """The most recent ``weekday`` strictly before ``anchor`` ("last Friday")."""
    return weekday_on_or_before(anchor - timedelta(days=1), weekday)


def weekday_after(anchor: date, weekday: int) -> date:
    """The first ``weekday`` strictly after ``anchor`` ("next Friday")."""
    return weekday_on_or_after(anchor + timedelta(days=1), weekday)


def week_of(anchor: date, *, offset: int = 0) -> tuple[date, date]:
    """Monday and Sunday of the week holding ``anchor``, moved by ``offset`` weeks."""
    monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=offset)
    return monday, monday + timedelta(days=6)


def add_months(anchor: date, months: int) -> date:
    """``anchor`` moved by whole months, the day clamped to the target month's length."""
    index = anchor.year * 12 + anchor.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(anchor.day, last))


def add_years(anchor: date, years: int) -> date:
    return add_months(anchor, 12 * years)


def day_month_date(month: int, day: int, anchor: date, *, ahead_days: int,
                   weekday: int | None = None) -> date | None:
    """The year of a day-month written without one, chosen around ``anchor``.

    The first such day on or after the anchor when it is at most ``ahead_days`` ahead, else the
    latest one before it: ``ahead_days=0`` looks back, ``ahead_days=366`` looks ahead.
    A weekday written beside the date ("Thursday, June 8") picks the year it fits, when one does.
    """
    candidates = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1)
                  if (d := make_date(y, month, day)) is not None]
    if not candidates:
        return None
    if weekday is not None:
        fitting = [d for d in candidates if d.weekday() == weekday]
        if len(fitting) == 1:
            return fitting[0]
    future = [d for d in candidates if d >= anchor]
    if future and (min(future) - anchor).days <= ahead_days:
        return min(future)
    past = [d for d in candidates if d <= anchor]
    return max(past) if past else min(candidates)


def month_year(month: int, anchor: date, *, ahead_months: int) -> int:
    """The year of a month named without one ("in September"), chosen around ``anchor``.

    The coming such month when it is at most ``ahead_months`` after the anchor's month, else
    the latest one up to the anchor's month (which is the anchor's own month when they match).
    """
    ahead = (month - anchor.month) % 12
    if 0 < ahead <= ahead_months:
        return anchor.year + (1 if month < anchor.month else 0)
    return anchor.year - (1 if month > anchor.month else 0)


def iso_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def iso_week(day: date) -> str:
    """The ISO 8601 week holding ``day``, as TIMEX3 writes it: ``2024-W46``."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def iso_range(first: date, last: date) -> str:
    return f"{first.isoformat()}/{last.isoformat()}"
