"""Whose the counted soldiers or machines are, read from the sentence when their noun names
nobody. Invented sentences on patterns of several wars."""

from __future__ import annotations

import pytest

from tests.compare.builders import E
from tests.compare.test_concepts import one
from workbench import compare
from workbench.compare.estimates import sides


def at(sentence: str, number: str, *, source: str | None = None,
       before: bool = False) -> sides.Side:
    return sides.side(sentence, sentence.index(number), source_country=source,
                      event_before=before)


@pytest.mark.parametrize(("sentence", "number", "owner"), [
    ("The Russian army has lost 10,000 soldiers in a month.", "10,000", "Russia"),
    ("Officials said Ukraine's forces had already lost 300 tanks.", "300", "Ukraine"),
    ("The total combat losses of Iraqi troops stand at 4,000 personnel.", "4,000", "Iraq"),
    ("The ministry said Russian losses included 5,000 personnel and 200 tanks.", "200",
     "Russia"),
    ("Syria admitted 120 soldiers dead after the raid.", "120", "Syria"),
    ("By Friday 2,000 Russian troops had been killed, 80 armoured vehicles destroyed and 17 "
     "jets downed.", "17", "Russia"),
])
def test_the_side_that_lost_them_owns_them(sentence: str, number: str, owner: str) -> None:
    assert at(sentence, number).owner == owner


@pytest.mark.parametrize(("sentence", "number", "not_owner", "before"), [
    ("Ukrainian forces destroyed 30 tanks near the river.", "30", "Ukraine", False),
    ("The Syrian army killed 40 fighters in the north.", "40", "Syria", False),
    ("Ukraine claimed to have killed 5,000 soldiers since the start.", "5,000", "Ukraine", True),
])
def test_the_side_that_did_it_does_not_own_them(sentence: str, number: str, not_owner: str,
                                                before: bool) -> None:
    read = at(sentence, number, source=not_owner, before=before)
    assert read.owner is None and read.not_owner == not_owner


def test_our_soldiers_are_the_sources_side() -> None:
    sentence = "We have lost 1,300 of our soldiers, the president said."
    assert at(sentence, "1,300", source="Ukraine").owner == "Ukraine"


def test_a_side_in_another_clause_says_nothing() -> None:
    sentence = ("Ukrainian forces shot down two planes while officials reported 70 soldiers "
                "killed in a strike.")
    assert at(sentence, "70") == sides.Side()


def test_the_other_sides_soldiers_are_a_near_miss() -> None:
    lost = one("The Russian army has lost 10,000 soldiers in a month.", "10,000", 1e4,
               "soldier", "soldiers", names=(E("Russian", "NORP"),))
    assert compare.estimates([lost], "Russian soldiers killed").height == 1
    assert compare.estimates([lost], "Ukrainian soldiers killed").is_empty()


@pytest.mark.parametrize(("sentence", "owner", "home"), [
    ("The UN said 549 Ukrainians had been killed since Russia began invading.", "Ukraine",
     True),
    ("The invasion of Iraq has cost thousands of Iraqi lives.", "Iraq", True),
    ("NATO said 15,000 Russians had been killed in the conflict.", "Russia", False),
])
def test_a_country_invaded_is_at_home(sentence: str, owner: str, home: bool) -> None:
    assert sides.at_home(sentence, owner) is home


def test_people_of_the_invaded_country_are_not_its_soldiers() -> None:
    home = one("The UN said 549 Ukrainians had been killed since Russia began invading.", "549",
               549, "Ukrainian", "Ukrainians", names=(E("Ukrainians", "NORP"), E("Russia")))
    away = one("NATO said 15,000 Russians had been killed in the conflict.", "15,000", 15000,
               "Russian", "Russians", names=(E("Russians", "NORP"),))
    assert compare.estimates([home], "Ukrainian soldiers killed").is_empty()
    assert compare.estimates([away], "Russian soldiers killed").height == 1


@pytest.mark.parametrize(("sentence", "words", "obj"), [
    ("Witnesses said two soldiers murdered her husband.", "two", "soldiers"),
    ("Police said five gunmen killed 12 villagers.", "five", "gunmen"),
])
def test_those_who_did_the_killing_are_not_killed(sentence: str, words: str, obj: str) -> None:
    facts = one(sentence, words, 1, "soldier", obj)
    assert compare.estimates([facts], "soldiers killed").is_empty()
    done = one("Two soldiers were killed the day before.", "Two", 2, "soldier", "soldiers")
    assert compare.estimates([done], "soldiers killed").height == 1


@pytest.mark.parametrize(("sentence", "words", "unit", "obj"), [
    ("Iraqi forces lost 35 men in the fighting near the town.", "35", "man", "men"),
    ("At least 21 Iraqi defenders were killed in the attack.", "At least 21", "defender",
     "Iraqi defenders"),
])
def test_a_sides_men_and_defenders_are_its_soldiers(sentence: str, words: str, unit: str,
                                                    obj: str) -> None:
    facts = one(sentence, words, 1, unit, obj, names=(E("Iraqi", "NORP"),))
    assert compare.estimates([facts], "Iraqi soldiers killed").height == 1, sentence
    assert compare.estimates([facts], "Syrian soldiers killed").is_empty(), sentence


def test_a_sides_deaths_are_its_own() -> None:
    sentence = "Syrian military deaths are estimated at 10,000."
    assert at(sentence, "10,000").owner == "Syria"
    assert at("Syrian forces killed 40 fighters.", "40").not_owner == "Syria"


@pytest.mark.parametrize("sentence", [
    "The number of Iraqi troops killed is around 3,000.",
    "The number of soldiers wounded stood at 3,000.",
])
def test_a_toll_of_a_noun_and_its_event(sentence: str) -> None:
    from tests.compare.builders import Q, build
    facts = build(sentence, quantities=(Q("3,000", 3000),))
    event = "killed" if "killed" in sentence else "wounded"
    table = compare.estimates([facts], f"soldiers {event}")
    assert table.height == 1 and table["match"][0].startswith("toll: ")
    other = "wounded" if event == "killed" else "killed"
    assert compare.estimates([facts], f"soldiers {other}").is_empty()


@pytest.mark.parametrize(("sentence", "number", "owner"), [
    ("The Russian defence ministry has formally acknowledged the deaths of 498 people.", "498",
     "Russia"),
    ("The Syrian government officially admitted that 120 soldiers had died.", "120", "Syria"),
    ("Ethiopia's military has conceded 300 of them were killed.", "300", "Ethiopia"),
])
def test_a_sides_body_admitting_a_count_admits_its_own(sentence: str, number: str,
                                                       owner: str) -> None:
    assert at(sentence, number, before="deaths" in sentence).owner == owner


def test_admitting_a_killing_is_not_admitting_a_loss() -> None:
    read = at("Iraq admitted killing 30 soldiers near the border.", "30", source="Iraq",
              before=True)
    assert read.owner is None and read.not_owner == "Iraq"


@pytest.mark.parametrize(("sentence", "number", "source", "owner"), [
    ("Russia reported on Wednesday that it had lost 498 troops.", "498", "Russia", "Russia"),
    ("The Israeli army said it has lost 12 soldiers in the raid.", "12", "Israel", "Israel"),
    ("Officials said Armenia had announced they lost 40 tanks.", "40", None, "Armenia"),
])
def test_a_side_reporting_what_it_lost_reports_its_own(sentence: str, number: str,
                                                       source: str | None, owner: str) -> None:
    assert at(sentence, number, source=source, before=True).owner == owner


def test_a_side_reporting_what_it_killed_does_not_own_it() -> None:
    read = at("Azerbaijan said it had killed 40 soldiers.", "40", source="Azerbaijan",
              before=True)
    assert read.owner is None and read.not_owner == "Azerbaijan"


@pytest.mark.parametrize(("sentence", "words", "capital", "owner", "other"), [
    ("Ukraine claims Moscow has lost more than 12,000 troops.", "more than 12,000", "Moscow",
     "Russian", "Ukrainian"),
    ("Baku says Yerevan has lost 2,000 troops in the fighting.", "2,000", "Yerevan",
     "Armenian", "Azerbaijani"),
])
def test_a_capital_owning_the_count_stands_for_its_country(sentence: str, words: str,
                                                           capital: str, owner: str,
                                                           other: str) -> None:
    lost = one(sentence, words, 1000, "soldier", "troops", names=(E(capital, "GPE"),))
    assert compare.estimates([lost], f"{owner} soldiers killed").height == 1
    assert compare.estimates([lost], f"{other} soldiers killed").is_empty()
