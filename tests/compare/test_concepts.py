"""Queries read through the concept lexicon, measurables read from the sentence, scopes,
near-duplicate reports and source bodies. Sentences are invented, on patterns real reports
use in several domains (war, disasters, accidents, epidemics)."""

from __future__ import annotations

import pytest

from tests.compare.builders import C, E, Q, T, build
from workbench import compare
from workbench.compare.estimates import concepts, measurables, sources
from workbench.model import ArticleFacts


def one(sentence: str, words: str, value: float, unit: str | None = None,
        obj: str | None = None, *, qualifier: str = "exact", names: tuple[E, ...] = (),
        times: tuple[T, ...] = (), claims: tuple[C, ...] = (), published: str = "2024-11-29",
        outlet: str | None = None) -> ArticleFacts:
    low = value if qualifier == "lower_bound" else None
    return build(sentence, published=published, outlet=outlet,
                 quantities=(Q(words, value, unit, qualifier, low=low, object=obj),),
                 entities=names, times=times, claims=claims)


# -- the query ------------------------------------------------------------------------------

@pytest.mark.parametrize(("topic", "family", "event"), [
    ("civilians killed", "civilian", "kill"),
    ("Russian soldiers killed", "troop", "kill"),
    ("tanks destroyed", "tank", "destroy"),
    ("refugees", "refugee", "flee"),
    ("people evacuated", "person", "evacuate"),
    ("aircraft shot down", "aircraft", "down"),
])
def test_query_is_read_into_a_counted_family_and_an_event(topic: str, family: str,
                                                          event: str) -> None:
    concept = concepts.understand(topic)
    assert concept is not None and (concept.family, concept.event) == (family, event)


@pytest.mark.parametrize(("sentence", "words", "unit", "obj"), [
    ("At least 40 people have been killed in the floods.", "At least 40", "person", "people"),
    ("Some 300 civilians have died since the fighting began.", "Some 300", "civilian",
     "civilians"),
    ("The landslide buried the village, killing 12 residents.", "12", "resident", "residents"),
    ("The death toll rose to 300 on Tuesday.", "300", None, None),
    ("Officials put the toll at 2,000.", "2,000", None, None),
    ("The shelling of the market killed 40.", "40", None, None),
    ("Rescuers recovered 26 bodies from the rubble.", "26", "body", "bodies"),
])
def test_civilians_killed_finds_the_words_reports_use(sentence: str, words: str,
                                                      unit: str | None, obj: str | None) -> None:
    facts = one(sentence, words, 1, unit, obj)
    table = compare.estimates([facts], "civilians killed")
    assert table.height == 1, sentence
    assert table["match"][0]


def test_match_reason_names_the_family_and_the_event() -> None:
    facts = one("At least 40 people died in the blast in Kyiv.", "At least 40", 40, "person",
                "people", qualifier="lower_bound", names=(E("Kyiv", canonical="Kyiv"),))
    reason = compare.estimates([facts], "civilians killed")["match"][0]
    assert reason.startswith("people ≈ civilians") and "died ≈ killed" in reason


@pytest.mark.parametrize(("sentence", "words", "unit", "obj", "why"), [
    ("At least 40 soldiers were killed in the attack.", "At least 40", "soldier", "soldiers",
     "soldiers are not civilians"),
    ("At least 16 children have been killed.", "At least 16", "child", "children",
     "a sub-count of people"),
    ("The strike injured 35 people.", "35", "person", "people", "injured, not killed"),
    ("The UN confirmed 500 civilian casualties.", "500", "casualty", "civilian casualties",
     "killed and wounded together"),
    ("A missile hit the air base, killing 35 people.", "35", "person", "people",
     "people at a military site stand for no civilians"),
    ("At least 21 bodies were found, at least nine of them in one yard.", "at least nine", None,
     None, "a part of a count before"),
    ("In 1941 the siege killed 1.5 million people.", "1.5 million", "person", "people",
     "another time"),
])
def test_civilians_killed_leaves_near_misses(sentence: str, words: str, unit: str | None,
                                             obj: str | None, why: str) -> None:
    times = (T("In 1941", "1941", kind="year"),) if "1941" in sentence else ()
    facts = one(sentence, words, 1, unit, obj, times=times)
    assert compare.estimates([facts], "civilians killed").is_empty(), why


def test_demonym_owner_matches_the_place_form() -> None:
    facts = one("Some 300 civilians have been killed in Ukraine.", "Some 300", 300, "civilian",
                "civilians", names=(E("Ukraine"),))
    assert compare.estimates([facts], "Ukrainian civilians killed").height == 1
    other = one("Some 300 civilians have been killed in Syria.", "Some 300", 300, "civilian",
                "civilians", names=(E("Syria"),))
    assert compare.estimates([other], "Ukrainian civilians killed").is_empty()


def test_lost_and_tallies_answer_tanks_destroyed() -> None:
    lost = one("Russia has lost 200 tanks, the general staff said.", "200", 200, "tank", "tanks",
               names=(E("Russia"),))
    tally = build("Russian losses so far: tanks — 300, armoured vehicles — 900.",
                  quantities=(Q("300", 300), Q("900", 900)), entities=(E("Russian", "NORP"),))
    table = compare.estimates([lost, tally], "Russian tanks destroyed")
    assert sorted(table["value"].to_list()) == [200, 300]
    assert any(reason.startswith("tally") for reason in table["match"].to_list())


def test_leaving_through_corridors_is_evacuation_not_a_forecast() -> None:
    left = one("About 4,000 people left through humanitarian corridors on Saturday.",
               "About 4,000", 4000, "person", "people", qualifier="approx")
    planned = one("Up to 5,000 people could be evacuated on Sunday.", "Up to 5,000", 5000,
                  "person", "people", qualifier="upper_bound")
    table = compare.estimates([left, planned], "civilians evacuated")
    assert table["value"].to_list() == [4000]


def test_fleeing_homes_is_not_leaving_the_country() -> None:
    fled = one("More than 2 million people have fled Ukraine.", "More than 2 million", 2e6,
               "person", "people", qualifier="lower_bound", names=(E("Ukraine"),))
    homes = one("Some 7 million people have fled their homes.", "Some 7 million", 7e6,
                "person", "people", qualifier="approx")
    table = compare.estimates([fled, homes], "refugees who fled Ukraine")
    assert table["value"].to_list() == [2e6]


def test_vague_counts_are_lower_bounds_and_nearly_an_upper_bound() -> None:
    vague = one("Hundreds of people were killed.", "Hundreds", 100, "person", "people",
                qualifier="approx")
    nearly = one("Nearly 3 million people have fled the country.", "Nearly 3 million", 3e6,
                 "person", "people", qualifier="approx")
    row = compare.estimates([vague], "people killed").row(0, named=True)
    assert (row["qualifier"], row["low"], row["high"]) == ("lower_bound", 100, None)
    row = compare.estimates([nearly], "refugees").row(0, named=True)
    assert (row["qualifier"], row["low"], row["high"]) == ("upper_bound", None, 3e6)


def test_an_age_beside_a_name_is_not_a_count() -> None:
    facts = build("Local police said John Smith, 68, was killed in the shelling.",
                  quantities=(Q("68", 68),))
    assert compare.estimates([facts], "civilians killed").is_empty()


# -- scope ----------------------------------------------------------------------------------

def test_scopes_are_fields_and_different_scopes_never_conflict() -> None:
    strike = one("A strike on the station killed 50 people.", "50", 50, "person", "people")
    total = one("At least 1,000 people have been killed since the war began.", "At least 1,000",
                1000, "person", "people", qualifier="lower_bound")
    city = one("More than 300 people have died in Mariupol.", "More than 300", 300, "person",
               "people", qualifier="lower_bound", names=(E("Mariupol", canonical="Mariupol"),))
    table = compare.estimates([strike, total, city], "civilians killed")
    scopes = dict(zip(table["value"].to_list(), table["scope"].to_list(), strict=True))
    assert scopes == {50: "incident", 1000: "cumulative", 300: "one city/region"}
    assert set(table["agreement"]) == {"single"}


def test_one_day_scope() -> None:
    facts = one("Seven civilians died in the last 24 hours, the mayor said.", "Seven", 7,
                "civilian", "civilians")
    key = measurables.key_of(facts, 0)
    assert key is not None and key.scope == "one day"


# -- near-duplicate reports -----------------------------------------------------------------

def test_repeated_wire_copy_is_one_report_with_its_outlets_and_first_date() -> None:
    sentence = "At least 40 people were killed when a missile hit the market, officials said."
    copies = [one(sentence, "At least 40", 40, "person", "people", qualifier="lower_bound",
                  published=day, outlet=outlet)
              for day, outlet in (("2024-11-29", "Wire A"), ("2024-11-28", "Wire B"),
                                  ("2024-11-30", "Paper C"))]
    other = one("At least 40 people were killed in a separate attack on a bus depot in the east.",
                "At least 40", 40, "person", "people", qualifier="lower_bound",
                published="2024-11-29", outlet="Paper D")
    table = compare.estimates([*copies, other], "civilians killed")
    assert table.height == 2
    repeated = table.filter(table["repeats"] == 3).row(0, named=True)
    assert str(repeated["first_stated"]) == "2024-11-28"
    assert repeated["repeated_by"] == ["Wire B", "Wire A", "Paper C"]
    assert len(repeated["occurrences"]) == 3


# -- source bodies --------------------------------------------------------------------------

@pytest.mark.parametrize(("source", "written", "before"), [
    ("Ukraine's military", "Ukraine's military", ""),
    ("Ukrainian military", "the Ukrainian military", ""),
    ("Armed Forces of Ukraine", "the Armed Forces of Ukraine", ""),
    ("General Staff", "the General Staff", "In Kyiv, "),
])
def test_one_military_body_of_ukraine(source: str, written: str, before: str) -> None:
    body = sources.body_of(source, written, before, home="Ukraine")
    assert (body.name, body.country, body.kind) == ("Ukraine military", "Ukraine", "military")


@pytest.mark.parametrize(("source", "written", "before", "family"), [
    ("officials", "officials", "", "unnamed officials"),
    ("UN human rights office", "the UN human rights office", "", "UN agency"),
    ("Oleh Ivanenko", "Oleh Ivanenko", "the city's Mayor ", "local officials"),
    ("Reuters", "Reuters", "according to ", "media"),
    ("State Department", "the State Department", "", "US government"),
    ("Foreign Ministry", "Poland's Foreign Ministry", "", "other government"),
])
def test_source_families(source: str, written: str, before: str, family: str) -> None:
    home = "United States" if source == "State Department" else None
    assert sources.body_of(source, written, before, home=home).family == family


def test_titles_elsewhere_in_the_article_name_a_persons_body() -> None:
    facts = build("Mayor Oleh Ivanenko spoke at noon. Ivanenko said 12 people died overnight.",
                  quantities=(Q("12", 12, "person", object="people"),),
                  entities=(E("Oleh Ivanenko", "PERSON"), E("Ivanenko", "PERSON",
                                                              canonical="Oleh Ivanenko")),
                  claims=(C("Ivanenko said 12 people died overnight.", "Oleh Ivanenko",
                            source_words="Ivanenko"),))
    row = compare.estimates([facts], "people killed").row(0, named=True)
    assert row["source_kind"] == "local officials"


def test_unattributed_when_nobody_states_it() -> None:
    facts = one("At least 40 people were killed.", "At least 40", 40, "person", "people",
                qualifier="lower_bound", outlet="Paper")
    row = compare.estimates([facts], "people killed").row(0, named=True)
    assert row["source_family"] == "unattributed" and row["source"] == "Paper"


def test_refugees_sheltering_somewhere_are_not_people_leaving() -> None:
    shelter = one("About 500 refugees were taking shelter in the monastery.", "About 500", 500,
                  "refugee", "refugees", qualifier="approx")
    assert compare.estimates([shelter], "refugees").is_empty()
    killed = one("At least 300 people taking shelter in the theatre were killed.",
                 "At least 300", 300, "person", "people", qualifier="lower_bound")
    assert compare.estimates([killed], "civilians killed").height == 1


@pytest.mark.parametrize(("sentence", "words", "time"), [
    ("Before the 2022 invasion, that conflict had killed 13,000 people.", "13,000",
     T("2022", "2022", kind="year")),
    ("About 1.5 million people died in the city during World War 2.", "1.5 million", None),
])
def test_counts_of_an_earlier_war_are_left_out(sentence: str, words: str,
                                               time: T | None) -> None:
    facts = one(sentence, words, 1, "person", "people", times=(time,) if time else (),
                published="2022-03-01")
    assert compare.estimates([facts], "civilians killed").is_empty()


# -- children: a counted family of their own --------------------------------------------------

@pytest.mark.parametrize(("sentence", "words", "nth", "unit", "obj"), [
    ("At least 100 children have been killed since the invasion began.", "At least 100", 0,
     "child", "children"),
    ("The gunman shot 19 pupils at the school; 19 children died there.", "19", 1,
     "child", "children"),
    ("The flood swept away the bus, and 12 kids died on the road.", "12", 0, "kid", "kids"),
    ("The death toll among children rose to 121, the ombudsman said.", "121", 0, None, None),
])
def test_children_killed_finds_children_in_war_shootings_and_disasters(
        sentence: str, words: str, nth: int, unit: str | None, obj: str | None) -> None:
    facts = build(sentence, quantities=(Q(words, 1, unit, "exact", object=obj, nth=nth),))
    table = compare.estimates([facts], "children killed")
    assert table.height == 1, sentence
    assert table["match"][0].split(",")[0] in ("children", "kids", "toll: children")


@pytest.mark.parametrize(("sentence", "words", "unit", "obj", "topic"), [
    ("Another 134 children were wounded in the shelling.", "134", "child", "children",
     "children killed"),
    ("At least 40 people were killed in the strike.", "At least 40", "person", "people",
     "children killed"),
    ("Some 300 children have died of measles this year.", "Some 300", "child", "children",
     "civilians killed"),
])
def test_children_and_civilians_stay_apart(sentence: str, words: str, unit: str | None,
                                           obj: str | None, topic: str) -> None:
    facts = one(sentence, words, 1, unit, obj)
    assert compare.estimates([facts], topic).is_empty(), (sentence, topic)
