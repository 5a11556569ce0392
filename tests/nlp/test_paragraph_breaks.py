"""A paragraph that ends in an abbreviation's full stop ends its sentence: the next paragraph
opens a new one (health and business news); an abbreviation inside a paragraph ends nothing
(negative)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.conftest import make_article


@pytest.mark.parametrize(("text", "opener"), [
    # health: a paragraph ending in "U.S." before a report
    ("Flu shots are offered at most pharmacies in the U.S.\nA county survey found that "
     "fewer adults were vaccinated this year.", "A"),
    # business: a paragraph ending in "Inc."
    ("The plant is owned by Harbor Foods Inc.\nAnalysts said the sale would close in May.",
     "Analysts"),
])
def test_abbreviation_ends_paragraph_sentence(nlp: Language, text: str, opener: str) -> None:
    article = make_article(text)
    doc = nlp(article.text)
    second = article.sections[2]  # title, first paragraph, second paragraph
    token = next(t for t in doc if t.idx == second.start)
    assert token.text == opener and token.is_sent_start


def test_abbreviation_inside_paragraph_keeps_sentence(nlp: Language) -> None:
    # negative: an abbreviation inside a paragraph ends nothing
    article = make_article("Harbor Foods Inc. said sales rose in the U.S. last year.")
    doc = nlp(article.text)
    said = next(t for t in doc if t.text == "said")
    last = next(t for t in doc if t.text == "last")
    assert not said.is_sent_start and not last.is_sent_start
