"""What a number counts and what happened to it, read through the concept lexicon
(``data/concepts.json``): counted-noun families (civilian ⊂ person, soldier = troop), event
families (kill = die = dead = death toll; destroy ≈ lose), nouns implying both ("refugees",
"the dead"), tolls and tallies whose number has no noun of its own ("the toll rose to 300",
"tanks — 300").

A query is read the same way (:func:`understand`), so matching compares families, never words,
and says why a row matched ("people ≈ civilians, died ≈ killed").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from workbench import lexicon
from workbench.compare.phrases import Token, phrase_at, phrase_ending, tokens
from workbench.lexicon import names, singular
from workbench.model import Quantity

WINDOW = 8  # words searched before a number for its event
RIGHT_WINDOW = 12  # and after it ("300 people taking shelter at a theatre were killed")
TALLY_MARKS = frozenset({"—", "–", ":", "-"})


def data() -> dict[str, Any]:
    table: dict[str, Any] = lexicon.load("concepts")
    return table


@cache
def _noun_forms() -> dict[tuple[str, ...], str]:
    """Every counted form as singular words -> its family."""
    forms: dict[tuple[str, ...], str] = {}
    for family, entry in data()["counted"].items():
        for form in entry["forms"]:
            forms[_singular_words(form)] = family
    return forms


@cache
def _event_forms() -> dict[tuple[str, ...], str]:
    forms: dict[tuple[str, ...], str] = {}
    for family, entry in data()["events"].items():
        for form in entry["forms"]:
            forms.setdefault(tuple(t.word for t in tokens(form)), family)
    return forms


@cache
def _implied() -> dict[tuple[str, ...], tuple[str, str]]:
    return {_singular_words(noun): (pair[0], pair[1]) for noun, pair in data()["implied"].items()}


@cache
def _sub_kinds() -> dict[str, frozenset[str]]:
    return {family: frozenset(singular(w) for w in words)
            for family, words in data()["sub_kinds"].items()}


def _singular_words(phrase: str) -> tuple[str, ...]:
    words = [t.word for t in tokens(phrase) if not t.is_break]
    if words:
        words[-1] = singular(words[-1])
    return tuple(words)


def label(family: str) -> str:
    entry = data()["counted"].get(family)
    return str(entry["label"]) if entry else family


def event_label(family: str) -> str:
    entry = data()["events"].get(family)
    return str(entry["label"]) if entry else family


@dataclass(frozen=True, slots=True)
class Noun:
    """A counted noun read through the lexicon."""

    family: str | None  # "civilian", "person"; None when the lexicon does not know it
    words: str  # as written, singular: "civilian death"
    implied_event: str | None = None  # "refugee" -> flee, "death" -> kill
    sub_kind: str | None = None  # "child": a narrower kind of people


def noun_of(words: str) -> Noun:
    """The family of a counted noun phrase, read from its last words ("heavily armoured tanks"
    -> tank, "civilian deaths" -> civilian killed, "innocent children" -> a sub-kind)."""
    key = _singular_words(words)
    if not key:
        return Noun(None, words)
    implied = _implied()
    forms = _noun_forms()
    for size in range(min(4, len(key)), 0, -1):
        tail = key[-size:]
        if tail in implied:
            family, event = implied[tail]
            return Noun(None if family == "thing" else family, " ".join(tail), event)
        if tail in forms:
            return Noun(forms[tail], " ".join(tail))
    last = key[-1]
    if names.demonym_code(last) is not None:  # "549 Ukrainians": people of a country
        return Noun("person", last)
    for family, kinds in _sub_kinds().items():
        if last in kinds:
            return Noun(None, last, sub_kind=family)
    return Noun(None, last)


@dataclass(frozen=True, slots=True)
class Reading:
    """What one number counts, read from its sentence."""

    noun: Noun | None  # None when the number has no counted noun of its own
    event: str | None  # event family of the number's clause
    event_words: str | None  # as written: "died"
    tally: bool = False  # the noun stands before the number in a list ("tanks — 300")
    toll: bool = False  # a toll or figure with no noun ("the toll rose to 300")
    part: bool = False  # a part of a count stated before ("nine of them")
    hypothetical: bool = False  # could, would or will happen ("could flee")

    @property
    def family(self) -> str | None:
        if self.noun is not None and self.noun.family is not None:
            return self.noun.family
        if self.noun is None and self.event is not None:
            counts = data()["events"][self.event].get("counts")
            return str(counts) if counts else None
        return None


def read(text: str, quantity: Quantity, sentence: tuple[int, int], *,
         previous: Quantity | None = None) -> Reading:
    """The counted noun and the event of a number: its own noun, else a tally's noun right
    before it ("tanks — 300"), a toll's ("tank losses at 561"), or the noun of the number
    before it in the sentence ("117 tanks captured and more than 500 destroyed"); the
    nearest event word in its clause, else the event its noun implies, else (in a list) the
    event the list opens with ("losses included 5,710 personnel and 198 tanks")."""
    written = quantity.object or quantity.unit
    noun = noun_of(written) if written else None
    left = tokens(text, sentence[0], quantity.start)
    tally = toll = False
    if noun is None:
        noun = _tally_noun(left)
        tally = noun is not None
    if noun is None:
        toll, noun = _toll(left)
    noun_end = max(quantity.end, quantity.object_end or quantity.end)
    right = tokens(text, noun_end, sentence[1])
    hit = _event_near(left, right)
    event, words = hit if hit else (None, None)
    if noun is None and not toll and previous is not None and event is not None:
        earlier = previous.object or previous.unit
        noun = noun_of(earlier) if earlier else None  # "... and another six (bodies)"
    presence = event is not None and data()["events"][event].get("presence", False)
    if noun is not None and noun.implied_event is not None and not presence and (
            event is None or event not in _compatible(noun.implied_event)):
        event, words = noun.implied_event, noun.words
    if event is None and (tally or toll or _in_list(left)):
        event, words = _event_before(left)
    if event is not None and words is not None and _unless_after(event, words, left, right):
        event, words = None, None
        if noun is not None and noun.implied_event is not None:
            event, words = noun.implied_event, noun.words
    part = _nested(right)
    hypothetical = _hypothetical(left, right)
    return Reading(noun, event, words, tally, toll, part, hypothetical)


def _unless_after(event: str, said: str, left: list[Token], right: list[Token]) -> bool:
    """"fled their homes": words after the event word that make it another event."""
    joined = " " + " ".join(t.word for t in [*left, *right]) + " "
    return any(f" {said} {after} " in joined
               for after in data()["events"][event].get("unless_after", []))


def _in_list(left: list[Token]) -> bool:
    """Another number before this one in its sentence, joined by a comma or "and"."""
    words = [t.word for t in left][-6:]
    return any(w[0].isdigit() for w in words) and bool({",", "and"} & set(words))


def _nested(right: list[Token]) -> bool:
    """"nine of them", "20 of those": a part of a count stated before."""
    words = [t.word for t in right[:3]]
    return any(tuple(words[:len(c)]) == c for c in _phrases("nested_cues"))


def _hypothetical(left: list[Token], right: list[Token]) -> bool:
    """A count that could, will or would happen ("could flee", "prepared to take"), not one
    that did ("may have been killed" did)."""
    words = [*[t.word for t in left][-6:], "|", *[t.word for t in right][:6]]
    cues = _phrases("hypothetical_cues")
    for i in range(len(words)):
        n = phrase_at(words, i, cues)
        if n and words[i + n:i + n + 1] != ["have"]:
            return True
    return False


@cache
def _phrases(name: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(t.word for t in tokens(p)) for p in data()[name])


def _toll(left: list[Token]) -> tuple[bool, Noun | None]:
    """"the toll rose to 300", "put Russian tank losses at 561": a toll noun, then only link
    words; the counted noun before the toll noun, if the lexicon knows it."""
    tolls = _phrases("tolls")
    links = set(data()["toll_links"])
    words = [t.word for t in left]
    i = len(words) - 1
    while i >= 0 and words[i] in links:
        i -= 1
    n = phrase_ending(words, i, tolls) if i >= 0 else 0
    if not n:
        return False, None
    before = words[max(0, i + 1 - n - 3):i + 1 - n]
    for size in range(len(before), 0, -1):
        found = noun_of(" ".join(before[-size:]))
        if found.family is not None:
            return True, found
    return True, None


def apposition(text: str, quantity: Quantity) -> bool:
    """A bare number set off by commas right after a name is an age ("Hill, 68, was")."""
    before = text[max(0, quantity.start - 30):quantity.start]
    after = text[quantity.end:quantity.end + 2]
    words = before.rstrip().split()
    return (before.rstrip().endswith(",") and after.startswith(",") and len(words) > 0
            and words[-1].rstrip(",")[:1].isupper())


def _compatible(event: str) -> frozenset[str]:
    return frozenset({event, *data()["events"][event].get("also", [])})


def _tally_noun(left: list[Token]) -> Noun | None:
    """"tanks — 300", "tanks: 300": the counted noun of a tally stands before its number."""
    if len(left) < 2 or left[-1].word not in TALLY_MARKS:
        return None
    words = [t.word for t in left[:-1]]
    i = len(words) - 1
    forms = _noun_forms()
    for size in range(min(4, len(words)), 0, -1):
        tail = tuple(words[i + 1 - size:i + 1])
        tail = (*tail[:-1], singular(tail[-1]))
        if tail in forms:
            return Noun(forms[tail], " ".join(tail))
    return None


def _event_near(left: list[Token], right: list[Token]) -> tuple[str, str] | None:
    """The nearest event word in the number's clause, left or right. Left wins ties, except
    against a word right after the noun ("left 21 people dead"). A comma ends the search
    leftwards; rightwards an aside opened by ", including" is stepped over."""
    forms = _event_forms()
    breaks = _breaks()
    words_left = [t.word for t in left]
    best: tuple[int, int, str, str] | None = None
    for distance, i in enumerate(range(len(left) - 1, max(-1, len(left) - 1 - WINDOW), -1), 1):
        if left[i].word in (";", "(", ")", ",", ".") or left[i].word[0].isdigit():
            break
        n = phrase_ending(words_left, i, forms)
        if n:
            phrase = tuple(words_left[i + 1 - n:i + 1])
            best = (distance, 0, forms[phrase], " ".join(phrase))
            break
        if left[i].word in breaks:
            break
    words_right = [t.word for t in right]
    distance = 0
    i = 0
    waiting: tuple[int, int, str, str] | None = None
    while i < min(len(right), RIGHT_WINDOW):
        distance += 1
        word = right[i].word
        if best is not None and distance > max(best[0], 1):
            break
        if word == "," and i + 1 < len(right) and right[i + 1].word in _asides():
            closing = next((k for k in range(i + 2, len(right)) if right[k].word == ","), None)
            if closing is None:
                break
            i = closing + 1
            continue
        if word in (";", "(", ")", ".") or word[0].isdigit():
            break
        if word in breaks and distance > 1:
            break
        n = phrase_at(words_right, i, forms)
        if n:
            phrase = tuple(words_right[i:i + n])
            rank = -1 if distance == 1 else 1
            candidate = (distance, rank, forms[phrase], " ".join(phrase))
            if _presence(forms[phrase]) and waiting is None:
                waiting = candidate  # "300 people taking shelter there were killed"
                i += n
                continue
            best = candidate if best is None or candidate < best else best
            waiting = None
            break
        i += 1
    if waiting is not None:
        best = waiting if best is None or waiting < best else best
    return (best[2], best[3]) if best else None


def _presence(event: str) -> bool:
    return bool(data()["events"][event].get("presence", False))


@cache
def _asides() -> frozenset[str]:
    return frozenset(data()["aside_openers"])


def _event_before(left: list[Token]) -> tuple[str | None, str | None]:
    """The last event word anywhere before a tally's number ("lost: tanks — 300")."""
    forms = _event_forms()
    words = [t.word for t in left]
    for i in range(len(words) - 1, -1, -1):
        n = phrase_ending(words, i, forms)
        if n:
            phrase = tuple(words[i + 1 - n:i + 1])
            return forms[phrase], " ".join(phrase)
    return None, None


@cache
def _breaks() -> frozenset[str]:
    return frozenset(data()["event_breaks"])


# -- the query ------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Concept:
    """What a query counts and what happened, with the families that stand for them."""

    family: str
    noun: str  # the query's own word for it
    counted: frozenset[str]  # families accepted as counting it
    event: str | None
    event_words: str | None
    events: frozenset[str]  # event families accepted as it


def understand(topic: str) -> Concept | None:
    """The counted family and event a query names ("civilians killed" -> civilian, kill);
    None when the lexicon knows no counted noun in it."""
    words = [t.word for t in tokens(topic) if not t.is_break]
    noun: Noun | None = None
    noun_at = (0, 0)
    for size in range(min(4, len(words)), 0, -1):
        for i in range(len(words) - size + 1):
            found = noun_of(" ".join(words[i:i + size]))
            if found.family is not None and " ".join(_singular_words(
                    " ".join(words[i:i + size]))).endswith(found.words):
                noun, noun_at = found, (i, i + size)
                break
        if noun is not None:
            break
    if noun is None or noun.family is None:
        return None
    rest = [*words[:noun_at[0]], "|", *words[noun_at[1]:]]
    forms = _event_forms()
    event: str | None = None
    event_words: str | None = None
    for i in range(len(rest)):
        n = phrase_at(rest, i, forms)
        if n:
            event, event_words = forms[tuple(rest[i:i + n])], " ".join(rest[i:i + n])
            break
    if event is None and noun.implied_event is not None:
        event, event_words = noun.implied_event, noun.words
    family = noun.family
    counted = frozenset({family, *data()["counted"][family].get("stands_for", [])})
    events = _compatible(event) if event else frozenset()
    return Concept(family, noun.words, counted, event, event_words, events)


def contrasted(concept: Concept, reading: Reading, sentence_words: list[str]) -> str | None:
    """A broader noun standing for the query's ("people" for civilians) unless the sentence
    names what sets them apart ("people killed at a military base"): the contrast word."""
    if reading.family == concept.family:
        return None
    contrasts = data()["counted"][concept.family].get("unless", [])
    for phrase in contrasts:
        words = tuple(t.word for t in tokens(phrase))
        if any(tuple(sentence_words[i:i + len(words)]) == words
               for i in range(len(sentence_words))):
            return phrase
    return None
