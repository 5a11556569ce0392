"""The concept lexicon (``data/concepts.json``): counted-noun families (civilian ⊂ person,
soldier = troop), event families (kill = die = dead = death toll; destroy ≈ lose), nouns
implying both ("refugees", "the dead"). A number's sentence is read through it by
:mod:`~workbench.compare.estimates.reading`; a query is read the same way (:func:`understand`),
so matching compares families, never words, and says why a row matched ("people ≈ civilians,
died ≈ killed").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from workbench import lexicon
from workbench.compare.phrases import phrase_at, tokens
from workbench.lexicon import names, singular


def data() -> dict[str, Any]:
    table: dict[str, Any] = lexicon.load("concepts")
    return table


@cache
def noun_forms() -> dict[tuple[str, ...], str]:
    """Every counted form as singular words -> its family."""
    forms: dict[tuple[str, ...], str] = {}
    for family, entry in data()["counted"].items():
        for form in entry["forms"]:
            forms[_singular_words(form)] = family
    return forms


@cache
def event_forms() -> dict[tuple[str, ...], str]:
    forms: dict[tuple[str, ...], str] = {}
    for family, entry in data()["events"].items():
        for form in entry["forms"]:
            forms.setdefault(tuple(t.word for t in tokens(form)), family)
    return forms


@cache
def modifier_events() -> dict[str, str]:
    """Words that, between a number and its counted noun, say what happened to it ("dead",
    "wounded", "captured"), each with its event family."""
    forms = event_forms()
    return {word: forms[(word,)] for word in data()["modifier_events"] if (word,) in forms}


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


@cache
def phrases_of(name: str) -> tuple[tuple[str, ...], ...]:
    """A list of ``concepts.json`` as word tuples."""
    return tuple(tuple(t.word for t in tokens(p)) for p in data()[name])


def compatible(event: str) -> frozenset[str]:
    """An event family with the families a report may use for it ("lost" for destroyed)."""
    return frozenset({event, *data()["events"][event].get("also", [])})


def as_event(family: str | None, event: str | None) -> str | None:
    """The event a family's count means by another: people "lost" were killed."""
    if family is None or event is None:
        return event
    meant = data()["counted"].get(family, {}).get("events_as", {}).get(event)
    return str(meant) if meant else event


def form_at(words: list[str], i: int) -> tuple[str, int] | None:
    """The counted family of the longest counted form starting at ``words[i]`` (its last word
    in any number: "armoured vehicles"), with its length in words; None when none starts
    there."""
    forms = noun_forms()
    for size in range(min(4, len(words) - i), 0, -1):
        tail = words[i:i + size]
        key = (*tail[:-1], singular(tail[-1]))
        if key in forms:
            return forms[key], size
    return None


def _head(words: tuple[str, ...]) -> tuple[str, int] | None:
    """The counted family of the words right before a noun implying an event, with their
    length: "troop" in "troop deaths", "civilians" in "civilians dead"."""
    for size in range(min(3, len(words)), 0, -1):
        found = form_at(list(words), len(words) - size)
        if found is not None and found[1] == size:
            return found
    return None


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
    forms = noun_forms()
    for size in range(min(4, len(key)), 0, -1):
        tail = key[-size:]
        if tail in implied:
            family, event = implied[tail]
            head = _head(key[:-size])
            if head is not None:  # "troop deaths", "civilians dead", "tank losses"
                return Noun(head[0], " ".join(key[-size - head[1]:]), event)
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


# -- the query ------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Concept:
    """What a query counts and what happened, with the families that stand for them."""

    family: str
    noun: str  # the query's own word for it
    counted: frozenset[str]  # families accepted as counting it
    owned: frozenset[str]  # families accepted when owned by the query's owner ("Russian deaths")
    event: str | None
    event_words: str | None
    events: frozenset[str]  # event families accepted as it
    money: bool = False  # an amount of money for a purpose ("military aid")


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
    forms = event_forms()
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
    entry = data()["counted"][family]
    narrower = {f for f, e in data()["counted"].items() if family in e.get("stands_for", [])}
    counted = frozenset({family, *entry.get("stands_for", []), *narrower})  # people: civilians
    owned = frozenset(entry.get("stands_for_owned", []))
    events = compatible(event) if event else frozenset()
    return Concept(family, noun.words, counted, owned, event, event_words, events)


def unread(concept: Concept, words: list[str]) -> tuple[str, ...]:
    """The words of a query (its names taken out) that neither name its counted noun or its
    event nor are function words: conditions the lexicon cannot read ("launched" when no
    event family has it), kept so that the query is never read more loosely than written."""
    read = {*concept.noun.split(), *(concept.event_words or "").split()}
    skip = set(data()["query_function_words"])
    if concept.money:
        skip |= set(data()["money_words"])  # "money for weapons": the amount itself
        purpose = data()["money_purposes"].get(concept.family, {})
        skip |= set(purpose.get("agents", []))  # "ransom demanded by hackers": who asks it
    return tuple(w for w in words if w.isalpha() and w not in skip
                 and w not in read and singular(w) not in read)


def contrasted(concept: Concept, family: str | None, sentence_words: list[str]) -> str | None:
    """A broader noun standing for the query's ("people" for civilians) unless the sentence
    names what sets them apart ("people killed at a military base"): the contrast word."""
    if family == concept.family:
        return None
    contrasts = data()["counted"].get(concept.family, {}).get("unless", [])
    joined = f" {' '.join(sentence_words)} "  # words hold no spaces: a phrase is a substring
    for phrase in contrasts:
        if f" {' '.join(t.word for t in tokens(phrase))} " in joined:
            return phrase
    return _includes_other(concept, sentence_words)


INCLUDED_WINDOW = 4  # words after "including" that may name a kind the count includes


def _includes_other(concept: Concept, words: list[str]) -> str | None:
    """"500 people, including soldiers, died": a broader count that says it includes a kind
    the query's family excludes (its 'unless_included' families) is not a count of it."""
    others = set(data()["counted"].get(concept.family, {}).get("unless_included", []))
    if not others:
        return None
    openers = phrases_of("subset_openers")
    for i in range(len(words)):
        n = phrase_at(words, i, openers)
        if not n:
            continue
        for j in range(i + n, min(len(words), i + n + INCLUDED_WINDOW)):
            found = form_at(words, j)
            if found is not None and found[0] in others:
                return " ".join(words[i:j + found[1]])
    return None
