"""Displacement inside a country is not fleeing abroad, a query word the lexicon cannot read
is required in the sentence, and a town's population is no count. Invented sentences on
patterns of war, disaster and flood reports."""

from __future__ import annotations

import pytest

from tests.compare.builders import E, Q, build
from tests.compare.test_concepts import one
from workbench import compare
from workbench.compare.estimates import concepts, matching


def people(sentence: str, words: str, value: float, *, obj: str = "people",
           names: tuple[E, ...] = ()) -> object:
    return one(sentence, words, value, "person", obj, names=names)


DISPLACED = [
    ("The fighting has displaced more than 6 million people inside the country.",
     "more than 6 million", 6e6, "people"),
    ("Some 2 million people have fled their homes but stayed in the country.", "Some 2 million",
     2e6, "people"),
    ("The storm forced 40,000 residents from their homes.", "40,000", 4e4, "residents"),
    ("The region now hosts 300,000 internally displaced people.", "300,000", 3e5,
     "internally displaced people"),
    ("Aid groups count 90,000 IDPs in the camps.", "90,000", 9e4, "IDPs"),
]
ABROAD = [
    ("More than 3 million refugees have fled to neighbouring countries.", "More than 3 million",
     3e6, "refugees"),
    ("About 2 million people have crossed the border into Poland.", "About 2 million", 2e6,
     "people"),
    ("Some 500,000 refugees fled their homes into Moldova.", "Some 500,000", 5e5, "refugees"),
]


@pytest.mark.parametrize(("sentence", "words", "value", "obj"), DISPLACED)
def test_displaced_people_answer_displacement_not_refugees(sentence: str, words: str,
                                                           value: float, obj: str) -> None:
    facts = people(sentence, words, value, obj=obj)
    assert compare.estimates([facts], "people displaced").height == 1, sentence
    assert compare.estimates([facts], "refugees who fled").is_empty(), sentence


@pytest.mark.parametrize(("sentence", "words", "value", "obj"), ABROAD)
def test_refugees_abroad_are_not_internally_displaced(sentence: str, words: str, value: float,
                                                      obj: str) -> None:
    facts = people(sentence, words, value, obj=obj)
    assert compare.estimates([facts], "refugees who fled").height == 1, sentence
    assert compare.estimates([facts], "people displaced").is_empty(), sentence
    assert compare.estimates([facts], "internally displaced people").is_empty(), sentence


def test_a_possessive_country_says_whose_not_where() -> None:
    facts = people("Moscow's offensive has displaced 8 million people.", "8 million", 8e6,
                   names=(E("Moscow"),))
    assert compare.estimates([facts], "people displaced inside Ukraine").height == 1
    elsewhere = people("The floods displaced 8 million people in Pakistan.", "8 million", 8e6,
                       names=(E("Pakistan"),))
    assert compare.estimates([elsewhere], "people displaced inside Ukraine").is_empty()


@pytest.mark.parametrize(("topic", "required"), [
    ("missiles stockpiled", ("stockpiled",)),
    ("missiles launched", ()),
    ("people vaccinated in Mariupol", ("vaccinated",)),
    ("civilians killed", ()),
    ("refugees who fled Ukraine", ()),
    ("people displaced inside Ukraine", ()),
])
def test_a_query_word_the_lexicon_cannot_read_is_kept(topic: str,
                                                       required: tuple[str, ...]) -> None:
    assert matching.parse(topic).required == required


def test_a_required_word_must_stand_in_the_sentence() -> None:
    vaccinated = people("Some 100,000 people were vaccinated in the city.", "Some 100,000", 1e5)
    killed = people("Some 100 people were killed in the city.", "Some 100", 100)
    table = compare.estimates([vaccinated, killed], "people vaccinated")
    assert table["value"].to_list() == [1e5]
    assert "'vaccinated' in the sentence" in table["match"][0]


@pytest.mark.parametrize("sentence", [
    "It shelters 20,000 displaced people in a city of just over 700,000.",
    "The war has uprooted families across a country of 44 million.",
])
def test_a_population_is_no_count(sentence: str) -> None:
    words = "just over 700,000" if "700,000" in sentence else "44 million"
    facts = build(sentence, quantities=(Q(words, 1),))
    table = compare.estimates([facts], "people displaced")
    assert words not in table["quantity"].to_list()


def test_displacement_is_its_own_event() -> None:
    concept = concepts.understand("people displaced inside Ukraine")
    assert concept is not None and concept.event == "displace"
    assert "flee" not in concept.events


def test_people_fleeing_to_a_town_of_the_country_stay_inside_it() -> None:
    inside = people("Some 40 people fleeing the fighting found shelter near Lviv.", "Some 40", 40,
                    names=(E("Lviv", canonical="Lviv"),))
    abroad = people("Some 40 people from Lviv have crossed the border into Poland.", "Some 40",
                    40, names=(E("Lviv", canonical="Lviv"), E("Poland")))
    flood = people("Some 900 people fleeing the floods found shelter in Multan.", "Some 900",
                   900, names=(E("Multan", canonical="Multan"),))
    assert compare.estimates([inside], "refugees who fled Ukraine").is_empty()
    assert compare.estimates([abroad], "refugees who fled Ukraine").height == 1
    assert compare.estimates([flood], "refugees who fled Pakistan").is_empty()


@pytest.mark.parametrize(("sentence", "words", "obj"), [
    ("Germany has registered 300,000 arrivals from Syria.", "300,000", "arrivals"),
    ("The exodus of 2.5 million people is the fastest in Europe since 1945.", "2.5 million",
     "people"),
])
def test_refugees_in_other_words(sentence: str, words: str, obj: str) -> None:
    from tests.compare.builders import T
    times = (T("1945", "1945", kind="year"),) if "1945" in sentence else ()
    facts = one(sentence, words, 1, "person", obj, times=times)
    assert compare.estimates([facts], "refugees who fled").height == 1, sentence


@pytest.mark.parametrize(("sentence", "words", "obj"), [
    ("Some 1.2 million refugees have returned home.", "Some 1.2 million", "refugees"),
    ("Hungary expects up to 600,000 refugees.", "up to 600,000", "refugees"),
    ("The exodus of 2.5 million people in 1947 was the largest.", "2.5 million", "people"),
])
def test_returns_forecasts_and_earlier_exoduses_are_near_misses(sentence: str, words: str,
                                                                obj: str) -> None:
    from tests.compare.builders import T
    times = (T("1947", "1947", kind="year"),) if "1947" in sentence else ()
    facts = one(sentence, words, 1, "person", obj, times=times)
    assert compare.estimates([facts], "refugees who fled").is_empty(), sentence
    if "returned" in sentence:
        assert compare.estimates([facts], "refugees returned").height == 1


def test_a_noun_carried_from_an_earlier_count_yields_to_its_own_event() -> None:
    from dataclasses import replace
    sentence = ("More than 4 million refugees have fled abroad, while 6.5 million are "
                "internally displaced.")
    facts = build(sentence, quantities=(Q("More than 4 million", 4e6, "refugee",
                                          "lower_bound", low=4e6, object="refugees"),
                                        Q("6.5 million", 6.5e6)))
    first, second = facts.quantities
    carried = replace(second, unit="refugee", object="refugees",
                      object_start=first.object_start, object_end=first.object_end)
    facts = replace(facts, quantities=[first, carried])
    assert compare.estimates([facts], "people displaced")["value"].to_list() == [6.5e6]
    assert compare.estimates([facts], "refugees who fled")["value"].to_list() == [4e6]


@pytest.mark.parametrize(("sentence", "words", "kept"), [
    ("The war has forced 12 million people to flee their homes.", "12 million", True),
    ("The floods forced 40,000 people to leave their homes.", "40,000", True),
    ("The truce would allow 6,000 people to flee their homes.", "6,000", False),
])
def test_people_forced_from_their_homes_were_displaced(sentence: str, words: str,
                                                       kept: bool) -> None:
    facts = people(sentence, words, 1)
    assert compare.estimates([facts], "people displaced").height == int(kept), sentence


@pytest.mark.parametrize(("sentence", "words", "obj", "kept"), [
    ("The war forced a quarter of Syria's 20 million people from their homes.", "20 million",
     "people", False),
    ("More than half of Aleppo's 2 million inhabitants have fled.", "2 million", "inhabitants",
     False),
    ("The floods displaced 2 million people across the province.", "2 million", "people", True),
])
def test_a_places_people_are_its_population(sentence: str, words: str, obj: str,
                                            kept: bool) -> None:
    facts = people(sentence, words, 1, obj=obj)
    table = compare.estimates([facts], "people displaced")
    fled = compare.estimates([facts], "people who fled")
    assert table.height + fled.height == int(kept), sentence


def test_a_places_deaths_stay_a_toll() -> None:
    facts = one("Syria's 3,000 civilian deaths were confirmed.", "3,000", 3000, "death",
                "civilian deaths")
    assert compare.estimates([facts], "civilians killed").height == 1


@pytest.mark.parametrize(("sentence", "words", "kept"), [
    ("The envoy warned that the offensive could create a new crisis in the region, "
     "displacing up to 5 million people.", "up to 5 million", False),
    ("The storm could strengthen over the coming days, officials said, displacing some "
     "40,000 people.", "some 40,000", False),
    ("The offensive created a new crisis in the region, displacing 5 million people.",
     "5 million", True),
])
def test_a_participle_count_takes_the_mood_of_its_clause(sentence: str, words: str,
                                                         kept: bool) -> None:
    facts = people(sentence, words, 1)
    assert compare.estimates([facts], "people displaced").height == int(kept), sentence


def test_fled_abroad_is_read_as_fleeing() -> None:
    query = matching.parse("Ukrainians who fled abroad")
    assert query.required == () and query.concept is not None
    assert query.concept.event == "flee"
    facts = people("Some 5 million people have fled abroad.", "Some 5 million", 5e6)
    assert compare.estimates([facts], "refugees who fled").height == 1
    assert compare.estimates([facts], "people displaced").is_empty()
