"""The publication date from an article's own evidence, when its metadata has none.

A caption date ("12 March 2023") is a lower bound: the photo was taken before the story ran.
A past-tense report on a later weekday ("..., a minister said on Thursday") moves the date on to
that weekday. Without a caption date, a dateline or the latest full date in the body is used.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from workbench import lexicon
from workbench.lexicon.dates import (
    find_full_dates,
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
    )


def reported_weekdays(paragraphs: list[str]) -> list[int]:
    """Weekdays on which the article reports something was said (0 = Monday)."""
    found: list[int] = []
    for paragraph in paragraphs:
        for match in _reported_weekday().finditer(paragraph):
            number = weekday_number(match.group("day"))
            if number is not None:
                found.append(number)
    return found


def infer_published(
    *, captions: list[str], paragraphs: list[str]
) -> tuple[str | None, PublishedBasis | None]:
    """``(ISO date, basis)`` from captions, dateline or body; ``(None, None)`` when none."""
    bound: date | None = None
    basis: PublishedBasis | None = None
    caption_dates = [d for c in captions for _, _, d in find_full_dates(c)]
    if caption_dates:
        bound, basis = max(caption_dates), "caption"
    elif paragraphs:
        lead = list(find_full_dates(paragraphs[0][:120]))
        if lead:
            bound, basis = lead[0][2], "dateline"
        else:
            body_dates = [d for p in paragraphs for _, _, d in find_full_dates(p)]
            if body_dates:
                bound, basis = max(body_dates), "body"
    if bound is None:
        return None, None
    # a report dated more than a few days after the photo is more likely about an earlier day
    later = [weekday_on_or_after(bound, day) for day in reported_weekdays(paragraphs)]
    later = [d for d in later if (d - bound).days <= MAX_REPORT_LAG_DAYS]
    if later:
        bound = max(later)
    return bound.isoformat(), basis
