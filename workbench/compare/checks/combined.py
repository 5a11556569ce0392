"""A combined total and the figures it combines: "a combined 45 million passengers, with one
airline carrying 30 million and the other 15 million"; "combined assets of 23 bln dlrs" ...
"one has 11.7 bln dlrs and the other 11.1 bln dlrs" in the sentence right after.

The parts are the figures of the total's unit after it, in its sentence or, when it has none,
in the sentence right after. A combined total may leave some of what it combines unstated, so
the check is reported only when the parts meet it, each value as rounded as it is written.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from workbench.compare import phrases
from workbench.compare.checks.readings import (
    ArticleNumbers,
    Counted,
    stated_sum,
    tables,
    written,
)
from workbench.model import Check

NOUN_WORDS = 3  # words between the cue and "of": "combined annual sales of"


def combined(reading: ArticleNumbers) -> Iterator[Check]:
    sentences = [s for s in reading.sentences() if reading.in_body(s[0])]
    for at, sentence in enumerate(sentences):
        for position, total in enumerate(sentence):
            if not _is_combined(reading, total):
                continue
            parts = _parts(total, sentence[position + 1:])
            if not parts and at + 1 < len(sentences) and position == len(sentence) - 1 \
                    and _adjacent(reading, sentence, sentences[at + 1]):
                parts = _parts(total, sentences[at + 1])
            if len(parts) < 2:
                continue
            if _meets(total, parts):
                yield stated_sum(reading, total, parts, verb="combined")


def _is_combined(reading: ArticleNumbers, n: Counted) -> bool:
    """"a combined 45 million", "combined assets of 23 bln", "together worth $4 billion"."""
    if n.quantity.change_kind is not None or n.unit is None:
        return False
    words = [t.word for t in phrases.tokens(reading.before(n))]
    cues = set(tables()["combined_cues"])
    if words[-1:] and words[-1] in cues:
        return True
    if words[-1:] != ["of"]:
        return False
    between = words[-2 - NOUN_WORDS:-1]
    return any(w in cues for w in between) and between[-1:] != ["of"]


def _parts(total: Counted, later: Sequence[Counted]) -> list[Counted]:
    return [n for n in later if n.unit == total.unit
            and n.quantity.unit == total.quantity.unit and n.quantity.change_kind is None
            and n.value < total.value]


def _adjacent(reading: ArticleNumbers, first: Sequence[Counted],
              second: Sequence[Counted]) -> bool:
    return not reading.text[first[0].sentence[1]:second[0].sentence[0]].strip()


def _meets(total: Counted, parts: Sequence[Counted]) -> bool:
    """Could the parts, each as rounded as written, add up to the total as rounded?"""
    low, high = written(total)
    bands = [written(p) for p in parts]
    return sum(b[0] for b in bands) <= high and low <= sum(b[1] for b in bands)
