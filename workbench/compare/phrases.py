"""The words around a number: its sentence, the phrases of ``data/compare.json`` near it, and
the event it counts. :mod:`~workbench.compare.estimates.qualify` finds whose and where the
counted things are, :mod:`~workbench.compare.timing` when.

Everything here reads the article text and the facts already extracted; nothing re-parses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import islice
from typing import Any, NamedTuple

from workbench import lexicon
from workbench.model import ArticleFacts, Quantity

_TOKEN = re.compile(r"\d[\d,.]*\d|\d|[A-Za-z][A-Za-z'’\-]*|[,;:()\[\]!?.—–]")

WINDOW = 6  # words searched on each side of a number for its event


class Token(NamedTuple):  # a tuple: made by the hundred thousand while numbers are read
    word: str  # lower case
    start: int
    end: int

    @property
    def is_break(self) -> bool:
        return not self.word[0].isalnum()


def data() -> dict[str, Any]:
    table: dict[str, Any] = lexicon.load("compare")
    return table


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words, numbers and clause punctuation of ``text[start:end]`` with their offsets."""
    return list(_tokens(text, start, len(text) if end is None else end))


def first_words(text: str, start: int, end: int, count: int) -> list[str]:
    """The first ``count`` words of ``text[start:end]``, as ``tokens`` writes them."""
    return [m.group(0).lower().replace("’", "'")
            for m in islice(_TOKEN.finditer(text, start, end), count)]


@lru_cache(maxsize=4096)
def _tokens(text: str, start: int, stop: int) -> tuple[Token, ...]:
    """The same spans of an article are tokenised again and again while its numbers are read."""
    return tuple(Token(m.group(0).lower().replace("’", "'"), m.start(), m.end())
                 for m in _TOKEN.finditer(text, start, stop))


def sentence_span(facts: ArticleFacts, quantity: Quantity) -> tuple[int, int]:
    """The quantity's sentence: as the extractor found it, else from the article's parse."""
    text = facts.article.text
    if quantity.sentence_start is not None and quantity.sentence_end is not None:
        start, end = quantity.sentence_start, quantity.sentence_end
    else:
        start, end = facts.sentence_of(quantity.start, quantity.end)
    while end > max(start, quantity.end) and text[end - 1].isspace():
        end -= 1
    return start, end


@cache
def phrases(name: str) -> tuple[tuple[str, ...], ...]:
    """A list of ``compare.json`` as word tuples, longest first."""
    found = {tuple(w.word for w in tokens(p)) for p in data()[name]}
    return tuple(sorted(found, key=len, reverse=True))


@cache
def event_forms() -> dict[tuple[str, ...], str]:
    forms: dict[tuple[str, ...], str] = {}
    for event, entry in data()["events"].items():
        for form in entry["forms"]:
            forms[tuple(w.word for w in tokens(form))] = event
    return forms


def phrase_at(words: Sequence[str], i: int, candidates: Iterable[tuple[str, ...]]) -> int:
    """Length of the longest candidate phrase starting at ``words[i]``, else 0."""
    index = _index(candidates, first=True) if 0 <= i < len(words) else None
    if index is not None:
        candidates = index.get(words[i], ())
    best = 0
    for phrase in candidates:
        n = len(phrase)
        if n > best and tuple(words[i:i + n]) == phrase:
            best = n
    return best


def phrase_ending(words: Sequence[str], i: int, candidates: Iterable[tuple[str, ...]]) -> int:
    """Length of the longest candidate phrase ending at ``words[i]`` (inclusive), else 0."""
    index = _index(candidates, first=False) if 0 <= i < len(words) else None
    if index is not None:
        candidates = index.get(words[i], ())
    best = 0
    for phrase in candidates:
        n = len(phrase)
        if n > best and i + 1 >= n and tuple(words[i + 1 - n:i + 1]) == phrase:
            best = n
    return best


# phrase lists looked up by their first or last word; keyed by the list's identity, which the
# entry keeps alive (the lists are the cached tuples of the word tables)
_INDEXES: dict[tuple[int, bool], tuple[object, dict[str, tuple[tuple[str, ...], ...]]]] = {}
INDEXED_FROM = 8  # shorter lists are scanned
MAX_INDEXES = 512


def _index(candidates: Iterable[tuple[str, ...]], *,
           first: bool) -> dict[str, tuple[tuple[str, ...], ...]] | None:
    # only the immutable or cached containers of the word tables: a list may be built anew
    if not isinstance(candidates, (tuple, dict, frozenset)) or len(candidates) < INDEXED_FROM:
        return None
    entry = _INDEXES.get((id(candidates), first))
    if entry is None or entry[0] is not candidates:
        grouped: dict[str, list[tuple[str, ...]]] = {}
        for phrase in candidates:
            if phrase:
                grouped.setdefault(phrase[0] if first else phrase[-1], []).append(phrase)
        if len(_INDEXES) >= MAX_INDEXES:
            _INDEXES.clear()
        entry = (candidates, {word: tuple(group) for word, group in grouped.items()})
        _INDEXES[(id(candidates), first)] = entry
    return entry[1]


@cache
def reporting_words() -> frozenset[str]:
    """Past and present forms of the verbs that report speech ("said", "says", "told")."""
    present = {verb + "s" for verb in lexicon.reporting_verbs()}
    return lexicon.words("reporting", "past", lower=False) | frozenset(present) | {"according"}


def ends_with(text: str, name: str) -> bool:
    """Does ``text`` end with one of the phrases of list ``name``?"""
    words = [t.word for t in tokens(text)]
    return bool(words) and phrase_ending(words, len(words) - 1, phrases(name)) > 0


def starts_with(text: str, name: str) -> bool:
    words = [t.word for t in tokens(text)]
    return bool(words) and phrase_at(words, 0, phrases(name)) > 0


@dataclass(frozen=True, slots=True)
class EventHit:
    event: str
    start: int  # offset of the event word
    end: int
    before: bool  # the event word precedes the number


def event_of(text: str, quantity: Quantity, sentence: tuple[int, int]) -> EventHit | None:
    """The event a number counts: the nearest event word in its clause, before or after it."""
    forms = event_forms()
    breaks = phrases("clause_breaks")
    noun_end = max(quantity.end, quantity.object_end or quantity.end)
    left = tokens(text, sentence[0], quantity.start)
    right = tokens(text, noun_end, sentence[1])
    words_left = [t.word for t in left]
    found_before: tuple[int, EventHit] | None = None
    for distance, i in enumerate(range(len(left) - 1, max(-1, len(left) - 1 - WINDOW), -1), 1):
        if left[i].is_break or left[i].word[0].isdigit():
            break
        n = phrase_ending(words_left, i, forms)
        if n:
            event = forms[tuple(words_left[i + 1 - n:i + 1])]
            found_before = (distance, EventHit(event, left[i + 1 - n].start, left[i].end, True))
            break
        if phrase_ending(words_left, i, breaks):
            break
    words_right = [t.word for t in right]
    found_after: tuple[int, EventHit] | None = None
    # "people who were killed": a relative clause right after the noun still names its event
    relative = bool(words_right) and words_right[0] in lexicon.words("grammar", "relative_pronouns")
    for distance, i in enumerate(range(int(relative), min(len(right), WINDOW)), 1):
        if right[i].is_break or right[i].word[0].isdigit() or phrase_at(words_right, i, breaks):
            break
        n = phrase_at(words_right, i, forms)
        if n:
            event = forms[tuple(words_right[i:i + n])]
            found_after = (distance, EventHit(event, right[i].start, right[i + n - 1].end, False))
            break
    hits = [h for h in (found_before, found_after) if h is not None]
    if not hits:
        return None
    return min(hits, key=lambda h: (h[0], not h[1].before))[1]
