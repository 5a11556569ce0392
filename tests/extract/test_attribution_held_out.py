"""Attribution shapes met in sports, court, business and local news: a described role that
points back to the person just named, a quote a colon introduces after a named person, a
person quoted "as saying" by an outlet that reported it, and "as reported by" an outlet."""

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


def _speaker(quotes: list[Quote], words: str) -> str | None:
    found = [q for q in quotes if words in q.text]
    assert found, words
    return found[0].speaker


# (text, words inside the quote, speaker)
SPEAKERS = [
    # a described role nobody named holds: the person named as subject just before
    ("Wolfsburg manager Dieter Hecking spoke after the game. The Spaniard scored late. "
     "Hecking, however, was not impressed. \"We started well,\" the former Nurnberg coach said.",
     "We started well", "Dieter Hecking"),
    ("Judge Ellen Marsh denied the motion on Friday. \"The claims have no basis,\" "
     "the veteran federal judge wrote.", "The claims have no basis", "Ellen Marsh"),
    # a colon after a clause whose subject is a named person
    ("Coach Tom Reed was blunt: \"We were not good enough today.\"",
     "not good enough", "Tom Reed"),
    ("Mayor Ann Cole defended the plan, saying it would pay for itself. Council member Raj "
     "Patel was unconvinced: \"This budget is a mistake.\"", "budget is a mistake", "Raj Patel"),
    ("The chief executive, Lena Fox, was upbeat: \"Demand has never been stronger.\"",
     "Demand has never", "Lena Fox"),
    # an outlet that "reported X as saying": X speaks
    ("\"It was chaos,\" KSTV News reported Jane Miller as saying.", "It was chaos",
     "Jane Miller"),
    ("\"Rates will stay high for a while,\" the Financial Ledger reported central bank "
     "governor Omar Haddad as saying.", "Rates will stay high", "Omar Haddad"),
    # an affiliation set off after a person's name and titles is not the speaker
    ("Dr. Lisa Doggett, Family Physician, Senior Medical Director, Sagility tells us, "
     "\"Vaccination rates are low this season.\"", "Vaccination rates", "Lisa Doggett"),
    ("Jane Roe, Chief Economist, Acme Bank says, \"Inflation has peaked.\"",
     "Inflation has peaked", "Jane Roe"),
    # a surname two people share is the one of them named last
    ("Joe Biden spoke on Monday. Hunter Biden said he would testify. \"I have nothing to "
     "hide,\" Biden said.", "nothing to hide", "Hunter Biden"),
    ("Hunter Biden testified on Tuesday. Joe Biden defended his son. \"He did nothing "
     "wrong,\" Biden said.", "did nothing wrong", "Joe Biden"),
    # two of them subjects of one sentence: the one who spoke before
    ("Joe Biden said the sanctions would bite. President Joe Biden and first lady Jill Biden "
     "voted in Wilmington. \"They will work,\" Biden said.", "They will work", "Joe Biden"),
    ("Venus Williams lost in the first round. Serena Williams won easily. \"I felt strong "
     "today,\" Williams said.", "felt strong", "Serena Williams"),
    # a relative named in apposition is no subject: the one who spoke before goes on
    ("Arnold Stone said the war was wrong. Stone then spoke of his father, Gustav Stone, who "
     "fought in it. \"He lived the rest of his life in pain,\" Stone said.",
     "rest of his life", "Arnold Stone"),
    ("Coach Maria Vance said the season was over. Vance talked about her sister, Lena Vance, "
     "who also played. \"She taught me everything,\" Vance said.", "taught me everything",
     "Maria Vance"),
    # "as quoted by" a website only relays the speaker's own cue
    ("\"We deserved it,\" Cooper said as quoted by the league's website.", "We deserved it",
     "Cooper"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), SPEAKERS)
def test_speaker(nlp: Language, text: str, words: str, speaker: str) -> None:
    quotes, _ = _read(nlp, text)
    assert _speaker(quotes, words) == speaker


# (text, words inside the quote, speaker that must not be given)
NOT_SPEAKERS = [
    # a bare role with no modifier stays as written
    ("Tom Reed scored twice. \"It was a team effort,\" the coach said.", "team effort",
     "Tom Reed"),
    # a document before the colon is no person
    ("The ruling was clear: \"The contract is void.\"", "contract is void", "ruling"),
    # the outlet of "as reported by" does not speak the quoted words in its clause
    ("As reported by the Ledger, the judge called the filing \"reckless\".", "reckless",
     "Ledger"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), NOT_SPEAKERS)
def test_not_speaker(nlp: Language, text: str, words: str, speaker: str) -> None:
    quotes, _ = _read(nlp, text)
    assert _speaker(quotes, words) != speaker


# (text, words inside the claim, source)
AS_REPORTED = [
    ("As reported by the Daily Ledger, the mayor signed the order on Tuesday.",
     "the mayor signed the order", "Daily Ledger"),
    ("As first reported by Reuters, the company plans to cut 300 jobs.",
     "plans to cut 300 jobs", "Reuters"),
]


@pytest.mark.parametrize(("text", "words", "source"), AS_REPORTED)
def test_as_reported_by(nlp: Language, text: str, words: str, source: str) -> None:
    _, claims = _read(nlp, text)
    assert [c.source for c in claims if words in c.text] == [source]


@pytest.mark.parametrize("text", [
    "Sales were higher than expected in the third quarter.",
    "As expected, the bank kept rates on hold.",
    "Two deaths were reported on Monday in the northern district.",
    "\"We deserved it,\" Cooper said as quoted by the league's website.",
])
def test_no_report_from_a_comparison(nlp: Language, text: str) -> None:
    _, claims = _read(nlp, text)
    assert all(c.source not in ("league's website", "deaths") for c in claims)
    assert not any(c.cue == "report" and c.source is None for c in claims)


# (text, words inside the claim, source)
PLACE_SOURCES = [
    # a station or outlet whose name ends in a place
    ("The two victims were shot on Friday, KCNC-TV CBS Colorado reported, citing police.",
     "two victims were shot", "KCNC-TV CBS Colorado"),
    ("The bridge will stay closed until March, WXYZ Detroit reported.",
     "bridge will stay closed", "WXYZ Detroit"),
    # a state set beside a town after a dateline: the body in the town speaks
    ("(HOT SPRINGS, Ark.) \u2014 Police in Hot Springs, Arkansas, said they arrested a man.",
     "they arrested a man", "Police"),
    ("(FRESNO, Calif.) \u2014 Firefighters in Fresno, California, said the blaze was contained.",
     "the blaze was contained", "Firefighters"),
    # a place that is the whole name stays a place
    ("The storm cut power to 3,000 homes, Maine officials said.", "cut power",
     "Maine officials"),
]


@pytest.mark.parametrize(("text", "words", "source"), PLACE_SOURCES)
def test_place_in_a_source_name(nlp: Language, text: str, words: str, source: str) -> None:
    _, claims = _read(nlp, text)
    assert [c.source for c in claims if words in c.text] == [source]


# (text, words inside the claim, source)
ORGANISATIONS = [
    # a definite description of an organisation named as a subject just before
    ("Acme Corp reported record sales on Tuesday. The company said demand for its chips surged.",
     "demand for its chips", "Acme Corp"),
    ("Nvidia reported revenue of $7 billion. The Santa Clara, California-based chip firm said "
     "first quarter revenue was 19% higher.", "revenue was 19% higher", "Nvidia"),
    ("Birmingham City Council will raise taxes. The council said it had no choice.",
     "it had no choice", "Birmingham City Council"),
    # two organisations it could be, or one it does not fit: the words stay as written
    ("Fleet Financial said it agreed to merge. Norstar Bancorp said its board approved the deal. "
     "The company said dividends would not decline.", "dividends would not decline", "company"),
    ("Stocks fell as Nasdaq dropped 2%. The central bank said inflation remained high.",
     "inflation remained high", "central bank"),
    ("The International Monetary Fund raised its forecast. The oil company said profits rose.",
     "profits rose", "oil company"),
    ("Ukraine's national police said two people died. The rights group said the strikes were "
     "indiscriminate.", "strikes were indiscriminate", "rights group"),
]


@pytest.mark.parametrize(("text", "words", "source"), ORGANISATIONS)
def test_organisation_description(nlp: Language, text: str, words: str, source: str) -> None:
    _, claims = _read(nlp, text)
    assert [c.source for c in claims if words in c.text] == [source]


def test_a_person_named_in_full_is_no_company(nlp: Language) -> None:
    _, claims = _read(nlp, "John Smith said the talks had failed. The company said it would "
                           "appeal the ruling.")
    assert [c.source for c in claims if "appeal" in c.text] == ["company"]


# (text, words inside the claim, source)
DOCUMENTS = [
    # a document named again with "the": whoever put something in it just before
    ("Acme Corp disclosed the losses in a filing with the Securities and Exchange Commission. "
     "The filing said revenue fell 5%.", "revenue fell", "Acme Corp"),
    ("Senator Maria Lopez laid out her plan in a letter to colleagues. The letter said the bill "
     "would cut costs.", "the bill would cut costs", "Maria Lopez"),
    # no one put it anywhere: the document stays the source
    ("Fans gathered outside the stadium. The statement said the match was postponed.",
     "the match was postponed", "statement"),
]


@pytest.mark.parametrize(("text", "words", "source"), DOCUMENTS)
def test_document_issuer(nlp: Language, text: str, words: str, source: str) -> None:
    _, claims = _read(nlp, text)
    assert [c.source for c in claims if words in c.text] == [source]


# (text, words inside the quote, speaker)
MORE_SPEAKERS = [
    # a stance announced just before the quote: its subject speaks, not the one before
    ("The mayor, Jane Doe, said the budget would be balanced. Council member Bob Lee "
     "disagreed. \"The numbers don't add up,\" he said.", "don't add up", "Bob Lee"),
    ("Coach Ann Fox said the referee was fair. Captain Tom Reed pushed back. \"We were "
     "robbed,\" he said.", "We were robbed", "Tom Reed"),
    # a bare surname the entities left unlinked: the one full name ending in it
    ("Head coach Lisa Park praised the defense. \"They were relentless,\" said Park, whose "
     "team improved to 8-2.", "relentless", "Lisa Park"),
    # a place that ends in the same word is no person
    ("Crowds filled Central Park on Sunday. \"It was wonderful,\" said Park, a local vendor.",
     "wonderful", "Park"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), MORE_SPEAKERS)
def test_more_speakers(nlp: Language, text: str, words: str, speaker: str) -> None:
    quotes, _ = _read(nlp, text)
    assert _speaker(quotes, words) == speaker


# (text, words inside the quote or claim, source that must not be given)
NOT_RESOLVED = [
    # an unnamed person is no one named before
    ("Since Vladimir Putin launched a mobilisation, videos have emerged. Filming his broken "
     "helmet, the unnamed soldier said: \"These helmets are useless.\"", "helmets are useless",
     "Vladimir Putin"),
    # a described role the person named before does not hold
    ("Aramco CEO Amin Nasser said output would rise. The crown prince has said the kingdom's "
     "maximum capacity is 13 million barrels per day.", "maximum capacity", "Amin Nasser"),
    # an outlet relaying a report is not "the company"
    ("Lukoil Chairman Ravil Maganov died on Thursday, Reuters reported. The company issued a "
     "statement confirming the death.", "confirming the death", "Reuters"),
    # a subject inside what a cue reports is not "the company"
    ("Occidental Petroleum Corp said the development well on Block 1-AB is producing oil. The "
     "company said it is drilling a new well.", "drilling a new well", "Block 1-AB"),
    # lower-case words run before a place name make no outlet's name
    ("Russia has repeatedly denied it. Griner jail sentence Russia said it was ready to "
     "discuss a swap.", "ready to discuss", "Griner jail sentence Russia"),
]


@pytest.mark.parametrize(("text", "words", "source"), NOT_RESOLVED)
def test_not_resolved(nlp: Language, text: str, words: str, source: str) -> None:
    quotes, claims = _read(nlp, text)
    found = [q.speaker for q in quotes if words in q.text] \
        + [c.source for c in claims if words in c.text]
    assert found and source not in found


# (text, words inside the claim, source); a warning to do something is a claim
WARNINGS = [
    ("Health officials warned residents to avoid the lake after tests found high bacteria "
     "levels.", "avoid the lake", "Health officials"),
    ("The central bank cautioned investors not to expect rate cuts this year.",
     "not to expect rate cuts", "central bank"),
    ("The coach warned his players to stay out of trouble before the final.",
     "stay out of trouble", "coach"),
]


@pytest.mark.parametrize(("text", "words", "source"), WARNINGS)
def test_warning_to_do(nlp: Language, text: str, words: str, source: str) -> None:
    _, claims = _read(nlp, text)
    assert [c.source for c in claims if words in c.text] == [source]


def test_warning_in_a_letter_keeps_its_clause(nlp: Language) -> None:
    _, claims = _read(nlp, "The two ministers warned Congress this week in a letter that the "
                           "bill needed to pass by May \"to provide steady support.\"")
    assert any(c.text.startswith("the bill needed to pass") for c in claims)


def test_warning_against_a_thing_is_no_claim(nlp: Language) -> None:
    _, claims = _read(nlp, "He warned against a rush to judgment.")
    assert claims == []


def test_as_recently_as_is_no_as_reported_by(nlp: Language) -> None:
    _, claims = _read(nlp, "The firm, whose owner was as recently as May cited by the "
                           "president as a target, said it would keep operating.")
    assert "president" not in [c.source for c in claims]
