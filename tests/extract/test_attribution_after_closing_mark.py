"""Speakers and sources written after a quotation or a source's name: a speaker the parse
hung on the quotation's first word ('"Welcome back ...," festival director Tom Mbeki, chair of
..., said'), a source described by a participle ("according to touring trade Pollstar") and a
source followed by words set off by spaced dashes ("according to Skyline - ahead of ... -");
and a code in quote marks ("EST. P-4410") is no one's words."""

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


NAMED_AFTER_QUOTE = [
    # shipping: a title, the name, then a description set off by commas
    ("A container ship carrying 20,000 boxes docked in Oslo, port officials said on Monday.\n"
     "\"Congratulations to the crew of the Nordlys, which has just set a record,\" Oslo Port "
     "director Lena Voss, lead director for the Northern Ports Group, said in a statement. "
     "\"It is the third record this decade.\"",
     [("Congratulations to the crew", "Lena Voss"), ("It is the third record", "Lena Voss")]),
    # arts: a greeting opens the quotation
    ("\"Welcome back to the stage, Harriet,\" festival director Tom Mbeki, chair of the Arts "
     "Council, said on Friday.",
     [("Welcome back to the stage", "Tom Mbeki")]),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_AFTER_QUOTE)
def test_speaker_named_after_the_closing_mark(nlp: Language, text: str,
                                              expected: list[tuple[str, str]]) -> None:
    quotes, _ = _read(nlp, text)
    for words, speaker in expected:
        found = [q for q in quotes if words in q.text]
        assert found, words
        assert found[0].speaker == speaker


def test_quoted_subject_with_a_common_noun_after_it_stays(nlp: Language) -> None:
    """No name after the closing mark: the attribution is the report's, as before."""
    quotes, _ = _read(nlp, "\"Prices, wages and rents,\" the report said, \"all rose in March.\"")
    assert [q.speaker for q in quotes] == ["report", "report"]


ACCORDING = [
    # music: a trade publication described before its name
    ("The band played to 40,000 fans, according to touring trade Pollstar.",
     "The band played to 40,000 fans", "Pollstar"),
    # economy: a forecaster described by a participle
    ("Exports fell 4 percent in May, according to leading forecaster Oxford Economics.",
     "Exports fell 4 percent in May", "Oxford Economics"),
    # aviation: rivals set off by dashes after the source are not the source
    ("The airline flew 3 million passengers in June, according to Skyline - ahead of rivals "
     "Norjet and Baltic Air - and it added ten routes.",
     "The airline flew 3 million passengers", "Skyline"),
    # politics: a participle, then a place and an office before the name
    ("Finland has broken the deal by closing the port, according to leading Helsinki Senator "
     "Aino Virta. The EU country said it had stopped the trains.",
     "Finland has broken the deal", "Aino Virta"),
    # music: a list after the dash
    ("Lena Berg may have had the third biggest tour of 2019 according to Billboard - behind "
     "Adele, Drake's long Vegas residency and The Weeknd - but she sold the most tickets.",
     "Lena Berg may have had the third biggest tour", "Billboard"),
]


@pytest.mark.parametrize(("text", "words", "source"), ACCORDING)
def test_according_to_a_described_or_dashed_source(nlp: Language, text: str, words: str,
                                                   source: str) -> None:
    _, claims = _read(nlp, text)
    found = [c for c in claims if words in c.text]
    assert found, words
    assert found[0].source == source


def test_hyphenated_name_is_not_cut_at_its_hyphen(nlp: Language) -> None:
    _, claims = _read(nlp, "Turnout reached 71 percent, according to the Hill-Morton Institute.")
    assert [c.source for c in claims] == ["Hill-Morton Institute"]


def test_participle_before_a_common_noun_names_no_source(nlp: Language) -> None:
    """"according to the captain" after a clause with "touring": the captain, no new name."""
    _, claims = _read(nlp, "The ferry was touring the coast, according to the captain.")
    assert [c.source for c in claims] == ["captain"]


@pytest.mark.parametrize("text", [
    # food safety: an establishment number on a label
    "The affected packs carry the establishment number \"EST. P-4410\" on the label, the "
    "agency said.",
    # aviation: a flight code
    "Passengers on flight \"NZ 102\" were delayed, the airline said.",
])
def test_a_quoted_code_is_no_quotation(nlp: Language, text: str) -> None:
    quotes, _ = _read(nlp, text)
    assert quotes == []


def test_shouted_words_without_digits_stay_a_quotation(nlp: Language) -> None:
    quotes, _ = _read(nlp, "Fans chanted \"WE WANT MORE\" as the band left.")
    assert [q.text for q in quotes] == ["WE WANT MORE"]
