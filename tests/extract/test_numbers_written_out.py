"""Numbers written out in full and their neighbours: counts of a smaller scale after a larger
one ("forty-three thousand four hundred and forty-seven"), a scale hyphenated onto its count
("two-million containers"), ordinals of a scale ("the two millionth box": no count), a
capitalised plural inside a name ("the Mega Millions draw": no count) and a number restated in
digits in parentheses ("twelve (12) electric buses")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.conftest import make_article
from workbench import extract
from workbench.model import Quantity


def _quantities(nlp: Language, text: str) -> list[Quantity]:
    article = make_article(text)
    return list(extract.quantities(nlp(article.text), article))


WRITTEN = [
    # tourism: a minister's figure in words, then in digits
    ("Officials counted forty-three thousand four hundred and forty-seven (43,447) visitors.",
     "forty-three thousand four hundred and forty-seven", 43447),
    # sports: a crowd in words
    ("Some 1,200 fans came, and three thousand five hundred more watched online.",
     "three thousand five hundred", 3500),
    # elections: two larger scales in a row
    ("Two million three hundred thousand people voted.", "Two million three hundred thousand",
     2300000),
    # shipping: a scale hyphenated onto its count
    ("The terminal handled two-million containers in 2015.", "two-million", 2000000),
    # shipping: before a unit that has its own number
    ("The port handled two-million twenty-foot-equivalent units in 2015.", "two-million",
     2000000),
]


@pytest.mark.parametrize(("text", "written", "value"), WRITTEN)
def test_numbers_in_words_read_whole(nlp: Language, text: str, written: str,
                                     value: float) -> None:
    found = [q for q in _quantities(nlp, text) if q.text.endswith(written)]
    assert found, written
    assert found[0].value == value


def test_a_smaller_count_that_starts_a_new_phrase_stays_apart(nlp: Language) -> None:
    """"two thousand three years ago": 2,000 and a duration of three years, not 2,003."""
    values = sorted(q.value for q in _quantities(nlp, "He ran two thousand three years ago."))
    assert values == [3, 2000]


def test_an_ordinal_of_a_scale_counts_nothing(nlp: Language) -> None:
    texts = [q.text for q in _quantities(
        nlp, "The two millionth box crossed its docks in May, and the hundredth ship came.")]
    assert texts == []


def test_a_capitalised_plural_inside_a_name_counts_nothing(nlp: Language) -> None:
    found = _quantities(nlp, "Sales for the Mega Millions draw and the Lucky Billions game "
                             "rose 5 percent.")
    assert [q.value for q in found] == [5]


def test_a_capitalised_plural_opening_a_sentence_still_counts(nlp: Language) -> None:
    found = _quantities(nlp, "Millions of people watched the final.")
    assert [q.value for q in found] == [1000000]


RESTATED = [
    # transport: a count restated in digits
    ("The council bought twelve (12) electric buses last year.", "bus"),
    # infrastructure: a measure restated in digits
    ("The new line runs twelve (12) kilometres from the port.", "kilometer"),
]


@pytest.mark.parametrize(("text", "unit"), RESTATED)
def test_a_number_restated_in_parentheses_keeps_its_unit(nlp: Language, text: str,
                                                         unit: str) -> None:
    found = _quantities(nlp, text)
    assert found and all(q.value == 12 and q.unit == unit for q in found)


def test_an_age_in_parentheses_takes_no_noun(nlp: Language) -> None:
    found = _quantities(nlp, "The mayor (65) said the town had 4,000 homes.")
    assert [(q.value, q.unit) for q in found if q.value == 65] == [(65, None)]


def test_a_hyphenated_scale_before_a_singular_noun_describes(nlp: Language) -> None:
    """"one-mln bit chips" (technology) is a chip's size, no count of a million."""
    found = _quantities(nlp, "The firm is increasing output of one-mln bit chips.")
    assert found == []


def test_a_hyphenated_scale_before_a_measure_counts(nlp: Language) -> None:
    """agriculture: "two-million tonnes" is an amount."""
    found = _quantities(nlp, "Output rose by two-million tonnes.")
    assert [(q.value, q.unit) for q in found] == [(2000000, "tonne")]
