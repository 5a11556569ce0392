"""Attribution shapes of interviews and institutional reports: the correspondent who asks is
not the one a later "he told" means; a hospital or university named in full and then by a
short form or "the hospital"; "president and CEO Jane Roe"; "described how ..."; an
anonymous person in the lead named in the next sentence; a document's issuer named at its
first mention ("a bulletin by X ... the bulletin says", "a UN report")."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from tests.conftest import make_article
from workbench import extract
from workbench.extract.entities.find import _vote
from workbench.extract.entities.mentions import Mention, tidy_edges
from workbench.model import Claim, Entity, Quote


def _read(nlp: Language, text: str) -> tuple[list[Entity], list[Quote], list[Claim]]:
    article = make_article(text)
    doc = nlp(article.text)
    entities = extract.entities(doc, article)
    quotes = list(extract.quotes(doc, article, entities=entities))
    claims = list(extract.claims(doc, article, entities=entities,
                                 quantities=list(extract.quantities(doc, article)),
                                 quotes=quotes))
    return entities, quotes, claims


def _source(claims: list[Claim], words: str) -> str | None:
    found = [c for c in claims if words in c.text]
    assert found, (words, [c.text for c in claims])
    return found[0].source


def _speaker(quotes: list[Quote], words: str) -> str | None:
    found = [q for q in quotes if words in q.text]
    assert found, (words, [q.text for q in quotes])
    return found[0].speaker


# (text, words of the claim or quote, source)
SOURCES = [
    # the correspondent who met someone is not the "he" who then told the channel
    ("Flood waters rose again overnight, engineer Paul Grant told Channel 9 News reporter "
     "Dana Whitfield. In the town hall, Whitfield met shelter manager Omar Reyes, who had not "
     "slept. He told the station the shelter had run out of blankets.",
     "the shelter had run out of blankets", "Omar Reyes"),
    ("The striker spoke to SportsLine correspondent Mark Ellison after the match. Ellison later "
     "met club captain Tom Baird in the car park. He told SportsLine the squad had lost "
     "confidence.", "the squad had lost confidence", "Tom Baird"),
    # a body named in full long before "the hospital said", "the department said"
    ("Lakeview General Hospital said on Monday that six patients had arrived from the border. "
     "Their families came with them. Doctors began treatment at once. Nurses worked through "
     "the night. The ward will reopen in May, the hospital said.",
     "The ward will reopen in May", "Lakeview General Hospital"),
    ("The bridge will close for repairs, said the Harbor Transport Department. Drivers were "
     "angry. Buses will run all night. Ferries will add trips. Taxis raised fares. The "
     "department said that the work would end in June.", "the work would end in June",
     "Harbor Transport Department"),
    # "said X president and CEO Jane Roe": one person
    ("\"We are proud of this work,\" said Acme Bank president and CEO Mary K. Stone in a "
     "statement.", "We are proud of this work", "Mary K. Stone"),
    ("\"The new ward is a lifeline,\" said Northfield Clinic director and founder Dr. Ravi "
     "Menon.", "The new ward is a lifeline", "Ravi Menon"),
]


@pytest.mark.parametrize("text,words,source", SOURCES)
def test_source(nlp: Language, text: str, words: str, source: str) -> None:
    _, quotes, claims = _read(nlp, text)
    if any(words in q.text for q in quotes):
        assert _speaker(quotes, words) == source
    else:
        assert _source(claims, words) == source


def test_a_correspondent_alone_still_takes_the_pronoun(nlp: Language) -> None:
    text = ("Channel 9 News correspondent Dana Whitfield reached the dam at dawn. She told "
            "viewers the spillway had held.")
    _, _, claims = _read(nlp, text)
    assert _source(claims, "the spillway had held") == "Dana Whitfield"


def test_a_county_is_not_the_short_name_of_its_health_department(nlp: Language) -> None:
    text = ("The Pinewood County Department of Health confirmed two cases on Friday. "
            "Pinewood County has about 90,000 residents.")
    entities, _, _ = _read(nlp, text)
    assert "Pinewood County" in {e.canonical for e in entities}


def test_a_role_and_a_second_untitled_person_are_not_merged(nlp: Language) -> None:
    text = "\"We will appeal,\" said the club president and Jane Doe, a fan, in a statement."
    _, quotes, _ = _read(nlp, text)
    assert _speaker(quotes, "We will appeal") != "Jane Doe"


HOW = [
    ("A retired teacher from Leeds has described how a burst pipe flooded her kitchen "
     "overnight. Mary Cole, 68, detailed how the water reached the first floor before "
     "firefighters arrived.", [("how a burst pipe flooded", "Mary Cole"),
                               ("how the water reached the first floor", "Mary Cole")]),
    ("A Ukrainian nurse has described how shelling cut the power to the ward. Olena Hryn, 34, "
     "said the generators failed twice.", [("how shelling cut the power", "Olena Hryn"),
                                            ("the generators failed twice", "Olena Hryn")]),
    # a clause before the name ("Recalling ..., X said") gives X no role
    ("A farmer has described how the hail flattened his wheat in minutes. Recalling the "
     "hours of cleanup, Piet Venter said the insurer had paid nothing.",
     [("how the hail flattened his wheat", "Piet Venter"),
      ("the insurer had paid nothing", "Piet Venter")]),
]


@pytest.mark.parametrize("text,expected", HOW)
def test_described_how_is_a_claim_of_the_person_named_next(nlp: Language, text: str,
                                                           expected: list[tuple[str, str]]
                                                           ) -> None:
    _, _, claims = _read(nlp, text)
    for words, source in expected:
        assert _source(claims, words) == source


def test_detailing_a_thing_is_no_claim(nlp: Language) -> None:
    _, _, claims = _read(nlp, "The auditor detailed the costs of the new bridge on Monday.")
    assert not claims


def test_an_anonymous_lead_source_is_not_a_titled_person_named_next(nlp: Language) -> None:
    text = "A police officer said the suspect fled on foot. Mayor Jane Doe said the town was safe."
    _, _, claims = _read(nlp, text)
    assert _source(claims, "the suspect fled on foot") == "police officer"


DOCUMENTS = [
    ("According to a bulletin by the Riverside Water Authority, the water is unsafe. "
     "Residents queued for bottles. \"Boil all water before drinking it,\" the bulletin says.",
     "Boil all water", "Riverside Water Authority"),
    ("According to a notice by the Federal Aviation Administration, delays will grow. "
     "Airlines cut flights. The notice says that staffing would stay short until March.",
     "staffing would stay short", "Federal Aviation Administration"),
    ("A damning UN report found that aid convoys were blocked for weeks.",
     "aid convoys were blocked", "United Nations"),
]


@pytest.mark.parametrize("text,words,source", DOCUMENTS)
def test_a_document_speaks_for_its_issuer(nlp: Language, text: str, words: str,
                                          source: str) -> None:
    _, quotes, claims = _read(nlp, text)
    if any(words in q.text for q in quotes):
        assert _speaker(quotes, words) == source
    else:
        assert _source(claims, words) == source


def test_a_document_with_no_issuer_stays_the_document(nlp: Language) -> None:
    _, _, claims = _read(nlp, "The report said that rents rose in every district last year.")
    assert _source(claims, "rents rose") == "report"


def test_a_passive_report_after_a_quote_is_not_its_cue(nlp: Language) -> None:
    text = ("\"We assess that the county will keep the tax,\" the memo by the finance office "
            "says. \"Decisions on fees have become topics of public debate.\" The contents of "
            "the memo were first reported by the Ledger.")
    _, quotes, _ = _read(nlp, text)
    assert _speaker(quotes, "Decisions on fees") != "Ledger"


def _names(doc: Doc) -> list[int]:
    return [t.i for t in doc if t.text[:1].isupper()]


def test_a_first_name_tagged_as_often_a_person_as_not_is_a_person(nlp: Language) -> None:
    doc = nlp("Marta said it. Marta left. Marta came. Marta went.")
    labels = ("PERSON", "ORG", "PERSON", "ORG")
    found = [Mention(i, i + 1, label) for i, label in zip(_names(doc), labels, strict=True)]
    _vote(doc, found)  # two against two: the first name decides
    assert {m.label for m in found} == {"PERSON"}


def test_a_word_no_first_name_keeps_the_vote_it_has(nlp: Language) -> None:
    doc = nlp("Azimut said it. Azimut left. Azimut came. Azimut went.")
    labels = ("PERSON", "ORG", "PERSON", "ORG")
    found = [Mention(i, i + 1, label) for i, label in zip(_names(doc), labels, strict=True)]
    _vote(doc, found)
    assert {m.label for m in found} == {"PERSON", "ORG"}


@pytest.mark.parametrize(("text", "label", "kept"), [
    ("Near Kherson, southern Ukraine — The shelling went on.", "GPE", "Kherson"),
    ("Outside Chicago, the storm cut power to farms.", "GPE", "Chicago"),
    ("Near Kherson, southern Ukraine — The shelling went on.", "PERSON", "Kherson"),
    # no known place after the word: the name stays whole
    ("In Amenas Gas Works stopped on Monday.", "FAC", "In Amenas Gas Works"),
])
def test_a_dateline_preposition_is_no_part_of_the_place(nlp: Language, text: str, label: str,
                                                        kept: str) -> None:
    doc = nlp(text)
    words = len(kept.split()) + (0 if text.startswith(kept) else 1)
    found = tidy_edges(doc, [Mention(0, words, label)])
    assert found[0].span(doc).text == kept
    assert found[0].label == (label if label != "PERSON" else "GPE")


@pytest.mark.parametrize(("text", "absent", "kept"), [
    ("\"We will back it,\" the minister told CNN's \"State of the Union.\"",
     "State of the Union", "We will back it"),
    ("Coach Tom Reed told ESPN's \"SportsCenter\" that the team was tired. \"We ran out of legs,\" "
     "he said.", "SportsCenter", "We ran out of legs"),
])
def test_a_programme_after_an_outlet_possessive_is_no_quote(nlp: Language, text: str,
                                                            absent: str, kept: str) -> None:
    _, quotes, _ = _read(nlp, text)
    assert not any(absent in q.text for q in quotes)
    assert any(kept in q.text for q in quotes)


def test_a_lower_case_word_after_a_possessive_stays_a_quote(nlp: Language) -> None:
    _, quotes, _ = _read(nlp, "The Kremlin's \"rules\" are clear, a diplomat said.")
    assert any(q.text == "rules" for q in quotes)
