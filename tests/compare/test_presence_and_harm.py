"""Counts whose own words say what happened to them ("80 dead children"), narrower kinds of
children, troops massed and people trapped as measurables, hedged present counts ("could
still be stuck") and the mood of the next clause. Invented sentences on patterns of war,
disaster and accident reports, with the near misses each must leave."""

from __future__ import annotations

import pytest

from tests.compare.builders import E, Q, T, build
from tests.compare.test_concepts import one
from workbench import compare
from workbench.compare.estimates import concepts


@pytest.mark.parametrize(("sentence", "words", "unit", "obj", "topic"), [
    ("The agency's tally includes more than 80 dead children.", "80", "child",
     "dead children", "children killed"),
    ("Rescuers pulled 12 injured passengers from the wreck of the train.", "12", "person",
     "injured passengers", "people injured"),
    ("The mayor was freed in exchange for nine captured conscripts.", "nine", "troop",
     "captured conscripts", "soldiers captured"),
    ("Crews found 30 trapped miners after the collapse.", "30", "person", "trapped workers",
     "people trapped"),
])
def test_a_word_before_the_noun_says_what_happened(sentence: str, words: str, unit: str,
                                                   obj: str, topic: str) -> None:
    facts = one(sentence.replace("miners", "workers"), words, 1, unit, obj)
    table = compare.estimates([facts], topic)
    assert table["quantity"].to_list() == [words], sentence


@pytest.mark.parametrize(("sentence", "words", "unit", "obj", "topic"), [
    ("The ward treated 80 sick children.", "80", "child", "sick children", "children killed"),
    ("Medics cared for 500 wounded soldiers in the plant.", "500", "troop",
     "wounded soldiers", "civilians injured"),
    ("The club sent 40 young players to the camp.", "40", "person", "young players",
     "people injured"),
])
def test_a_describing_word_of_another_kind_is_no_event(sentence: str, words: str, unit: str,
                                                       obj: str, topic: str) -> None:
    assert compare.estimates([one(sentence, words, 1, unit, obj)], topic).is_empty(), sentence


@pytest.mark.parametrize(("sentence", "words", "obj"), [
    ("The office said 11 girls have been killed since the start of the war.", "11", "girls"),
    ("Among the dead were eight boys, the police said.", "eight", "boys"),
])
def test_boys_or_girls_are_a_narrower_kind_of_children(sentence: str, words: str,
                                                       obj: str) -> None:
    facts = one(sentence, words, 1, "child", obj)
    assert compare.estimates([facts], "children killed").is_empty()
    whole = one("The office said 36 children have been killed.", "36", 36, "child", "children")
    assert compare.estimates([whole], "children killed").height == 1


@pytest.mark.parametrize(("sentence", "words", "obj", "topic"), [
    ("Over 400 children have been injured and 153 children died, and we will never see "
     "them again.", "153", "children", "children killed"),
    ("The flood killed 20 people, but officials will review the toll next week.", "20",
     "people", "people killed"),
])
def test_the_next_clause_keeps_its_mood(sentence: str, words: str, obj: str,
                                        topic: str) -> None:
    facts = one(sentence, words, 1, "person", obj)
    assert compare.estimates([facts], topic)["quantity"].to_list() == [words]


def test_a_count_that_could_happen_stays_hypothetical() -> None:
    facts = one("The storm could kill 20 people, and officials are worried.", "20", 20,
                "person", "people")
    assert compare.estimates([facts], "people killed").is_empty()


@pytest.mark.parametrize(("sentence", "words", "obj"), [
    ("Officials said 100,000 people could still be stuck in the city.", "100,000", "people"),
    ("About 300 passengers may still be stranded at the airport.", "About 300", "passengers"),
    ("An estimated 1,000 civilians are taking shelter in the plant.", "1,000", "civilians"),
])
def test_people_trapped_or_sheltering_are_one_measurable(sentence: str, words: str,
                                                          obj: str) -> None:
    facts = one(sentence, words, 1, "person", obj)
    assert compare.estimates([facts], "people trapped")["quantity"].to_list() == [words]


@pytest.mark.parametrize(("sentence", "words", "obj"), [
    ("The new shelter could house 300 people.", "300", "people"),
    ("Some 20,000 people managed to leave the city on Tuesday.", "20,000", "people"),
])
def test_people_housed_later_or_gone_are_not_trapped(sentence: str, words: str,
                                                     obj: str) -> None:
    facts = one(sentence, words, 1, "person", obj)
    assert compare.estimates([facts], "people trapped").is_empty(), sentence


def test_troops_massed_is_read_as_an_event() -> None:
    concept = concepts.understand("Russian troops massed")
    assert concept is not None and (concept.family, concept.event) == ("troop", "deploy")


@pytest.mark.parametrize(("sentence", "words", "names"), [
    ("There are now an estimated 70,000 Russian troops massed on the border.", "70,000",
     (E("Russian", "NORP"),)),
    ("The Pentagon said Russia has deployed 12,000 soldiers to the region.", "12,000",
     (E("Russia"),)),
    ("The region is vulnerable given the presence of some 1,500 Russian troops.", "1,500",
     (E("Russian", "NORP"),)),
])
def test_troops_massed_deployed_or_present(sentence: str, words: str,
                                           names: tuple[E, ...]) -> None:
    obj = "Russian troops" if "Russian troops" in sentence else "soldiers"
    facts = one(sentence, words, 1, "troop", obj, names=names)
    table = compare.estimates([facts], "Russian troops massed")
    assert table["quantity"].to_list() == [words], sentence


@pytest.mark.parametrize(("sentence", "words", "obj"), [
    ("Russia would need 800,000 troops to control the country.", "800,000", "troops"),
    ("Shelling killed 30 Russian troops near the border.", "30", "Russian troops"),
])
def test_troops_needed_or_killed_are_not_massed(sentence: str, words: str, obj: str) -> None:
    name = E("Russia") if "Russia " in sentence else E("Russian", "NORP")
    facts = one(sentence, words, 1, "troop", obj, names=(name,))
    assert compare.estimates([facts], "Russian troops massed").is_empty(), sentence


@pytest.mark.parametrize("topic", ["soldiers captured", "soldiers killed"])
def test_captured_or_killed_is_a_combined_count(topic: str) -> None:
    facts = one("An official estimated that 5,000 soldiers had been captured or killed.",
                "5,000", 5000, "troop", "soldiers")
    assert compare.estimates([facts], topic).is_empty()


@pytest.mark.parametrize(("sentence", "first", "second", "word"), [
    ("The office recorded 564 people killed in the country and 982 hurt.", "564", "982",
     "hurt"),
    ("The bus crash left 3 passengers dead and 12 injured, police said.", "3", "12",
     "injured"),
])
def test_a_word_taken_for_a_noun_may_be_the_numbers_event(sentence: str, first: str,
                                                          second: str, word: str) -> None:
    noun = "people" if "people" in sentence else "passengers"
    facts = build(sentence, quantities=(Q(first, 1, "person", object=noun),
                                        Q(second, 2, word, object=word)))
    assert compare.estimates([facts], "people injured")["quantity"].to_list() == [second]
    assert second not in compare.estimates([facts], "people killed")["quantity"].to_list()


def test_a_noun_of_no_event_stays_a_noun() -> None:
    facts = build("The shelter took in 50 people and 12 volunteers.",
                  quantities=(Q("50", 50, "person", object="people"),
                              Q("12", 12, "volunteers", object="volunteers")))
    assert compare.estimates([facts], "people injured").is_empty()


@pytest.mark.parametrize(("sentence", "words", "unit", "obj", "year", "topic"), [
    ("Moscow got back nine captured soldiers, born in 2002, in the swap.", "nine", "troop",
     "captured soldiers", "2002", "soldiers captured"),
    ("The fire left 12 injured patients, all born in 1950 or earlier.", "12", "person",
     "injured patients", "1950", "people injured"),
])
def test_a_year_of_birth_does_not_date_the_count(sentence: str, words: str, unit: str,
                                                 obj: str, year: str, topic: str) -> None:
    facts = one(sentence, words, 1, unit, obj, times=(T(year, year, "year"),))
    assert compare.estimates([facts], topic)["quantity"].to_list() == [words]


def test_a_year_of_the_count_still_dates_it() -> None:
    facts = one("In 2019, 300 soldiers were captured near the border.", "300", 300, "troop",
                "soldiers", times=(T("2019", "2019", "year"),))
    assert compare.estimates([facts], "soldiers captured").is_empty()


@pytest.mark.parametrize(("sentence", "topic"), [
    ("To help civilians flee, the office said 406 civilians have been killed, including at "
     "least 45 women and 27 children.", "children killed"),
    ("After residents fled the valley, the storm injured 80 people, including 12 drivers and "
     "27 children.", "children injured"),
])
def test_parts_after_including_take_the_event_of_their_whole(sentence: str,
                                                             topic: str) -> None:
    first, whole = ("406", "civilians") if "406" in sentence else ("80", "people")
    middle, part = ("45", "women") if "45" in sentence else ("12", "drivers")
    facts = build(sentence, quantities=(Q(first, 1, "civilian", object=whole),
                                        Q(middle, 2, "person", object=part),
                                        Q("27", 27, "child", object="children")))
    assert "27" in compare.estimates([facts], topic)["quantity"].to_list()


def test_parts_after_including_of_no_event_stay_unread() -> None:
    sentence = ("To help civilians flee, the office counted 406 civilians at the border, "
                "including 45 women and 27 children.")
    facts = build(sentence, quantities=(Q("406", 1, "civilian", object="civilians"),
                                        Q("45", 2, "person", object="women"),
                                        Q("27", 27, "child", object="children")))
    assert compare.estimates([facts], "children killed").is_empty()


@pytest.mark.parametrize(("sentence", "words", "unit", "obj", "topic"), [
    ("Officials say Russia has mobilized 78 battalion tactical groups in the east -- "
     "probably about 75,000 troops.", "75,000", "troop", "troops", "troops deployed"),
    ("The flood displaced 20 villages — some 12,000 people — in a single night.", "12,000",
     "person", "people", "people displaced"),
])
def test_a_count_restated_after_a_dash_takes_its_event(sentence: str, words: str, unit: str,
                                                       obj: str, topic: str) -> None:
    facts = one(sentence, words, 1, unit, obj)
    assert compare.estimates([facts], topic)["quantity"].to_list() == [words]


def test_a_dash_before_a_clause_of_its_own_passes_no_event() -> None:
    sentence = ("Russia has mobilized 78 battalion groups in the east -- a front that 75,000 "
                "troops could never hold.")
    facts = one(sentence, "75,000", 1, "troop", "troops")
    assert compare.estimates([facts], "troops deployed").is_empty()


@pytest.mark.parametrize(("sentence", "words", "value"), [
    ("Morale has collapsed at the front, and more than 1,000 have been captured.",
     "more than 1,000", 1000),
    ("Since the offensive began, hundreds have surrendered to the defenders.", "hundreds", 100),
])
def test_a_count_captured_with_no_noun_counts_soldiers(sentence: str, words: str,
                                                       value: float) -> None:
    facts = one(sentence, words, value)
    assert compare.estimates([facts], "soldiers captured")["quantity"].to_list() == [words]


def test_things_captured_are_no_soldiers() -> None:
    facts = one("The rebels captured 3 towns in a week.", "3", 3, "towns", "towns")
    assert compare.estimates([facts], "soldiers captured").is_empty()


@pytest.mark.parametrize(("sentence", "words", "obj"), [
    ("Kyiv says it now holds 500 Russian prisoners of war.", "500", "Russian prisoners of war"),
    ("The swap freed 86 POWs on Friday.", "86", "POWs"),
])
def test_prisoners_of_war_are_soldiers_captured(sentence: str, words: str, obj: str) -> None:
    facts = one(sentence, words, 1, "troop", obj)
    assert compare.estimates([facts], "soldiers captured")["quantity"].to_list() == [words]
    assert concepts.understand("prisoners of war") is not None


def test_prisoners_of_a_jail_are_no_soldiers_captured() -> None:
    facts = one("The county jail holds 2,000 prisoners.", "2,000", 2000, "prisoners",
                "prisoners")
    assert compare.estimates([facts], "soldiers captured").is_empty()
