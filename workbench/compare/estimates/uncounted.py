"""Numbers in a sentence that count nothing of its event: how many live in a place ("a
city of 700,000", "Kyiv's 3 million inhabitants"), and things that did the event rather than
suffered it ("two soldiers murdered her husband")."""

from __future__ import annotations

from workbench.compare.estimates import concepts
from workbench.compare.estimates.clauses import Hit
from workbench.compare.estimates.concepts import Noun
from workbench.compare.phrases import Token
from workbench.lexicon import names


def agent(hit: Hit, right: list[Token]) -> bool:
    """The counted things did the event to someone: its word right after their noun, then
    its object ("five gunmen killed two guards", "two soldiers shot the driver")."""
    said = hit.words.split()
    if [t.word for t in right[:len(said)]] != said or not hit.after:
        return False
    if hit.event not in concepts.data()["agent_events"]:
        return False
    opener, rest = hit.after[0], hit.after[1:2]
    if opener[0].isdigit() or opener in concepts.data()["count_words"]:
        return True
    times = set(concepts.data()["object_not_after"])
    return opener in concepts.data()["object_openers"] and not (set(rest) & times)


def population(left: list[Token]) -> bool:
    """"a city of just over 700,000", "a country of 44 million": a bare number after a place
    word and "of" is how many live there, not a count of the sentence's event."""
    hedges = set(concepts.data()["toll_links"]) | {"just"}
    words = [t.word for t in left]
    while words and words[-1] in hedges - {"of"}:
        words.pop()
    places = set(concepts.data()["city_kinds"]) | set(concepts.data()["population_words"])
    return len(words) >= 2 and words[-1] == "of" and words[-2] in places


def residents(left: list[Token], noun: Noun | None) -> bool:
    """"Ukraine's 44 million people", "Kyiv's 3 million inhabitants": people after a place's
    possessive are those who live there, not a count of the sentence's event."""
    if noun is None or noun.implied_event is not None or noun.family not in (
            concepts.data()["population_families"]):
        return False  # "Ukraine's 549 civilian deaths" are a toll
    hedges = set(concepts.data()["tally_hedges"])
    words = [t.word for t in left if t.word not in hedges][-2:]
    return bool(words) and words[-1].endswith("'s") and names.is_place(words[-1][:-2])


def population_after(right: list[Token]) -> bool:
    """"the city's 1.4 million person population": a population word right after the number's
    noun makes it how many live there."""
    return bool(right) and right[0].word in concepts.data()["population_after"]
