"""A figure stated as a bound and stated exactly: "The fund cut its stake to less than 5 pct. The
fund now holds 1.2 mln shares, or 4.6 pct"; "More than 2,000 residents were evacuated ...
Officials said 2,640 residents had left by nightfall".

The exact figure is the one of the bound's unit in the sentence right after, each alone of its
unit in its sentence, counting the same noun as written, and the words of the two sentences
share a name ("fund", "stake"). The same unit may measure two things, so the check
is reported only when the exact figure lies inside the bound and within a factor of two of it
(``bound``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import pairwise

from workbench.compare import phrases
from workbench.compare.checks.changes import SUBJECTLESS
from workbench.compare.checks.readings import ArticleNumbers, Counted, fmt, span_of, written
from workbench.compare.units import singular
from workbench.model import Check

MIN_LETTERS = 4
NEAR = 2.0  # an exact figure further than this from its bound is another figure


def bounds(reading: ArticleNumbers) -> Iterator[Check]:
    sentences = [s for s in reading.sentences() if reading.in_body(s[0])]
    for sentence, following in pairwise(sentences):
        if reading.text[sentence[-1].sentence[1]:following[0].sentence[0]].strip():
            continue
        for bound in sentence:
            if bound.quantity.qualifier not in ("upper_bound", "lower_bound") \
                    or any(_same_kind(n, bound) for n in sentence if n is not bound):
                continue
            exact = [n for n in following if _same_kind(n, bound)]
            if len(exact) != 1 or exact[0].quantity.qualifier != "exact" \
                    or not _words(reading, sentence) & _words(reading, following):
                continue
            check = _check(reading, bound, exact[0])
            if check is not None:
                yield check


def _same_kind(n: Counted, bound: Counted) -> bool:
    return n.quantity.unit is not None and n.quantity.unit == bound.quantity.unit \
        and n.unit == bound.unit and n.quantity.change_kind != "by" \
        and (None in (n.event, bound.event) or n.event == bound.event) \
        and _noun(n) == _noun(bound)


def _noun(n: Counted) -> str | None:
    """What is counted, as written ("wounded people" is not "people")."""
    return singular(n.quantity.object.lower()) if n.quantity.object else None


def _words(reading: ArticleNumbers, sentence: Sequence[Counted]) -> set[str]:
    start, end = sentence[0].sentence
    return {t.word for t in phrases.tokens(reading.text, start, end)
            if len(t.word) >= MIN_LETTERS and t.word.isalpha() and t.word not in SUBJECTLESS
            and t.word not in phrases.reporting_words()}


def _check(reading: ArticleNumbers, bound: Counted, exact: Counted) -> Check | None:
    q = bound.quantity
    low, high = written(exact)
    if q.qualifier == "upper_bound" and q.high is not None and high <= q.high:
        word = "at most"
    elif q.qualifier == "lower_bound" and q.low is not None and low >= q.low:
        word = "at least"
    else:
        return None
    if exact.value == bound.value or not bound.value / NEAR <= exact.value <= bound.value * NEAR:
        return None  # "cannot exceed 50 pct" ... "at 1-1/4 pct": another figure of the unit
    start, end, text = span_of(reading, [bound, exact])
    return Check(kind="bound", total=bound.value, parts=(exact.value,), expected=bound.value,
                 actual=exact.value, consistent=True, start=start, end=end, text=text,
                 note=f"{fmt(exact.value)} is {word} {fmt(bound.value)}")
