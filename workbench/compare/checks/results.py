"""Results tables: a company's figures for a quarter and for a longer period, one paragraph a
row ("Revs 3,093,000 vs 3,056,000"), the longer period's rows after a heading ("Nine mths").
A row that adds up over the year (``cumulative_rows``: revenues, sales) is at least as large
for the longer period as for the shorter one, column by column (this year's, last year's).

The first rows' period is the heading before them, else the one the title names ("3RD QTR
NET"); headings and title periods are ``period_months`` (``data/checks.json``). Net profit,
which may be a loss in one period and a profit over the year, is never compared.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from workbench.compare import phrases
from workbench.compare.checks.readings import (
    ArticleNumbers,
    Counted,
    fmt,
    span_of,
    tables,
    written,
)
from workbench.model import Check

HEADING_WORDS = 6  # words of a heading paragraph ("Qtr ended September 30")
SCALE_SLIP = 10  # a longer period's figure this many times smaller lost its scale word
Row = tuple[str, list[Counted]]
# a row compares two columns with "vs"; written as the word tokens read it, in any case
_VERSUS = re.compile(r"(?<![A-Za-z'’\-])vs(?![A-Za-z'’\-])", re.IGNORECASE)


def results(reading: ArticleNumbers) -> Iterator[Check]:
    sections = _sections(reading)
    for (short, rows), (long, later) in ((a, b) for i, a in enumerate(sections)
                                         for b in sections[i + 1:]):
        if short == long:
            continue
        if short > long:
            rows, later = later, rows
        for label, figures in rows:
            match = next((f for name, f in later if name == label), None)
            if match is None or len(match) != len(figures):
                continue
            for shorter, longer in zip(figures, match, strict=True):
                if longer.value * SCALE_SLIP >= shorter.value:  # not "89.7 m ln" read as 89.7
                    yield _check(reading, shorter=shorter, longer=longer)


def _sections(reading: ArticleNumbers) -> list[tuple[int, list[Row]]]:
    """The table's periods in months, each with its cumulative rows."""
    months: dict[str, int] = tables()["period_months"]
    rows_named = [tuple(r.split()) for r in tables()["cumulative_rows"]]
    period = _title_period(reading, months)
    found: list[tuple[int, list[Row]]] = []
    current: list[Row] = []
    for section in reading.facts.article.sections:
        if section.kind != "paragraph":
            continue
        if _VERSUS.search(reading.text[section.start:section.end]) is None:
            # no row; a heading is short: its first words tell
            words = phrases.first_words(reading.text, section.start, section.end,
                                        HEADING_WORDS + 1)
        else:
            words = [t.word for t in phrases.tokens(reading.text, section.start, section.end)]
        heading = _heading(words, months)
        if heading is not None:
            if current and period is not None:
                found.append((period, current))
            period, current = heading, []
            continue
        n = phrases.phrase_at(words, 0, rows_named)
        if not n or "vs" not in words:
            continue
        figures = [c for c in reading.numbers
                   if section.start <= c.quantity.start < section.end]
        if len(figures) >= 2:
            current.append((" ".join(words[:n]), figures))
    if current and period is not None:
        found.append((period, current))
    return found


def _heading(words: Sequence[str], months: dict[str, int]) -> int | None:
    if not words or len(words) > HEADING_WORDS or "vs" in words:
        return None
    text = " ".join(w for w in words if w != ".")
    for name, count in sorted(months.items(), key=lambda kv: -len(kv[0])):
        if text == name or text.startswith(name + " ended") or text.startswith(name + " to"):
            return count
    return None


def _title_period(reading: ArticleNumbers, months: dict[str, int]) -> int | None:
    title = reading.facts.article.title.lower()
    for name, count in sorted(months.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"\b{re.escape(name)}\b", title):
            return count
    return None


def _check(reading: ArticleNumbers, *, shorter: Counted, longer: Counted) -> Check:
    start, end, text = span_of(reading, [shorter, longer])
    consistent = written(longer)[1] >= written(shorter)[0]
    word = "at least" if consistent else "less than"
    note = (f"the longer period's {fmt(longer.value)} is {word} the shorter period's "
            f"{fmt(shorter.value)}")
    return Check(kind="subset", total=longer.value, parts=(shorter.value,),
                 expected=longer.value, actual=shorter.value, consistent=consistent,
                 start=start, end=end, text=text, note=note)
