"""A total and the figures after it in its sentence that add up to it with no cue between them
("with 68.9 mln ballots counted, one party had won 50.29 mln, another 10.93 mln and a third 7.69
mln"; "sales of 412 mln crowns: 250 mln at home and 162 mln abroad").

Without a cue the reading is uncertain (figures of one unit may follow a total without breaking
it down), so the check is reported only when two or more figures of the total's unit, right
after it, add up to it within the rounding of every figure as written: it never raises an
alarm.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from workbench.compare.checks.readings import ArticleNumbers, Counted, fmt, span_of, written
from workbench.model import Check

SMALLEST = 10  # small counts add up by chance ("two ... one and one")
RATIOS = frozenset({"percent", "percentage point", "point"})  # shares sum to wholes elsewhere


def silent_sums(reading: ArticleNumbers) -> Iterator[Check]:
    for sentence in reading.sentences():
        for position, total in enumerate(sentence):
            parts = _adding_up(reading, total, sentence[position + 1:])
            if parts:
                yield _check(reading, total, parts)


def _adding_up(reading: ArticleNumbers, total: Counted,
               later: Sequence[Counted]) -> list[Counted]:
    """The longest run of two or more figures right after ``total`` that add up to it."""
    if not _plain(reading, total) or total.unit is None or total.value < SMALLEST:
        return []
    run: list[Counted] = []
    for n in later:
        if not _plain(reading, n) or n.unit != total.unit or n.value >= total.value:
            break
        run.append(n)
    low, high = rounding(total)
    for size in range(len(run), 1, -1):
        bands = [rounding(p) for p in run[:size]]
        if sum(b[0] for b in bands) <= high and sum(b[1] for b in bands) >= low:
            return run[:size]
    return []


def rounding(n: Counted) -> tuple[float, float]:
    """Half a unit of the last digit written either side ("68.9 mln": 68.85 to 68.95 mln;
    "1,000": 999.5 to 1,000.5): a round figure is no licence for a loose sum."""
    match = re.search(r"\d[\d,]*(?:\.\d+)?", n.quantity.text)
    if match is None:
        return written(n)
    digits = match.group(0).replace(",", "")
    shown = float(digits)
    if not shown:
        return n.value, n.value
    half = 0.5 * 10 ** -len(digits.split(".")[1]) if "." in digits else 0.5
    scale = n.value / shown
    return (shown - half) * scale, (shown + half) * scale


def _plain(reading: ArticleNumbers, n: Counted) -> bool:
    """An exact figure of the body, no time, no share, no change."""
    q = n.quantity
    return (reading.in_body(n) and not reading.in_time(n) and q.qualifier == "exact"
            and q.unit not in RATIOS and q.change is None)


def _check(reading: ArticleNumbers, total: Counted, parts: Sequence[Counted]) -> Check:
    start, end, text = span_of(reading, [total, *parts])
    actual = sum(p.value for p in parts)
    pieces = " + ".join(fmt(p.value) for p in parts)
    return Check(kind="parts", total=total.value, parts=tuple(p.value for p in parts),
                 expected=total.value, actual=actual, consistent=True, start=start, end=end,
                 text=text, note=f"{pieces} = {fmt(actual)}, consistent with {fmt(total.value)}")
