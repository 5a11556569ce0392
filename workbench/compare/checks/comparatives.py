"""Comparisons a sentence states between two of its numbers in words other than a change:

- a record against the earlier figure it beat: "a record 140.57 bln dlrs after a 117.68 bln
  deficit", "a record 70.7 bln, surpassing the previous record 50.9 bln";
- an aside that ranks a number against another: "412 seats, a majority of 326" (a majority is
  at most the seats won, whether it counts the threshold or the margin), "X, surpassing Y",
  "X, short of the Y needed";
- a comparative naming a second figure: "a 13% drop, with analysts expecting a larger drop of
  21%";
- a figure recalled at the start of the next sentence and ranked there ("... totalled 53.6 bln.
  The figure was well above an expected 51 bln"): ``recall_words`` name it, ``recall_above_cues``
  and ``recall_below_cues`` rank it against the first number after them; the figure recalled is
  the first of the same unit in the sentence before, and the ranking must hold for every one
  of them.

Which number the words rank against which is a reading, so these checks are reported only when
they hold (``comparison``), never as alarms.
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
)
from workbench.model import Check

GAP_WORDS = 12  # words between two numbers one compares
MAX_RATIO = 1000  # figures further apart than this are not two figures of one thing


def comparatives(reading: ArticleNumbers) -> Iterator[Check]:
    for whole in reading.sentences():
        # "120 mm fell in 24 hours, more than the 95 mm": a number inside a time is passed over
        sentence = [n for n in whole if not reading.in_time(n)]
        for at in range(len(sentence)):
            found = _ranked(reading, sentence, at) or _comparative(reading, sentence, at)
            if found is not None and found.consistent:
                yield found


def _ranked(reading: ArticleNumbers, sentence: Sequence[Counted], at: int) -> Check | None:
    """The number after a ranking cue ("surpassing the previous record", "a majority of",
    "after a", "short of the") against the number before it."""
    if at < 1:
        return None
    a, b = sentence[at - 1], sentence[at]
    if not _same_thing(a, b) or (at >= 2 and _tally(reading, sentence[at - 2], a)):
        return None
    words = [t.word for t in phrases.tokens(reading.between(a, b))]
    untimed = [t.word for t in phrases.tokens(reading.between_untimed(a, b))]
    if len(words) > GAP_WORDS or any(w[0].isdigit() for w in untimed):
        return None
    if at >= 2 and _part_of(reading, sentence[at - 2], a):
        a = sentence[at - 2]  # "won 412 of 650 seats, well above the 326 needed": the 412
    elif at >= 2 and _is_from(reading, a) and _same_thing(sentence[at - 2], b):
        a = sentence[at - 2]  # "averages 1.50, down from 1.70 in 1982, but higher than 1.47"
    greater = _cue(words, "above_cues")
    lesser = _cue(words, "below_cues")
    if not greater and _called_record(reading, a) and _cue(words, "record_earlier_cues"):
        greater = True
    if greater == lesser:
        return None
    return _compare(reading, first=a, second=b, first_greater=greater)


RECALL_GAP = 3  # words between the recalled figure's name and the cue ("was", "remains well")
CUE_GAP = 5  # words between the cue and the number it ranks against ("an expected requirement of")


def recalled(reading: ArticleNumbers) -> Iterator[Check]:
    """"The figure was well above an expected 51 bln": the figure of the sentence before,
    ranked against the first number of this one."""
    sentences = reading.sentences()
    for previous, sentence in pairwise(sentences):
        second = sentence[0]
        between = reading.text[previous[-1].sentence[1]:second.sentence[0]]
        if between.strip() or not reading.in_body(second):
            continue
        greater = _recall_cue([t.word for t in phrases.tokens(reading.before(second))])
        if greater is None:
            continue
        same = [n for n in previous if _same_thing(n, second)
                and n.quantity.unit == second.quantity.unit]
        if not same:
            continue
        checks = [_compare(reading, first=n, second=second, first_greater=greater)
                  for n in same]
        if all(c.consistent for c in checks):
            yield checks[0]


BROKEN_GAP = 5  # words between "broke the record" and the old record ("- Kelsey Plum's")


def records_broken(reading: ArticleNumbers) -> Iterator[Check]:
    """"broke the previous record of 3,527 points ... 3,569": the new figure tops the old."""
    sentences = reading.sentences()
    for at, sentence in enumerate(sentences):
        for i, old in enumerate(sentence):
            if not _after_broken_record(reading, old):
                continue
            later = list(sentence[i + 1:])
            if at + 1 < len(sentences) and \
                    not reading.text[old.sentence[1]:sentences[at + 1][0].sentence[0]].strip():
                later += sentences[at + 1]
            new = next((n for n in later if _same_thing(n, old)
                        and n.quantity.unit in (old.quantity.unit, None)), None)
            if new is None:
                continue
            check = _compare(reading, first=new, second=old, first_greater=True)
            if check.consistent and new.value != old.value:
                yield check


CONTRAST_GAP = 20  # words between the figure and the one a contrast belittles


def contrasts(reading: ArticleNumbers) -> Iterator[Check]:
    """"X ... while Y climbed only Z": Z is less than X."""
    markers = [tuple(c.split()) for c in tables()["lesser_markers"]]
    contrast = set(tables()["contrast_words"])
    for sentence in reading.sentences():
        for at, second in enumerate(sentence):
            words = [t.word for t in phrases.tokens(reading.before(second))]
            if not words or not phrases.phrase_ending(words, len(words) - 1, markers):
                continue
            for first in reversed(sentence[:at]):
                gap = [t.word for t in phrases.tokens(reading.between(first, second))]
                if not _same_thing(first, second) \
                        or second.quantity.unit not in (None, first.quantity.unit) \
                        or first.quantity.change != second.quantity.change:
                    continue  # a bare second figure stands for the first's noun
                if len(gap) <= CONTRAST_GAP and set(gap) & contrast:
                    check = _compare(reading, first=first, second=second, first_greater=True)
                    if check.consistent and first.value != second.value:
                        yield check
                break


def _after_broken_record(reading: ArticleNumbers, n: Counted) -> bool:
    words = [t.word for t in phrases.tokens(reading.before(n))]
    cues = [tuple(c.split()) for c in tables()["record_broken_cues"]]
    for gap in range(BROKEN_GAP + 1):
        end = len(words) - gap
        tail = words[end:]
        if end > 0 and all(not w[0].isdigit() for w in tail) \
                and phrases.phrase_ending(words, end - 1, cues):
            return True
    return False


def _recall_cue(words: Sequence[str]) -> bool | None:
    """True when the words name the figure before and rank it above what follows, False below,
    else None."""
    names = [tuple(c.split()) for c in tables()["recall_words"]]
    cues = {True: [tuple(c.split()) for c in tables()["recall_above_cues"]],
            False: [tuple(c.split()) for c in tables()["recall_below_cues"]]}
    for i in range(len(words)):
        size = phrases.phrase_at(words, i, names)
        if not size or (i and words[i - 1] not in (",", "said", "although", "but", "and")):
            continue
        for gap in range(RECALL_GAP + 1):
            at = i + size + gap
            for greater, phrases_ in cues.items():
                cue = phrases.phrase_at(words, at, phrases_)
                rest = words[at + cue:]
                if cue and len(rest) <= CUE_GAP and all(w[0].isalpha() for w in rest):
                    return greater
    return None


def _comparative(reading: ArticleNumbers, sentence: Sequence[Counted],
                 at: int) -> Check | None:
    """"a larger drop of 21%": the figure against the last one before it of the same unit."""
    words = [t.word for t in phrases.tokens(reading.before(sentence[at]))][-3:]
    if len(words) < 3 or words[-1] != "of":
        return None
    more = words[0] in tables()["greater_adjectives"]
    less = words[0] in tables()["lesser_adjectives"]
    if not (more or less):
        return None
    earlier = [n for n in sentence[:at] if _same_thing(n, sentence[at])
               and n.quantity.unit == sentence[at].quantity.unit]
    if not earlier:
        return None
    return _compare(reading, first=sentence[at], second=earlier[-1], first_greater=more)


def _is_from(reading: ArticleNumbers, n: Counted) -> bool:
    """The old level of a change ("down from 1.70"): not what a clause after it ranks."""
    words = [t.word for t in phrases.tokens(reading.before(n))][-1:]
    return n.quantity.change_kind == "from" or words == ["from"]


def _part_of(reading: ArticleNumbers, part: Counted, total: Counted) -> bool:
    words = [t.word for t in phrases.tokens(reading.between(part, total))]
    return words in (["of"], ["of", "the"], ["out", "of"], ["out", "of", "the"])


def _tally(reading: ArticleNumbers, a: Counted, b: Counted) -> bool:
    """"55 to 44": which side the words rank is not said."""
    return [t.word for t in phrases.tokens(reading.between(a, b))] in (["to"], ["-"])


def _cue(words: Sequence[str], name: str) -> bool:
    cues = [tuple(c.split()) for c in tables()[name]]
    return any(phrases.phrase_at(words, i, cues) for i in range(len(words)))


def _called_record(reading: ArticleNumbers, n: Counted) -> bool:
    words = [t.word for t in phrases.tokens(reading.before(n))][-3:]
    cues = phrases.phrases("record_cues")
    return any(phrases.phrase_at(words, i, cues) for i in range(len(words)))


def _same_thing(a: Counted, b: Counted) -> bool:
    """Two figures of one unit (or one bare), not a measure against a count."""
    if a.unit is not None and b.unit is not None and a.unit != b.unit:
        return False
    if (a.quantity.unit == "percent") != (b.quantity.unit == "percent"):
        return False
    if is_measure(a) != is_measure(b) and None not in (a.unit, b.unit):
        return False
    if a.value <= 0 or b.value <= 0:
        return False
    return max(a.value, b.value) / min(a.value, b.value) <= MAX_RATIO


def _compare(reading: ArticleNumbers, *, first: Counted, second: Counted,
             first_greater: bool) -> Check:
    big, small = (first, second) if first_greater else (second, first)
    consistent = interval(big)[1] >= interval(small)[0]
    start, end, text = span_of(reading, [first, second])
    note = f"{fmt(big.value)} stated as more than {fmt(small.value)}"
    return Check(kind="comparison", total=big.value, parts=(small.value,), expected=small.value,
                 actual=big.value, consistent=consistent, start=start, end=end, text=text,
                 note=note)
