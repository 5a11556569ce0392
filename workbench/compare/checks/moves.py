"""A move stated by its amount, its percentage and the level it reached, without the level it
started from: "The index fell 120 points, or 1.5%, to 7,880", "The fare rose 20 cents, or 8%, to
$2.70", "The Dow added 87.37 points, or 0.23%, to close at 37,903.29".

The old level is the new one less the rise (or plus the fall); the percentage must be the
amount's share of it, each number as rounded as it is written. The text states all three, so a
percentage that does not fit is flagged.
"""

from __future__ import annotations

from collections.abc import Iterator

from workbench.compare import phrases
from workbench.compare.checks.levels import POINTS
from workbench.compare.checks.readings import ArticleNumbers, Counted, fmt, span_of, tables, written
from workbench.model import Check

EPSILON = 1e-9


def moves(reading: ArticleNumbers) -> Iterator[Check]:
    for sentence in reading.sentences():
        for amount, percent, new in zip(sentence, sentence[1:], sentence[2:], strict=False):
            rising = _rising(reading, amount)
            if rising is not None and _is_move(reading, amount, percent, new):
                yield _check(reading, amount, percent, new, rising=rising)


def _rising(reading: ArticleNumbers, amount: Counted) -> bool | None:
    """The direction the extractor gave the amount, else the verb right before it ("added
    87.37 points", "lost 120 points": ``move_verbs``)."""
    q = amount.quantity
    if q.change_kind == "by" and q.change is not None:
        return q.change == "increase"
    if q.change is not None:
        return None
    words = [t.word for t in phrases.tokens(reading.before(amount))][-1:]
    verbs = tables()["move_verbs"]
    if words and words[0] in {*verbs["up"], *phrases.data()["increase_verbs"]}:
        return True
    if words and words[0] in {*verbs["down"], *phrases.data()["decrease_verbs"]}:
        return False
    return None


def _is_move(reading: ArticleNumbers, amount: Counted, percent: Counted, new: Counted) -> bool:
    a, p, n = amount.quantity, percent.quantity, new.quantity
    if a.unit == "percent" or p.unit != "percent" or p.change is not None \
            or n.unit == "percent" or not n.value or not a.value:
        return False
    if a.unit is not None and a.unit not in POINTS and a.unit != n.unit:
        return False  # "120 points ... to 7,880", "20 cents ... to $2.70": one measure
    restated = [t.word for t in phrases.tokens(reading.between(amount, percent))]
    if restated not in ([",", "or"], ["(", "or"], ["("]):
        return False
    link = [t.word for t in phrases.tokens(reading.between(percent, new))]
    cues = [tuple(c.split()) for c in tables()["level_reached_cues"]]
    link = [w for w in link if w not in (",", ")")]
    return tuple(link) in cues


def _check(reading: ArticleNumbers, amount: Counted, percent: Counted, new: Counted, *,
           rising: bool) -> Check:
    a_low, a_high = written(amount)
    n_low, n_high = written(new)
    if rising:  # the old level is the new one less the rise
        old_low, old_high, old = n_low - a_high, n_high - a_low, new.value - amount.value
    else:  # or plus the fall
        old_low, old_high, old = n_low + a_low, n_high + a_high, new.value + amount.value
    lowest = a_low / old_high * 100 if old_high > 0 else 0.0
    highest = a_high / old_low * 100 if old_low > 0 else float("inf")
    p_low, p_high = written(percent)
    consistent = p_low <= highest + EPSILON and lowest - EPSILON <= p_high
    computed = amount.value / old * 100 if old else 0.0
    start, end, text = span_of(reading, [amount, percent, new])
    word = "up" if rising else "down"
    note = (f"{word} {fmt(amount.value)} to {fmt(new.value)} from {fmt(old)} is "
            f"{computed:.2f}%, stated {percent.value:g}%")
    return Check(kind="change", total=new.value, parts=(amount.value, percent.value),
                 expected=percent.value, actual=round(computed, 2), consistent=consistent,
                 start=start, end=end, text=text, note=note)
