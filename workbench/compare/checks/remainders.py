"""A total split over the sentences after it: one part in a sentence that opens by pointing
back at it ("Of the total, 400 bln yen will ..."), the other in a sentence that opens with a
word of the rest ("The other 400 bln will ...", ``rest_words``; its unit may go unsaid), the
total in the sentence before the first part ("The bank will sell 800 bln yen in bills ...").

Which figure of the sentence before is the total the words do not say, so the check is
reported only when one figure of the part's unit there is the two parts' sum within the
rounding of each as written: it never raises an alarm.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from workbench.compare import phrases
from workbench.compare.checks.readings import ArticleNumbers, Counted, span_of, sum_check, tables
from workbench.compare.checks.sums import rounding
from workbench.model import Check

FOLLOWING = 3  # sentences after the first part in which the other part may stand


def remainders(reading: ArticleNumbers) -> Iterator[Check]:
    sentences = [s for s in reading.sentences() if reading.in_body(s[0])]
    anaphors = tuple(tuple(p.split()) for p in tables()["total_anaphors"])
    for at, sentence in enumerate(sentences[1:], start=1):
        part = sentence[0]
        if not _opens_with(reading, part, anaphors, comma=True):
            continue
        rest = next((s[0] for s in sentences[at + 1:at + 1 + FOLLOWING]
                     if _opens_with(reading, s[0], phrases.phrases("rest_words"), comma=False)
                     and s[0].quantity.unit in (part.quantity.unit, None)), None)
        if rest is None:
            continue
        total = _total(sentences[at - 1], part, rest)
        if total is not None:
            yield _check(reading, total, [part, rest])


def _opens_with(reading: ArticleNumbers, n: Counted, cues: Sequence[tuple[str, ...]], *,
                comma: bool) -> bool:
    """Does ``n``'s sentence open with a cue (and a comma), then ``n``, nothing between?"""
    words = [t.word for t in phrases.tokens(reading.text, n.sentence[0], n.quantity.start)]
    size = phrases.phrase_at(words, 0, cues)
    if not size:
        return False
    return words[size:] == [","] if comma else len(words) == size


def _total(previous: Sequence[Counted], part: Counted, rest: Counted) -> Counted | None:
    low = rounding(part)[0] + rounding(rest)[0]
    high = rounding(part)[1] + rounding(rest)[1]
    for n in previous:
        n_low, n_high = rounding(n)
        if n.quantity.unit == part.quantity.unit and n_low <= high and n_high >= low:
            return n
    return None


def _check(reading: ArticleNumbers, total: Counted, parts: list[Counted]) -> Check:
    check = sum_check(reading, "parts", total, parts, exhaustive=True)
    start, end, text = span_of(reading, [total, *parts])
    return Check(kind=check.kind, total=check.total, parts=check.parts, expected=check.expected,
                 actual=check.actual, consistent=True, start=start, end=end, text=text,
                 note=check.note)
