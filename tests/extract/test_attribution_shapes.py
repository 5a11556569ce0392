"""Attribution shapes met in sports, business, health, courts and local news: a pronoun's
speaker after a quote that runs on over paragraphs, "credited" with a quoted phrase, "felt"
with a clause, a forecast whose infinitive the parse hung elsewhere, a participle after a
comma that the parse hung on the object, and a cue in the infinitive of a decision verb
(an act, no claim), and an age epithet standing for a person."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_attribution_domains import _read, _sources, _speakers

# (text, words inside the quote, speaker)
QUOTES = [
    # sports: a quote left open at the end of a paragraph, then "On ..., he said:"
    ("Rovers forward Tom Baxter is pleased with his form.\n"
     "He said: \u201cTwo goals today. We keep going!\n"
     "\u201cI have a good coach. We go again on Sunday.\"\n"
     "On his second goal, he said: \"That was a lovely finish. My mother will like that one.\"",
     "lovely finish", "Tom Baxter"),
    # courts: the same shape after a lawyer's quote
    ("Defence lawyer Maria Ortiz spoke outside the court.\n"
     "She said: \u201cThe jury heard the evidence. We respect it!\n"
     "\u201cWe will read the ruling. Then we decide.\"\n"
     "On the appeal, she said: \"That is a decision for next week. Nothing is ruled out.\"",
     "decision for next week", "Maria Ortiz"),
    # local news: a mayor credits a quoted phrase
    ("Mayor Ann Cole praised the crews. Cole credited \"quick thinking by neighbors\" for saving "
     "the block.", "quick thinking by neighbors", "Ann Cole"),
    # sports: a coach credits the side
    ("Head coach Luis Ramos was proud of the comeback. Ramos credited \"a huge shift from "
     "everyone\" for the win.", "a huge shift from everyone", "Luis Ramos"),
    # courts: an age epithet is the person the article gave that age
    ("The defendant, a 45-year-old father of three, told the court he was sorry.\n"
     "\"I made a terrible mistake,\" said the 45-year-old.", "terrible mistake", "defendant"),
    # local news: the age after a name
    ("Maria Ortiz, 67, lost her home in the flood. \"We have nothing left,\" the 67-year-old "
     "said.", "nothing left", "Maria Ortiz"),
]


def test_pronoun_after_a_message_takes_its_sender(nlp: Language) -> None:
    """Politics: someone who "offered a message:" between another's quotes and "he said" is
    the one who speaks; sports: the same with a statement."""
    for text, words, speaker in (
            ("Health minister Ana Cruz tweeted: \"The clinics are open. We are ready.\"\n"
             "Prime Minister Tom Vale offered a stark message: \"The strike must end now,\" he "
             "said, in a reference to the nurses.", "strike must end", "Tom Vale"),
            ("Coach Ana Silva tweeted: \"We were tired. We lost. We go again.\"\nClub owner "
             "Raj Patel gave a short statement: \"Changes will come,\" he said.",
             "Changes will come", "Raj Patel")):
        quotes, _ = _read(nlp, text)
        assert speaker in _speakers(quotes, words)


def test_question_or_condition_is_no_claim(nlp: Language) -> None:
    """Negative: a cue under "if" asks or supposes; it asserts nothing."""
    _, claims = _read(nlp, "The host asked her husband if he felt he was lucky.")
    assert not _sources(claims, "he was lucky")


def test_age_epithet_is_never_the_speaker(nlp: Language) -> None:
    """Negative: with no one given that age, the epithet's words name no one."""
    quotes, _ = _read(nlp, "Crowds gathered at the station. \"It was chaos,\" the 34-year-old "
                      "said.")
    assert not any(s and "year-old" in s for s in _speakers(quotes, "It was chaos"))


@pytest.mark.parametrize(("text", "words", "speaker"), QUOTES)
def test_quote_speakers(nlp: Language, text: str, words: str, speaker: str) -> None:
    quotes, _ = _read(nlp, text)
    assert speaker in _speakers(quotes, words)


def test_pronoun_after_narration_keeps_nearest_person(nlp: Language) -> None:
    """Negative: sentences of narration between the quote and the pronoun still count."""
    quotes, _ = _read(nlp, "Coach Ana Silva said: \"We were tired.\"\n"
                      "Later, striker Ben Okafor scored twice. Okafor then missed a penalty. "
                      "The crowd booed. The referee added six minutes.\n"
                      "After the game, he said: \"I should have scored the penalty.\"")
    assert "Ana Silva" not in _speakers(quotes, "should have scored")


# (text, words inside the claim, source)
CLAIMS = [
    # health: managers "felt" a clause
    ("Hospital managers felt the new rota would ease pressure on nurses.",
     "the new rota would ease pressure on nurses", "Hospital managers"),
    # business: a forecast whose infinitive the parse hangs on the main verb
    ("Harbor Foods raised its outlook on Thursday, forecasting annual sales to be about $2.1 "
     "billion.", "annual sales to be about $2.1 billion", "Harbor Foods"),
    # health: a projection in a participle after a comma
    ("The county health board issued new guidance, projecting flu admissions to double by "
     "March.", "flu admissions to double by March", "county health board"),
]



def test_claim_keeps_percent_sign(nlp: Language) -> None:
    """Health and business: a claim ending in a percentage keeps its sign."""
    for text, words in (("The study found that air pollution raised asthma rates by 12%.",
                         "asthma rates by 12%"),
                        ("Officials said home prices rose 5%.", "home prices rose 5%")):
        _, claims = _read(nlp, text)
        assert any(c.text.endswith(words) for c in claims), [c.text for c in claims]


@pytest.mark.parametrize(("text", "words", "source"), CLAIMS)
def test_claim_sources(nlp: Language, text: str, words: str, source: str) -> None:
    _, claims = _read(nlp, text)
    assert source in _sources(claims, words)


NO_CLAIMS = [
    # local government: a motion to deny a request is an act
    ("Councillor Ann Lee moved to deny the permit for the new bar.", "deny the permit"),
    # politics: a vote to reject a bill is an act
    ("The board voted to reject the bid from Harbor Foods.", "reject the bid"),
    # "felt" with a thing, not a clause
    ("She felt the ground shake under her feet.", "ground shake"),
]


@pytest.mark.parametrize(("text", "words"), NO_CLAIMS)
def test_no_claim(nlp: Language, text: str, words: str) -> None:
    _, claims = _read(nlp, text)
    assert not _sources(claims, words)


def test_denial_stays_a_claim(nlp: Language) -> None:
    _, claims = _read(nlp, "The minister denied the report.")
    assert _sources(claims, "denied the report")
