"""Counted families and purposes read from the lexicon: generals, protesters detained,
hospitals attacked, ransoms. Invented sentences in war, policing and cyber-crime news, with
the near misses each must leave."""

from __future__ import annotations

import pytest

from tests.compare.builders import E
from tests.compare.test_concepts import one
from workbench import compare
from workbench.compare.estimates import money, reading, sources
from workbench.compare.phrases import tokens
from workbench.model import Quantity


@pytest.mark.parametrize(("sentence", "words", "obj"), [
    ("An airstrike on the headquarters killed three generals, the army said.", "three",
     "generals"),
    ("Defenders have killed five enemy generals since the offensive began.", "five",
     "generals"),
])
def test_generals_killed_are_their_own_count(sentence: str, words: str, obj: str) -> None:
    facts = one(sentence, words, 1, "general", obj)
    assert compare.estimates([facts], "generals killed").height == 1, sentence
    assert compare.estimates([facts], "soldiers killed").is_empty(), sentence


def test_generals_dismissed_are_not_killed() -> None:
    facts = one("The president dismissed six generals after the retreat.", "six", 6,
                "general", "generals")
    assert compare.estimates([facts], "generals killed").is_empty()


@pytest.mark.parametrize(("sentence", "words", "obj"), [
    ("Police detained more than 400 protesters in the capital on Sunday.", "more than 400",
     "protesters"),
    ("About 1,200 people were arrested at rallies against the pension reform.",
     "About 1,200", "people"),
])
def test_protesters_detained(sentence: str, words: str, obj: str) -> None:
    facts = one(sentence, words, 1, "person", obj)
    assert compare.estimates([facts], "protesters detained").height == 1, sentence


def test_protesters_who_gathered_were_not_detained() -> None:
    facts = one("Some 5,000 protesters gathered outside parliament.", "Some 5,000", 5000,
                "person", "protesters")
    assert compare.estimates([facts], "protesters detained").is_empty()


@pytest.mark.parametrize(("sentence", "words"), [
    ("Shells fell on four hospitals in the city overnight, the mayor said.", "four"),
    ("The health ministry said troops had fired on 40 hospitals since the war began.", "40"),
    ("Floodwater damaged 12 hospitals across the province.", "12"),
])
def test_hospitals_attacked_or_damaged(sentence: str, words: str) -> None:
    facts = one(sentence, words, 1, "hospital", "hospitals")
    assert compare.estimates([facts], "hospitals attacked").height == 1, sentence


def test_hospital_beds_are_not_hospitals() -> None:
    facts = one("A missile hit the 600-bed hospital on Tuesday.", "600", 600, "bed", None)
    assert compare.estimates([facts], "hospitals attacked").is_empty()


def _purpose(sentence: str, amount: str) -> tuple[str, str] | None:
    at = sentence.index(amount)
    return money.purpose_near(tokens(sentence, 0, at),
                              tokens(sentence, at + len(amount), len(sentence)))


@pytest.mark.parametrize(("sentence", "amount", "purpose"), [
    ("The gang's average ransom demand rose to $3.1 million.", "$3.1 million",
     "ransom demand"),
    ("Individual demands increased 90% to $800,000.", "$800,000", "ransom demand"),
    ("The group is known for demanding $20 million from a hospital chain.", "$20 million",
     "ransom demand"),
    ("The city paid the $2 million ransom.", "$2 million", "ransom"),
    ("Humanitarian aid last year was $40 million.", "$40 million", "humanitarian aid"),
])
def test_purpose_of_an_amount_from_its_clause(sentence: str, amount: str,
                                              purpose: str) -> None:
    found = _purpose(sentence, amount)
    assert found is not None and found[0] == purpose, sentence


def test_an_amount_after_an_unrelated_clause_has_no_purpose() -> None:
    assert _purpose("Exports of steel fell sharply and revenue was $40 million.",
                    "$40 million") is None


def test_a_ransom_paid_is_not_a_ransom_demanded() -> None:
    facts = one("The pipeline operator paid the $4 million ransom.", "$4 million", 4e6, "usd")
    assert compare.estimates([facts], "ransom demanded by hackers").is_empty()
    assert compare.estimates([facts], "ransoms").height == 1


def _inherited(text: str, number: str, noun: str) -> Quantity:
    start, at = text.index(number), text.index(noun)
    return Quantity(start=start, end=start + len(number), text=number, section="paragraph",
                    value=1.0, low=1.0, high=1.0, qualifier="exact", unit=None, object=noun,
                    object_start=at, object_end=at + len(noun), sentence_start=0,
                    sentence_end=len(text))


@pytest.mark.parametrize(("text", "number", "noun", "head"), [
    ("The ministry said 40 people, including six children, were killed and 90 others hurt.",
     "90", "children", "person"),
    ("Floods destroyed 300 homes, among them 12 schools, and damaged 500 more.", "500",
     "schools", None),
])
def test_others_after_an_aside_count_the_asides_whole(text: str, number: str, noun: str,
                                                      head: str | None) -> None:
    found = reading._aside_head(text, _inherited(text, number, noun))
    assert (found.family if found else None) == head


def test_a_noun_taken_from_a_plain_count_stays() -> None:
    text = "About 30 soldiers were killed and 50 were wounded."
    assert reading._aside_head(text, _inherited(text, "50", "soldiers")) is None


@pytest.mark.parametrize(("sentence", "words", "obj", "topic", "found"), [
    ("The agency estimated that roughly 300,000 refugees are children.", "roughly 300,000",
     "refugees", "children who fled", 1),
    ("Officials said 1,200 of the victims were civilians.", "1,200", "victims",
     "civilians killed", 1),
    ("Roughly 300,000 refugees are expected in the spring.", "Roughly 300,000", "refugees",
     "children who fled", 0),
])
def test_a_kind_predicated_of_a_count(sentence: str, words: str, obj: str, topic: str,
                                      found: int) -> None:
    facts = one(sentence, words, 1, "person", obj)
    assert compare.estimates([facts], topic).height == found, sentence


@pytest.mark.parametrize(("written", "family"), [
    ("American sources", "US government"),
    ("Ukrainian sources", "Ukraine government"),
    ("sources", "unnamed officials"),
    ("Memorial, a human rights group", "other"),
    ("the club's sources", "unattributed"),
])
def test_sources_of_a_country_and_groups(written: str, family: str) -> None:
    assert sources.body_of(None, written, home="Kenya").family == family


@pytest.mark.parametrize(("sentence", "words", "topic", "names"), [
    ("The general said American troop levels had risen from 60,000 to 100,000.", "100,000",
     "American troops", (E("American", "NORP"),)),
    ("The general said American troop levels in Poland rose from 6,000 to 10,000.", "10,000",
     "American troops", (E("American", "NORP"), E("Poland", "GPE"))),
    ("Police said the death toll had risen from 12 to 40.", "40", "people killed", ()),
])
def test_a_level_reached_from_an_earlier_one(sentence: str, words: str, topic: str,
                                             names: tuple[E, ...]) -> None:
    facts = one(sentence, words, 1, None, None, names=names)
    assert compare.estimates([facts], topic).height == 1, sentence


def test_a_level_of_another_thing_is_no_count_of_people() -> None:
    facts = one("Sales of the model rose from 100 to 400 units.", "400", 400, None, None)
    assert compare.estimates([facts], "people killed").is_empty()
