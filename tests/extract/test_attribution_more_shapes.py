"""Quote shapes met in sports, business, entertainment and politics news: a quote of several
paragraphs whose closing mark the text lost still quotes its last paragraph, said by the
speaker before it; a cue a verb goes on to ("proceeded to ask") attributes the quote hung on
that verb, and the person asked is not the one asking; a question followed by a new sentence
is not attributed by that sentence's cue; a speech verb the parse misreads still gives the
name before it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.conftest import make_article
from workbench import extract
from workbench.model import Quote


def _quotes(nlp: Language, text: str) -> list[Quote]:
    article = make_article(text)
    doc = nlp(article.text)
    entities = extract.entities(doc, article)
    return list(extract.quotes(doc, article, entities=entities))


def _speaker(quotes: list[Quote], words: str) -> str | None:
    found = [q for q in quotes if words in q.text]
    assert len(found) == 1, (words, [q.text for q in quotes])
    return found[0].speaker


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # sports: a coach's answer of two paragraphs, the closing mark lost at the end
    ('"He was great, really great. I knew he would play well," Dana Kirk said.\n'
     '"Proud of this team. We came back from a hard week and played with a lot of heart '
     "in the second half, and that is all you can ask.", "Proud of this team", "Dana Kirk"),
    # business: a chief executive's remarks, the last paragraph left open
    ("\u201cWe had a strong quarter and sales grew in every region,\u201d said chief executive "
     "Lena Voss.\n\u201cLooking ahead, we expect demand to stay firm through the winter and "
     "we will keep investing in our stores.", "Looking ahead", "Lena Voss"),
])
def test_open_last_paragraph_continues(nlp: Language, text: str, words: str,
                                       speaker: str) -> None:
    assert _speaker(_quotes(nlp, text), words) == speaker


def test_short_open_last_paragraph_is_no_quote(nlp: Language) -> None:
    # negative: a stray mark before a few words is no quote
    quotes = _quotes(nlp, '"We won," said Dana Kirk.\n"Next week')
    assert not any("Next week" in q.text for q in quotes)


@pytest.mark.parametrize(("text", "words", "not_speaker"), [
    # entertainment: a host asks a guest; the guest answers in the next sentence
    ("Rita Gomez announced a new album on Friday. The host proceeded to ask Gomez at one "
     "point, \u201cAre you going on tour?\u201d But the singer responded, \u201cNot yet.\u201d",
     "Are you going on tour?", "Rita Gomez"),
    # politics: a moderator asks a candidate
    ("Senator Paul Hart spoke first. The moderator went on to ask Hart, \u201cWill you raise "
     "taxes?\u201d Then the senator replied, \u201cNo.\u201d", "Will you raise taxes?",
     "Paul Hart"),
])
def test_asker_is_not_the_one_asked(nlp: Language, text: str, words: str,
                                    not_speaker: str) -> None:
    assert _speaker(_quotes(nlp, text), words) != not_speaker


def test_question_then_named_speaker_still_attributed(nlp: Language) -> None:
    # negative: '"...?" Gomez asked' is the question's own cue
    quotes = _quotes(nlp, "\u201cWhat is happening right now?\u201d Rita Gomez asked the crowd.")
    assert _speaker(quotes, "What is happening") == "Rita Gomez"


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # entertainment and sports: a speech verb before a comma and the quote
    ("After Reyes read the list of dates, Marlow joked, \u201cThat is a lot of shows.\u201d",
     "a lot of shows", "Marlow"),
    ("Asked about the rain, Dana Kirk quipped: \u201cWe play in worse every week.\u201d",
     "We play in worse", "Dana Kirk"),
])
def test_speech_verb_before_quote(nlp: Language, text: str, words: str, speaker: str) -> None:
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # politics: a question, then a sentence that opens with its asker and a bare cue (a
    # surname the tagger may read as a common noun)
    ('"Will you run again?" the host asked. "Maybe," Hale said. "So is that a yes?" Parks '
     'pressed further. "Yes," Hale replied.', "So is that a yes", "Parks"),
    # sports: the same at a press conference
    ('"Are you fit for Sunday?" Brooks asked. "I think so," Diaz said. "And the knee?" Brooks '
     'pressed. "Fine," Diaz said.', "And the knee", "Brooks"),
])
def test_question_then_its_asker_with_a_bare_cue(nlp: Language, text: str, words: str,
                                                  speaker: str) -> None:
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.parametrize("text", [
    # education: a statement's last quote, then a new paragraph about someone else
    ('"We failed to reach a deal," the union said in a post. "We will keep talking and hope '
     'the board does the same."\n\nEarlier, the board had expressed hope in a statement.'),
    # business: the same shape after a company's remarks
    ('"Sales were weak," the company said in a filing. "We expect a better spring and hope '
     'buyers return."\n\nLater, the regulator had voiced concern in a letter.'),
])
def test_next_paragraph_does_not_take_a_closed_quote(nlp: Language, text: str) -> None:
    quotes = _quotes(nlp, text)
    last = [q for q in quotes if "hope" in q.text]
    assert len(last) == 1 and last[0].speaker in ("union", "company"), \
        [(q.text, q.speaker) for q in quotes]
