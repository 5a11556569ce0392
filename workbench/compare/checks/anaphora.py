"""Totals and parts that refer back across sentences:

- "... contacted 156 schools. Of those, 52 were repaired, but 104 need work.": a sentence
  opening with "Of those," breaks down the last count of the sentence before it;
- "... 63,000 deliveries ... The deliveries comprised 50,900 sedans and 12,100 SUVs.": a
  sentence whose subject names what an earlier count counted, with a verb of composition,
  breaks that count down;
- "... 13 bln dlrs of its foreign debt. Total foreign debt is 23 bln dlrs.": counts of the
  sentence before that name the total's noun are some of it;
- "downed 50 of 73 drones. It lost track of 19 drones, while four were still in the air.": the
  counts of the same things in the sentences right after a part of a total are more of its
  parts;
- "14 people were injured. Nine were taken to hospital and five were treated at the scene.":
  a sentence that gives nothing but counts of what the last count of the sentence before
  counts (or bare numbers, "about" allowed), or amounts in its unit ("The budget totals $6.1
  bln. Schools get $2.4 bln, health $2.2 bln and roads $1.5 bln."), breaks it down when they
  add up to it exactly; past one sentence without numbers when they name what they count
  ("Eight people were detained. Police named the group. Five citizens of A and three of B
  ...");
- "Exports surged to 7.8 bln dlrs. Exports to the U.S. were worth 2.8 bln dlrs.": a sentence
  opening with the noun of a figure of the sentence before and a place (``place_part_words``)
  gives one part of it.

All but the first link numbers by their words alone, so they are reported only when they hold.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import pairwise

from workbench.compare import phrases
from workbench.compare.checks.breakdown import is_nested, opens_part, reported_clause
from workbench.compare.checks.readings import (
    ArticleNumbers,
    Counted,
    interval,
    is_measure,
    is_scoped,
    same_kind,
    sentences_between,
    sum_check,
    sum_interval,
    tables,
)
from workbench.compare.units import singular
from workbench.model import Check

LOOK_BACK = 3  # sentences before a composition in which its total may stand
FOLLOWING = 2  # sentences after a part of a total that may give more of its parts
PHRASE_WORDS = 7  # words after a number that may name what it is part of
EXACT = 1e-9  # parts that add up to a total exactly, floating point aside
RATIOS = frozenset({"percent", "percentage point", "point"})  # shares are split by shares


def from_previous(reading: ArticleNumbers) -> Iterator[Check]:
    """"... contacted 156 schools. Of those, 52 were repaired, but 104 need work.": a sentence
    opening with "Of those," breaks down the last count of the sentence before it."""
    sentences = [s for s in reading.sentences() if reading.in_body(s[0])]
    for previous, sentence in pairwise(sentences):
        opening = reading.text[sentence[0].sentence[0]:sentence[0].quantity.start]
        if not _opens_with_anaphor(opening):
            continue
        total = _last_count(previous, sentence[0])
        between = reading.text[previous[0].sentence[1]:sentence[0].sentence[0]]
        if total is None or between.strip():  # only the sentence right before
            continue
        parts = _anaphoric_parts(reading, total, sentence)
        if parts:
            kind = "parts" if len(parts) > 1 else "subset"
            yield sum_check(reading, kind, total, parts, exhaustive=False)


def _opens_with_anaphor(opening: str) -> bool:
    """"Of those, ", "Of them, ", "Among them, ": the sentence speaks of a count just given."""
    words = [t.word for t in phrases.tokens(opening)]
    n = phrases.phrase_at(words, 0, phrases.phrases("nested_cues"))
    return bool(n) and words[n:n + 1] == [","]


def _last_count(previous: Sequence[Counted], first: Counted) -> Counted | None:
    """The count the anaphor points at: the last of the sentence before that may hold the
    first part."""
    for n in reversed(previous):
        if is_measure(n) or n.quantity.change is not None:
            continue
        return n if same_kind(n, first) and (n.unit is not None or first.unit is not None) \
            else None
    return None


def _anaphoric_parts(reading: ArticleNumbers, total: Counted,
                     sentence: Sequence[Counted]) -> list[Counted]:
    """The numbers of the sentence that count some of the total, up to the first that cannot."""
    parts: list[Counted] = []
    for n in sentence:
        if is_nested(reading, n) or not same_kind(total, n) or is_measure(n):
            break
        if parts:
            gap = reading.between(parts[-1], n)
            if re.search(r"[;()]", gap) or reported_clause(gap) or not opens_part(gap):
                break
        parts.append(n)
    return parts


def split_after(reading: ArticleNumbers) -> Iterator[Check]:
    """"The council has 60 seats. Labour holds 34, the Conservatives 20 and independents 6.":
    the counts of the next sentence that add up exactly to the last count before it."""
    sentences = [s for s in reading.sentences() if reading.in_body(s[0])]
    for previous, sentence in pairwise(sentences):
        apart = sentences_between(reading, previous[-1].sentence[1], sentence[0].sentence[0])
        if len(sentence) < 2 or apart > 1 or (apart and any(n.unit is None for n in sentence)):
            continue  # past one sentence without numbers, only counts that name their things
        total = previous[-1]
        money = is_measure(total) and total.quantity.unit not in RATIOS
        if total.unit is None or (is_measure(total) and not money) \
                or total.quantity.change is not None or total.quantity.qualifier != "exact" \
                or (not money and total.value != int(total.value)):
            continue
        if not all(_part_after(total, n) for n in sentence):
            continue
        if abs(sum(n.value for n in sentence) - total.value) <= EXACT * total.value:
            yield sum_check(reading, "parts", total, sentence, exhaustive=True)


def placed_after(reading: ArticleNumbers) -> Iterator[Check]:
    """"Exports totalled $9.5 bln. Exports to Europe were worth $4.1 bln.": the one figure of a
    sentence opening with "<noun> to (from, in) <place>" is some of the figure of that noun
    and unit in the sentence before."""
    sentences = [s for s in reading.sentences() if reading.in_body(s[0])]
    for previous, sentence in pairwise(sentences):
        if len(sentence) != 1 or reading.text[previous[-1].sentence[1]:sentence[0].sentence[0]] \
                .strip():
            continue
        part = sentence[0]
        words = [t.word for t in phrases.tokens(reading.before(part))]
        if len(words) < 3 or words[1] not in tables()["place_part_words"] \
                or not words[0].isalpha() or part.quantity.change is not None:
            continue
        noun = singular(words[0])
        totals = [n for n in previous if n.quantity.unit == part.quantity.unit
                  and n.quantity.change_kind in (None, "to") and n.value > 0
                  and noun in {singular(w) for w in _clause(reading, previous, n)}
                  | {singular(w) for w in (n.quantity.object or "").lower().split()}]  # or after
        if totals:
            check = sum_check(reading, "subset", totals[-1], [part], exhaustive=False)
            if check.consistent:
                yield check


def _clause(reading: ArticleNumbers, sentence: Sequence[Counted], n: Counted) -> list[str]:
    """The words before a number back to the number before it or the sentence start."""
    at = sentence.index(n)
    start = sentence[at - 1].quantity.end if at else n.sentence[0]
    return [t.word for t in phrases.tokens(reading.text, start, n.quantity.start)]


def _part_after(total: Counted, n: Counted) -> bool:
    """A count of what the total counts (or a bare one), or an amount in its unit."""
    q = n.quantity
    if q.change is not None or q.qualifier not in ("exact", "approx") \
            or not 0 < n.value < total.value:
        return False
    if is_measure(total):
        return q.unit == total.quantity.unit
    return same_kind(total, n) and not is_measure(n)


def compositions(reading: ArticleNumbers) -> Iterator[Check]:
    """"The deliveries comprised 50,900 sedans and 12,100 SUVs.": the parts of the count an
    earlier sentence gave of the subject's noun."""
    sentences = [s for s in reading.sentences() if reading.in_body(s[0])]
    for at, sentence in enumerate(sentences):
        noun = _composed_noun(reading, sentence[0])
        if noun is None:
            continue
        earlier = [n for s in sentences[max(0, at - LOOK_BACK):at] for n in s
                   if _counts(reading, n, noun)]
        parts = [n for n in sentence if not is_measure(n)]
        if not earlier or len(parts) < 2:
            continue
        total = earlier[-1]
        check = sum_check(reading, "parts", total, parts, exhaustive=True)
        low, high = interval(total)
        part_low, part_high = sum_interval(parts)
        if check.consistent and part_low <= high and low <= part_high:
            yield check


def _composed_noun(reading: ArticleNumbers, first: Counted) -> str | None:
    """"The deliveries comprised": the noun of a sentence opening with "the <noun> <verb of
    composition>" right before its first number."""
    verbs = [tuple(v.split()) for v in tables()["composition_verbs"]]
    longest = max(len(v) for v in verbs)
    text = reading.before(first)  # no longer than "the <noun> <verb>": its first words tell
    words = phrases.first_words(text, 0, len(text), longest + 3)
    if len(words) < 3 or len(words) > longest + 2 or words[0] not in ("the", "these", "those"):
        return None
    n = phrases.phrase_at(words, 2, verbs)
    if n and 2 + n == len(words):
        return singular(words[1])
    return None


def _counts(reading: ArticleNumbers, n: Counted, noun: str) -> bool:
    """Does ``n`` count ``noun``s ("63,000 deliveries")?"""
    if n.quantity.object is None or is_measure(n):
        return False
    return singular(n.quantity.object.lower().split()[-1]) == noun


def continued(reading: ArticleNumbers) -> Iterator[Check]:
    """"downed 50 of 73 drones. It lost track of 19 drones, while four were still in the air.":
    a part of a total, then the counts of the same things in the sentences right after it."""
    sentences = [s for s in reading.sentences() if reading.in_body(s[0])]
    for at, sentence in enumerate(sentences):
        for part, total in pairwise(sentence):
            if not _part_of(reading, part, total):
                continue
            later = _following(reading, sentences[at + 1:at + 1 + FOLLOWING], total)
            if not later:
                continue
            parts = [part, *later]
            check = sum_check(reading, "parts", total, parts, exhaustive=True)
            if check.consistent:
                yield check


_PART_OF = re.compile(r"\s+(?:out\s+)?of(?:\s+(?:the|its|their|all))?\s+", re.IGNORECASE)


def _part_of(reading: ArticleNumbers, part: Counted, total: Counted) -> bool:
    gap = reading.text[part.quantity.end:total.quantity.start]
    return bool(_PART_OF.fullmatch(gap)) and part.unit in (None, total.unit) \
        and total.unit is not None and not is_measure(total) and part.value < total.value


def _following(reading: ArticleNumbers, sentences: Sequence[Sequence[Counted]],
               total: Counted) -> list[Counted]:
    """Counts of the total's things in the next sentences, each sentence right after the one
    before, up to the first sentence without one or with a count of another kind."""
    found: list[Counted] = []
    end = total.sentence[1]
    for sentence in sentences:
        if reading.text[end:sentence[0].sentence[0]].strip():
            break
        here = []
        for n in sentence:
            if is_measure(n) or is_nested(reading, n) or is_scoped(reading, n):
                return found
            if n.unit not in (None, total.unit) or not same_kind(total, n):
                return found
            if n.value >= total.value or phrases.starts_with(reading.after(n), "addition_cues"):
                return found
            here.append(n)
        if not here:
            break
        found += here
        end = sentence[0].sentence[1]
    return found


def totals_after(reading: ArticleNumbers) -> Iterator[Check]:
    """"... 13 bln dlrs of its short-term foreign debt. Total foreign debt is 23 bln dlrs.": the
    counts of the sentence before that name the total's noun are some of it."""
    sentences = [s for s in reading.sentences() if reading.in_body(s[0])]
    for previous, sentence in pairwise(sentences):
        noun = _total_noun(reading, sentence[0])
        between = reading.text[previous[0].sentence[1]:sentence[0].sentence[0]]
        if noun is None or between.strip():
            continue
        total = sentence[0]
        parts = [n for n in previous if n.quantity.unit == total.quantity.unit
                 and n.value < total.value and _names(reading, n, noun)]
        if parts:
            check = sum_check(reading, "subset", total, parts, exhaustive=False)
            if check.consistent:
                yield check


def _total_noun(reading: ArticleNumbers, first: Counted) -> str | None:
    """"Total foreign debt is": the noun of a sentence opening with "total ... <verb>"."""
    words = [t.word for t in phrases.tokens(reading.before(first))]
    if words[:1] == ["the"]:
        words = words[1:]
    verbs = [tuple(v.split()) for v in tables()["total_verbs"]]
    if len(words) < 3 or words[0] != "total":
        return None
    for i in range(2, len(words)):
        n = phrases.phrase_at(words, i, verbs)
        if n and i + n == len(words) and all(w.isalpha() for w in words[1:i]):
            return singular(words[i - 1])
    return None


def _names(reading: ArticleNumbers, n: Counted, noun: str) -> bool:
    """Does the number's phrase name ``noun`` ("13 bln dlrs of its foreign debt")?"""
    words = [t.word for t in phrases.tokens(reading.after(n))][:PHRASE_WORDS]
    if words[:1] != ["of"]:
        return False
    for word in words[1:]:
        if not word[0].isalpha():
            return False
        if singular(word) == noun:
            return True
    return False
