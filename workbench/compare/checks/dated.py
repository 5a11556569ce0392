"""Two levels of one thing at two times, set side by side with no word of direction: "totaled
14.9 bln dlrs on April 8 compared with 16.4 bln dlrs on April 7", "would average 2.17 mln in
1987 compared with 2.23 mln in 1986", "1,200 seats this year against 1,350 last year".

The level before the cue (``dated_comparison_cues`` in ``data/checks.json``) is the new one,
the level after it the old one, when a time follows each of them (a time between the two
levels, right before the cue, and one right after the second): two figures of one thing at two
times are one change. Without those times the cue may set two things side by side ("5 mln
for the bank compared with 3 mln for the insurer"), which is no change. The text gives no
direction to check, so the change is reported as read (it always holds): it records which
level came first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import cache
from itertools import pairwise

from workbench.compare import phrases
from workbench.compare.checks.levels import by_direction, comparable
from workbench.compare.checks.readings import ArticleNumbers, Counted, fmt, is_measure, tables
from workbench.model import Check

TIME_REACH = 4  # characters between a level and the time right after it (" in ", " on ")
THEN_REACH = 3  # sentences after a past figure that may give its level now
NOW_WORDS = 6  # words before the new level that may hold "now"
TIME_WORDS = frozenset({"", "in", "on", "at", "for", "during", "by", "as of"})


def dated(reading: ArticleNumbers) -> Iterator[Check]:
    """Every pair of levels at two times joined by a comparison cue."""
    for sentence in reading.sentences():
        for new, old in pairwise(sentence):
            if _dated_pair(reading, new, old):
                yield _as_read(reading, new=new, old=old)


def _as_read(reading: ArticleNumbers, *, new: Counted, old: Counted) -> Check:
    """The change between two levels whose direction nothing states: it holds as read."""
    check = by_direction(reading, new=new, old=old, rising=new.value >= old.value)
    return replace(check, note=f"from {fmt(old.value)} to {fmt(new.value)}, as read")


def _dated_pair(reading: ArticleNumbers, new: Counted, old: Counted) -> bool:
    if new.quantity.change is not None or old.quantity.change is not None \
            or new.quantity.qualifier == "range" or old.quantity.qualifier == "range" \
            or not comparable(new, old) or not _same_kind(new, old) \
            or reading.in_time(new) or reading.in_time(old):
        return False
    untimed = reading.between_untimed(new, old)
    cue = _cue().search(untimed)
    if cue is None or untimed[:cue.start()].strip(" ,") not in _time_words():
        return False
    return _time_at(reading, gap_start(new), old.quantity.start) and _time_after(reading, old)


def gap_start(n: Counted) -> int:
    return max(n.quantity.end, n.quantity.object_end or n.quantity.end)


def _same_kind(a: Counted, b: Counted) -> bool:
    """One unit, or two bare figures written with one scale word ("2.17 mln", "2.23 mln")."""
    if a.unit is not None or b.unit is not None:
        return is_measure(a) == is_measure(b)
    return _scale(a) == _scale(b) != ""


def _scale(n: Counted) -> str:
    return re.sub(r"[\d.,\s]+", " ", n.quantity.text).strip().lower()


def _time_at(reading: ArticleNumbers, start: int, end: int) -> bool:
    """Does a time stand between ``start`` and ``end``?"""
    return any(start <= t.start and t.end <= end for t in reading.facts.times)


def _time_after(reading: ArticleNumbers, n: Counted) -> bool:
    end = gap_start(n)
    return any(end <= t.start <= end + TIME_REACH for t in reading.facts.times)


@cache
def _cue() -> re.Pattern[str]:
    cues = sorted(tables()["dated_comparison_cues"], key=len, reverse=True)
    return re.compile(r",?\s*\b(?:" + "|".join(re.escape(c) for c in cues)
                      + r")\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)


def _time_words() -> frozenset[str]:
    """What may stand, once the time is blanked, between the first level and the cue: nothing,
    or a preposition of time ("in", "on")."""
    return TIME_WORDS


def then_and_now(reading: ArticleNumbers) -> Iterator[Check]:
    """"A few years ago there were roughly 1,500 satellites. That number is now closer to
    5,000"; "Before the war he examined four bodies a day. ... Now he was examining up to 15
    bodies a day": the one figure of a sentence marked as past (``then_words``) and the one
    figure of one of the ``THEN_REACH`` sentences after it, right after "now", of its unit (or bare,
    after a word of ``recall_words`` naming a figure: "that number"), are one thing's old and
    new levels. Nothing states the direction: reported as read, it always holds."""
    sentences = [s for s in reading.sentences() if reading.in_body(s[0])]
    for at, sentence in enumerate(sentences):
        old = _then(reading, sentence)
        if old is None:
            continue
        for later in sentences[at + 1:at + 1 + THEN_REACH]:
            new = _now(reading, later, old)
            if new is not None:
                yield _as_read(reading, new=new, old=old)
                break
            if any(n.unit == old.unit for n in later):
                break  # another figure of the thing first


def _then(reading: ArticleNumbers, sentence: Sequence[Counted]) -> Counted | None:
    counted = [n for n in sentence if n.unit is not None and not reading.in_time(n)]
    if len(counted) != 1 or counted[0].quantity.change is not None \
            or counted[0].quantity.qualifier == "range":
        return None
    words = f" {' '.join(t.word for t in phrases.tokens(reading.before(counted[0])))} "
    return counted[0] if any(f" {w} " in words for w in tables()["then_words"]) else None


def _now(reading: ArticleNumbers, sentence: Sequence[Counted], old: Counted) -> Counted | None:
    """The sentence's first figure, when "now" stands right before it."""
    new = sentence[0]
    words = [t.word for t in phrases.tokens(reading.before(new))]
    if "now" not in words[-NOW_WORDS:] or new.quantity.change is not None \
            or not comparable(new, old) or reading.in_time(new):
        return None
    if new.unit == old.unit:
        return new
    named = f" {' '.join(words)} "
    recalls = [w for w in tables()["recall_words"] if " " in w]
    return new if new.unit is None and any(f" {w} " in named for w in recalls) else None
