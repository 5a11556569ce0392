"""Quotes and claims at the edges of a sentence's parse: stray and unclosed marks, names in
quote marks, quotes joined to a cue by "and"/"but", claims held by a noun ("X's claims
that ..."), and cue words that report nothing ("found themselves", "a video shows").
Sentences in two news domains (war, local and national politics) with negatives."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.conftest import make_article
from workbench import extract
from workbench.extract.attribution.marks import quote_spans
from workbench.model import Claim, Quote


def _read(nlp: Language, text: str, *, title: str = "Headline") -> tuple[list[Quote], list[Claim]]:
    article = make_article(text, title=title)
    doc = nlp(article.text)
    entities = extract.entities(doc, article)
    read = extract.attributed(doc, article, entities)
    quotes = list(extract.quotes(doc, article, entities=entities, read=read))
    claims = list(extract.claims(doc, article, entities=entities,
                                 quantities=list(extract.quantities(doc, article)),
                                 quotes=quotes, read=read))
    return quotes, claims


def _spans(text: str) -> list[str]:
    article = make_article(text)
    return [article.text[s.start:s.end] for s in quote_spans(article)
            if article.section_kind(s.start) == "paragraph"]


# (text, the quoted words found, in order)
MARKS = [
    # a stray single mark before double-quoted sentences holds no quote around them
    ('The minister spoke. \'S ‘ ’ He said the talks had stalled. "We will not give up," '
     'Olena Marchenko said. "The border stays closed."',
     ["We will not give up", "The border stays closed."]),
    ('Tom Hale was asked. \'R ’ ’ Hale said the vote would pass. "The votes are there," Hale '
     'said.', ["The votes are there"]),
    # a sentence-opening mark never closed before the next quote quotes its first sentence
    ('Ana Costa said: “We drove all night. “It is the least we can do. The convoy left at '
     'dawn, officials said. Her brother said: “We are safe now.”',
     ["We drove all night.", "It is the least we can do.", "We are safe now."]),
    ('Councillor Ruth Ames said: “The budget is short. “We will cut what we must. The meeting '
     'ended early. Mayor Dan Cole said: “No cuts to schools.”',
     ["The budget is short.", "We will cut what we must.", "No cuts to schools."]),
    # negative: an opening mark inside a sentence stays unbalanced, as before
    ('He said "one thing. Later "a second thing" was said.', ["a second thing"]),
]


@pytest.mark.parametrize(("text", "expected"), MARKS)
def test_marks(text: str, expected: list[str]) -> None:
    assert _spans(text) == expected


# (text, quoted words that are a name or title, not a quote)
NAMES = [
    ('The hacking group "Anonymous" claimed the attack on Friday.', "Anonymous"),
    ('The "KyivWatch" Twitter account posted the video.', "KyivWatch"),
    ('Retired general joins "Jane Hill Tonight" with an update on the war.', "Jane Hill Tonight"),
    ('The 2019 film ‘Voters: How Ohio Chose’ was shown. Clips from ‘Voters: How Ohio Chose’ '
     'are online.', "Voters: How Ohio Chose"),
]


@pytest.mark.parametrize(("text", "name"), NAMES)
def test_names_in_quote_marks_are_no_quotes(nlp: Language, text: str, name: str) -> None:
    quotes, _ = _read(nlp, text)
    assert name not in [q.text for q in quotes]


def test_scare_quote_stays_a_quote(nlp: Language) -> None:
    quotes, _ = _read(nlp, 'Officials called the raid a "security measure" on Friday.')
    assert "security measure" in [q.text for q in quotes]


def test_name_in_a_quoted_title_is_no_speaker(nlp: Language) -> None:
    quotes, _ = _read(nlp, "The 2014 documentary ‘Pilots: How Brazil Flew’ traces the "
                      "airline's rise. The film, voiced by the actor Mark Rylance, looks back. "
                      "He said: "
                      "“In truth, the airline is the greatest work of the era.”")
    assert [q.speaker for q in quotes if q.text.startswith("In truth")] == ["Mark Rylance"]


# (text, words inside the quote, speaker)
SPEAKERS = [
    # quotes in a clause joined to the cue verb
    ('Biden said he did not know Oz had lived in Ohio, but "Ohio was smart enough to send him '
     'away" and that Oz "is for undoing everything we did."',
     "is for undoing", "Biden"),
    ('Biden said he did not know Oz had lived in Ohio, but "Ohio was smart enough to send him '
     'away" and that Oz "is for undoing everything we did."',
     "Ohio was smart", "Biden"),
    ('The governor Serhiy Lysak said he was "shocked" by the strike but was "deeply moved" by '
     'the rescuers.', "deeply moved", "Serhiy Lysak"),
    # a sentence of a name and a cue after a quote that ends in a full stop
    ('Jane Park asked about the schools. "That is not true. There are ten of them." Tom Reed '
     'interrupted.', "That is not true", "Tom Reed"),
    ('"And will there be more?" Jane Park pressed further. "Yes," Tom Reed replied.',
     "will there be more", "Jane Park"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), SPEAKERS)
def test_speaker(nlp: Language, text: str, words: str, speaker: str) -> None:
    quotes, _ = _read(nlp, text)
    assert [q.speaker for q in quotes if words in q.text] == [speaker]


def test_quote_in_a_clause_of_its_own_stays_apart(nlp: Language) -> None:
    quotes, _ = _read(nlp, 'The mayor said the road would open, and the police kept the "safe '
                      'zone" closed all night.')
    assert [q.speaker for q in quotes if q.text == "safe zone"] == [None]


# (text, words inside the claim, source)
CLAIMS = [
    ("The minister downplayed Russia's claims that it used hypersonic missiles on the depot.",
     "it used hypersonic missiles", "Russia"),
    ("Austin responded to Moscow's claims Saturday that it struck a fuel depot in the west.",
     "it struck a fuel depot", "Moscow"),
    ("The council rejected the union's assertion that the new rota broke the contract.",
     "the new rota broke the contract", "union"),
    ("The United Nations High Commissioner for Refugees said 200,000 people had crossed the "
     "border.", "200,000 people had crossed", "United Nations High Commissioner for Refugees"),
    ("Police found a man dead near the station on Sunday, according to local reports.",
     "found a man dead", "local reports"),
    ('Mayor Dan Cole spoke on Monday. He also stated that "the city cannot lose this vote," '
     "adding that the plan was ready.", "the city cannot lose this vote", "Dan Cole"),
]


@pytest.mark.parametrize(("text", "words", "source"), CLAIMS)
def test_claim(nlp: Language, text: str, words: str, source: str) -> None:
    _, claims = _read(nlp, text)
    assert [c.source for c in claims if words in c.text][:1] == [source]


def test_echoed_claim_is_the_echoer(nlp: Language) -> None:
    _, claims = _read(nlp, "Serhiy Lysak echoed Olena Marchenko's claim that the front is "
                      "holding.")
    assert [c.source for c in claims if "front is holding" in c.text] == ["Serhiy Lysak"]


def test_one_claim_for_a_report_inside_another(nlp: Language) -> None:
    _, claims = _read(nlp, "Fetterman added that he believes Biden would beat Trump in a "
                      "rematch.")
    assert len([c for c in claims if "Biden would beat Trump" in c.text]) == 1


# texts with no claim
NOT_CLAIMS = [
    "Millions of people who find themselves displaced need shelter.",
    "Voters who found themselves in long queues waited for hours.",
    "A video posted online shows the mayor shouting at hotel staff.",
    "Footage from the border shows soldiers carrying supplies.",
    "Olena Marchenko's claim that the front is holding was higher than earlier estimates.",
]


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_not_a_claim(nlp: Language, text: str) -> None:
    _, claims = _read(nlp, text)
    assert claims == []


def test_images_that_show_a_clause_report(nlp: Language) -> None:
    _, claims = _read(nlp, "Satellite images show that the troops have left the border.")
    assert [c.source for c in claims if "troops have left the border" in c.text] \
        == ["Satellite images"]


# (text, words inside the claim, source): cues that reach their speaker another way
REACHED = [
    ("Prince Edward continued that the charity would open two more shelters this year.",
     "charity would open two more shelters", "Edward"),
    ("The coach continued that the team would need a new keeper next season.",
     "team would need a new keeper", "coach"),
    ("A few generals have gone so far as to say the offensive cannot succeed.",
     "the offensive cannot succeed", "generals"),
    ("Several councillors went so far as to claim the budget was never balanced.",
     "the budget was never balanced", "councillors"),
]


@pytest.mark.parametrize(("text", "words", "source"), REACHED)
def test_reached_claim(nlp: Language, text: str, words: str, source: str) -> None:
    _, claims = _read(nlp, text)
    assert [c.source for c in claims if words in c.text] == [source]


def test_continued_without_a_clause_is_no_claim(nlp: Language) -> None:
    _, claims = _read(nlp, "The shelling continued through the night in the eastern towns.")
    assert claims == []
