"""Source families as a researcher compares them: acronyms that are also common words, capitals
standing for their governments, a person's title read from the rest of the article, officials
placed by the words after them, and names of no body. Sentences are invented, in several
domains; each rule has a case it must leave alone."""

from __future__ import annotations

import pytest

from tests.compare.builders import C, E, Q, build
from workbench import compare
from workbench.compare.estimates import sources


@pytest.mark.parametrize(("source", "written", "elsewhere", "family"), [
    ("WHO", "the WHO", (), "UN agency"),
    ("Jane Cole", "Jane Cole", ("a pilot who flew for the airline",), "unattributed"),
    ("AP", "AP", (), "media"),
    ("Tom Reed", "Tom Reed", ("a clerk ap",), "unattributed"),
    ("The Times", "The Times", (), "media"),
    ("Ana Silva", "Ana Silva", ("voted three times in the primary",), "unattributed"),
])
def test_an_acronym_cue_matches_only_as_written(source: str, written: str,
                                                elsewhere: tuple[str, ...], family: str) -> None:
    assert sources.body_of(source, written, elsewhere=elsewhere, home="Ukraine").family == family


@pytest.mark.parametrize(("source", "family"), [
    ("Moscow", "Russia government"),
    ("Washington", "US government"),
    ("Kyiv", "Ukraine government"),
    ("Warsaw", "other government"),
    ("Moscow city council", "local officials"),  # a town's body stays local
    ("Kyiv authorities", "local officials"),
])
def test_a_capital_stands_for_its_government(source: str, family: str) -> None:
    assert sources.body_of(source, source, home="Ukraine").family == family


@pytest.mark.parametrize(("source", "kind"), [
    ("Northwind Holdings", "other"),      # an organisation of no kind the table knows
    ("Dana Whitfield", "other"),          # a witness, an expert, a resident
])
def test_a_name_of_no_body_is_credited_to_nobody(source: str, kind: str) -> None:
    body = sources.body_of(source, source, home="Ukraine")
    assert (body.kind, body.family, body.name) == (kind, "unattributed", source)


@pytest.mark.parametrize(("titles", "family"), [
    (("the mayor of Riverton",), "local officials"),                      # a flood
    (("Ukrainian President", "Ukrainian President",
      "Russian forces in Ukraine committed crimes"), "Ukraine government"),  # most titles win
    (("the chief executive of Norden Steel",), "unattributed"),           # business: no body
    (("the county's election director",), "unattributed"),                # no kind listed
    (("Ukrainian head of the city administration",), "local officials"),
])
def test_the_kind_most_titles_name(titles: tuple[str, ...], family: str) -> None:
    assert sources.body_of("Ivan Petrov", "Petrov", elsewhere=titles,
                           home="Ukraine").family == family


def family_of(text: str, quantity: Q, *, entities: tuple[E, ...] = (),
              claims: tuple[C, ...] = (), topic: str = "people killed") -> str:
    facts = build(text, quantities=(quantity,), entities=entities, claims=claims, split=True)
    table = compare.estimates([facts], topic)
    assert table.height == 1
    return str(table["source_family"][0])


@pytest.mark.parametrize(("text", "family"), [
    # an apposition after the name, in a flood
    ("Olena Kravets, the mayor of Riverton, toured the levee. Floods killed 12 people in the "
     "valley, Kravets said.", "local officials"),
    # an apposition before it, after a stating verb, in a war
    ("\"The city holds,\" said the region's military administration head, Olena Kravets. "
     "Shelling killed 12 people in the town, Kravets said.", "local officials"),
    # a title right before the full name, the surname alone later (a minister, of defence
    # too, is of the government)
    ("Defence Minister Olena Kravets visited the front. Shelling killed 12 people in the town, "
     "Kravets said.", "Ukraine government"),
    # an adverbial before the name is no title
    ("In Riverton, Olena Kravets watched the water rise. Floods killed 12 people in the valley, "
     "Kravets said.", "unattributed"),
])
def test_a_title_read_elsewhere_in_the_article(text: str, family: str) -> None:
    entities = (E("Olena Kravets", "PERSON"),
                E("Kravets", "PERSON", canonical="Olena Kravets", nth=1), E("Kyiv"), E("Kharkiv"))
    text = text + " Kyiv and Kharkiv were quiet."
    said = text.split(". ")[1].rstrip(".") + "."
    assert family_of(text, Q("12", 12, "person", object="people"), entities=entities,
                     claims=(C(said, "Olena Kravets", "Kravets"),)) == family


@pytest.mark.parametrize(("text", "source", "family"), [
    ("Officials in the port city of Odesa said 12 people were killed in the strike.",
     "Officials", "local officials"),
    ("Authorities in Moscow said 12 people were killed in the fire.", "Authorities",
     "Russia government"),
    ("Officials in Poland said 12 people were killed in the crash.", "Officials",
     "other government"),
    ("Officials said 12 people were killed in the storm on Sunday.", "Officials",
     "unnamed officials"),   # placed nowhere
])
def test_officials_placed_by_the_words_after_them(text: str, source: str, family: str) -> None:
    entities = tuple(E(place) for place in ("Odesa", "Moscow", "Poland") if place in text)
    assert family_of(text, Q("12", 12, "person", object="people"), entities=entities,
                     claims=(C(text, source, source),)) == family


@pytest.mark.parametrize(("text", "quantity", "topic", "family"), [
    # war: the ministry named in full two sentences before
    ("Russia's defence ministry gave an update on Monday. Fighting went on near the river. "
     "Some 300 soldiers were killed, the ministry said.",
     Q("Some 300", 300, "soldier", "approx", object="soldiers"), "soldiers killed",
     "Russia military"),
    # a flood: the agency named before
    ("The UN refugee agency opened two camps. Some 300 people were evacuated from the "
     "valley, the agency said.", Q("Some 300", 300, "person", "approx", object="people"),
     "people evacuated", "UN agency"),
    # business: the company is a name of no body
    ("Norden Steel shut its plant on Friday. Some 300 people were evacuated from the site, "
     "the company said.", Q("Some 300", 300, "person", "approx", object="people"),
     "people evacuated", "unattributed"),
    # nothing named before: the article's own country
    ("Shelling went on near Kharkiv. Some 300 people were evacuated from the town, the "
     "ministry said.", Q("Some 300", 300, "person", "approx", object="people"),
     "people evacuated", "Ukraine government"),
])
def test_a_definite_source_stands_for_the_body_named_before(text: str, quantity: Q,
                                                             topic: str, family: str) -> None:
    entities = tuple(E(place) for place in ("Kharkiv",) if place in text)
    assert family_of(text, quantity, entities=entities, topic=topic) == family


def test_a_definite_source_given_by_the_claims() -> None:
    text = ("The interior ministry of Moldova opened a hotline. Rain kept falling on Kharkiv. "
            "The ministry said 300 people were evacuated from the valley.")
    said = "The ministry said 300 people were evacuated from the valley."
    assert family_of(text, Q("300", 300, "person", object="people"),
                     entities=(E("Moldova"), E("Kharkiv")),  # set in Ukraine, not Moldova
                     claims=(C(said, "ministry", "The ministry"),),
                     topic="people evacuated") == "other government"


def test_a_second_source_stating_the_number_wins_over_the_first() -> None:
    text = ("The Riverton City Council said 30 people died, while the United Nations estimated "
            "that 60 people were killed.")
    facts = build(text, quantities=(Q("30", 30, "person", object="people"),
                                    Q("60", 60, "person", object="people")),
                  entities=(E("Riverton City Council", "ORG"), E("United Nations", "ORG")),
                  claims=(C(text, "Riverton City Council", "The Riverton City Council"),))
    table = compare.estimates([facts], "people killed").sort("value")
    assert table["source_family"].to_list() == ["local officials", "UN agency"]


@pytest.mark.parametrize(("text", "family"), [
    # a war: the press states the number after another body's figure
    ("The Riverton City Council said 300 people died, while an Associated Press investigation "
     "concluded that as many as 600 people were killed in the siege.", "media"),
    # a mine collapse: the same shape
    ("Norden Mining said 300 people died, while a Reuters tally concluded that as many as 600 "
     "people were killed in the collapse.", "media"),
])
def test_the_press_stating_a_number_is_not_replaced(text: str, family: str) -> None:
    press = "Associated Press" if "Associated" in text else "Reuters"
    quantity = Q("as many as 600", 600, "person", "upper_bound", high=600, object="people")
    assert family_of(text, quantity,
                     entities=(E(text.split(" said")[0].removeprefix("The "), "ORG"),
                               E(press, "ORG")),
                     claims=(C(text[text.index("as many"):], press, press),)) == family


@pytest.mark.parametrize(("source", "written", "family"), [
    ("MoD", "the MoD", "UK government"),                     # with its country before it
    ("International Organization for Migration",
     "the International Organization for Migration", "UN agency"),
    ("British intelligence", "British intelligence", "UK government"),
    ("Sky News", "Sky News", "media"),                        # a storm, an election, a war
    ("Daily Mail", "the Daily Mail", "media"),
    ("Al Jazeera", "Al Jazeera", "media"),
    ("news", "the news", "unattributed"),                     # the common word names no outlet
    ("Independent Election Commission", "the Independent Election Commission",
     "unattributed"),                                         # no outlet either
    ("John Newsome", "John Newsome", "unattributed"),
])
def test_bodies_named_by_acronym_or_title(source: str, written: str, family: str) -> None:
    before = "Britain's " if source == "MoD" else ""
    assert sources.body_of(source, written, before, home="Ukraine").family == family


@pytest.mark.parametrize(("source", "written", "family"), [
    ("Human Rights Watch", "Human Rights Watch", "other"),
    ("OSCE", "the OSCE", "other"),
    ("ICRC", "the International Committee of the Red Cross", "other"),
    ("Nato", "Nato's numbers", "other government"),  # several governments, possessive
    ("EU", "the EU", "other government"),
])
def test_international_bodies_that_are_no_government_are_other(source: str, written: str,
                                                               family: str) -> None:
    assert sources.body_of(source, written, home="Ukraine").family == family


@pytest.mark.parametrize(("source", "family"), [
    ("sources familiar with the estimates", "unnamed officials"),
    ("officials briefed on the talks", "unnamed officials"),
    ("sources", "unnamed officials"),
    ("a source", "unnamed officials"),
    ("people close to the matter", "unattributed"),  # no bare source
    ("figures", "unattributed"),
])
def test_sources_familiar_with_something_are_unnamed_officials(source: str,
                                                               family: str) -> None:
    assert sources.body_of(source, source, home="Ukraine").family == family


@pytest.mark.parametrize(("source", "family"), [
    ("the Ukrainians", "Ukraine government"),
    ("Russians", "Russia government"),
    ("the Syrians", "other government"),
    ("Ukrainian", "unattributed"),  # a demonym alone names no people speaking
    ("Ukrainian reports", "unattributed"),
])
def test_a_people_speaking_is_its_government(source: str, family: str) -> None:
    assert sources.body_of(source, source, home="Ukraine").family == family


def test_a_minister_of_defence_is_of_the_government_its_ministry_military() -> None:
    minister = sources.body_of("Hanna Malyar", "Deputy Defence Minister Hanna Malyar",
                               home="Ukraine")
    ministry = sources.body_of("defence ministry", "Ukraine's defence ministry", home="Ukraine")
    assert (minister.family, ministry.family) == ("Ukraine government", "Ukraine military")


@pytest.mark.parametrize(("text", "entities", "family"), [
    ("The World Health Organization is estimating that 500 people have died in the outbreak.",
     (E("World Health Organization", "ORG"),), "UN agency"),
    ("The Red Cross is estimating that 500 people were killed in the floods.",
     (E("Red Cross", "ORG"),), "other"),
    ("Analysts are estimating that 500 people were killed in the floods.", (), "unattributed"),
])
def test_a_body_estimating_a_count_states_it(text: str, entities: tuple[E, ...],
                                             family: str) -> None:
    assert family_of(text, Q("500", 500, "person", object="people"),
                     entities=entities) == family


@pytest.mark.parametrize(("text", "town", "family"), [
    ("Mosul officials said 12 people were killed in the blast.", "Mosul", "local officials"),
    ("Valencia authorities said 12 people died in the floods.", "Valencia", "local officials"),
    ("Mosul residents said 12 people were killed in the blast.", "Mosul", "unattributed"),
])
def test_a_town_named_before_its_officials_is_their_town(text: str, town: str,
                                                         family: str) -> None:
    assert family_of(text, Q("12", 12, "person", object="people"),
                     entities=(E(town),)) == family


@pytest.mark.parametrize(("before", "family"), [
    ("A missile struck the depot overnight. Gov. ", "local officials"),
    ("The storm flooded the valley, U.N. relief chief ", "UN agency"),
    ("The outbreak spread to three towns, WHO spokesperson Dr. ", "UN agency"),
    ("The clinic closed its doors, Health Minister Dr. ", "government"),
])
def test_an_abbreviations_full_stop_ends_no_title(before: str, family: str) -> None:
    body = sources.body_of("Anna Kowalska", "Anna Kowalska", before, home="Ukraine")
    assert body.family == family or body.kind == family


def test_a_sentences_full_stop_still_ends_a_title() -> None:
    before = "The report counted 40 dead in the capital. Anna "
    assert sources.title_before(before) == "Anna"
    body = sources.body_of("Anna Kowalska", "Anna Kowalska",
                           "The mayor spoke at noon. Then ", home="Ukraine")
    assert body.family == "unattributed"
