"""Comparisons stated in words, checked against the numbers they compare.

- a record: "a record-high 210 drones" is at least every other count of the same thing on one
  occasion in the article;
- a change: "3,000, an increase from 2,000", "rose 12 pct to 50 mln from 44.6 mln", "fell
  from 40 to 32": the new value lies on the stated side of the old, and a stated percentage
  matches the two values;
- a comparison: "210 drones, more than the 140 ...", "twice the 40 ...";
- a part of a total: "249 of the 413 wildfires", "downed 50 of 73 missiles": the part is at
  most the total.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import pairwise

from workbench.compare import phrases
from workbench.compare.checks.readings import (
    ArticleNumbers,
    Counted,
    fmt,
    interval,
    is_interval,
    is_measure,
    is_scoped,
    loosely,
    opens_range,
    span_of,
    tables,
    written,
)
from workbench.model import Check

RECORD_WINDOW = 5  # words before a number that may call it a record
MULTIPLE_TOLERANCE = 0.15
NEARLY = 0.7  # "nearly triple": at least this share of the multiple
NEAR = 0.25  # "about twice": within this share of the multiple
ROUNDING = 0.02  # "more than twice", "less than a quarter": the side, give or take rounding
EPSILON = 1e-9


def records(reading: ArticleNumbers) -> Iterator[Check]:
    """A count called a record against the other counts of the same thing."""
    for n in reading.numbers:
        if (n.unit is None or n.event is None or is_measure(n) or not reading.in_body(n)
                or not _called_record(reading, n)):
            continue
        others = [o for o in reading.numbers if o is not n and o.unit == n.unit
                  and o.event == n.event and reading.in_body(o)
                  and o.sentence != n.sentence and not is_scoped(reading, o)]
        if not others:
            continue
        record_high = interval(n)[1]
        highest = max(others, key=lambda o: interval(o)[0])
        consistent = interval(highest)[0] <= record_high
        start, end, text = span_of(reading, [n, *others])
        verb = "at most" if consistent else "more than"
        note = (f"other counts ({', '.join(fmt(o.value) for o in others)}) are {verb} "
                f"the record {fmt(n.value)}")
        yield Check(kind="record", total=n.value, parts=tuple(o.value for o in others),
                    expected=n.value, actual=highest.value, consistent=consistent,
                    start=start, end=end, text=text, note=note)


def _called_record(reading: ArticleNumbers, n: Counted) -> bool:
    words = [t.word for t in phrases.tokens(reading.before(n))][-RECORD_WINDOW:]
    cues = phrases.phrases("record_cues")
    return any(phrases.phrase_at(words, i, cues) for i in range(len(words)))


def changes(reading: ArticleNumbers) -> Iterator[Check]:
    """Increases, decreases and comparisons between two numbers of one sentence."""
    for sentence in reading.sentences():
        for a, b in pairwise(sentence):
            found = _change(reading, sentence, a, b)
            if found is not None:
                yield found


def _change(reading: ArticleNumbers, sentence: Sequence[Counted], a: Counted,
            b: Counted) -> Check | None:
    if not _comparable(a, b):
        return None
    gap = reading.between(a, b)
    if re.search(r"\d", gap) or len(phrases.tokens(gap)) > 8:
        return None
    before = reading.before(a)
    if aside_of_another(before) or opens_range(reading, a) or is_interval(reading, a) \
            or is_interval(reading, b):
        return None
    gap_clean = gap.strip(" ,;:")
    percent = _percent_before(reading, sentence, a)
    # an aside opens with a comma and is nothing but the cue: "3,000, an increase from 2,000";
    # not "two more than the 115", nor "62, while others dropped from 51"
    aside = "," in gap and _only_cue(gap.rsplit(",", 1)[1])
    if aside and (phrases.ends_with(gap, "increase_cues")
                  or phrases.ends_with(gap, "decrease_cues")):
        rising = phrases.ends_with(gap, "increase_cues")
        if _from_to(gap_clean):  # "a rise from 40 to 52": the first is the old value
            return _direction(reading, new=b, old=a, rising=rising, percent=percent)
        return _direction(reading, new=a, old=b, rising=rising, percent=percent)
    verb = _verb_before(before)
    if verb is not None and re.fullmatch(r"from(?:\s+the)?", gap_clean, re.IGNORECASE) and \
            re.search(r"\b(?:to|at)\s*$", before, re.IGNORECASE):
        return _direction(reading, new=a, old=b, rising=verb, percent=percent)
    if verb is not None and re.fullmatch(r"to", gap_clean, re.IGNORECASE) and re.search(
            r"\bfrom\s*$", before, re.IGNORECASE):
        by = _percent_before(reading, sentence, a, link="old")
        return _direction(reading, new=b, old=a, rising=verb, percent=by)
    if aside and (phrases.ends_with(gap, "more_cues") or phrases.ends_with(gap, "fewer_cues")):
        more = phrases.ends_with(gap, "more_cues")
        return _direction(reading, new=a, old=b, rising=more, percent=None, kind="comparison")
    multiple = multiple_named(gap) if aside else None
    if multiple is not None:
        factor, side = multiple
        check = times(reading, a, b, factor, side=side)
        return check if side is None or check.consistent else None  # a hedge is a reading
    return None


def _only_cue(aside: str) -> bool:
    words = [t.word for t in phrases.tokens(aside)]
    if not words:
        return False
    cues = [*phrases.phrases("increase_cues"), *phrases.phrases("decrease_cues"),
            *phrases.phrases("more_cues"), *phrases.phrases("fewer_cues")]
    if phrases.phrase_at(words, 0, cues) == len(words):
        return True
    return multiple_named(aside) is not None


def _comparable(a: Counted, b: Counted) -> bool:
    """Two numbers of one unit (or one bare, standing for the other's unit), not orders of
    magnitude apart: a bare pair says too little ("the yen rose to 161 from 221")."""
    if a.unit is None and b.unit is None:
        return False
    if a.unit is not None and b.unit is not None and a.unit != b.unit:
        return False
    if "percent" in (a.quantity.unit, b.quantity.unit) and a.unit != b.unit:
        return False
    small, large = sorted((abs(a.value), abs(b.value)))
    return small > 0 and large / small <= float(phrases.data()["max_change_ratio"])


def aside_of_another(before: str) -> bool:
    """The number restates another ("23.2 mln dlrs, or 48 cts a share") or sits in an adjunct
    ("after a 1.6 billion dlr charge"): an aside after it may be about something else."""
    words = [t.word for t in phrases.tokens(before)][-3:]
    return bool(words) and (words[-1] in phrases.data()["restatement_words"] or any(
        w in phrases.data()["adjunct_words"] for w in words))


def _from_to(gap: str) -> bool:
    return bool(re.search(r"\bfrom\b", gap, re.IGNORECASE)) and not gap.lower().endswith("from")


def _verb_before(before: str) -> bool | None:
    """True after a verb of rising ("rose to"), False after one of falling, else None."""
    words = [t.word for t in phrases.tokens(before)][-7:]
    rising = set(phrases.data()["increase_verbs"])
    falling = set(phrases.data()["decrease_verbs"])
    for at in range(len(words) - 1, 0, -1):
        word = words[at]
        if words[at - 1] == "of":
            continue  # "the rate of increase to 4.1 pct": the name of a measure, no verb
        if word in rising:
            return True
        if word in falling:
            return False
    return None


def _percent_before(reading: ArticleNumbers, sentence: Sequence[Counted], a: Counted, *,
                    link: str = "new") -> Counted | None:
    """The percentage stated just before a value: "rose 12 pct to 50", "by 70 per cent from
    20,000 to 34,000"."""
    earlier = [n for n in sentence if n.quantity.end <= a.quantity.start]
    if not earlier or earlier[-1].quantity.unit != "percent":
        return None
    pct = earlier[-1]
    gap = reading.text[pct.quantity.end:a.quantity.start].strip().lower()
    return pct if gap in phrases.data()["percent_links"][link] else None


def _direction(reading: ArticleNumbers, *, new: Counted, old: Counted, rising: bool,
               percent: Counted | None, kind: str = "change") -> Check:
    numbers = [old, new] if percent is None else [percent, old, new]
    start, end, text = span_of(reading, numbers)
    word = "rise" if rising else "fall"
    if percent is not None and old.value:
        stated = percent.value if rising else -percent.value
        computed = (new.value - old.value) / old.value * 100
        consistent = _percent_fits(new, old, percent, rising=rising)
        note = (f"{fmt(old.value)} to {fmt(new.value)} is {computed:+.1f}%, "
                f"stated {stated:+g}%")
        return Check(kind=kind, total=new.value, parts=(old.value, percent.value),
                     expected=stated, actual=round(computed, 2), consistent=consistent,
                     start=start, end=end, text=text, note=note)
    new_low, new_high = interval(new)
    old_low, old_high = interval(old)
    consistent = new_high > old_low if rising else new_low < old_high
    note = f"{word} from {fmt(old.value)} to {fmt(new.value)}"
    if kind == "comparison":
        note = f"{fmt(new.value)} stated as {'more' if rising else 'fewer'} than {fmt(old.value)}"
    return Check(kind=kind, total=new.value, parts=(old.value,), expected=old.value,
                 actual=new.value, consistent=consistent, start=start, end=end, text=text,
                 note=note)


def _percent_fits(new: Counted, old: Counted, percent: Counted, *, rising: bool) -> bool:
    """Could the stated percentage be the change between the two values, each as rounded as
    it is written?"""
    new_low, new_high = loosely(new)
    old_low, old_high = loosely(old)
    if old_low <= 0:
        return True
    lowest = (new_low - old_high) / old_high * 100
    highest = (new_high - old_low) / old_low * 100
    pct_low, pct_high = written(percent)
    if not rising:
        pct_low, pct_high = -pct_high, -pct_low
    return pct_low <= highest + EPSILON and lowest - EPSILON <= pct_high


def multiple_named(gap: str) -> tuple[float, str | None] | None:
    """The factor a multiple names ("twice the", "a third of the") and the side a hedge before
    it puts the figure on ("nearly triple": ``below``; see ``multiple_hedge_sides``); None
    for a hedge of no known side."""
    words = [t.word for t in phrases.tokens(gap)]
    multiples: dict[str, float] = phrases.data()["multiples"]
    table = {tuple(k.split()): v for k, v in multiples.items()}
    for i in range(len(words)):
        n = phrases.phrase_at(words, i, table)
        if n and " ".join(words[i + n:]) in phrases.data()["multiple_tails"]:
            factor = multiples[" ".join(words[i:i + n])]
            before = words[max(0, i - 3):i]
            sides: dict[str, list[str]] = tables()["multiple_hedge_sides"]
            for side, cues in sides.items():
                if any(" ".join(before[k:]) in cues for k in range(len(before))):
                    return factor, side
            hedges = phrases.data()["multiple_hedges"]
            return None if any(w in hedges for w in before[-2:]) else (factor, None)
    return None


def times(reading: ArticleNumbers, a: Counted, b: Counted, factor: float, *,
           side: str | None = None) -> Check:
    """Is ``a`` the multiple of ``b`` stated, within the tolerance of a multiple in words, or
    on the side of it a hedge puts it ("nearly", "more than", "about")?"""
    start, end, text = span_of(reading, [a, b])
    expected = b.value * factor
    low, high = (1 - MULTIPLE_TOLERANCE) * expected, (1 + MULTIPLE_TOLERANCE) * expected
    if side is not None:
        over, under = expected * (1 + ROUNDING), expected * (1 - ROUNDING)
        low, high = {"below": (0.0, over), "nearly": (NEARLY * expected, over),
                     "above": (under, float("inf")),
                     "near": (expected * (1 - NEAR), expected * (1 + NEAR))}[side]
    consistent = low <= a.value <= high
    hedge = {"below": "at most ", "nearly": "nearly ", "above": "more than ",
             "near": "about "}.get(side or "", "")
    note = (f"{fmt(a.value)} stated as {hedge}{factor:g} times {fmt(b.value)} "
            f"({fmt(expected)})")
    return Check(kind="multiple", total=a.value, parts=(b.value,), expected=expected,
                 actual=a.value, consistent=consistent, start=start, end=end, text=text,
                 note=note)


_PART_OF = re.compile(r"\s+(?:out\s+)?of(?:\s+(?:the|its|their|all))?\s+", re.IGNORECASE)
_YEAR = re.compile(r"(?:1[89]|2[01])\d\d")


def parts_of(reading: ArticleNumbers) -> Iterator[Check]:
    """"249 of the 413 wildfires": a bare number right before "of (the)" and a count is a part
    of that count, so at most it. Measures, percentages, years and numbers in a compound
    modifier ("32-bit") never are."""
    for sentence in reading.sentences():
        for a, b in pairwise(sentence):
            gap = reading.text[a.quantity.end:b.quantity.start]
            if not _PART_OF.fullmatch(gap) or (a.quantity.object_start is not None
                                               and a.quantity.object_start < b.quantity.start):
                continue  # "three of the nine judges": the noun after the total is a's too
            compound = (reading.text[b.quantity.end:b.quantity.end + 1] in ("-", "‑")
                        or re.search(r"\d[-‑][A-Za-z]", b.quantity.text) is not None)
            if (is_measure(a) or is_measure(b) or _YEAR.fullmatch(b.quantity.text) or compound
                    or a.quantity.unit not in (None, b.quantity.unit)):
                continue  # "300,000 of its 32-bit chips": 32 counts no chips
            rest = _rest(reading, sentence, a, b)
            yield _part(reading, a, total=b) if rest is None else rest
        for a, b in pairwise(sentence):  # "413 wildfires, with 249 of them out of control",
            # "450 beds, 60 of which are in intensive care"
            after = reading.text[b.quantity.end:b.quantity.end + 14]
            if (_OF_THEM.match(after) and not is_measure(a) and not is_measure(b)
                    and b.quantity.unit in (None, a.quantity.unit)
                    and not re.search(r"\d", reading.between(a, b))):
                yield _part(reading, b, total=a)
        for a, b in pairwise(sentence):  # "25,000 people out of its 100,000 population"
            if _counted_out_of(reading, a, b):
                yield _part(reading, a, total=b)


def _counted_out_of(reading: ArticleNumbers, part: Counted, total: Counted) -> bool:
    """A count with its noun, then "out of" and a count of the same thing or of a whole that
    holds it (``share_wholes``: "population", "electorate"): the first is a part of the
    second. Not "moved 300 people out of two villages": a whole of another kind."""
    q = part.quantity
    if q.object_end is None or q.object_end > total.quantity.start \
            or not _OUT_OF.fullmatch(reading.text[q.object_end:total.quantity.start]):
        return False
    if is_measure(part) or is_measure(total) or _YEAR.fullmatch(total.quantity.text) \
            or part.quantity.unit is None:
        return False
    whole = (total.quantity.object or "").lower()
    return total.quantity.unit == part.quantity.unit or whole in tables()["share_wholes"]


_OUT_OF = re.compile(r"\s+out\s+of(?:\s+(?:the|its|their|a|an|some|about|around))?\s+",
                     re.IGNORECASE)
_OF_THEM = re.compile(r"\s+of\s+(?:them|those|these|which|whom)\b", re.IGNORECASE)


def _rest(reading: ArticleNumbers, sentence: Sequence[Counted], part: Counted,
          total: Counted) -> Check | None:
    """"Three of the four reactors are offline; the other is running", "two of the five
    seats ..., the other three ...": the part and the rest named after it add up to the total."""
    after = reading.text[max(total.quantity.end, total.quantity.object_end or 0):
                         total.sentence[1]]
    found = _THE_OTHER.search(after)
    if found is None:
        return None
    start = total.quantity.object_end or total.quantity.end
    later = [n for n in sentence[sentence.index(total) + 1:]
             if n.quantity.start == start + found.end()]
    if found.group(1) is not None:  # "the other is": one
        rest = 1.0
    elif later and not is_measure(later[0]) and later[0].quantity.qualifier == "exact":
        rest = later[0].value  # "the other three"
    else:
        return None
    members = [part, total, *later[:1]]
    span_start, end, text = span_of(reading, members)
    actual = part.value + rest
    consistent = written(part)[0] + rest <= interval(total)[1] \
        and interval(total)[0] <= written(part)[1] + rest
    note = f"{fmt(part.value)} + {fmt(rest)} = {fmt(actual)}, of {fmt(total.value)}"
    return Check(kind="parts", total=total.value, parts=(part.value, rest),
                 expected=total.value, actual=actual, consistent=consistent, start=span_start,
                 end=end, text=text, note=note)


# "; the other is", ", and the other was", "; the remaining 3" right after "N of the M <noun>"
_THE_OTHER = re.compile(r"^[^;.]{0,120}?[;,]\s+(?:and\s+|while\s+)?the\s+(?:other|remaining)"
                        r"\s+(?:(is|was|has|had|remains|remained)\b|(?=\d|[a-z]+\b))",
                        re.IGNORECASE)


def _part(reading: ArticleNumbers, part: Counted, *, total: Counted) -> Check:
    start, end, text = span_of(reading, [part, total])
    consistent = written(part)[0] <= interval(total)[1]
    note = f"{fmt(part.value)} is a part of {fmt(total.value)}"
    return Check(kind="part", total=total.value, parts=(part.value,), expected=total.value,
                 actual=part.value, consistent=consistent, start=start, end=end, text=text,
                 note=note)
