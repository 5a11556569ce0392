"""The shared word lists and the one singular every part of the package uses."""

from __future__ import annotations

import pytest

from workbench import lexicon


@pytest.mark.parametrize(("plural", "singular"), [
    # war news
    ("troops", "troop"), ("people", "person"), ("casualties", "casualty"),
    ("missiles", "missile"), ("personnel", "personnel"),
    ("residential buildings", "residential building"),
    # business, health, courts, transport
    ("churches", "church"), ("taxes", "tax"), ("species", "species"), ("series", "series"),
    ("houses", "house"), ("patients", "patient"),
    # words that only look plural stay as they are
    ("glass", "glass"), ("bonus", "bonus"), ("crisis", "crisis"), ("gas", "gas"),
    ("virus", "virus"), ("axis", "axis"), ("emojis", "emoji"), ("israelis", "israeli"),
    ("cts", "ct")])
def test_singular(plural: str, singular: str) -> None:
    assert lexicon.singular(plural) == singular


def test_words_reads_one_list_of_a_file_of_lists() -> None:
    roles = lexicon.words("entity_words", "roles")
    assert {"mayor", "spokesman", "coach", "surgeon"} <= roles
    assert all(word == word.lower() for word in roles)


def test_words_keeps_case_when_asked() -> None:
    assert "Ministry" in lexicon.words("entity_words", "org_words", lower=False)
    assert "ministry" in lexicon.words("entity_words", "org_words")


def test_reporting_verbs_are_lemmas() -> None:
    verbs = lexicon.reporting_verbs()
    assert {"say", "tell"} <= verbs and "said" not in verbs
