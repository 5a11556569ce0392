"""A total and its parts: in one sentence ("of 140 drones, 94 were downed, 43 lost and one
crashed"; "62 foreigners, of whom 39 ... and seven ..."; "10 people, including 3 children"),
or across sentences where a lead count covers places that later sentences count one by one
("killed at least nine people in Lviv and Zhytomyr" ... "in Zhytomyr ... killed five" ... "in
Lviv ... killed four").

Numbers of different things in one sentence are not parts of one total: a part must count
the same kind of thing as its total (or be a bare number standing for it), and a number
followed by "of them" is part of the part before it, not of the total.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date
from itertools import pairwise

from workbench.compare import phrases, timing
from workbench.compare.checks.readings import (
    ArticleNumbers,
    Counted,
    is_scoped,
    same_kind,
    sum_check,
)
from workbench.lexicon import names
from workbench.model import Check, Entity

_CLAUSE_START = re.compile(r"(?:^|[,;:(]|\bthat)\s*$", re.IGNORECASE)


def within_sentences(reading: ArticleNumbers) -> Iterator[Check]:
    """Totals with their parts inside one sentence."""
    for sentence in reading.sentences():
        if not reading.in_body(sentence[0]):
            continue
        used: set[int] = set()
        for position, total in enumerate(sentence):
            if total.index in used:
                continue
            found = _breakdown(reading, sentence, position)
            if found is None:
                continue
            kind, parts, exhaustive = found
            used.update(p.index for p in parts)
            used.add(total.index)
            if sentence[-1] is not parts[-1]:  # a number the list stopped at may be a part
                exhaustive = False  # misread ("and two await trial"): no shortfall alarm
            yield sum_check(reading, kind, total, parts, exhaustive=exhaustive)


def _breakdown(reading: ArticleNumbers, sentence: Sequence[Counted],
               position: int) -> tuple[str, list[Counted], bool] | None:
    """The parts of ``sentence[position]`` if a cue makes it a total: (kind, parts, exhaustive)."""
    total = sentence[position]
    later = [n for n in sentence[position + 1:] if not reading.in_time(n)]
    if not later or reading.in_time(total):
        return None
    before = reading.before(total)
    cue = _cue_before(before, "total_cues")
    if cue and _CLAUSE_START.search(before[:len(before.rstrip()) - cue].rstrip() or ""):
        parts = _parts(reading, total, later, subset=False)
        if not parts or _enumeration(reading, [total, *parts]):
            return None
        return ("parts", parts, True) if len(parts) > 1 else ("subset", parts, False)
    gap = reading.between_untimed(total, later[0])
    if not _no_number_between(gap) or reported_clause(gap) or _compared(before):
        return None
    if phrases.ends_with(gap, "part_cues"):
        parts = _parts(reading, total, later, subset=False)
        if parts:
            return ("parts", parts, True) if len(parts) > 1 else ("subset", parts, False)
    if phrases.ends_with(gap, "subset_cues"):
        parts = _parts(reading, total, later, subset=True)
        if parts:
            return "subset", parts, False
    return None


def _enumeration(reading: ArticleNumbers, numbers: Sequence[Counted]) -> bool:
    """"rates of 30 pct, 40 pct and 50 pct": numbers in a bare list are items, not a total and
    its parts."""
    return len(numbers) > 2 and all(_joins_list(reading.between(a, b))
                                    for a, b in pairwise(numbers))


def _compared(before: str) -> bool:
    """The number is the other side of a comparison ("up from 5.9 million"), not a total."""
    words = [t.word for t in phrases.tokens(before)]
    return bool(words) and words[-1] in phrases.data()["comparison_sides"]


def _cue_before(before: str, name: str) -> int:
    """Length in characters of the cue phrase ``before`` ends with, else 0."""
    words = phrases.tokens(before)
    if not words:
        return 0
    n = phrases.phrase_ending([w.word for w in words], len(words) - 1, phrases.phrases(name))
    if not n:
        return 0
    return len(before.rstrip()) - words[-n].start


def _no_number_between(gap: str) -> bool:
    return not re.search(r"\d", gap)


def _parts(reading: ArticleNumbers, total: Counted, later: Sequence[Counted], *,
           subset: bool) -> list[Counted]:
    """The numbers after a total that break it down, in order, up to the first that cannot."""
    parts: list[Counted] = []
    previous = total
    for n in later:
        gap = reading.between(previous, n)
        if parts and phrases.ends_with(gap, "subset_cues") and not subset:
            break
        if re.search(r"[;()]", gap) or reported_clause(gap):
            break
        if is_nested(reading, n):
            previous = n
            continue
        if not same_kind(total, n) or (subset and _other_event(total, n)):
            if not parts and n.unit is not None and not subset:
                return []  # "of the 84 missiles and 24 drones, ...": a total of two things
            if (n.unit is not None and parts) or subset:
                break
            previous = n
            continue
        if subset and parts and not _joins_list(gap):
            break
        if subset and phrases.starts_with(reading.after(n), "addition_cues"):
            break
        if not subset and not opens_part(gap):
            return []
        parts.append(n)
        previous = n
    return parts


def _other_event(total: Counted, part: Counted) -> bool:
    """In a list of some of a total ("137 killed, including 10 officers"), a count of another
    event ("... and 316 wounded") is not one of the items."""
    return total.event is not None and part.event is not None and total.event != part.event


def _joins_list(gap: str) -> bool:
    """Only list punctuation and conjunctions between two items of a list."""
    words = [t.word for t in phrases.tokens(gap)]
    joiners = set(phrases.data()["list_joiners"])
    return all(w in joiners for w in words)


def opens_part(gap: str) -> bool:
    """A part stands at the start of a clause or right after its event word."""
    stripped = gap.rstrip()
    if not stripped or stripped.endswith((",", ":")):
        return True
    words = [t.word for t in phrases.tokens(stripped)]
    last = len(words) - 1
    return bool(phrases.phrase_ending(words, last, phrases.phrases("part_openers"))
                or phrases.phrase_ending(words, last, phrases.event_forms()))


def reported_clause(gap: str) -> bool:
    """A new reported statement starts between two numbers ("..., the ministry said, adding")."""
    said = phrases.reporting_words()
    return any(t.word in said for t in phrases.tokens(gap))


def is_nested(reading: ArticleNumbers, n: Counted) -> bool:
    """"8 of them": part of the part before, not of the total."""
    return phrases.starts_with(reading.after(n), "nested_cues")


def across_sentences(reading: ArticleNumbers) -> Iterator[Check]:
    """A lead count over several places checked against the counts given place by place."""
    done: set[tuple[str | None, str | None]] = set()
    numbers = [n for n in reading.numbers if reading.in_body(n) and n.event and n.unit]
    for position, total in enumerate(numbers):
        key = (total.unit, total.event)
        if key in done:
            continue
        places = _places(reading, total.sentence)
        if len(places) < 2:
            continue
        parts: dict[str, Counted] = {}
        when = timing.timing(reading.facts, total.quantity, total.sentence)
        for n in numbers[position + 1:]:
            if n.sentence == total.sentence or (n.unit, n.event) != key:
                continue
            if is_scoped(reading, n) or not _same_occasion(reading, when, n):
                continue
            if phrases.starts_with(reading.before(n)[-20:].strip(), "subset_cues"):
                continue
            here = _named_in(reading, n.sentence, places)
            if len(here) == 1 and here[0] not in parts:
                parts[here[0]] = n
        if len(parts) < 2:
            continue
        done.add(key)
        ordered = sorted(parts.values(), key=lambda n: n.quantity.start)
        exhaustive = len(parts) == len(places) and total.quantity.qualifier == "exact"
        yield sum_check(reading, "places", total, ordered, exhaustive=exhaustive)


def _same_occasion(reading: ArticleNumbers, when: timing.Timing, n: Counted) -> bool:
    """Could ``n`` count the same occasion as a total stated at ``when``? A part with its own
    time must fall on the total's day or night (or, for a total without one, the day of
    publication or the day before)."""
    own = timing.timing(reading.facts, n.quantity, n.sentence).event_time
    if own is None or own == when.event_time:
        return True
    if when.event_time is not None:
        return own in when.event_time.split("/")
    anchor = when.stated or reading.facts.article.published
    if anchor is None or not timing.is_day(own):
        return False
    gap = (date.fromisoformat(anchor) - date.fromisoformat(own)).days
    return 0 <= gap <= 1


def _places(reading: ArticleNumbers, sentence: tuple[int, int]) -> list[str]:
    """Places named in a sentence below the level of a country, each once."""
    found: list[str] = []
    for e in reading.facts.entities:
        if sentence[0] <= e.start and e.end <= sentence[1] and _is_subnational(e):
            name = e.canonical
            if name not in found:
                found.append(name)
    return found


def _named_in(reading: ArticleNumbers, sentence: tuple[int, int],
              places: Sequence[str]) -> list[str]:
    """Which of ``places`` a sentence names, as an entity or in so many words."""
    text = reading.text[sentence[0]:sentence[1]]
    tagged = _places(reading, sentence)
    return [p for p in places
            if p in tagged or re.search(rf"(?<!\w){re.escape(p)}(?!\w)", text)]


def _is_subnational(entity: Entity) -> bool:
    return entity.label in names.PLACE_LABELS and names.country_code(entity.canonical) is None
