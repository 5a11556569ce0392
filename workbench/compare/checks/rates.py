"""A rate restated per another period: "$2 million a day, or about $730 million a year", "50 to
100 troops die each day, meaning perhaps 3,000 a month". The second figure is the first times
the days of its period over the days of the first's (``period_days``: a month is 28 to 31
days), each figure as rounded as it is written, a hedged one ("about", "perhaps") within
``RATE_SLACK``.

Each figure's period is the extractor's rate unit (``per``) or the words "a (each, per, every)
<period>" after it, before the link; the link is a word of ``rate_links`` after a comma ("or",
"meaning"). The words are data (``data/checks.json``); the reading is reported only when the
figures fit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from workbench.compare import phrases
from workbench.compare.checks.readings import (
    ArticleNumbers,
    Counted,
    fmt,
    span_of,
    tables,
    written,
)
from workbench.model import Check

RATE_SLACK = 0.1  # a hedged restatement: within this share
HEDGES = frozenset({"about", "around", "roughly", "some", "nearly", "almost", "perhaps",
                    "approximately", "maybe", "possibly"})
_PERIOD = re.compile(r"\b(?:a|an|each|every|per)\s+(day|week|month|quarter|year)\b",
                     re.IGNORECASE)


def rates(reading: ArticleNumbers) -> Iterator[Check]:
    for sentence in reading.sentences():
        for a, b in pairwise(sentence):
            if not _same_thing(a, b):
                continue
            gap = reading.text[a.quantity.end:b.quantity.start]
            first, link = _period_before_link(gap)
            first = a.quantity.per or first
            second = b.quantity.per or _period_after(reading, b)
            if link is None or first is None or second is None or first == second:
                continue
            check = _check(reading, a, b, first, second, hedged=_hedged(reading, gap, b))
            if check is not None and check.consistent:
                yield check


def _same_thing(a: Counted, b: Counted) -> bool:
    if a.quantity.unit == "percent" or b.quantity.unit == "percent":
        return False
    return a.quantity.unit is None or b.quantity.unit is None \
        or a.quantity.unit == b.quantity.unit


def _period_before_link(gap: str) -> tuple[str | None, str | None]:
    """The period named in the gap before the link, and the link (after a comma)."""
    links = [tuple(t.word for t in phrases.tokens(w)) for w in tables()["rate_links"]]
    words = [t.word for t in phrases.tokens(gap)]
    if "," not in words:
        return None, None
    comma = len(words) - 1 - words[::-1].index(",")
    if not phrases.phrase_at(words, comma + 1, links):
        return None, None
    head = gap[:[t.start for t in phrases.tokens(gap)][comma]]
    periods = _PERIOD.findall(head)
    return (periods[-1].lower() if periods else None), "link"


def _period_after(reading: ArticleNumbers, n: Counted) -> str | None:
    end = max(n.quantity.end, n.quantity.object_end or n.quantity.end)
    match = _PERIOD.match(reading.text, end + 1) if reading.text[end:end + 1] == " " else None
    return match.group(1).lower() if match else None


def _hedged(reading: ArticleNumbers, gap: str, b: Counted) -> bool:
    words = [t.word for t in phrases.tokens(gap)][-2:]
    return b.quantity.qualifier == "approx" or any(w in HEDGES for w in words)


def _check(reading: ArticleNumbers, a: Counted, b: Counted, first: str, second: str, *,
           hedged: bool) -> Check | None:
    days: dict[str, list[float]] = tables()["period_days"]
    if first not in days or second not in days:
        return None
    q = a.quantity
    ranged = q.qualifier == "range" and q.low is not None and q.high is not None
    low, high = (q.low, q.high) if ranged and q.low is not None and q.high is not None \
        else written(a)
    factor_low = days[second][0] / days[first][1]
    factor_high = days[second][1] / days[first][0]
    b_low, b_high = written(b)
    slack = RATE_SLACK if hedged else 0.0
    consistent = b_low * (1 - slack) <= high * factor_high \
        and low * factor_low <= b_high * (1 + slack)
    start, end, text = span_of(reading, [a, b])
    stated = f"{fmt(low)} to {fmt(high)}" if ranged else fmt(a.value)
    note = f"{stated} a {first} is {fmt(b.value)} a {second}"
    parts = (low, high) if ranged else (a.value,)
    return Check(kind="conversion", total=b.value, parts=parts, expected=high * factor_high,
                 actual=b.value, consistent=consistent, start=start, end=end, text=text,
                 note=note)
