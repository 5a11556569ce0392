"""Do the estimates of one measurable agree?

Each estimate stands for an interval: an exact count for itself, a bound for a half-line
("up to 12,000" is at most 12,000), a range for its ends, an approximate count for a band of
``approx_tolerance`` around it. Intervals that all overlap agree; otherwise they conflict,
and the spread is the highest lower end over the lowest upper end (for exact counts, the
largest over the smallest). A later estimate from the same source
supersedes that source's earlier ones: both stay, the earlier is marked and left out of the
verdict.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from workbench.compare.estimates.measurables import Estimate
from workbench.compare.units import interval

SINGLE, AGREE, CONFLICT = "single", "agree", "conflict"


def overlap(intervals: Sequence[tuple[float, float]]) -> bool:
    """Do all intervals share at least one point?"""
    return max(low for low, _ in intervals) <= min(high for _, high in intervals)


def spread(intervals: Sequence[tuple[float, float]]) -> float | None:
    """How far apart disagreeing estimates are: the highest lower end over the lowest upper
    end ("at least 64,000" against "5,710" is 11.2); None when they all overlap."""
    highest_low = max(low for low, _ in intervals)
    lowest_high = min(high for _, high in intervals)
    if highest_low <= lowest_high or lowest_high <= 0:
        return None
    return highest_low / lowest_high


@dataclass(frozen=True, slots=True)
class Judged:
    """One estimate with its standing among the others of its measurable."""

    estimate: Estimate
    superseded_by: str | None  # article id of the same source's later estimate
    agreement: str  # single, agree, conflict (the verdict of its measurable)
    spread: float | None
    disagrees: int  # current estimates of other sources whose interval misses this one


def specific(source: str | None) -> bool:
    """A named source ("Ukraine's navy") can update itself; "officials" cannot."""
    return source is not None and source[:1].isupper()


def superseded(estimates: Sequence[Estimate]) -> list[str | None]:
    """For each estimate, the article of a later estimate from the same source, else None."""
    latest: dict[str, Estimate] = {}
    for e in estimates:
        if e.source is None or not specific(e.source) or e.stated is None:
            continue
        best = latest.get(e.source)
        if best is None or best.stated is None or best.stated < e.stated:
            latest[e.source] = e
    marks: list[str | None] = []
    for e in estimates:
        newest = latest.get(e.source) if e.source is not None else None
        later = (newest is not None and e.stated is not None and newest.stated is not None
                 and newest.stated > e.stated)
        marks.append(newest.article_id if later and newest is not None else None)
    return marks


def judge(estimates: Sequence[Estimate]) -> list[Judged]:
    """Verdict for estimates of one measurable, each estimate marked."""
    marks = superseded(estimates)
    current = [e for e, mark in zip(estimates, marks, strict=True) if mark is None]
    bands = [interval(e.quantity) for e in current]
    distinct = {(e.quantity.value, e.quantity.low, e.quantity.high, e.quantity.qualifier)
                for e in current}
    if len(distinct) <= 1:
        verdict = SINGLE if len({e.source for e in current}) <= 1 else AGREE
    else:
        verdict = AGREE if overlap(bands) else CONFLICT
    spread_ = spread(bands) if verdict == CONFLICT else None
    judged = []
    for e, mark in zip(estimates, marks, strict=True):
        mine = interval(e.quantity)
        disagrees = sum(1 for other, band in zip(current, bands, strict=True)
                        if other.source != e.source and not overlap([mine, band]))
        judged.append(Judged(e, mark, verdict, spread_, disagrees))
    return judged
