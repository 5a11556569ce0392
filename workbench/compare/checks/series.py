"""A total and its parts stated in sentences of their own: "Balances at the central bank fell to
3.125 bln from 3.604 bln. Balances in note accounts fell to 11.240 bln from 12.012 bln. The
operating balance totaled 14.365 bln compared with 15.616 bln"; "Enrolment rose to 7,460. The
full-time component of enrolment increased to 3,910 ... Part-time enrolment rose to 3,550".

The total is named so: a word of ``series_total_words`` (``data/checks.json``) in the words
before it, or a word of ``series_part_words`` ("component") before each part. Its parts are
one figure of its unit from each of two or three other sentences close by, new levels with a
new level, old levels (after "from", "compared with") with an old one. Such a sum may be a
coincidence of figures the text never adds, so it is reported only when it holds, to the digits
written, when the total is written to three digits or more, and when one set of parts alone
meets it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import combinations, product

from workbench.compare import phrases
from workbench.compare.checks.readings import (
    ArticleNumbers,
    Counted,
    stated_sum,
    tables,
    written,
)
from workbench.model import Check

REACH = 3  # sentences with numbers before or after the total's
MAX_PARTS = 3
MAX_POOL = 6  # figures of the total's unit in one sentence
PRECISION = 0.01  # a total rounded more coarsely than this adds up with too much
OLD_CUES = (("from",), ("compared", "with"), ("compared", "to"), ("vs",), ("versus",),
            ("against",))


def series(reading: ArticleNumbers) -> Iterator[Check]:
    sentences = [s for s in reading.sentences() if reading.in_body(s[0])]
    for at, sentence in enumerate(sentences):
        near = sentences[max(0, at - REACH):at] + sentences[at + 1:at + 1 + REACH]
        named = _names_total(reading, sentence)
        if not named and not any(_names_part(reading, n) for other in near for n in other):
            continue
        for total in sentence:
            if total.quantity.qualifier != "exact" or total.quantity.unit is None:
                continue
            low, high = written(total)
            if high - low > PRECISION * total.value:
                continue
            pools = [[n for n in other if _fits(reading, n, total)] for other in near]
            if any(len(p) > MAX_POOL for p in pools):
                continue  # a table of figures: too many sums meet by chance
            found = [parts for parts in _sums([p for p in pools if p], low, high)
                     if _sharp(parts, total)]
            if len(found) == 1 and (named or any(_names_part(reading, p) for p in found[0])):
                yield stated_sum(reading, total, found[0], verb="stated")


def _fits(reading: ArticleNumbers, n: Counted, total: Counted) -> bool:
    return n.quantity.unit == total.quantity.unit and n.quantity.qualifier == "exact" \
        and n.value < total.value and _old(reading, n) == _old(reading, total) \
        and n.quantity.change_kind != "by"


def _old(reading: ArticleNumbers, n: Counted) -> bool:
    """An old level: after "from", "compared with", "vs"."""
    if n.quantity.change_kind == "from":
        return True
    words = [t.word for t in phrases.tokens(reading.before(n))][-2:]
    return any(tuple(words[-len(c):]) == c for c in OLD_CUES)


def _sums(pools: Sequence[Sequence[Counted]], low: float, high: float) -> list[list[Counted]]:
    found = []
    for size in range(2, MAX_PARTS + 1):
        for chosen in combinations(pools, size):
            for parts in product(*chosen):
                bands = [written(p) for p in parts]
                if sum(b[0] for b in bands) <= high and low <= sum(b[1] for b in bands):
                    found.append(list(parts))
    return found


def _sharp(parts: Sequence[Counted], total: Counted) -> bool:
    """Are the parts written to the total's digits ("1,000 billion" is no part of 1,021.1)?"""
    widths = [written(p)[1] - written(p)[0] for p in parts]
    return sum(widths) <= 2 * PRECISION * total.value


def _words(reading: ArticleNumbers, sentence: Sequence[Counted]) -> set[str]:
    start = sentence[0].sentence[0]
    return {t.word for t in phrases.tokens(reading.text, start, sentence[-1].quantity.start)}


def _names_total(reading: ArticleNumbers, sentence: Sequence[Counted]) -> bool:
    return bool(_words(reading, sentence) & set(tables()["series_total_words"]))


def _names_part(reading: ArticleNumbers, part: Counted) -> bool:
    words = phrases.tokens(reading.text, part.sentence[0], part.quantity.start)
    return bool({t.word for t in words} & set(tables()["series_part_words"]))
