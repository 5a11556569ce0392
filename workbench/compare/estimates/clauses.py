"""The event of a number's clause, read through the concept lexicon (``data/concepts.json``):
the nearest event word left or right of the number and its noun, stepping over an aside
(", including two children,") and over a noun joined to the number's own ("five aircraft and a
helicopter were shot down"); the last event word before a list's number ("lost 700 tanks, ...,
158 warplanes"); and an event whose word leaves open which it is, settled by what follows it
("left the country" is fleeing it, "left the city" an evacuation).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from workbench.compare.estimates import concepts
from workbench.compare.phrases import Token, phrase_at, phrase_ending
from workbench.lexicon import names

WINDOW = 8  # words searched before a number for its event
RIGHT_WINDOW = 12  # and after it ("300 people taking shelter at a theatre were killed")
COORDINATED_WORDS = 4  # words a joined noun phrase may take before its counted noun
AFTER_WORDS = 5  # words kept after an event word to settle what it is
DASHES = frozenset({"—", "–", "--"})  # a pair of them sets off an aside


@dataclass(frozen=True, slots=True)
class Hit:
    """An event word of a number's clause."""

    event: str  # its family
    words: str  # as written: "died"
    after: tuple[str, ...] = ()  # the words right after it ("the", "country")


@dataclass(frozen=True, slots=True)
class Joined:
    """A noun joined to a number's noun by "and" / "or": "tanks and armoured vehicles"."""

    end: int  # index in the words after the number of the first word past the joined noun
    family: str | None
    counted: bool  # it has a count of its own ("and a helicopter", "and 40 civilians")


def _hit(words: list[str], start: int, end: int) -> Hit:
    phrase = tuple(words[start:end])
    return Hit(concepts.event_forms()[phrase], " ".join(phrase),
               tuple(words[end:end + AFTER_WORDS]))


@cache
def _breaks() -> frozenset[str]:
    return frozenset(concepts.data()["event_breaks"])


@cache
def _asides() -> frozenset[str]:
    return frozenset(concepts.data()["aside_openers"])


def presence(event: str) -> bool:
    return bool(concepts.data()["events"][event].get("presence", False))


def overrides(event: str) -> bool:
    """An event undoing the one a noun implies ("refugees have returned")."""
    return bool(concepts.data()["events"][event].get("undoes_noun", False))


def event_near(left: list[Token], right: list[Token]) -> Hit | None:
    """The nearest event word in the number's clause, left or right. Left wins ties, except
    against a word right after the noun ("left 21 people dead"). A comma ends the search
    leftwards; rightwards an aside opened by ", including" is stepped over."""
    forms = concepts.event_forms()
    words_left = [t.word for t in left]
    best: tuple[int, int, Hit] | None = None
    for distance, i in enumerate(range(len(left) - 1, max(-1, len(left) - 1 - WINDOW), -1), 1):
        if left[i].word in (";", "(", ")", ",", ".") or left[i].word[0].isdigit():
            break
        n = phrase_ending(words_left, i, forms)
        if n:
            best = (distance, 0, _hit(words_left, i + 1 - n, i + 1))
            break
        if left[i].word in _breaks():
            break
    words_right = [t.word for t in right]
    distance = 0
    i = 0
    waiting: tuple[int, int, Hit] | None = None
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
        if word in DASHES:  # "-- up to 1,000 according to officials --": an aside
            closing = next((k for k in range(i + 1, min(len(right), i + RIGHT_WINDOW))
                            if right[k].word in DASHES), None)
            i = i + 1 if closing is None else closing + 1
            continue
        if word in (";", "(", ")", ".") or word[0].isdigit():
            break
        if word in _breaks() and distance > 1:
            break
        n = phrase_at(words_right, i, forms)
        if n:
            hit = _hit(words_right, i, i + n)
            candidate = (distance, -1 if distance == 1 else 1, hit)
            if presence(hit.event) and waiting is None:
                waiting = candidate  # "300 people taking shelter there were killed"
                i += n
                continue
            best = candidate if best is None or candidate[:2] < best[:2] else best
            waiting = None
            break
        i += 1
    if waiting is not None:
        best = waiting if best is None or waiting[:2] < best[:2] else best
    return settled(best[2]) if best else None


def event_before(left: list[Token]) -> Hit | None:
    """The last event word anywhere before a list's or a tally's number ("lost: tanks —
    300"), not counting the words of the list's other items ("lost 700 tanks, 29 destroyed
    and damaged aircraft and 198 warplanes": lost) unless the list's verb stands only in its
    first item ("787,300 went to Poland, 228,700 to Moldova")."""
    return _last_event(_outside_items(left)) or _last_event(left)


def last_event(left: list[Token]) -> Hit | None:
    """The last event word anywhere in ``left``."""
    return _last_event(left)


def _last_event(left: list[Token]) -> Hit | None:
    forms = concepts.event_forms()
    words = [t.word for t in left]
    for i in range(len(words) - 1, -1, -1):
        n = phrase_ending(words, i, forms)
        if n:
            return settled(_hit(words, i + 1 - n, i + 1))
    return None


def _outside_items(left: list[Token]) -> list[Token]:
    """The words before a number less the items of a list: each other number with the words
    after it up to the comma or "and" that opens the next item."""
    numbers = set(concepts.data()["count_words"]) - {"a", "an", "another", "some", "many"}
    kept: list[Token] = []
    inside = False
    for k, token in enumerate(left):
        word = token.word
        if word[0].isdigit() or word in numbers:
            inside = True
        elif inside and (word == "," or (word == "and" and k + 1 < len(left) and (
                left[k + 1].word[0].isdigit() or left[k + 1].word in numbers))):
            inside = False
        if not inside:
            kept.append(token)
    return kept


def settled(hit: Hit) -> Hit:
    """An event whose word leaves open which it is ("left") as the words after it settle it:
    a country or "the country" after "left" is fleeing, a town or "the city" an evacuation."""
    targets = concepts.data()["events"][hit.event].get("settled_by", {})
    after = [w for w in hit.after if w not in ("the", "a")]
    for target, cues in targets.items():
        for cue in cues:
            if _settles(cue, after, hit.after):
                return replace(hit, event=target)
    return hit


def _settles(cue: str, after: list[str], raw: tuple[str, ...]) -> bool:
    if cue in ("<country>", "<town>"):
        if after[:1] and after[0] in ("for", "to", "into"):
            after = after[1:]
        for size in (2, 1):
            phrase = " ".join(after[:size])
            if len(after) >= size and names.is_place(phrase):
                return names.is_country(phrase) == (cue == "<country>")
        return False
    if cue.startswith("^"):  # right after the word only: "left behind"
        wanted = tuple(cue[1:].split())
        return raw[:len(wanted)] == wanted
    wanted = tuple(cue.split())
    return any(raw[i:i + len(wanted)] == wanted for i in range(len(raw)))


def joined(right: list[Token]) -> Joined | None:
    """A noun phrase joined to the number's noun by "and" / "or" right after it: "(tanks) and
    armoured personnel carriers", "(five aircraft) and a helicopter", "(20 soldiers) and 40
    civilians"."""
    words = [t.word for t in right]
    if not words or words[0] not in ("and", "or"):
        return None
    i = 1
    counted = False
    if i < len(words) and (words[i] in concepts.data()["count_words"] or words[i][0].isdigit()):
        counted = True
        i += 1
    for k in range(i, min(len(words), i + COORDINATED_WORDS)):
        if words[k] in _breaks() or not words[k][0].isalpha() or phrase_at(
                words, k, concepts.event_forms()):
            return None  # "and destroyed three tanks": another clause
        found = concepts.form_at(words, k)
        if found is not None:
            return Joined(k + found[1], found[0], counted)
        if names.demonym_code(words[k]) is not None and concepts.noun_of(words[k]).family and (
                k + 1 >= len(words) or concepts.form_at(words, k + 1) is None):
            return Joined(k + 1, "person", counted)  # "... and Ukrainians"
    return None
