"""Attribution shapes met in military, aviation, entertainment, obituary and immigration news:
words said after "X said," whose closing mark the writer dropped, quoted titles after a name's
possessive ("the Vista Channel's "Harbour Lights"") or a kind of work ("the sitcom 'The
Lodgers'"), and a report verb asked for rather than made ("asked the ministry to confirm")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.conftest import make_article
from workbench import extract
from workbench.model import Claim, Quote


def _read(nlp: Language, text: str) -> tuple[list[Quote], list[Claim]]:
    article = make_article(text)
    doc = nlp(article.text)
    entities = extract.entities(doc, article)
    quotes = list(extract.quotes(doc, article, entities=entities))
    claims = list(extract.claims(doc, article, entities=entities,
                                 quantities=list(extract.quantities(doc, article)),
                                 quotes=quotes))
    return quotes, claims


UNCLOSED_AFTER_SAID = [
    # military: two statements, neither closed, each opened after "said,"
    ("Navy spokesman Rafael Ortiz said, \"The drill tested how the two fleets refuel at "
     "sea. It went to plan. Ortiz said, \"Four ships and two submarines took part "
     "in the exercise.",
     [("The drill tested how the two fleets refuel", "Rafael Ortiz"),
      ("Four ships and two submarines took part", "Rafael Ortiz")]),
    # sports: a captain's words never closed before the paragraph ends
    ("Club captain Mara Lind says, \"We trained for this match all winter and the result "
     "shows it.",
     [("We trained for this match all winter", "Mara Lind")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCLOSED_AFTER_SAID)
def test_unclosed_words_after_said_comma(nlp: Language, text: str,
                                         expected: list[tuple[str, str]]) -> None:
    quotes, _ = _read(nlp, text)
    for words, speaker in expected:
        found = [q for q in quotes if words in q.text]
        assert found, words
        assert found[0].speaker == speaker


def test_comma_after_other_words_opens_no_quote(nlp: Language) -> None:
    """A stray mark after a comma that follows no speech verb quotes nothing."""
    quotes, _ = _read(nlp, "The depot, \"which opened in 1990 and closed last year after a "
                           "long dispute over rents. It is now a car park.")
    assert not quotes


TITLES = [
    # entertainment: works of a channel named in its possessive, listed with "and"
    "She starred in the Vista Channel's \"Harbour Lights\" and \"Northern Line,\" before "
    "retiring in 2001.",
    # obituary: a kind of work before the title, then the same title alone later
    "The singer rose to fame on the sitcom 'The Lodgers' in 1990. 'The Lodgers', about four "
    "students, ran for six seasons.",
]


@pytest.mark.parametrize("text", TITLES)
def test_titles_of_works_are_no_quotes(nlp: Language, text: str) -> None:
    quotes, _ = _read(nlp, text)
    assert not quotes, [q.text for q in quotes]


def test_words_after_a_possessive_of_a_common_noun_stay_a_quote(nlp: Language) -> None:
    quotes, _ = _read(nlp, "The mayor's \"We Will Rebuild\" pledge was repeated. \"We will "
                           "rebuild the bridge by May,\" the mayor said.")
    assert any("We will rebuild the bridge" in q.text for q in quotes)


ASKED = [
    # immigration: an outlet asks an agency to confirm a figure
    ("Reporters asked the border agency to confirm the number of arrests, but it declined. "
     "The agency said 40 people were held.", "confirm the number", "40 people were held"),
    # health: a family asked the hospital to confirm
    ("The family asked the hospital to confirm the diagnosis. A spokeswoman said the patient "
     "was stable.", "confirm the diagnosis", "the patient was stable"),
]


@pytest.mark.parametrize(("text", "asked", "reported"), ASKED)
def test_a_report_asked_for_is_no_claim(nlp: Language, text: str, asked: str,
                                        reported: str) -> None:
    _, claims = _read(nlp, text)
    assert not [c for c in claims if asked in c.text]
    assert [c for c in claims if reported in c.text]


HYPHENATED_SOURCES = [
    # real estate: an index whose name holds a hyphen, no entity over it
    ("Nationally, rents were 4.1% higher in May than a year earlier, according to the R&B "
     "DataWorks Hale-Porter Index.", "rents were 4.1% higher", "R&B DataWorks Hale-Porter Index"),
    # elections: a polling unit named after two people
    ("Turnout rose 3%, the Ortiz-Lamb Polling Unit said on Monday.", "Turnout rose 3%",
     "Ortiz-Lamb Polling Unit"),
    # negative: a country before the hyphen stays out of the body's name
    ("Peace talks stalled, the Russia-Ukraine Contact Group said.", "Peace talks stalled",
     "Ukraine Contact Group"),
]


@pytest.mark.parametrize(("text", "words", "source"), HYPHENATED_SOURCES)
def test_source_named_across_a_hyphen(nlp: Language, text: str, words: str,
                                      source: str) -> None:
    _, claims = _read(nlp, text)
    assert [c.source for c in claims if words in c.text] == [source]


THEY_AFTER_A_COLLECTIVE = [
    # obituary: "they" after "the family"
    ("The family confirmed his death in a statement. They said he had suffered from a heart "
     "condition.", "he had suffered from a heart condition", "family"),
    # local news: "they" after "the couple"
    ("The couple told reporters the house was lost. They said the fire started at night.",
     "the fire started at night", "couple"),
]


@pytest.mark.parametrize(("text", "words", "source"), THEY_AFTER_A_COLLECTIVE)
def test_they_takes_a_collective_noun(nlp: Language, text: str, words: str,
                                      source: str) -> None:
    _, claims = _read(nlp, text)
    assert [c.source for c in claims if words in c.text] == [source]


def test_they_does_not_take_a_singular_body(nlp: Language) -> None:
    """A company is "it": "they" after it looks for a group, not the company."""
    _, claims = _read(nlp, "The company confirmed the recall on Monday. Shoppers were angry. "
                           "They said the stores had run out.")
    assert [c.source for c in claims if "the stores had run out" in c.text] == ["Shoppers"]
