"""Numbers that should add up inside one article.

``checks(facts)`` yields one :class:`~workbench.model.Check` per arithmetic relation the text
states: a total and its parts in one sentence (``parts``; ``subset`` when the list of parts is
not exhaustive), a lead count over several places and the counts given place by place
(``places``), a count called a record (``record``), a change from one value to another with
or without a percentage (``change``), comparisons in words (``comparison``,
``multiple``), and a part of a total ("249 of the 413 wildfires": ``part``). Each check spans
the sentence or sentences it read: ``text[start:end]``.
"""

from __future__ import annotations

from collections.abc import Iterator

from workbench.compare.checks import breakdown, comparisons, readings
from workbench.model import ArticleFacts, Check


def checks(facts: ArticleFacts) -> Iterator[Check]:
    """Every arithmetic check the article's numbers allow, in text order."""
    if len(facts.quantities) < 2:
        return
    reading = readings.read(facts)
    found = [*breakdown.within_sentences(reading), *breakdown.across_sentences(reading),
             *comparisons.records(reading), *comparisons.changes(reading)]
    found += [c for c in comparisons.parts_of(reading) if not _covered(c, found)]
    found.sort(key=lambda c: (c.start, c.end, c.kind))
    yield from found


def _covered(part: Check, others: list[Check]) -> bool:
    """A part of a total whose total another check of the same sentence already reads
    ("Of the 29 buildings, 21 were damaged and 8 of them destroyed": 21 is a part there)."""
    return any(o.start <= part.start and part.end <= o.end
               and part.total in {o.total, *o.parts} for o in others)
