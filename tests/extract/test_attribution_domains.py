"""Attribution shapes met in business, courts, health, science, sports, local and entertainment
news: a role written in initials ("the CEO") or spelled out, "according to" an outlet inside a
person's own report, a source made to believe by something else ("led the authors to
suspect"), two people named together as "they", quoted titles listed after a work noun, a
stance noun with a that-clause ("expressed confidence that"), a name the parse reads as a
gerund, and a reported clause whose subject the parse hung on the cue."""

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


def _speakers(quotes: list[Quote], words: str) -> list[str | None]:
    found = [q.speaker for q in quotes if words in q.text]
    assert found, words
    return found


def _sources(claims: list[Claim], words: str) -> list[str | None]:
    return [c.source for c in claims if words in c.text]


# (text, words inside the quote, speaker)
ROLE_INITIALS = [
    # business: "X's CEO" before the person is named with the role spelled out
    ("Harbor Foods' CEO described the quarter as a \"turning point.\" In a statement, "
     "President and Chief Executive Dana Whitfield said, \"We have cut costs.\"",
     "turning point", "Dana Whitfield"),
    # sports: a club's chief executive named first, "the CEO" after
    ("Chief Executive Omar Reyes spoke at the stadium on Monday. The club's CEO called the "
     "new contract \"historic.\"", "historic", "Omar Reyes"),
    # a role in initials named first, spelled out after
    ("The plant opened in May. Harbor Foods CEO Lena Voss cut the ribbon. \"Demand keeps "
     "growing,\" the chief executive said.", "Demand keeps growing", "Lena Voss"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), ROLE_INITIALS)
def test_role_initials(nlp: Language, text: str, words: str, speaker: str) -> None:
    quotes, _ = _read(nlp, text)
    assert speaker in _speakers(quotes, words)


def test_other_initials_are_another_person(nlp: Language) -> None:
    quotes, _ = _read(nlp, "Chief Executive Dana Whitfield spoke first. The firm's CFO "
                      "called the loss \"a blip.\"")
    assert "Dana Whitfield" not in _speakers(quotes, "a blip")


# (text, words inside the claim, source)
OWN_REPORT = [
    # courts: the judge's own words, as an outlet reported them
    ("Judge Amy Lord said that, while the letters were moving, she could not ignore the "
     "verdict, according to the Valley Gazette.", "she could not ignore the verdict",
     "Amy Lord"),
    # business: an executive's forecast as a newspaper carried it
    ("Finance chief Tim Hale said that sales would recover by spring, according to the "
     "Daily Ledger.", "sales would recover by spring", "Tim Hale"),
]


@pytest.mark.parametrize(("text", "words", "source"), OWN_REPORT)
def test_according_to_inside_own_report(nlp: Language, text: str, words: str,
                                        source: str) -> None:
    _, claims = _read(nlp, text)
    assert _sources(claims, words) == [source]


@pytest.mark.parametrize(("text", "words", "source"), [
    # "report to prison" is no report: the outlet is the source
    ("The former mayor must report to prison by June 3, according to the Valley Gazette.",
     "must report to prison", "Valley Gazette"),
    ("The striker will report for training on Monday, according to the club.",
     "will report for training", "club"),
])
def test_according_to_after_a_verb_that_reports_nothing(nlp: Language, text: str, words: str,
                                                        source: str) -> None:
    _, claims = _read(nlp, text)
    assert _sources(claims, words) == [source]


# (text, words inside the claim, source)
CONTROLLED = [
    ("The finding has led the authors to suspect that weak studies draw more citations.",
     "weak studies draw more citations", "authors"),
    ("The poor results prompted analysts to predict that the bank would cut its dividend.",
     "the bank would cut its dividend", "analysts"),
    ("The new evidence forced the committee to conclude that the plan had failed.",
     "the plan had failed", "committee"),
]


@pytest.mark.parametrize(("text", "words", "source"), CONTROLLED)
def test_object_of_a_causing_verb_is_the_source(nlp: Language, text: str, words: str,
                                                source: str) -> None:
    _, claims = _read(nlp, text)
    assert _sources(claims, words) == [source]


def test_subject_of_a_verb_with_its_own_clause_stays(nlp: Language) -> None:
    _, claims = _read(nlp, "The coach said that the loss led the players to believe that "
                      "the season was over.")
    assert _sources(claims, "the season was over") == ["coach"]


# (text, words inside the claim, source)
PAIRS = [
    # health: two doctors named as one subject, then "they say"
    ("Dr. Ana Ruiz and Dr. Ben Ode have treated dozens of patients this month. They say the "
     "virus is spreading faster than last year.", "the virus is spreading",
     "Ana Ruiz and Ben Ode"),
    # sports: a coach and a captain
    ("Coach Jim Dale and captain Rob Tate met reporters after the defeat. They said the team "
     "would appeal the red card.", "the team would appeal", "Jim Dale and Rob Tate"),
]


@pytest.mark.parametrize(("text", "words", "source"), PAIRS)
def test_named_pair_is_they(nlp: Language, text: str, words: str, source: str) -> None:
    _, claims = _read(nlp, text)
    assert _sources(claims, words) == [source]


def test_named_pair_as_object_is_not_they(nlp: Language) -> None:
    _, claims = _read(nlp, "Health officials met Dr. Ana Ruiz and Dr. Ben Ode on Monday. "
                      "They said the clinic would open in May.")
    assert _sources(claims, "the clinic would open") == ["Health officials"]


@pytest.mark.parametrize(("text", "titles"), [
    # entertainment: songs listed after "hits such as"
    ("The band, famous for hits such as \"Silver Rain\", \"Night Drive\" and \"Home Again\", "
     "will tour in May.", ("Silver Rain", "Night Drive", "Home Again")),
    # books listed after "novels including"
    ("The author, known for novels including \"The Long Road\" and \"Winter Light\", died on "
     "Sunday.", ("The Long Road", "Winter Light")),
])
def test_listed_titles_are_no_quotes(nlp: Language, text: str, titles: tuple[str, ...]) -> None:
    quotes, _ = _read(nlp, text)
    assert not any(q.text in titles for q in quotes)


def test_listed_words_after_speech_stay_quotes(nlp: Language) -> None:
    quotes, _ = _read(nlp, "The mayor said the plan was \"a disaster\" and \"a waste of "
                      "money\".")
    assert {q.text for q in quotes} >= {"a disaster", "a waste of money"}


# (text, words inside the claim, source, cue)
STANCES = [
    # business
    ("Chief Executive Dana Whitfield expressed confidence that the company can recover by "
     "next year.", "the company can recover", "Dana Whitfield", "express"),
    # local government
    ("The mayor, Ann Cole, voiced concern that the bridge would not be ready by May.",
     "the bridge would not be ready", "Ann Cole", "voice"),
    ("Residents voiced concern that the new road would bring more traffic.",
     "the new road would bring", "Residents", "voice"),
    # courts
    ("Judge Amy Lord recognized that the defendant had shown remorse.",
     "the defendant had shown remorse", "Amy Lord", "recognize"),
]


@pytest.mark.parametrize(("text", "words", "source", "cue"), STANCES)
def test_stance_with_a_clause(nlp: Language, text: str, words: str, source: str,
                              cue: str) -> None:
    _, claims = _read(nlp, text)
    found = [c for c in claims if words in c.text]
    assert [(c.source, c.cue) for c in found] == [(source, cue)]
    assert not found[0].text.startswith("that ")


@pytest.mark.parametrize("text", [
    "Coach Jim Dale expressed his thanks to the fans after the final.",
    "The league recognized the club as champions on Sunday.",
    "Mayor Ann Cole voiced her support for the new library.",
])
def test_stance_without_a_clause_is_no_claim(nlp: Language, text: str) -> None:
    _, claims = _read(nlp, text)
    assert claims == []


def test_name_read_as_a_gerund_speaks(nlp: Language) -> None:
    text = ("Harbour City manager Erik Stebbing spoke after the match. Stebbing, however, was "
            "not impressed and labelled the penalty a \"gift\" in an interview.")
    doc = nlp(text)
    assert [t.pos_ for t in doc if t.text == "Stebbing"][1] == "VERB"  # the case at issue
    quotes, claims = _read(nlp, text)
    assert _speakers(quotes, "gift") == ["Erik Stebbing"]
    assert _sources(claims, "labelled the penalty") == ["Erik Stebbing"]


def test_gerund_that_is_no_name_speaks_not(nlp: Language) -> None:
    _, claims = _read(nlp, "Spending, however, was not cut and showed that the city could "
                      "not cope.")
    assert all(c.source != "Spending" for c in claims)


# (text, words that open the claim, source)
LOST_SUBJECTS = [
    # trade politics: "argued the freeing of imports would ..." parsed as object + clause
    ("Agriculture Secretary Ruth Lang spoke in Osaka. But she argued the freeing of farm "
     "imports would not weaken local farming.", "the freeing of farm imports", "Ruth Lang"),
    # business
    ("Analyst Mia Grant argued the sale of the unit would lift profits next year.",
     "the sale of the unit would lift", "Mia Grant"),
    # local government: a gerund subject of the reported clause
    ("Council members noted making the decision on the dais would save taxpayers money.",
     "making the decision", "Council members"),
    # markets
    ("Economists said cutting rates now would help exporters.", "cutting rates now would",
     "Economists"),
]


@pytest.mark.parametrize(("text", "words", "source"), LOST_SUBJECTS)
def test_reported_clause_keeps_its_subject(nlp: Language, text: str, words: str,
                                           source: str) -> None:
    _, claims = _read(nlp, text)
    assert [c.source for c in claims if c.text.startswith(words)] == [source]


def test_addressee_is_not_the_subject_of_what_is_told(nlp: Language) -> None:
    _, claims = _read(nlp, "The minister told reporters the talks would resume on Friday.")
    assert [c.text for c in claims] == ["the talks would resume on Friday"]


# (text, words inside the claim, source)
CLAUSE_WITH_ITS_OWN_OBJECT = [
    # labour: a cue with its own object after a comma is a clause the report holds
    ("The union said that at the last meeting with managers, staff expressed anger about the "
     "new rota.", "staff expressed anger", "union"),
    # sports
    ("The club said that after the final whistle, fans voiced frustration with the referee.",
     "fans voiced frustration", "club"),
    # a cue with nothing after it is still the source of the clause before it
    ("The plant will close in June, a company spokesman said.", "The plant will close",
     "company spokesman"),
]


@pytest.mark.parametrize(("text", "words", "source"), CLAUSE_WITH_ITS_OWN_OBJECT)
def test_cue_with_its_own_object_is_not_postposed(nlp: Language, text: str, words: str,
                                                  source: str) -> None:
    _, claims = _read(nlp, text)
    assert _sources(claims, words) == [source]


@pytest.mark.parametrize("text", [
    # a clause verb with only an object states nothing (diplomacy, sports)
    "Days before the talks, the government recognized the breakaway regions as states, "
    "offering them guarantees.",
    "The federation recognized the club as national champions, handing it the trophy.",
    # a rate ("per litre") after a cue's object is no source
    "In March, the government announced a 5p per litre cut to fuel duty.",
])
def test_no_claim_from(nlp: Language, text: str) -> None:
    _, claims = _read(nlp, text)
    assert claims == []


@pytest.mark.parametrize(("text", "words", "source"), [
    # a demand makes no claim: "according to them" still gives theirs
    ("At a meeting with officials, the players' families demanded that the men be sent home "
     "because, according to them, they are not fit to play.", "demanded that the men",
     "players families"),
    # a verb that reports nothing in the clause "according to" qualifies
    ("Hackers will continue to target hospitals through ransomware, according to the agency.",
     "Hackers will continue to target hospitals", "agency"),
])
def test_according_to_when_no_one_else_reports(nlp: Language, text: str, words: str,
                                               source: str) -> None:
    _, claims = _read(nlp, text)
    assert _sources(claims, words) == [source]


# (text, words inside the quote, speaker): a shortened title ends no sentence
TITLE_ABBREVIATIONS = [
    # police and courts
    ("\"We found no evidence of foul play,\" Det. Insp. Sarah Dunn said.", "no evidence",
     "Sarah Dunn"),
    # local government
    ("\"The roads will reopen tomorrow,\" Cllr. Peter Shaw said.", "roads will reopen",
     "Peter Shaw"),
    # military
    ("\"The bridge is secure,\" Sgt. Mark Hill told reporters.", "bridge is secure",
     "Mark Hill"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), TITLE_ABBREVIATIONS)
def test_title_abbreviation_before_a_name(nlp: Language, text: str, words: str,
                                          speaker: str) -> None:
    quotes, _ = _read(nlp, text)
    assert _speakers(quotes, words) == [speaker]


def test_full_stop_after_a_word_still_ends_a_sentence(nlp: Language) -> None:
    doc = nlp("The council met on Monday. Cllr. Peter Shaw chaired the meeting.")
    assert [s.text for s in doc.sents] == ["The council met on Monday.",
                                           "Cllr. Peter Shaw chaired the meeting."]


# (text, words inside the claim, source): "the company" after a name that qualifies a subject
QUALIFIED_SUBJECTS = [
    ("Acme Corp shares fell 8% on Thursday. The company said demand was weak.",
     "demand was weak", "Acme Corp"),
    ("Harbor Bank's profit rose 12% in the first half. The bank said lending had grown.",
     "lending had grown", "Harbor Bank"),
    # an organisation inside an object is not what "the company" takes up
    ("Investors sold Acme Corp shares on Monday. The company said demand was weak.",
     "demand was weak", "company"),
]


@pytest.mark.parametrize(("text", "words", "source"), QUALIFIED_SUBJECTS)
def test_organisation_qualifying_a_subject(nlp: Language, text: str, words: str,
                                          source: str) -> None:
    _, claims = _read(nlp, text)
    assert _sources(claims, words) == [source]


@pytest.mark.parametrize(("text", "words"), [
    # elections: a quote's cue closing its paragraph after a state's abbreviation reports
    # nothing in the next paragraph
    ("\"I've called Tom Hart this morning to congratulate him on his re-election,\" Lowe, a "
     "former chairman of the Democratic State Committee, said today in Fairfield, Va.\n"
     "Lowe said he was \"proud of the campaign\" that he had run, but that the gap had grown.",
     "Lowe said he was"),
    # local government
    ("\"I've called Ann Cole this morning to thank her for her service to our city,\" Reed, a "
     "former chairman of the city council, said today in Springfield, Ill.\nReed said he was "
     "\"proud of the campaign\" that he had run, but that the gap had grown since Tuesday.",
     "Reed said he was"),
])
def test_cue_reports_nothing_past_its_sentence(nlp: Language, text: str, words: str) -> None:
    _, claims = _read(nlp, text)
    assert not any(c.text.startswith(words) for c in claims)


# (text, words inside the one claim)
SECOND_THAT = [
    # elections
    ("Candidate Ed Lowe said he was proud of the campaign, but that the gap had grown since "
     "Tuesday.", "but that the gap had grown"),
    # sports
    ("The coach said the team had played well, and that the referee had made two mistakes.",
     "and that the referee had made two mistakes"),
]


@pytest.mark.parametrize(("text", "words"), SECOND_THAT)
def test_second_that_clause_is_reported(nlp: Language, text: str, words: str) -> None:
    _, claims = _read(nlp, text)
    assert len([c for c in claims if words in c.text]) == 1

