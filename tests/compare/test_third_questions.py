"""Vehicles, soldiers called forces, people sheltering, troops stationed abroad and groups of
countries in a query: invented sentences in several phrasings, with the near misses each must
leave."""

from __future__ import annotations

import pytest

from tests.compare.builders import C, E, Q, T, build
from tests.compare.test_concepts import one
from workbench import compare
from workbench.compare.estimates import concepts, matching, qualify, sources, stated
from workbench.lexicon import names

# -- vehicles and forces ----------------------------------------------------------------------


@pytest.mark.parametrize(("sentence", "words", "unit", "obj"), [
    ("The army said Russia had lost 1,100 vehicles by the end of March.", "1,100", "vehicle",
     "vehicles"),
    ("Drones knocked out 40 Russian military trucks near the river.", "40", "truck", "trucks"),
    ("Flooding destroyed 300 vehicles at the port, the harbour master said.", "300", "vehicle",
     "vehicles"),
])
def test_vehicles_destroyed_in_other_words(sentence: str, words: str, unit: str,
                                           obj: str) -> None:
    facts = one(sentence, words, 1, unit, obj)
    assert compare.estimates([facts], "vehicles destroyed").height == 1, sentence


@pytest.mark.parametrize(("sentence", "words", "unit", "obj"), [
    ("Russia has lost 200 tanks, the ministry said.", "200", "tank", "tanks"),
    ("Gunners destroyed 80 armoured personnel carriers.", "80", "armoured personnel carrier",
     "armoured personnel carriers"),
    ("The city bought 300 vehicles for its police.", "300", "vehicle", "vehicles"),
])
def test_tanks_carriers_and_vehicles_bought_are_no_vehicles_destroyed(
        sentence: str, words: str, unit: str, obj: str) -> None:
    facts = one(sentence, words, 1, unit, obj)
    assert compare.estimates([facts], "vehicles destroyed").is_empty(), sentence


@pytest.mark.parametrize(("sentence", "words", "obj", "demonym"), [
    ("Around 200 Ukrainian special forces were killed at the airport.", "Around 200", "forces",
     "Ukrainian"),
    ("Some 40 rebel forces died in the ambush, the governor said.", "Some 40", "forces", None),
])
def test_forces_counted_are_soldiers(sentence: str, words: str, obj: str,
                                     demonym: str | None) -> None:
    facts = one(sentence, words, 1, "force", obj, names=(E(demonym, "NORP"),) if demonym else ())
    assert compare.estimates([facts], "soldiers killed").height == 1, sentence


@pytest.mark.parametrize(("sentence", "query", "kept"), [
    ("The death toll of Ukrainian forces reached 337 on Friday.", "Ukrainian soldiers killed",
     True),
    ("The death toll of the militia's fighters rose to 45.", "soldiers killed", True),
    ("The death toll of civilians reached 300 on Friday.", "soldiers killed", False),
])
def test_a_toll_of_a_counted_noun_counts_it(sentence: str, query: str, kept: bool) -> None:
    number = next(w for w in ("337", "45", "300") if w in sentence)
    entities = (E("Ukrainian", "NORP"),) if "Ukrainian" in sentence else ()
    facts = build(sentence, quantities=(Q(number, float(number)),), entities=entities)
    assert compare.estimates([facts], query).height == int(kept), sentence


# -- sheltering -------------------------------------------------------------------------------


@pytest.mark.parametrize(("sentence", "words"), [
    ("Bombs hit a theater where hundreds had taken shelter on Wednesday.", "hundreds"),
    ("Jets struck a theater sheltering hundreds in the city centre.", "hundreds"),
    ("A gymnasium housing about 300 stayed open through the storm, the theater's owner said.",
     "about 300"),
])
def test_people_sheltering_with_no_noun(sentence: str, words: str) -> None:
    facts = one(sentence, words, 100)
    assert compare.estimates([facts], "people sheltering in the theater").height == 1, sentence


def test_people_killed_in_a_shelter_are_not_sheltering() -> None:
    facts = one("About 300 people were killed in a theater used as a shelter.", "About 300",
                300, "person", "people")
    assert compare.estimates([facts], "people sheltering in the theater").is_empty()


def test_a_dash_aside_restates_the_count_of_a_whole_group() -> None:
    sentence = ("Inside the theater, hundreds of men, women and children — up to 1,000 "
                "according to officials — had taken shelter in the basement.")
    facts = build(sentence, quantities=(Q("hundreds", 100, "man", object="men"),
                                        Q("up to 1,000", 1000, None, "upper_bound",
                                          high=1000)))
    table = compare.estimates([facts], "people sheltering in the theater")
    assert sorted(table["quantity"].to_list()) == ["hundreds", "up to 1,000"]
    assert set(table["unit"].to_list()) == {"man", "person"}


def test_a_tally_after_a_dash_is_no_restatement() -> None:
    sentence = "Sheltering in the school last night: adults — 400, children — 1,000."
    facts = build(sentence, quantities=(Q("400", 400), Q("1,000", 1000)))
    table = compare.estimates([facts], "children sheltering")
    assert table["quantity"].to_list() == ["1,000"]


@pytest.mark.parametrize(("body", "kept"), [
    ("The theater was hit by an air strike on Wednesday. Inside, hundreds had taken shelter.",
     True),
    ("The stadium was hit by a storm on Sunday. There, hundreds had taken shelter.", False),
    ("The theater was hit by an air strike on Wednesday. Hundreds had taken shelter in a "
     "nearby school.", False),
])
def test_a_sentence_referring_back_takes_the_words_of_the_one_before(body: str,
                                                                      kept: bool) -> None:
    facts = build(body, quantities=(Q("hundreds" if "hundreds" in body else "Hundreds", 100),),
                  split=True)
    assert compare.estimates([facts], "people sheltering in the theater").height == int(kept)


def test_a_conflict_named_in_the_sentence_before_dates_the_count() -> None:
    body = ("The war in Georgia began in August 2008. During the conflict, which lasted five "
            "days, the fighting displaced 100,000 people.")
    facts = build(body, quantities=(Q("100,000", 100000, "person", object="people"),),
                  entities=(E("Georgia"),), times=(T("August 2008", "2008-08"),),
                  published="2022-03-07", split=True)
    assert compare.estimates([facts], "people displaced inside Ukraine").is_empty()
    alone = build("During the conflict, the fighting displaced 100,000 people.",
                  quantities=(Q("100,000", 100000, "person", object="people"),),
                  published="2022-03-07")
    assert compare.estimates([alone], "people displaced inside Ukraine").height == 1


# -- troops stationed abroad and groups of countries ------------------------------------------


def test_a_query_names_an_alliance_and_a_region() -> None:
    query = matching.parse("NATO troops deployed in Eastern Europe")
    assert query.owners == ("NATO",) and query.places == ("Eastern Europe",)
    assert not query.required
    assert "Poland" in names.group_members("Eastern Europe")
    assert "United Kingdom" in names.group_members("NATO")
    assert names.group_of("the Baltics") == "Baltic states"
    assert names.group_of("Poland") is None


@pytest.mark.parametrize(("sentence", "words", "obj", "entities"), [
    ("The UK also had 140 troops in Poland, part of a US-led force.", "140", "troops",
     (E("UK"), E("Poland"))),
    ("Britain was due to have around 1,800 troops there, after it promised to double them.",
     "around 1,800", "troops", (E("Britain"),)),
    ("A hundred British troops will be deployed to operate the new air defence system.",
     "A hundred", "troops", (E("British", "NORP"),)),
    ("Over the past weeks the president ordered thousands of additional forces to Romania.",
     "thousands", "forces", (E("Romania"),)),
])
def test_troops_stationed_in_allied_countries(sentence: str, words: str, obj: str,
                                              entities: tuple[E, ...]) -> None:
    unit = "force" if obj == "forces" else "troop"
    facts = one(sentence, words, 100, unit, obj, names=entities)
    assert compare.estimates([facts], "NATO troops deployed in Eastern Europe").height == 1, \
        sentence


@pytest.mark.parametrize(("sentence", "words", "entities"), [
    ("Russia has 30,000 troops in Belarus for the exercises.", "30,000",
     (E("Russia"), E("Belarus"))),
    ("Moscow could deploy 50,000 more troops to the border.", "50,000", ()),
    ("The UK had 800 troops in Cyprus last year.", "800", (E("UK"), E("Cyprus"))),
    ("The British Army has 77,000 troops.", "77,000", (E("British", "NORP"),)),
])
def test_troops_of_others_elsewhere_or_at_home_are_not_deployed_in_the_region(
        sentence: str, words: str, entities: tuple[E, ...]) -> None:
    facts = one(sentence, words, 100, "troop", "troops", names=entities,
                published="2022-03-01")
    assert compare.estimates([facts], "NATO troops deployed in Eastern Europe").is_empty(), \
        sentence


def test_a_firm_deployment_is_no_hypothetical_but_a_possible_one_is() -> None:
    firm = one("Another 3,000 Russian troops will be deployed to the border.", "3,000", 3000,
               "troop", "troops", names=(E("Russian", "NORP"),))
    assert compare.estimates([firm], "Russian troops massed").height == 1
    possible = one("Another 3,000 Russian troops could be deployed to the border.", "3,000",
                   3000, "troop", "troops", names=(E("Russian", "NORP"),))
    assert compare.estimates([possible], "Russian troops massed").is_empty()


def test_a_mass_grave_is_no_massing_of_troops() -> None:
    facts = one("They lay with dozens of others in a mass grave outside the town.", "dozens", 12)
    assert compare.estimates([facts], "troops massed").is_empty()


def test_a_year_in_a_relative_clause_does_not_date_the_count() -> None:
    sentence = ("A hundred British troops will be deployed to operate the system, which came "
                "into service in December.")
    facts = one(sentence, "A hundred", 100, "troop", "troops",
                names=(E("British", "NORP"),), times=(T("December", "2021-12"),),
                published="2022-03-17")
    assert compare.estimates([facts], "British troops deployed").height == 1
    dated = one("In December, 300 British troops were deployed to the island.", "300", 300,
                "troop", "troops", names=(E("British", "NORP"),),
                times=(T("December", "2021-12"),), published="2022-03-17")
    assert compare.estimates([dated], "British troops deployed").is_empty()


# -- sources ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("opening", "family"), [
    ("The Kyiv Independent shared the Armed Forces of Ukraine's estimates.", "Ukraine military"),
    ("A local paper published the UN refugee agency's figures on Monday.", "UN agency"),
])
def test_figures_passed_on_are_their_owners(opening: str, family: str) -> None:
    body = f"{opening} Approximately 1,220 vehicles have been lost."
    facts = build(body, quantities=(Q("1,220", 1220, "vehicle", "approx", object="vehicles"),),
                  split=True)
    table = compare.estimates([facts], "vehicles destroyed")
    assert table["source_family"].to_list() == [family]


def test_an_outlet_publishing_figures_of_no_one_named_stays_the_source() -> None:
    body = "The UNHCR published new data on Tuesday. More than 4 million people have fled."
    facts = build(body, quantities=(Q("4 million", 4e6, "person", "lower_bound", low=4e6,
                                      object="people"),), split=True)
    assert compare.estimates([facts], "people who fled")["source_family"].to_list() == [
        "UN agency"]


def test_a_given_name_is_no_town() -> None:
    assert sources.country_in("Antony Blinken", places=True) is None
    assert sources.country_in("Kyiv Regional Police", places=True) == "Ukraine"
    assert sources.body_of("Antony Blinken", "Blinken").family != "other government"


def test_a_single_town_of_a_country_never_named_does_not_set_the_home() -> None:
    body = ("Poland will host the system near Rzeszow, and Poland's army will train on it at "
            "Mach 2 speeds.")
    facts = build(body, entities=(E("Poland"), E("Rzeszow", canonical="Rzeszow"),
                                  E("Poland", nth=1), E("Mach", canonical="Mach")))
    assert stated._home(facts) == "Poland"


@pytest.mark.parametrize(("sentence", "kept"), [
    ("If figures coming out of Ukraine can be believed, the army lost 1,000 men.", False),
    ("Reports from Kyiv say 1,000 men were lost.", False),
    ("Ukraine lost 1,000 men, the figures show.", True),
])
def test_where_figures_come_from_is_no_owner(sentence: str, kept: bool) -> None:
    place = "Ukraine" if "Ukraine" in sentence else "Kyiv"
    facts = build(sentence, entities=(E(place),))
    found = qualify.mentions(facts, facts.sentences[0] if facts.sentences else (0, len(
        facts.article.text)))
    assert (names.country_of(place) in [names.country_of(m) for m in found]) == kept, sentence


def test_placed_counts_read_their_family_place_event() -> None:
    assert concepts.data()["counted"]["troop"]["placed_as"] == "deploy"


@pytest.mark.parametrize(("source", "family"), [
    ("US officials", "US government"),
    ("U.S. officials", "US government"),
    ("American officials", "US government"),
    ("Ukrainian officials", "Ukraine government"),
    ("Western officials", "unnamed officials"),  # of no one country
    ("officials", "unnamed officials"),
])
def test_officials_of_a_country_are_its_government(source: str, family: str) -> None:
    assert sources.body_of(source, source, home="Ukraine").family == family


@pytest.mark.parametrize(("text", "entity", "family"), [
    ("By day 21 of the war Ukraine's Prosecutor General said 103 children had been killed.",
     "Ukraine", "Ukraine government"),
    ("By week three of the floods Brazil's Civil Defense said 103 people had been killed.",
     "Brazil", "other government"),
])
def test_a_claim_source_naming_no_body_gives_way_to_a_body_in_the_sentence(
        text: str, entity: str, family: str) -> None:
    number = "103"
    obj = "children" if "children" in text else "people"
    said = text[text.index(number):].rstrip(".")
    source = "day" if "day" in text else "week"
    facts = build(text, quantities=(Q(number, 103, "child" if obj == "children" else "person",
                                      object=obj),),
                  entities=(E(entity),), claims=(C(said, source, source),))
    table = compare.estimates([facts], f"{obj} killed")
    assert table["source_family"].to_list() == [family], text
