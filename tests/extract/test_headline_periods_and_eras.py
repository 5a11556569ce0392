"""A quarter written in a headline's capitals ("the First Quarter of 2019") is the quarter, a
headline's last noun counted by its number does not run on into the dateline under it, and an
era written beside a year ("664 B.C.", "AD 79") names no place."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.conftest import make_article
from workbench import extract


@pytest.mark.parametrize(("text", "written", "resolved"), [
    # tourism: a headline-cased quarter in a sentence
    ("Arrivals in the First Quarter of 2019 rose by a third.", "the First Quarter of 2019",
     "2019-Q1"),
    # earnings: a capitalised half
    ("Profit in the Second Half of 2023 doubled.", "the Second Half of 2023", "2023-H2"),
    # the lower-case form reads as before
    ("Sales in the first quarter of 2020 fell.", "the first quarter of 2020", "2020-Q1"),
])
def test_headline_cased_quarters(nlp: Language, text: str, written: str, resolved: str) -> None:
    article = make_article(text)
    times = list(extract.times(nlp(article.text), article))
    assert [(t.text, t.resolved) for t in times] == [(written, resolved)]


def test_capitalised_first_half_of_a_match_is_no_period(nlp: Language) -> None:
    article = make_article("First half of the match was dull, the coach said.")
    assert list(extract.times(nlp(article.text), article)) == []


@pytest.mark.parametrize(("text", "kept"), [
    # archaeology: an era after a year
    ("The tomb dates to between 525 and 664 B.C., archaeologists in Cairo said.", ["Cairo"]),
    # history: an era before a year; the province written as "B.C." away from a year stays
    ("Pompeii was buried in AD 79, and Vancouver, B.C., hosted the exhibition.",
     ["Vancouver", "B.C."]),
])
def test_eras_beside_years_name_no_place(nlp: Language, text: str, kept: list[str]) -> None:
    article = make_article(text)
    found = [e.text for e in extract.entities(nlp(article.text), article)]
    assert all(name in found for name in kept)
    assert "AD" not in found
    assert found.count("B.C.") == kept.count("B.C.")


@pytest.mark.parametrize(("title", "body", "unit"), [
    # disasters: a dateline opens the body under a headline ending in its counted noun
    ("Storm hits coastal towns, killing 9 residents",
     "Bergen, NTB - At least nine people died when the storm struck on Friday.", "resident"),
    # sports transfers
    ("Club signs 3 players", "Leeds United confirmed the deals on Friday.", "player"),
])
def test_a_headline_count_keeps_its_own_noun(nlp: Language, title: str, body: str,
                                             unit: str) -> None:
    article = make_article(body, title=title)
    found = list(extract.quantities(nlp(article.text), article))
    assert found[0].start < len(title) and found[0].unit == unit


def test_a_compound_inside_a_sentence_still_joins(nlp: Language) -> None:
    article = make_article("The union said 40 bus drivers returned to work on Monday.")
    found = list(extract.quantities(nlp(article.text), article))
    assert [(q.value, q.unit) for q in found] == [(40, "driver")]
