"""Shapes of wire and newspaper copy: an acute accent written for an apostrophe, a time
adverb opening a sentence before a name, a person's work named with a possessive, a bare
compass word coordinated with a region, a capital written with its district, a town before a
capitalised region word, a source set after its report and parsed as the cue's object, a
person named in an apposition after an "according to" source, "according to X and Y" closing
its sentence, a headline with no full stop before the lead, an ordinal that is also a unit of
time, and a quoted name ending in a number. Each row is a sentence written for the test, in at
least two news domains, with a negative case beside the positive ones."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.conftest import make_article
from tests.extract.test_entities import check
from workbench import extract
from workbench.model import Claim, Quote, TimeExpr


def _facts(nlp: Language, text: str) -> tuple[list[Quote], list[Claim], list[TimeExpr]]:
    article = make_article(text)
    doc = nlp(article.text)
    entities = extract.entities(doc, article)
    quotes = list(extract.quotes(doc, article, entities=entities))
    claims = list(extract.claims(doc, article, entities=entities))
    times = list(extract.times(doc, article))
    for record in [*quotes, *claims, *times]:
        assert article.text[record.start:record.end] == record.text
    return quotes, claims, times


ENTITY_ROWS = [
    # war news: an acute accent for the apostrophe splits the owner and the name it heads
    ("Separatist leaders in the Donetsk People\u00b4s Republic said the KGB\u00b4s successor "
     "was involved.", {"KGB": "ORG"}, ("KGB\u00b4s",)),
    # business: the same in a company's possessive
    ("Microsoft\u00b4s chief executive said the company\u00b4s cloud sales rose.",
     {"Microsoft": "ORG"}, ("Microsoft\u00b4s",)),
    # film: a director's film named with a possessive is no person
    ("It is grimmer than earlier films such as Sergei Malenko\u2019s Harbour and Ivan "
     "Petrenko\u2019s Volcano.", {"Sergei Malenko": "PERSON", "Ivan Petrenko": "PERSON"},
     ("Sergei Malenko's Harbour", "Harbour")),
    # music: the same with an album
    ("Critics compared it with Mira Kovac\u2019s Lantern, a record of 2019.",
     {"Mira Kovac": "PERSON"}, ("Mira Kovac's Lantern", "Lantern")),
    # negative: a place with a given name and a possessive stays one name
    ("Ferries to Martha\u2019s Vineyard were cancelled on Monday.", {}, ("Martha",)),
    # diplomacy: a bare compass word before "and" and a region is half of one name
    ("The delegation was led by Kelly Marsh, deputy assistant secretary for South and "
     "Central Asia.", {"South and Central Asia": "LOC"}, ("South",)),
    # trade: the same with another continent
    ("Exports to East and West Africa rose by 4% last year.",
     {"East and West Africa": "GPE"}, ("East",)),
    # politics: a capital written with its district is the city named alone
    ("The embassy in Washington, DC, did not respond. Officials in Washington were silent.",
     {"Washington": "GPE"}, ("Washington, DC",)),
    # agriculture: a town before a capitalised region word names the region
    ("Wheat farmers across the Vinnytsia Oblast region expect a late harvest this year, the "
     "ministry said.", {"Vinnytsia": "GPE"}, ()),
    # local government: the same with another region word
    ("The governor of the Tambov Krai region said the fire was out.", {"Tambov": "GPE"}, ()),
    # negative: a capitalised word after a name that is no region word adds nothing
    ("Police said Smith Street was closed.", {}, ("Smith",)),
]


@pytest.mark.parametrize(("text", "want", "absent"), ENTITY_ROWS)
def test_wire_copy_names(nlp: Language, text: str, want: dict[str, str],
                         absent: tuple[str, ...]) -> None:
    check(nlp, text, "Headline", want, absent)


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # sports: a time adverb opening the sentence is no part of the name after it
    ("The coach left the stadium early. Later Okafor described the move to drop him as "
     "\u201cunfair\u201d and said he would appeal.", "unfair", "Okafor"),
    # business: the same with another adverb
    ("Shares fell on Monday. Later Whitcombe described the offer as \u201ctoo low\u201d and "
     "said the board would reject it.", "too low", "Whitcombe"),
])
def test_opening_adverb_is_no_name(nlp: Language, text: str, words: str, speaker: str) -> None:
    quotes, claims, _ = _facts(nlp, text)
    assert [q.speaker for q in quotes if words in q.text] == [speaker]
    assert all(not (c.source or "").startswith("Later") for c in claims)


@pytest.mark.parametrize("text", [
    # negative: a name that opens with such a word as its own keeps it
    "Earlier Paris Saint-Germain beat Lyon 2-0, and Then Acme Foods said it would close.",
])
def test_opening_adverb_negative(nlp: Language, text: str) -> None:
    article = make_article(text)
    names = {e.text for e in extract.entities(nlp(article.text), article)}
    assert "Paris Saint-Germain" in names


@pytest.mark.parametrize(("text", "words", "source"), [
    # accidents: the source after "reported", parsed as its object
    ("The outage was due to a fault in one of the substations, reported state broadcaster "
     "NRK, which cited the grid operator.", "The outage was due to a fault", "NRK"),
    # sports: the same with a newspaper
    ("The striker will miss the final, reported local newspaper Marca.",
     "The striker will miss the final", "Marca"),
    # local news: a person named in an apposition after an "according to" source
    ("According to the head of the affected district, Roman Kessler, the residents will be "
     "given new homes.", "the residents will be given new homes", "Roman Kessler"),
    # culture: the same, the report before the cue
    ("The branch will reopen in May, according to the director of the county library, "
     "Maria Lopez, who spoke on Monday.", "The branch will reopen in May", "Maria Lopez"),
])
def test_source_named_after(nlp: Language, text: str, words: str, source: str) -> None:
    _, claims, _ = _facts(nlp, text)
    found = [c for c in claims if words in c.text]
    assert found and found[0].source == source, [(c.text, c.source) for c in claims]


@pytest.mark.parametrize("text", [
    # business: an object after the comma is no source
    "Acme cut costs in March, reported record profits and raised its dividend.",
    # sports: nor is a side beaten
    "The team lost the first leg, beat Arsenal in the second and reached the final.",
])
def test_object_after_comma_is_no_source(nlp: Language, text: str) -> None:
    _, claims, _ = _facts(nlp, text)
    assert not any(c.source in ("Arsenal", "record profits") for c in claims)


@pytest.mark.parametrize(("text", "duration"), [
    # politics: "a second term" is the ordinal
    ("The president was re-elected for a second term in April.", False),
    # sports: so is "a second title"
    ("The club won for a second time on Sunday.", False),
    # negative: a second before something is a length of time
    ("The lights flickered for a second before the blast.", True),
    ("The screen froze for a second.", True),
])
def test_second_as_ordinal(nlp: Language, text: str, duration: bool) -> None:
    _, _, times = _facts(nlp, text)
    assert any(t.resolved == "PT1S" for t in times) is duration, times


@pytest.mark.parametrize(("text", "quoted"), [
    # trade: a law's name in quote marks is no quotation
    ('The talks surround the "Section 301" tariffs imposed in 2018.', False),
    # defence: nor is a treaty's article
    ('The rules in "Article 5" apply to every member.', False),
    # negative: words with a number said by someone stay a quotation
    ('The coach said the team was "100 percent" ready.', True),
])
def test_quoted_name_with_number(nlp: Language, text: str, quoted: bool) -> None:
    quotes, _, _ = _facts(nlp, text)
    assert bool(quotes) is quoted, quotes


def _claims_under(nlp: Language, title: str, text: str) -> list[Claim]:
    article = make_article(text, title=title)
    doc = nlp(article.text)
    return list(extract.claims(doc, article, entities=extract.entities(doc, article)))


@pytest.mark.parametrize(("title", "text", "words"), [
    # diplomacy: a headline with no full stop does not run into the lead sentence
    ("Global body will probe prison deaths",
     "The organisation's chief said Wednesday he is appointing a fact-finding mission in "
     "response to requests from both governments.", "he is appointing a fact-finding mission"),
    # sports: the same
    ("League panel will probe stadium brawl",
     "The league's commissioner said Wednesday he is appointing a panel to investigate the "
     "brawl.", "he is appointing a panel"),
    # negative: a headline that ends in a full stop, as before
    ("Council will review the budget.", "The mayor said the council will review the budget.",
     "the council will review the budget"),
])
def test_headline_ends_its_sentence(nlp: Language, title: str, text: str, words: str) -> None:
    assert any(words in c.text for c in _claims_under(nlp, title, text))


@pytest.mark.parametrize(("text", "opening"), [
    # aviation: ", according to X and Y." closes the whole sentence, not the clause it hangs on
    ("At least 20 workers were injured after a Boeing 737 cargo jet crashed into a warehouse "
     "in the southern city of Sevilla during a test flight Monday, according to airport "
     "officials and local media.", "At least 20 workers were injured"),
    # aviation, a light plane: the same
    ("At least 14 people have died after a Cessna C-172 light plane crashed into a residential "
     "building in the western city of Tarnow during a training flight Monday, according to "
     "local officials and state media.", "At least 14 people have died"),
    # negative: one source, as before
    ("More than 200 workers lost their jobs, according to the union.",
     "More than 200 workers lost their jobs"),
])
def test_according_to_two_sources_closes_the_sentence(nlp: Language, text: str,
                                                      opening: str) -> None:
    _, claims, _ = _facts(nlp, text)
    assert any(c.text.startswith(opening) for c in claims), [c.text for c in claims]
