"""Claim shapes met in elections, business, agriculture and health news: "assured X that",
"clarifying that" report what follows; a cue inside a reported clause that a modal makes a
possibility ("farmers could expect ...") reports nothing of its own, while the clause itself
stays the outer source's claim."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.conftest import make_article
from workbench import extract
from workbench.model import Claim


def _claims(nlp: Language, text: str) -> list[Claim]:
    article = make_article(text)
    doc = nlp(article.text)
    entities = extract.entities(doc, article)
    quotes = list(extract.quotes(doc, article, entities=entities))
    return list(extract.claims(doc, article, entities=entities,
                               quantities=list(extract.quantities(doc, article)), quotes=quotes))


@pytest.mark.parametrize(("text", "words", "source"), [
    # elections: an official assures the public
    ("Commission chair Ellen Marsh assured the public that the missing results will not "
     "change the outcome.", "the missing results will not change the outcome", "Ellen Marsh"),
    # business: a participle after the announcement
    ("Orlov made the announcement on Friday, clarifying that the plant will reopen in May.",
     "the plant will reopen in May", "Orlov"),
    # health: an agency clarifies
    ("The health agency clarified that the rule applies only to hospitals.",
     "the rule applies only to hospitals", "health agency"),
])
def test_assurance_reports(nlp: Language, text: str, words: str, source: str) -> None:
    found = [c for c in _claims(nlp, text) if words in c.text]
    assert found and found[0].source == source, [(c.text, c.source) for c in _claims(nlp, text)]


@pytest.mark.parametrize(("text", "outer", "inner"), [
    # agriculture: what farmers could expect is the official's claim, not the farmers'
    ("The secretary said farmers could expect grain prices to rise this year.",
     "secretary", "grain prices to rise"),
    # business: what investors might believe
    ("Analysts said investors might believe the rally will last.", "Analysts",
     "the rally will last"),
])
def test_possible_belief_reports_nothing(nlp: Language, text: str, outer: str,
                                         inner: str) -> None:
    claims = _claims(nlp, text)
    assert [c.source for c in claims] == [outer], [(c.text, c.source) for c in claims]
    assert inner in claims[0].text


def test_modal_outside_a_cue_keeps_the_claim(nlp: Language) -> None:
    # negative: a modal in the reported clause, on no cue, leaves the claim whole
    claims = _claims(nlp, "The minister said grain prices could rise this year.")
    assert [(c.source, "could rise" in c.text) for c in claims] == [("minister", True)]
