"""Figures tied by a word to a figure stated before them, in their sentence or the one before:

- a running total: "set aside 115 mln marks, bringing the total provisions to 580 mln marks":
  the total brought to is at least the figure of its unit added before it;
- an average of a range: "would rise anywhere from 700 mln to three bln dlrs. The average
  forecast called for a 1.8 bln dlr increase": the average lies inside the range;
- a multiple by a verb: "double the 350 pound monthly payment to 700 pounds", "pressure to
  triple the 40-strong team ... to 120": the new figure is that multiple of the one before;
- an old level named by its period: "rose 1.2 bln dlrs to 740.2 bln dlrs. The previous week's
  level was revised to 739.0 bln": the change's amount is the difference of the two levels;
- a multiple of a figure recalled from the sentence before: "was sentenced to 25 years. ... a
  sentence that was less than a quarter of the 105 years sought": a multiple (hedged or not)
  right before a figure with none of its unit before it in its sentence compares the last
  figure of its unit in the sentence before.

The words, verbs and factors are data (``data/checks.json``). Each link is read from the words
around the figures alone, so a check is reported only when it holds.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import pairwise

from workbench.compare import phrases
from workbench.compare.checks import comparisons
from workbench.compare.checks.levels import by_amount
from workbench.compare.checks.readings import (
    ArticleNumbers,
    Counted,
    fmt,
    interval,
    is_measure,
    opens_range,
    span_of,
    sum_check,
    tables,
    written,
)
from workbench.model import Check

VERB_WORDS = 12  # words between a running-total or multiplying verb and "to"
MODIFIERS = 3  # words between "to" and a new level ("to a seasonally adjusted")
MULTIPLE_TOLERANCE = 0.05  # "double ... to 700": within rounding of the multiple


def _body_sentences(reading: ArticleNumbers) -> list[list[Counted]]:
    return [s for s in reading.sentences() if reading.in_body(s[0])]


def _adjacent(reading: ArticleNumbers, first: Sequence[Counted],
              second: Sequence[Counted]) -> bool:
    return not reading.text[first[0].sentence[1]:second[0].sentence[0]].strip()


def _same_unit(a: Counted, b: Counted) -> bool:
    if a.quantity.unit is not None and a.quantity.unit == b.quantity.unit:
        return True
    return a.unit is not None and a.unit == b.unit


def _verb_to(reading: ArticleNumbers, n: Counted, verbs: Sequence[str], *,
             needs: Sequence[str] = ()) -> tuple[str, int] | None:
    """The verb of ``verbs`` before "to <n>" with at most ``VERB_WORDS`` words between, one of
    them in ``needs`` when given: the verb and its offset."""
    found = phrases.tokens(reading.before(n))
    words = [t.word for t in found]
    if words[-1:] != ["to"]:
        return None
    for i in range(len(words) - 2, max(-1, len(words) - 3 - VERB_WORDS), -1):
        word = words[i]
        if word in (";", ":"):
            return None
        if word in verbs:
            between = words[i + 1:-1]
            if needs and not any(w in needs for w in between):
                return None
            return word, n.sentence[0] + found[i].start
    return None


# -- running totals ----------------------------------------------------------------------------

def running_totals(reading: ArticleNumbers) -> Iterator[Check]:
    """"bringing the total to X": X is at least the figure of its unit added before it."""
    table = tables()
    for sentence in _body_sentences(reading):
        for at, total in enumerate(sentence):
            if total.quantity.change_kind == "from" or total.quantity.unit == "percent":
                continue
            verb = _verb_to(reading, total, table["running_total_verbs"],
                            needs=table["running_total_words"])
            if verb is None:
                continue
            added = [n for n in sentence[:at] if n.quantity.start < verb[1]
                     and _same_unit(n, total) and n.quantity.change_kind != "from"
                     and not _after_from(reading, n)]
            if not added:
                continue
            check = sum_check(reading, "subset", total, [added[-1]], exhaustive=False)
            if check.consistent:
                yield check


def _after_from(reading: ArticleNumbers, n: Counted) -> bool:
    words = [t.word for t in phrases.tokens(reading.before(n))][-3:]
    return "from" in words


# -- averages of a range -----------------------------------------------------------------------

def averages(reading: ArticleNumbers) -> Iterator[Check]:
    """An average, median or consensus figure inside the range of its unit stated in its
    sentence or the one before."""
    sentences = _body_sentences(reading)
    for at, sentence in enumerate(sentences):
        ranges = _ranges(reading, sentence)
        if at + 1 < len(sentences) and _adjacent(reading, sentence, sentences[at + 1]):
            later = sentences[at + 1]
        else:
            later = []
        for low, high in ranges:
            after = [n for n in sentence if n.quantity.start > high.quantity.end] + later
            for n in after:
                if _same_unit(n, low) and _called_average(reading, n):
                    check = _inside(reading, low, high, n)
                    if check.consistent:
                        yield check
                    break


def _ranges(reading: ArticleNumbers, sentence: Sequence[Counted]) -> list[tuple[Counted, Counted]]:
    """"anywhere from X to Y", "ranging from X to Y": the two ends of each range."""
    found = []
    for a, b in pairwise(sentence):
        gap = [t.word for t in phrases.tokens(reading.between(a, b))]
        if opens_range(reading, a) and gap == ["to"] and _same_unit(a, b) \
                and a.value < b.value:
            found.append((a, b))
    return found


def _called_average(reading: ArticleNumbers, n: Counted) -> bool:
    words = [t.word for t in phrases.tokens(reading.before(n))]
    window = words[-int(tables()["average_window"]):]
    return any(w in tables()["average_words"] for w in window)


def _inside(reading: ArticleNumbers, low: Counted, high: Counted, n: Counted) -> Check:
    start, end, text = span_of(reading, [low, high, n])
    n_low, n_high = written(n)
    consistent = written(low)[0] <= n_high and n_low <= written(high)[1]
    note = (f"{fmt(n.value)} is {'inside' if consistent else 'outside'} the range "
            f"{fmt(low.value)} to {fmt(high.value)}")
    return Check(kind="range", total=n.value, parts=(low.value, high.value), expected=None,
                 actual=n.value, consistent=consistent, start=start, end=end, text=text,
                 note=note)


# -- multiples by a verb -----------------------------------------------------------------------

def multiplied(reading: ArticleNumbers) -> Iterator[Check]:
    """"double the 350 pound payment to 700 pounds": the new figure against the figure of its
    unit before it (between the verb and "to", else before the verb in its sentence, else the
    last of the sentence before)."""
    factors: dict[str, float] = tables()["multiplying_verbs"]
    sentences = _body_sentences(reading)
    for at, sentence in enumerate(sentences):
        for position, new in enumerate(sentence):
            if is_measure(new) and new.quantity.unit == "percent":
                continue
            verb = _verb_to(reading, new, list(factors))
            if verb is None:
                continue
            earlier = [n for n in sentence[:position] if _same_unit(n, new)]
            if not earlier and at and _adjacent(reading, sentences[at - 1], sentence):
                earlier = [n for n in sentences[at - 1] if _same_unit(n, new)]
            if not earlier:
                continue
            check = _times(reading, new, earlier[-1], factors[verb[0]])
            if check.consistent:
                yield check


def _times(reading: ArticleNumbers, new: Counted, old: Counted, factor: float) -> Check:
    start, end, text = span_of(reading, [old, new])
    expected = old.value * factor
    low, high = written(old)
    new_low, new_high = written(new)
    slack = MULTIPLE_TOLERANCE * expected
    consistent = new_low - slack <= high * factor and low * factor <= new_high + slack
    note = f"{fmt(new.value)} stated as {factor:g} times {fmt(old.value)} ({fmt(expected)})"
    return Check(kind="multiple", total=new.value, parts=(old.value,), expected=expected,
                 actual=new.value, consistent=consistent, start=start, end=end, text=text,
                 note=note)


# -- an old level named by its period ----------------------------------------------------------

def previous_levels(reading: ArticleNumbers) -> Iterator[Check]:
    """"rose 1.2 bln to 740.2 bln. The previous week's level was 739.0 bln": a change stated by
    its amount and new level, and the old level in the next sentence."""
    openers = [tuple(t.word for t in phrases.tokens(o))
               for o in tables()["previous_period_openers"]]
    sentences = _body_sentences(reading)
    for sentence, following in pairwise(sentences):
        if not _adjacent(reading, sentence, following):
            continue
        words = [t.word for t in phrases.tokens(reading.text, following[0].sentence[0],
                                                following[0].quantity.start)]
        if not phrases.phrase_at(words, 0, openers):
            continue
        for amount, new in pairwise(sentence):
            if amount.quantity.change_kind != "by" or new.quantity.change_kind not in (None, "to") \
                    or not _same_unit(amount, new) or amount.quantity.unit == "percent":
                continue
            gap = [t.word for t in phrases.tokens(reading.between(amount, new))]
            if gap[:1] != ["to"] or len(gap) > 1 + MODIFIERS \
                    or not all(w.isalpha() for w in gap):
                continue  # "rose 1.2 bln to a seasonally adjusted 740.2 bln"
            olds = [n for n in following if _same_unit(n, new)]
            old = next((n for n in olds if n.quantity.change_kind == "to"), olds[0] if olds
                       else None)
            if old is None or not interval(old)[0] > 0:
                continue
            check = by_amount(reading, new=new, old=old, amount=amount,
                              rising=amount.quantity.change == "increase")
            if check.consistent:
                yield check


# -- a multiple of a figure recalled from the sentence before ----------------------------------

def recalled_multiples(reading: ArticleNumbers) -> Iterator[Check]:
    sentences = _body_sentences(reading)
    for previous, sentence in pairwise(sentences):
        if not _adjacent(reading, previous, sentence):
            continue
        for at, b in enumerate(sentence):
            if any(_same_unit(n, b) for n in sentence[:at]):
                break
            named = comparisons.multiple_named(reading.before(b))
            earlier = [n for n in previous if _same_unit(n, b)]
            if named is None or not earlier or b.quantity.unit == "percent":
                continue
            factor, side = named
            check = comparisons.times(reading, earlier[-1], b, factor, side=side)
            if check.consistent:
                yield check
