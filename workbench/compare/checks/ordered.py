"""A count of things and the items that take them up one by one: "doing two things: the first
thing is ... The other thing is ...", "we should hold two thoughts at once. One: ... Two: ...",
"The plan has three parts: first, ... Second, ... Finally, ...".

After a count with its noun (no other number after it in its sentence), the items open past a
colon or with the next sentence: the first with a word of ``item_openers["first"]``, each
following one at the start of a sentence (or after a semicolon) with a word of
``item_openers["next"]``, and a word of ``item_openers["last"]`` ("the other", "finally")
closes the list. Sentences between two openers belong to the item before. The list is read by
its words alone, so the check is reported only when as many items are opened as counted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from workbench.compare.checks.readings import (
    ArticleNumbers,
    Counted,
    is_measure,
    sentence_spans,
    span_of,
    tables,
)
from workbench.model import Check

MIN_ITEMS = 2
MAX_ITEMS = 5
SLACK = 2  # sentences an item may run on for beyond one each


def ordered(reading: ArticleNumbers) -> Iterator[Check]:
    spans = sentence_spans(reading)
    for sentence in reading.sentences():
        for at, n in enumerate(sentence):
            q = n.quantity
            if q.object_end is None or q.qualifier != "exact" or is_measure(n) \
                    or n.value != int(n.value) or not MIN_ITEMS <= n.value <= MAX_ITEMS \
                    or not reading.in_body(n) or at + 1 < len(sentence):
                continue
            items = _items(reading, spans, n)
            if items is not None and items[0] == n.value:
                start, end, _ = span_of(reading, [n])
                end = max(end, items[1])
                count = int(n.value)
                yield Check(kind="parts", total=n.value, parts=(1.0,) * count,
                            expected=n.value, actual=float(count), consistent=True,
                            start=start, end=end, text=reading.text[start:end],
                            note=f"{count} counted, {count} items taken up in turn")


def _items(reading: ArticleNumbers, spans: Sequence[tuple[int, int]],
           n: Counted) -> tuple[int, int] | None:
    """How many items open after the count, and where the last item's sentence ends."""
    rest = reading.text[n.quantity.object_end or n.quantity.end:n.sentence[1]]
    colon = rest.find(":")
    starts: list[int] = []
    if colon >= 0:
        starts.append((n.quantity.object_end or n.quantity.end) + colon + 1)
    following = [(a, b) for a, b in spans if a >= n.sentence[1]][:int(n.value) + SLACK]
    starts += [a for a, _ in following]
    if not starts or _opener(reading.text, starts[0], "first") is None:
        return None
    count, end = 1, n.sentence[1]
    for a, b in following:
        clauses = [a] + [a + m.end() for m in re.finditer(r";", reading.text[a:b])]
        if a == starts[0]:
            clauses = clauses[1:]
        for start in clauses:
            if _opener(reading.text, start, "next") is not None:
                count, end = count + 1, b
            elif _opener(reading.text, start, "last") is not None:
                return count + 1, b
    return (count, end) if count > 1 else None


def _opener(text: str, start: int, kind: str) -> str | None:
    head = text[start:start + 40].lstrip(" \n\"'“‘").lower()
    for word in _openers()[kind]:
        if head.startswith(word) and not head[len(word):len(word) + 1].isalnum():
            return word
    return None


@cache
def _openers() -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = tables()["item_openers"]
    return {kind: tuple(sorted(words, key=len, reverse=True)) for kind, words in found.items()}
