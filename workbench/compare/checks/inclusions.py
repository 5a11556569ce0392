"""A count and the part of it the next sentence says it included: "A total of 110 people were
freed on Monday. The group included 72 sailors."; "Some 215 soldiers came home. Those included
more than 100 marines."; "The court heard 48 cases last year. These included 12 appeals."

The sentence after a count opens with a short subject pointing back at it (no number, at most
``SUBJECT_WORDS`` words) and a verb of ``inclusion_verbs`` (``data/checks.json``), and the number
right after the verb is a part of the count: at most it. Counts only (no money, percentages
or measures: "It includes 12 mln dlrs" may be a part of another figure). The count is the one
count of the sentence before (a count of the part's unit when there are several). The subject
is read by its place alone, so the check is reported only when it holds: it never raises an
alarm.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import pairwise

from workbench.compare import phrases
from workbench.compare.checks.readings import (
    ArticleNumbers,
    Counted,
    fmt,
    interval,
    is_measure,
    span_of,
    tables,
    written,
)
from workbench.model import Check

SUBJECT_WORDS = 3  # "The group", "Those", "The new shares"
LEAD_WORDS = 3  # words between the verb and the part ("more than", "about")


def inclusions(reading: ArticleNumbers) -> Iterator[Check]:
    sentences = [s for s in reading.sentences() if reading.in_body(s[0])]
    for before, sentence in pairwise(sentences):
        if reading.text[before[0].sentence[1]:sentence[0].sentence[0]].strip():
            continue  # a sentence without numbers between them
        part = _included(reading, sentence[0])
        if part is None:
            continue
        total = _total(before, part)
        if total is not None and written(part)[0] <= interval(total)[1]:
            start, end, text = span_of(reading, [total, part])
            yield Check(kind="part", total=total.value, parts=(part.value,),
                        expected=total.value, actual=part.value, consistent=True, start=start,
                        end=end, text=text,
                        note=f"{fmt(part.value)} is a part of {fmt(total.value)}")


def _included(reading: ArticleNumbers, n: Counted) -> Counted | None:
    """The sentence's first number when a short subject and a verb of inclusion open it."""
    words = [t.word for t in phrases.tokens(reading.before(n))]
    verbs = set(tables()["inclusion_verbs"])
    at = next((i for i, w in enumerate(words) if w in verbs), None)
    if at is None or not 1 <= at <= SUBJECT_WORDS or len(words) - at - 1 > LEAD_WORDS \
            or any(not w.isalpha() for w in words[:at]) or is_measure(n) \
            or n.quantity.unit in (None, "percent"):
        return None
    return n


def _total(before: Sequence[Counted], part: Counted) -> Counted | None:
    counts = [n for n in before if not is_measure(n) and n.quantity.unit not in (None, "percent")
              and n.quantity.qualifier != "range"]
    if len(counts) == 1:
        return counts[0]
    same = [n for n in counts if n.unit == part.unit]
    return same[0] if len(same) == 1 else None
