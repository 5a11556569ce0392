"""Vote tallies: "the 100-seat Senate voted 52-48", "the nine-member court ruled 7-2", "passed
by 217 votes to 212" are two counts, the votes for and against, which together are at most
the members who could vote (a count of ``membership_nouns``: seats, members, justices) in the
tally's sentence; absentees and abstentions make up the rest.

A tally is two numbers joined by a dash or "to" (or "votes to") with a word of ``tally_cues``
("voted", "ruled", "vote of") at most ``TALLY_WINDOW`` words before it; the words are data
(``data/checks.json``). A membership in the sentence before is a reading, reported only when the
tally fits it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.compare import phrases
from workbench.compare.checks.readings import ArticleNumbers, Counted, fmt, sentence_spans, tables
from workbench.compare.units import singular
from workbench.model import Check

TALLY_WINDOW = 4  # words between a cue and its tally
_TALLY = re.compile(r"(?<![\d.,$£€%-])(\d{1,3})(?:\s*[-\u2013\u2014]\s*|\s+(?:votes?\s+)?"
                    r"(?:to|against)\s+)(\d{1,3})(?![\d.,%]|[-\u2013\u2014]\d)",
                    re.IGNORECASE)


def tallies(reading: ArticleNumbers) -> Iterator[Check]:
    spans = sentence_spans(reading)
    nouns = set(tables()["membership_nouns"])
    for n in reading.numbers:
        if n.quantity.unit is None or singular(n.quantity.unit) not in nouns \
                or not reading.in_body(n) or n.quantity.qualifier != "exact" or n.value < 3:
            continue
        following = [s for s in spans if s[0] >= n.sentence[1]][:1]
        for span, sure in ((n.sentence, True), *((s, False) for s in following)):
            found = _tally(reading, *span)
            if found is None:
                continue
            check = _check(reading, n, found, span)
            if check.consistent or sure:
                yield check
            break


def _tally(reading: ArticleNumbers, start: int, end: int) -> tuple[int, int, int, int] | None:
    """The first tally after a cue in ``text[start:end]``: its two counts and its span."""
    cues = set(tables()["tally_cues"])
    for match in _TALLY.finditer(reading.text, start, end):
        words = [t.word for t in phrases.tokens(reading.text, start, match.start())]
        if any(w in cues for w in words[-TALLY_WINDOW:]):
            return int(match.group(1)), int(match.group(2)), match.start(), match.end()
    return None


def _check(reading: ArticleNumbers, members: Counted, tally: tuple[int, int, int, int],
           span: tuple[int, int]) -> Check:
    yes, no, _, _ = tally
    start, end = min(members.sentence[0], span[0]), max(members.sentence[1], span[1])
    cast = yes + no
    consistent = cast <= members.value
    word = "of" if consistent else "more than the"
    note = f"{yes} + {no} = {cast} votes {word} {fmt(members.value)} who could vote"
    return Check(kind="tally", total=members.value, parts=(float(yes), float(no)),
                 expected=members.value, actual=float(cast), consistent=consistent,
                 start=start, end=end, text=reading.text[start:end], note=note)
