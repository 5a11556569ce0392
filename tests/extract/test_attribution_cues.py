"""Attribution cues beyond speech verbs: evidence ("the figures show"), phrasal cues ("ruled
out", "called for"), naming with a predicate ("called the plan reckless"), "per X", a possessed
source of knowledge; reports split where a second one begins; sources found ahead of a pronoun
or in its own sentence. Sentences written for these tests, several domains each."""

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
    quantities = list(extract.quantities(doc, article))
    quotes = list(extract.quotes(doc, article, entities=entities))
    claims = list(extract.claims(doc, article, entities=entities, quantities=quantities,
                                 quotes=quotes))
    return quotes, claims


def _claim(nlp: Language, text: str, words: str) -> Claim | None:
    return next((c for c in _read(nlp, text)[1] if words in c.text), None)


# (text, words the claim holds, its source, its cue)
CUES = [
    # evidence verbs: data and documents speak for their issuer; the verb is kept
    ("Hospital figures show the backlog has fallen for a second month.",
     "show the backlog has fallen", "Hospital figures", "show"),
    ("Papers released before the budget meeting show the city faces a large overspend.",
     "show the city faces a large overspend", "Papers", "show"),
    ("Ticket sales have dropped for the third season in a row, new figures show.",
     "Ticket sales have dropped", "new figures", "show"),
    ("A set of figures released by the league today showed some signs of recovery.",
     "showed some signs of recovery", "set of figures", "show"),
    ("Rainfall data from 2021 shows that the spring was the driest in decades.",
     "the spring was the driest", "Rainfall data", "show"),
    # phrasal cues: the verb with its particle or preposition is the point
    ("The central bank chief ruled out a rate rise at the next meeting.",
     "ruled out a rate rise", "central bank chief", "rule out"),
    ("The coach ruled out that his captain would play on Sunday.",
     "ruled out that his captain would play", "coach", "rule out"),
    ("Union leaders called for a pay freeze to be lifted.",
     "called for a pay freeze", "Union leaders", "call for"),
    ("Residents called for a new crossing near the school.",
     "called for a new crossing", "Residents", "call for"),
    ("Scientists pointed to a drier spring than normal as the cause of the fires.",
     "pointed to a drier spring", "Scientists", "point to"),
    ("Economists pointed to weak exports as the reason for the slowdown.",
     "pointed to weak exports", "Economists", "point to"),
    # naming a thing with a predicate states a view
    ('The environment minister called the new forecasts "alarming".',
     "called the new forecasts", "environment minister", "call"),
    ('The judge described the defendant as "remarkably intelligent" before sentencing him.',
     "described the defendant as", "judge", "describe"),
    # "per X" and "according to" closing a sentence: the clause before is reported
    ("The outsider won the runoff comfortably, per Reuters' Jane Smith, writing for the site.",
     "won the runoff comfortably", "Jane Smith", "according to"),
    ("Turnout fell to a record low, per the Electoral Commission.",
     "Turnout fell to a record low", "Electoral Commission", "according to"),
    ("More than 9,000 homes were still without power, according to poweroutage.us.",
     "without power", "poweroutage.us", "according to"),
    # a possessive before a knowledge noun: the possessor knows
    ("The minister met the envoy on Monday. According to his information, the talks had "
     "stalled.", "the talks had stalled", "minister", "according to"),
    ("The club's doctor examined the striker. According to her assessment, the injury is "
     "minor.", "the injury is minor", "club's doctor", "according to"),
]


@pytest.mark.parametrize(("text", "words", "source", "cue"), CUES)
def test_non_speech_cue(nlp: Language, text: str, words: str, source: str, cue: str) -> None:
    claim = _claim(nlp, text, words)
    assert claim is not None and claim.source == source and claim.cue == cue


NOT_CLAIMS = [
    "He showed reporters the damaged bridge.",
    "The footage shows a man climbing the fence.",
    "Tickets cost $5 per person at the gate.",
    "The prize is handed out in Oslo according to his wishes.",
    "The mayor called the meeting to order.",
    "Police called the family of the victim on Sunday.",
    "She welcomed the decision.",
]


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_not_a_claim(nlp: Language, text: str) -> None:
    assert _read(nlp, text)[1] == []


# a second report hung on the first one's clause is its own claim
SPLIT = [
    ("Management said that revenue would rise sharply next quarter as the chief executive said "
     "that the industry was changing fast.", "revenue would rise sharply next quarter",
     "Management", "the industry was changing fast", "chief executive"),
    ("The coach said the team was ready as the captain said that nobody feared the final.",
     "the team was ready", "coach", "nobody feared the final", "captain"),
    ('The health secretary said the fall was "no accident", claiming that the plan had worked.',
     'the fall was "no accident', "health secretary", "the plan had worked", "health secretary"),
    ("The company said sales had recovered, claiming that the new model was selling well.",
     "sales had recovered", "company", "the new model was selling well", "company"),
]


@pytest.mark.parametrize(("text", "first", "first_source", "second", "second_source"), SPLIT)
def test_second_report_split(nlp: Language, text: str, first: str, first_source: str,
                             second: str, second_source: str) -> None:
    claims = _read(nlp, text)[1]
    one = next(c for c in claims if first in c.text)
    two = next(c for c in claims if second in c.text)
    assert one is not two and second not in one.text
    assert (one.source, two.source) == (first_source, second_source)


def test_reported_clause_not_split(nlp: Language) -> None:
    claims = _read(nlp, "Officials said the minister told reporters that the bridge would "
                        "reopen.")[1]
    assert any(c.source == "Officials" and "told reporters" in c.text for c in claims)


# a verbless "but on B" after a reported clause belongs to it
CONTRAST = [
    ('The judge added that the sentence was not based on "public anger," but on the law and '
     'the facts of the case.', "but on the law and the facts of the case", "judge"),
    ("The referee said the decision rested not on the replay, but on his own view of the "
     "tackle.", "his own view of the tackle", "referee"),
]


@pytest.mark.parametrize(("text", "words", "source"), CONTRAST)
def test_contrast_kept(nlp: Language, text: str, words: str, source: str) -> None:
    claim = _claim(nlp, text, words)
    assert claim is not None and claim.source == source


def test_contrast_with_verb_not_kept(nlp: Language) -> None:
    claim = _claim(nlp, "The coach said the team played well, but the referee disagreed.",
                   "played well")
    assert claim is not None and "referee" not in claim.text


# sources the pronoun does not name by itself
SOURCES = [
    # a pronoun in a clause before its main clause names that clause's subject
    ('Though she called the ruling "deeply unfair", Judge Maria Lopez upheld the verdict.',
     "called the ruling", "Maria Lopez"),
    ('Although he described the offer as "insulting", union leader Sam Price urged members to '
     'vote.', "described the offer as", "Sam Price"),
    # a plural or organisation pronoun takes the subject of its own sentence
    ("While the board approved the budget on Tuesday, they stressed that it was only a draft.",
     "it was only a draft", "board"),
    ("Staff spent the whole meeting listing the reasons why they say the money has run out.",
     "the money has run out", "Staff"),
    # a gerund's subject stands right before it
    ("Investors reacted well to the Fed saying it would slow its bond sales.",
     "it would slow its bond sales", "Federal Reserve"),
    ("Fans cheered the club saying the stadium would stay open.",
     "the stadium would stay open", "club"),
    # a place name set before a body's description is no speaker
    ("The Austin, Texas-based software firm said quarterly revenue rose sharply.",
     "quarterly revenue rose sharply", "Austin, Texas-based software firm"),
    # data "from" a year are no document's issuer
    ("Weather office data from 2022 shows that the first 11 months were warmer than average.",
     "the first 11 months were warmer", "Weather office data"),
]


@pytest.mark.parametrize(("text", "words", "source"), SOURCES)
def test_source_found(nlp: Language, text: str, words: str, source: str) -> None:
    claim = _claim(nlp, text, words)
    assert claim is not None and claim.source == source


def test_pronoun_after_report_looks_back(nlp: Language) -> None:
    text = "Fund managers said stocks would rise. Banks see a risk in bonds, they said."
    claim = _claim(nlp, text, "see a risk")
    assert claim is not None and claim.source == "Fund managers"


def test_cataphor_quote_speaker(nlp: Language) -> None:
    quotes = _read(nlp, 'Though she called the ruling "deeply unfair", Judge Maria Lopez '
                        'upheld the verdict.')[0]
    assert [q.speaker for q in quotes] == ["Maria Lopez"]


# quote speakers: reports inside reports, quotes left open, roles named after, colons
SPEAKERS = [
    # a quote inside "the figures show", itself inside a person's report, is the person's
    ('The health secretary said the numbers show that "ten years of neglect left the service '
     'broken" and promised to work "day and night to fix it".',
     ["health secretary", "health secretary"]),
    ('The coach said the results show that "the squad is improving" and vowed to "keep going".',
     ["coach", "coach"]),
    # a quote opened after a colon and never closed runs to the end of its paragraph
    ('A spokesman for the passenger group said: \u201cThese new fares will hit travellers '
     'again. Reform could not be more urgent.\nThe operator declined to comment.',
     ["spokesman for the passenger group"]),
    ('The club captain said: \u201cWe played our best game of the season and deserved it.',
     ["club captain"]),
    # a role nobody holds yet is the person quoted by name just after
    ('The federal energy minister called the forecasts "sobering".\n"This season could get '
     'worse," Jane Miller said at a news conference on Monday.', ["Jane Miller", "Jane Miller"]),
    ('The chief prosecutor called the verdict "a relief".\n"Justice was done today," Paul Grant '
     'told reporters.', ["Paul Grant", "Paul Grant"]),
    # a paragraph ending in a colon introduces the quote of the next one
    ('Defender Mark Hale spoke after the match:\n"We gave everything tonight. The fans deserved '
     'a win and we delivered it."', ["Mark Hale"]),
    ('The head teacher spoke to parents on Friday:\n"Every child will be back in class by '
     'Monday, and we thank you for your patience."', ["head teacher"]),
]


@pytest.mark.parametrize(("text", "speakers"), SPEAKERS)
def test_quote_speakers(nlp: Language, text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in _read(nlp, text)[0]] == speakers


def test_open_mark_without_colon_is_no_quote(nlp: Language) -> None:
    quotes = _read(nlp, 'The shop sold \u201cfresh bread every day of the week to anyone who '
                        'came in.\nIt closed in May.')[0]
    assert quotes == []


def test_role_with_another_role_named_after(nlp: Language) -> None:
    quotes = _read(nlp, 'The head coach said the defeat was "unacceptable".\n"We were not good '
                        'enough," striker Tom Reed said after the game.')[0]
    assert quotes[0].speaker != "Tom Reed"


# an adjunct after a postposed cue belongs to the clause reported
ADJUNCTS = [
    ("The waiting list is down for the second month in a row, hospital figures show, with an "
     "estimated 7 million treatments still waiting.", "7 million treatments", "hospital figures"),
    ("Home sales rose again in March, the agents said, with prices up 2 percent on the year.",
     "prices up 2 percent", "agents"),
]


@pytest.mark.parametrize(("text", "words", "source"), ADJUNCTS)
def test_adjunct_after_cue(nlp: Language, text: str, words: str, source: str) -> None:
    claim = _claim(nlp, text, words)
    assert claim is not None and claim.source == source


def test_no_adjunct_after_cue(nlp: Language) -> None:
    claim = _claim(nlp, "Home sales rose again in March, the agents said on Tuesday.", "rose")
    assert claim is not None and "Tuesday" not in claim.text


# what the corpus showed: no speaker in a medium, no source in a relative "that", no report
# beyond its paragraph
NO_SOURCE = [
    ("Dugin had issued a post on Telegram saying that the war was now more important.",
     "the war was now more important", "Dugin"),
    ("The minister spoke via video link saying that the country would be held to account.",
     "held to account", "minister"),
]


@pytest.mark.parametrize(("text", "words", "source"), NO_SOURCE)
def test_medium_is_no_speaker(nlp: Language, text: str, words: str, source: str) -> None:
    claim = _claim(nlp, text, words)
    assert claim is None or claim.source == source


def test_relative_pronoun_points_to_nothing(nlp: Language) -> None:
    claims = _read(nlp, "She cited several reasons that might point to more import demand.")[1]
    assert not any(c.cue == "point to" for c in claims)


def test_report_stays_in_its_paragraph(nlp: Language) -> None:
    text = ("The board said it approved the application of the firm in Bethesda, Md.\n"
            "Azzam said capital market instruments should be made available to all citizens.")
    assert all("\n" not in c.text for c in _read(nlp, text)[1])


def test_open_single_mark_after_colon_is_no_quote(nlp: Language) -> None:
    text = ("Officials met on Friday. 'S : \u2018The minister posted a photo of the call with "
            "his counterpart after the talks ended late on Friday evening in the capital.")
    assert all(len(q.text) < 40 for q in _read(nlp, text)[0])


# after a postposed cue, a participle or "in a report" is the speaker's, not the claim's
SPEAKERS_OWN = [
    ('"We asked for more information," the spokesman said, reacting to reports of a transfer.',
     "reacting"),
    ("Sales will keep rising next year, the analyst said, in a note to clients last month.",
     "note to clients"),
]


@pytest.mark.parametrize(("text", "words"), SPEAKERS_OWN)
def test_speakers_own_adjunct(nlp: Language, text: str, words: str) -> None:
    assert not any(words in c.text for c in _read(nlp, text)[1])


def test_speaking_is_no_claim(nlp: Language) -> None:
    text = "Senator Ann Cole speaks during a committee hearing in Washington, March 8, 2022."
    assert _read(nlp, text)[1] == []


def test_named_gerund_subject(nlp: Language) -> None:
    quotes = _read(nlp, 'The remarks came in response to Borrell describing the plan as '
                        '"reckless".')[0]
    assert [q.speaker for q in quotes] == ["Borrell"]


def test_gerund_with_pronoun_object(nlp: Language) -> None:
    quotes = _read(nlp, 'The player sent a letter to the coach asking him not to "forget about '
                        'me".')[0]
    assert quotes[0].speaker != "coach"


def test_caption_speaking_gives_no_quote(nlp: Language) -> None:
    text = ('"We will rebuild the bridge," the mayor said on Monday.\nGovernor Ann Cole speaks '
            'during a news conference in the capital, June 16, 2021.\n"Every road will reopen by '
            'spring."')
    assert all(q.speaker != "Ann Cole" for q in _read(nlp, text)[0])


def test_spoke_of_quote(nlp: Language) -> None:
    quotes = _read(nlp, 'The security chief spoke of "shells hitting the border region" on '
                        'Monday.')[0]
    assert [q.speaker for q in quotes] == ["security chief"]
