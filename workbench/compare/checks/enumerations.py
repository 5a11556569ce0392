"""A count and the names that list what it counts.

- "the six accused – A, B, C, D, E and F", "four banks (A, B, C and D)", "the three institutes
  of A, B and C": a count whose noun phrase is followed, past a dash, colon, bracket or "of",
  by a list of names of one kind;
- "ministers from A, B, C, D, E and F ... the six states": "the" (or "these", "all") and a count
  whose noun names the kind of the names listed in its sentence or in one of the two before
  (``enumeration_nouns`` in ``data/checks.json``: states for places, companies for
  organisations, people for persons);
- "across 13 countries. A, B, ... and M would all be affected": a count whose noun names the
  kind of the names listed at the start of the sentence right after it.

- "two loans of 40 mln and 25 mln dlrs": a count whose noun is followed by "of" and a list of
  amounts (``amounts_counted``); "two options: one a new tax and one a cut in spending": a count
  and the items after a colon each opened by "one" (``items_counted``).

The count is the number of different names listed. A list may run on past what is counted,
or lose a name the entity finder missed, so the check is reported only when it holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import cache

from workbench.compare import phrases
from workbench.compare.checks.readings import (
    ArticleNumbers,
    Counted,
    is_measure,
    sentence_spans,
    span_of,
    tables,
)
from workbench.compare.units import singular
from workbench.lexicon import names
from workbench.model import Check, Entity

LABELS = ("PERSON", "GPE", "ORG")
PLACE = "GPE"
MIN_ITEMS = 3  # a list of fewer names is no enumeration worth counting
MAX_COUNT = 30
APPOSITION_WORDS = 4  # words between a count and the dash before its list
EARLIER_SENTENCES = 2  # sentences before "the six states" that may hold its list
_JOINER = re.compile(r"\s*(?:,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?|\s*&\s*)\s*",
                     re.IGNORECASE)
_OPENER = re.compile(r"\s*(?:[:(\u2013\u2014]|--?|\bof)\s*$")


def enumerations(reading: ArticleNumbers) -> Iterator[Check]:
    """Every count that the names listed with it, or before it, bear out."""
    lists = _lists(reading.text, reading.facts.entities)
    if not lists:
        return
    for n in reading.numbers:
        q = n.quantity
        if q.qualifier != "exact" or q.value != int(q.value) or not 2 <= q.value <= MAX_COUNT \
                or not reading.in_body(n):
            continue
        items = _apposed(reading, n, lists) or _recalled(reading, n, lists) \
            or _listed_next(reading, n, lists)
        if items and len({e.canonical for e in items}) == int(q.value):
            yield _check(reading, n, items)


def _lists(text: str, entities: Sequence[Entity]) -> list[list[Entity]]:
    """Runs of names of one kind joined by nothing but commas, "and" and "the"."""
    found: list[list[Entity]] = []
    run: list[Entity] = []
    ordered = sorted((e for e in entities if e.label in LABELS), key=lambda e: e.start)
    for entity in ordered:
        if run and _JOINER.fullmatch(text[run[-1].end:entity.start]):
            if entity.label == run[-1].label:
                run.append(entity)
                continue
            if _one_place_kind(run, entity):  # "Kiel, Hamburg and Essen", Kiel taken for a name
                run = [e if e.label == PLACE else replace(e, label=PLACE) for e in run]
                run.append(entity if entity.label == PLACE else replace(entity, label=PLACE))
                continue
        if len(run) >= MIN_ITEMS:
            found.append(run)
        run = [entity]
    if len(run) >= MIN_ITEMS:
        found.append(run)
    return found


def _one_place_kind(run: Sequence[Entity], entity: Entity) -> bool:
    """A run of places and a name of another kind that the gazetteer knows as a place (or a
    run of one such name and a place): the finder took a town in a list of towns for a
    person or an organisation."""
    if run[-1].label == PLACE:
        return names.is_place(entity.text)
    return entity.label == PLACE and len(run) == 1 and names.is_place(run[0].text)


def _apposed(reading: ArticleNumbers, n: Counted,
             lists: Sequence[list[Entity]]) -> list[Entity] | None:
    """The list right after a count's noun phrase and a dash, colon or bracket."""
    end = max(n.quantity.end, n.quantity.object_end or n.quantity.end)
    for items in lists:
        if items[0].start < end:
            continue
        gap = reading.text[end:items[0].start]
        head = _OPENER.split(gap)[0] if _OPENER.search(gap) else None
        if head is None or len(phrases.tokens(head)) > APPOSITION_WORDS \
                or any(c.isdigit() or c in ".;," for c in head):
            return None
        return items
    return None


def _recalled(reading: ArticleNumbers, n: Counted,
              lists: Sequence[list[Entity]]) -> list[Entity] | None:
    """"the six states": the last list, in the count's sentence or the two before, of names of
    the kind its noun names."""
    words = [t.word for t in phrases.tokens(reading.before(n))]
    if not words or words[-1] not in tables()["enumeration_openers"]:
        return None
    noun = _noun_after(reading, n)
    if noun is None:
        return None
    start = _earlier_start(reading, n.sentence[0])
    earlier = [items for items in lists
               if start <= items[0].start and items[-1].end <= n.quantity.start]
    if not earlier or earlier[-1][0].label not in _kinds_of(noun):
        return None
    return earlier[-1]


def _listed_next(reading: ArticleNumbers, n: Counted,
                 lists: Sequence[list[Entity]]) -> list[Entity] | None:
    """"spreads across 13 countries. Ukraine, Belarus, ... and Russia would be affected": a
    list of names of the kind the count's noun names opening the sentence right after."""
    noun = _noun_after(reading, n)
    if noun is None:
        return None
    spans = sentence_spans(reading)
    following = [a for a, _ in spans if a >= n.sentence[1]]
    if not following or reading.text[n.sentence[1]:following[0]].strip():
        return None
    for items in lists:
        if items[0].start >= following[0]:
            opening = reading.text[following[0]:items[0].start]
            if opening.strip(" \n\"'“") or items[0].label not in _kinds_of(noun):
                return None
            return items
    return None


def _noun_after(reading: ArticleNumbers, n: Counted) -> str | None:
    if n.quantity.object:
        words = [t.word for t in phrases.tokens(n.quantity.object)]
        return singular(words[-1]) if words else None
    after = [t.word for t in phrases.tokens(reading.text, n.quantity.end, n.sentence[1])][:1]
    return singular(after[0]) if after and after[0].isalpha() else None


@cache
def _noun_kinds() -> dict[str, frozenset[str]]:
    kinds: dict[str, set[str]] = {}
    for label, nouns in tables()["enumeration_nouns"].items():
        for noun in nouns:
            kinds.setdefault(noun, set()).add(label)
    for noun in phrases.data()["person_kinds"]:
        kinds.setdefault(noun, set()).add("PERSON")
    return {noun: frozenset(labels) for noun, labels in kinds.items()}


def _kinds_of(noun: str) -> frozenset[str]:
    return _noun_kinds().get(noun, frozenset())


def _earlier_start(reading: ArticleNumbers, start: int) -> int:
    """The start of the sentence ``EARLIER_SENTENCES`` before the one starting at ``start``."""
    before = [a for a, b in sentence_spans(reading) if b <= start]
    return before[-EARLIER_SENTENCES] if len(before) >= EARLIER_SENTENCES else \
        (before[0] if before else start)


def _check(reading: ArticleNumbers, n: Counted, items: Sequence[Entity]) -> Check:
    names = list(dict.fromkeys(e.canonical for e in items))
    start, end, _ = span_of(reading, [n])
    first = reading.facts.sentence_of(items[0].start)
    last = reading.facts.sentence_of(items[-1].start, items[-1].end)
    start, end = min(start, first[0]), max(end, last[1])
    text = reading.text[start:end]
    note = f"{int(n.value)} counted, {len(names)} named: {', '.join(names)}"
    return Check(kind="parts", total=n.value, parts=tuple(1.0 for _ in names),
                 expected=n.value, actual=float(len(names)), consistent=True,
                 start=start, end=end, text=text, note=note)


def amounts_counted(reading: ArticleNumbers) -> Iterator[Check]:
    """"two loans of 40 mln and 25 mln dlrs", "three fines of $500, $750 and $1,000": a count
    whose noun is followed by "of" and a list of amounts, one amount each; reported only when
    the list holds as many amounts as counted (a list may run on into other figures)."""
    for sentence in reading.sentences():
        for at, n in enumerate(sentence):
            q = n.quantity
            if q.object_end is None or q.qualifier != "exact" or is_measure(n) \
                    or not MIN_AMOUNTS <= n.value <= MAX_COUNT or n.value != int(n.value):
                continue
            listed: list[Counted] = []
            gap = reading.text[q.object_end:sentence[at + 1].quantity.start] \
                if at + 1 < len(sentence) else ""
            if not _AMOUNTS_OPENER.fullmatch(gap):
                continue
            for m in sentence[at + 1:]:
                if listed and not _JOINER.fullmatch(
                        reading.text[listed[-1].quantity.end:m.quantity.start]):
                    break
                listed.append(m)
            if len(listed) == n.value and all(is_measure(m) or m.unit is None for m in listed) \
                    and any(is_measure(m) for m in listed):
                start, end, text = span_of(reading, [n, *listed])
                yield Check(kind="parts", total=n.value, parts=tuple(1.0 for _ in listed),
                            expected=n.value, actual=float(len(listed)), consistent=True,
                            start=start, end=end, text=text,
                            note=f"{len(listed)} counted, {len(listed)} amounts listed")


MIN_AMOUNTS = 2
_AMOUNTS_OPENER = re.compile(r"\s+of\s+(?:about\s+|some\s+)?", re.IGNORECASE)


def items_counted(reading: ArticleNumbers) -> Iterator[Check]:
    """"laid out two options: one a new tax and one a cut in spending", "three routes: one by
    sea, one by rail and one by road": a count followed, past a colon, by items each opened by
    "one"; reported only when there are as many items as counted."""
    for sentence in reading.sentences():
        for at, n in enumerate(sentence):
            q = n.quantity
            if q.object_end is None or q.qualifier != "exact" or is_measure(n) \
                    or not MIN_AMOUNTS <= n.value <= MAX_ITEMS:
                continue
            later = [m for m in sentence[at + 1:] if m.value != 1]  # the "one"s are items
            end = later[0].quantity.start if later else n.sentence[1]
            rest = reading.text[q.object_end:end]
            colon = rest.find(":")
            if colon < 0 or not _FIRST_ONE.match(rest, colon):
                continue
            items = 1 + len(_NEXT_ONE.findall(rest, colon))
            if items == n.value:
                start, stop, text = span_of(reading, [n])
                yield Check(kind="parts", total=n.value, parts=tuple(1.0 for _ in range(items)),
                            expected=n.value, actual=float(items), consistent=True,
                            start=start, end=stop, text=text,
                            note=f"{items} counted, {items} listed after the colon")


MAX_ITEMS = 6
_FIRST_ONE = re.compile(r":\s*one\b", re.IGNORECASE)
_NEXT_ONE = re.compile(r"(?:[,;]\s*(?:and\s+)?|\s+and\s+)one\b(?!\s+(?:of|another)\b)",
                       re.IGNORECASE)
