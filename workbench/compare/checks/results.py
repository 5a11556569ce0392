"""Results tables: a company's figures for a quarter and for a longer period, one paragraph a
row ("Revs 3,093,000 vs 3,056,000"), the longer period's rows after a heading ("Nine mths").
A row that adds up over the year (``cumulative_rows``: revenues, sales) is at least as large
for the longer period as for the shorter one, column by column (this year's, last year's).

The first rows' period is the heading before them, else the one the title names ("3RD QTR
NET"); headings and title periods are ``period_months`` (``data/checks.json``). Net profit,
which may be a loss in one period and a profit over the year, is never compared.

A per-share row (``per_share_rows``: "Shr", "Oper shr") is its net row divided by the average
shares (``share_count_rows``) of the same period and column, within the per-share figure's
rounding and ``per_share_slack``; so is an amount the table's note restates per share
(``per_share_words``), against the average shares of its column.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import pairwise

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
CENT = 0.01  # per-share figures written in words are rounded to the cent
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
        words = _paragraph_words(reading, section.start, section.end)
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


def _paragraph_words(reading: ArticleNumbers, start: int, end: int) -> list[str]:
    """A paragraph's words as far as a table reads them: all of a row's (a row compares two
    columns with "vs"), only the first few of any other paragraph (a heading is short)."""
    if _VERSUS.search(reading.text[start:end]) is None:
        return phrases.first_words(reading.text, start, end, HEADING_WORDS + 1)
    return [t.word for t in phrases.tokens(reading.text, start, end)]


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


def per_share(reading: ArticleNumbers) -> Iterator[Check]:
    """A results table's per-share figure against its net divided by its average shares, column
    by column, period by period ("Shr 10 cts vs 8 cts", "Net 1,200,000 vs 900,000", "Avg shrs
    12,000,000 vs 11,250,000"). Preferred dividends, dilution and one-off items may stand between
    them, so the check is reported only when it holds."""
    pairs: dict[str, str] = tables()["per_share_rows"]
    counts = tables()["share_count_rows"]
    for rows in _periods(reading, [*pairs, *pairs.values(), *counts]):
        named = dict(rows)
        shares = next((named[c] for c in counts if c in named), None)
        if shares is None:
            continue
        for per, net in pairs.items():
            if per not in named or net not in named:
                continue
            columns = (named[per], named[net], shares)
            if len({len(c) for c in columns}) != 1:
                continue
            for each, total, count in zip(*columns, strict=True):
                money = each.quantity.unit
                if money is None or total.quantity.unit not in (None, money) \
                        or count.value <= 0 or not _per_share_holds(each, total, count):
                    continue
                yield _per_share_check(reading, each=each, total=total, count=count)


def per_share_notes(reading: ArticleNumbers) -> Iterator[Check]:
    """An amount restated per share in a table's note ("gains of 398,000 dlrs, or three cts a
    share vs 455,000 dlrs, or three cts a share") against the average shares of its column (the
    first before "vs", the second after), in a table of one period or of the one period the
    note names ("Net for nine mths includes ..."); reported when it holds."""
    counts = tables()["share_count_rows"]
    periods = [(months, dict(rows)) for months, rows in _headed_periods(reading, counts)]
    if not periods:
        return
    for amount, each in pairwise(reading.numbers):
        if not _restated_per_share(reading, amount, each):
            continue
        opening = next((s.start for s in reading.facts.article.sections
                        if s.start <= amount.quantity.start < s.end), amount.sentence[0])
        words = [t.word for t in phrases.tokens(reading.text, opening, amount.quantity.start)]
        if len(periods) == 1:
            rows = periods[0][1]
        else:  # "Net for nine mths includes gains of ...": the period the note names
            named = _note_period(words, tables()["period_months"])
            chosen = [rows for months, rows in periods if months == named]
            if named is None or len(chosen) != 1:
                continue
            rows = chosen[0]
        shares = next(iter(rows.values()))
        column = words.count("vs")
        if column < len(shares) and shares[column].value > 0 \
                and _per_share_holds(each, amount, shares[column]):
            yield _per_share_check(reading, each=each, total=amount, count=shares[column])


def _restated_per_share(reading: ArticleNumbers, amount: Counted, each: Counted) -> bool:
    """"398,000 dlrs, or three cts a share": an amount, "or", the same money per share."""
    words = [t.word for t in phrases.tokens(each.quantity.text)]
    gap = [t.word for t in phrases.tokens(reading.between(amount, each))]
    return (amount.quantity.unit is not None and amount.quantity.unit == each.quantity.unit
            and amount.value > each.value and gap in (["or"], [",", "or"])
            and any(words[-len(p):] == list(p) for p in _per_share_words()))


def _per_share_words() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.split()) for p in tables()["per_share_words"])


def _periods(reading: ArticleNumbers, names: Sequence[str]) -> list[list[Row]]:
    """The rows named ``names`` of each period of a results table (a heading starts a period)."""
    return [rows for _, rows in _headed_periods(reading, names)]


def _headed_periods(reading: ArticleNumbers,
                    names: Sequence[str]) -> list[tuple[int | None, list[Row]]]:
    """:func:`_periods` with the months each period's heading names (the first period's, with
    no heading, those of the title)."""
    months: dict[str, int] = tables()["period_months"]
    rows_named = [tuple(n.split()) for n in names]
    found: list[tuple[int | None, list[Row]]] = []
    current: list[Row] = []
    heading = _title_period(reading, months)
    for section in reading.facts.article.sections:
        if section.kind != "paragraph":
            continue
        words = _paragraph_words(reading, section.start, section.end)
        if (named := _heading(words, months)) is not None:
            if current:
                found.append((heading, current))
            current, heading = [], named
            continue
        n = phrases.phrase_at(words, 0, rows_named)
        if not n or "vs" not in words:
            continue
        figures = [c for c in reading.numbers if section.start <= c.quantity.start < section.end]
        if len(figures) >= 2:
            current.append((" ".join(words[:n]), figures))
    if current:
        found.append((heading, current))
    return found


def _note_period(words: Sequence[str], months: dict[str, int]) -> int | None:
    """The months of the one period a note names ("Net for nine mths includes ...")."""
    text = f" {' '.join(words)} "
    named = {count for name, count in months.items() if f" {name} " in text}
    return named.pop() if len(named) == 1 else None


def _per_share_holds(each: Counted, total: Counted, count: Counted) -> bool:
    low, high = written(each)
    if not re.search(r"\d", each.quantity.text):  # "three cts": rounded to the cent
        low, high = each.value - CENT / 2, each.value + CENT / 2
    slack = float(tables()["per_share_slack"]) * each.value
    quotient = abs(total.value) / count.value
    return low - slack <= quotient <= high + slack


def _per_share_check(reading: ArticleNumbers, *, each: Counted, total: Counted,
                     count: Counted) -> Check:
    start, end, text = span_of(reading, [each, total, count])
    quotient = abs(total.value) / count.value
    note = (f"{fmt(total.value)} over {fmt(count.value)} shares is {quotient:.4g} a share, "
            f"stated {each.value:g}")
    return Check(kind="per_share", total=total.value, parts=(count.value,),
                 expected=each.value, actual=quotient, consistent=True, start=start, end=end,
                 text=text, note=note)
