"""The publication date from an article's own evidence, when its metadata has none.

A caption date ("12 March 2023") is a lower bound: the photo was taken before the story ran.
A past-tense report on a later weekday ("..., a minister said on Thursday") moves the date on to
that weekday. Without a caption date, a dateline or the latest full date in the body is used.
A reported weekday that gives its own month and day ("announced Monday (Dec. 18)", "said on
Tuesday, March 5") names the day outright: when that month and day fall on that weekday in the
year after the bound, the date moves on to it, however far.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from functools import cache

from workbench import lexicon
from workbench.lexicon.dates import (
    find_full_dates,
    make_date,
    month_number,
    month_word_alternation,
    weekday_alternation,
    weekday_number,
    weekday_on_or_after,
)
from workbench.model import PublishedBasis

MAX_REPORT_LAG_DAYS = 3


@cache
def _reported_weekday() -> re.Pattern[str]:
    past = "|".join(sorted(lexicon.load("reporting")["past"], key=len, reverse=True))
    return re.compile(
        rf"\b(?:{past})\b(?:\s+\w+){{0,3}}?\s+(?:on\s+|late\s+|early\s+|late\s+on\s+)?"
        rf"(?P<day>{weekday_alternation()})\b"
        rf"(?:(?:\s*\(|,\s*)(?P<month>{month_word_alternation()})\s+(?P<dom>\d{{1,2}})\b)?"
    )


def reported_weekdays(paragraphs: list[str]) -> list[int]:
    """Weekdays on which the article reports something was said (0 = Monday)."""
    return [day for day, _ in _reported(paragraphs)]


def _reported(paragraphs: list[str]) -> list[tuple[int, tuple[int, int] | None]]:
    """Reported weekdays, each with the (month, day) written beside it, if any."""
    found: list[tuple[int, tuple[int, int] | None]] = []
    for paragraph in paragraphs:
        for match in _reported_weekday().finditer(paragraph):
            number = weekday_number(match.group("day"))
            if number is None:
                continue
            month = month_number(match.group("month")) if match.group("month") else None
            found.append((number, (month, int(match.group("dom"))) if month else None))
    return found


def _named_day(bound: date, weekday: int, month: int, day: int) -> date | None:
    """The first date on or after ``bound`` that is ``month``/``day`` and falls on ``weekday``
    (within a year), else None."""
    for year in (bound.year, bound.year + 1):
        named = make_date(year, month, day)
        if named is not None and named >= bound and named.weekday() == weekday:
            return named if (named - bound).days <= 366 else None
    return None


def full_dates(texts: Iterable[str]) -> list[date]:
    """The full dates written in ``texts``; a text stops at a date past the calendar's edge."""
    found: list[date] = []
    for text in texts:
        try:
            found.extend(d for _, _, d in find_full_dates(text))
        except (ValueError, OverflowError):  # e.g. "1 January 0000": year 0 does not exist
            continue
    return found


def _weekday_on_or_after(bound: date, day: int) -> date | None:
    try:
        return weekday_on_or_after(bound, day)
    except OverflowError:  # past 31 December 9999
        return None


def infer_published(
    *, captions: list[str], paragraphs: list[str]
) -> tuple[str | None, PublishedBasis | None]:
    """``(ISO date, basis)`` from captions, dateline or body; ``(None, None)`` when none."""
    bound: date | None = None
    basis: PublishedBasis | None = None
    caption_dates = full_dates(captions)
    if caption_dates:
        bound, basis = max(caption_dates), "caption"
    elif paragraphs:
        lead = full_dates([paragraphs[0][:120]])
        if lead:
            bound, basis = lead[0], "dateline"
        else:
            body_dates = full_dates(paragraphs)
            if body_dates:
                bound, basis = max(body_dates), "body"
    if bound is None:
        return None, None
    # a report dated more than a few days after the photo is more likely about an earlier day
    reported = _reported(paragraphs)
    after = [_weekday_on_or_after(bound, day) for day, _ in reported]
    later = [d for d in after if d is not None and (d - bound).days <= MAX_REPORT_LAG_DAYS]
    later += [d for day, written in reported if written is not None
              and (d := _named_day(bound, day, *written)) is not None]
    if later:
        bound = max(later)
    return bound.isoformat(), basis
