"""Measurables across articles: grouping, matching a topic, agreement and supersession."""

from __future__ import annotations

import pytest

from tests.compare.builders import C, E, Q, T, build
from workbench import compare
from workbench.compare.estimates import agreement, matching, measurables
from workbench.model import ArticleFacts


def troops(value: float, *, words: str, sentence: str, source: str | None, published: str,
           qualifier: str = "exact", low: float | None = None, high: float | None = None,
           obj: str = "North Korean troops", names: tuple[E, ...] = ()) -> ArticleFacts:
    """One article stating a count of North Korean troops, attributed to ``source``."""
    claims = (C(sentence, source, source_words=source),) if source else ()
    return build(sentence, published=published, outlet="Wire",
                 quantities=(Q(words, value, "troop", qualifier, low, high, object=obj),),
                 entities=(E("North Korean", "NORP"), *names), claims=claims)


SOUTH_KOREA = "South Korea says 11,000 North Korean troops are in Russia."
US_UP_TO = "The United States says up to 10,000 North Korean troops are in Russia."


def us_estimate(published: str = "2024-11-05") -> ArticleFacts:
    return troops(10000, words="up to 10,000", sentence=US_UP_TO, source="United States",
                  published=published, qualifier="upper_bound", high=10000,
                  names=(E("United States"), E("Russia")))


def sk_estimate(value: float = 11000, words: str = "11,000",
                published: str = "2024-11-06") -> ArticleFacts:
    sentence = SOUTH_KOREA.replace("11,000", words)
    return troops(value, words=words, sentence=sentence, source="South Korea",
                  published=published, names=(E("South Korea"), E("Russia")))


# -- grouping -----------------------------------------------------------------------------

def drones(sentence: str, words: str, value: float, *, times: tuple[T, ...] = (),
           published: str = "2024-11-29") -> measurables.Key:
    facts = build(sentence, published=published,
                  quantities=(Q(words, value, "drone", object="drones"),),
                  entities=tuple(E(n) for n in ("Russia", "Ukraine") if n in sentence),
                  times=times)
    key = measurables.key_of(facts, 0)
    assert key is not None
    return key


def test_same_count_in_two_wordings_is_one_measurable() -> None:
    a = drones("Russia launched 132 drones at Ukraine overnight.", "132", 132)
    b = drones("Overnight, 130 drones were launched by Russia at Ukraine.", "130", 130)
    assert a == b
    assert a.event == "launch" and (a.owners, a.places) == (("Russia",), ("Ukraine",))
    assert a.time == "2024-11-28/2024-11-29"


@pytest.mark.parametrize(("other", "words", "value", "times", "why"), [
    ("Russia launched 188 drones at Ukraine on Tuesday.", "188", 188,
     (T("on Tuesday", "2024-11-26"),), "another day"),
    ("Russia launched 132 drones at Ukraine overnight.", "132", 132, (), "another night"),
    ("Ukraine shot down 88 drones overnight.", "88", 88, (), "another event"),
    ("Russia launched 2,000 drones since February.", "2,000", 2000,
     (T("February", "2024-02", kind="month"),), "a running total"),
])
def test_different_nights_and_events_are_never_merged(other: str, words: str, value: float,
                                                        times: tuple[T, ...], why: str) -> None:
    night = drones("Russia launched 132 drones at Ukraine overnight.", "132", 132)
    published = "2024-11-30" if why == "another night" else "2024-11-29"
    assert drones(other, words, value, times=times, published=published) != night, why


def test_count_of_one_attack_is_not_a_running_total() -> None:
    attack = build("Kyiv said that 50 Russian troops were killed in the attack.",
                   quantities=(Q("50", 50, "troop", object="Russian troops"),),
                   entities=(E("Kyiv", canonical="Kyiv"), E("Russian", "NORP")))
    total = build("So far 1,000 Russian troops have been killed.",
                  quantities=(Q("1,000", 1000, "troop", object="Russian troops"),),
                  entities=(E("Russian", "NORP"),))
    a, b = measurables.key_of(attack, 0), measurables.key_of(total, 0)
    assert a is not None and b is not None and a != b
    assert a.time == "one attack reported 2024-11-29" and b.time is None


def test_pronoun_owner_keeps_sentence_names_out_of_the_match() -> None:
    facts = build("Ukraine's military said two of its soldiers were killed by Russian fire.",
                  quantities=(Q("two", 2, "soldier", object="soldiers"),),
                  entities=(E("Ukraine"), E("Russian", "NORP")))
    assert compare.estimates([facts], "Russian soldiers killed").is_empty()
    assert compare.estimates([facts], "soldiers killed").height == 1


def test_statement_date_is_not_the_event_time() -> None:
    facts = build("Officials said on Friday that 40 drones were shot down.",
                  quantities=(Q("40", 40, "drone", object="drones"),),
                  times=(T("on Friday", "2024-11-29"),))
    key = measurables.key_of(facts, 0)
    assert key is not None and key.time is None and key.event == "down"
    estimate = next(measurables.estimates_of(facts))
    assert estimate.stated == "2024-11-29"


OWNERS_AND_PLACES = [
    ("Some 11,000 North Korean troops are in Kursk.", "11,000", "troop", "North Korean troops",
     (E("North Korean", "NORP"), E("Kursk", canonical="Kursk")), ("North Korea",), ("Kursk",)),
    ("Russia has lost 30,000 soldiers, Ukraine says.", "30,000", "soldier", "soldiers",
     (E("Russia"), E("Ukraine")), ("Russia",), ()),
    ("Ukraine says 30,000 Russian soldiers were killed.", "30,000", "soldier",
     "Russian soldiers", (E("Ukraine"), E("Russian", "NORP")), ("Russia",), ()),
    ("Russia's 900 tanks are old.", "900", "tank", "tanks", (E("Russia"),), ("Russia",), ()),
    ("The DPRK sent 10,000 troops.", "10,000", "troop", "troops", (E("DPRK"),),
     ("North Korea",), ()),
    ("130 drones were launched by Russia at Ukraine.", "130", "drone", "drones",
     (E("Russia"), E("Ukraine")), ("Russia",), ("Ukraine",)),
    ("5,000 troops from Belarus are near Kyiv.", "5,000", "troop", "troops",
     (E("Belarus"), E("Kyiv", canonical="Kyiv")), ("Belarus",), ("Kyiv",)),
    ("Ukraine shot down 30 drones.", "30", "drone", "drones", (E("Ukraine"),), (), ()),
    ("Seven million people have fled Ukraine.", "Seven million", "person", "people",
     (E("Ukraine"),), ("Ukraine",), ()),
    ("Ukraine shot down 30 drones, Russia said.", "30", "drone", "drones",
     (E("Ukraine"), E("Russia")), (), ()),
    ("Ukraine shot down 30 drones over Kyiv.", "30", "drone", "drones",
     (E("Ukraine"), E("Kyiv", canonical="Kyiv")), (), ("Kyiv",)),
]


@pytest.mark.parametrize(("sentence", "words", "unit", "obj", "names", "owners", "places"),
                         OWNERS_AND_PLACES)
def test_qualifiers_are_whose_and_where(sentence: str, words: str, unit: str, obj: str,
                                        names: tuple[E, ...], owners: tuple[str, ...],
                                        places: tuple[str, ...]) -> None:
    facts = build(sentence, quantities=(Q(words, 1, unit, object=obj),), entities=names)
    key = measurables.key_of(facts, 0)
    assert key is not None
    assert (key.owners, key.places) == (owners, places)


def test_whose_and_where_are_different_measurables() -> None:
    ours = build("2,000 Russian troops are in Ukraine.",
                 quantities=(Q("2,000", 2000, "troop", object="Russian troops"),),
                 entities=(E("Russian", "NORP"), E("Ukraine")))
    theirs = build("2,000 Ukrainian troops are in Russia.",
                   quantities=(Q("2,000", 2000, "troop", object="Ukrainian troops"),),
                   entities=(E("Ukrainian", "NORP"), E("Russia")))
    assert measurables.key_of(ours, 0) != measurables.key_of(theirs, 0)
    assert compare.estimates([ours, theirs], "Russian troops")["places"].to_list() == [
        ["Ukraine"]]
    assert compare.estimates([ours, theirs], "troops in Russia").height == 1


def test_soldiers_and_troops_are_one_unit_refugees_are_people_who_fled() -> None:
    assert measurables.normal_unit("soldiers", "kill") == ("troop", "kill")
    assert measurables.normal_unit("troops", "deploy") == ("troop", None)
    assert measurables.normal_unit("refugees", None) == ("person", "flee")
    assert measurables.normal_unit("people", "flee") == ("person", "flee")
    assert measurables.normal_unit("deaths", None) == ("person", "kill")
    assert measurables.normal_unit("casualties", None) == ("person", "casualty")
    key = measurables.Key("person", (), (), "casualty", None)
    assert key.label == "people killed or wounded"


def test_numbers_that_count_nothing_are_not_estimates() -> None:
    facts = build("Talks lasted 4.5 hours and two sides met.",
                  quantities=(Q("4.5", 4.5, "hour"), Q("two", 2)))
    assert list(measurables.estimates_of(facts)) == []


# -- matching a topic ---------------------------------------------------------------------

@pytest.mark.parametrize("topic", ["North Korean troops", "North Korean troop", "DPRK troops",
                                   "north korean soldiers", "troops from North Korea"])
def test_topic_matches_plural_demonym_and_alias(topic: str) -> None:
    table = compare.estimates([us_estimate()], topic)
    assert table.height == 1


@pytest.mark.parametrize("topic", ["Russian troops", "North Korean drones",
                                   "North Korean troops killed", "South Korean troops"])
def test_topic_does_not_match_other_measurables(topic: str) -> None:
    assert compare.estimates([us_estimate()], topic).is_empty()


def test_topic_must_name_something_counted() -> None:
    with pytest.raises(ValueError, match="names nothing counted"):
        matching.parse("North Korea")


# -- agreement and supersession ---------------------------------------------------------

@pytest.mark.parametrize(("qualifier", "value", "low", "high", "expected"), [
    ("exact", 8, 8, 8, (8, 8)),
    ("upper_bound", 10000, None, 10000, (0, 10000)),
    ("lower_bound", 8, 8, None, (8, float("inf"))),
    ("range", 11000, 11000, 12000, (11000, 12000)),
    ("approx", 100, None, None, (90, 110)),
])
def test_interval_of_each_qualifier(qualifier: str, value: float, low: float | None,
                                    high: float | None, expected: tuple[float, float]) -> None:
    facts = build("x 8 y", quantities=(Q("8", value, "drone", qualifier, low, high),))
    assert agreement.interval(facts.quantities[0]) == pytest.approx(expected)


def test_upper_bound_and_larger_count_conflict_with_spread() -> None:
    table = compare.estimates([us_estimate(), sk_estimate()], "North Korean troops")
    assert table.height == 2
    assert set(table["agreement"]) == {"conflict"}
    assert table["spread"][0] == pytest.approx(1.1)
    assert set(table["disagrees"]) == {1}


def test_spread_is_between_the_disagreeing_ends() -> None:
    assert agreement.spread([(5710, 5710), (64000, float("inf")), (1, float("inf"))]) == \
        pytest.approx(64000 / 5710)
    assert agreement.spread([(0, 10000), (8000, 8000)]) is None


def test_count_within_the_bound_agrees() -> None:
    table = compare.estimates([us_estimate(), sk_estimate(8000, "8,000")], "North Korean troops")
    assert set(table["agreement"]) == {"agree"}
    assert table["spread"].is_null().all()


def test_same_number_from_one_source_twice_is_single() -> None:
    table = compare.estimates([us_estimate("2024-11-05"), us_estimate("2024-11-05")],
                              "North Korean troops")
    assert set(table["agreement"]) == {"single"}


def test_later_estimate_of_same_source_supersedes_earlier() -> None:
    old = sk_estimate(8000, "8,000", published="2024-10-20")
    new = sk_estimate(11000, "11,000", published="2024-11-06")
    table = compare.estimates([old, new, us_estimate()], "North Korean troops")
    by_value = {row["value"]: row for row in table.iter_rows(named=True)}
    assert by_value[8000]["superseded"] and by_value[8000]["superseded_by"] == new.article.id
    assert not by_value[11000]["superseded"]
    assert by_value[8000]["agreement"] == "conflict"  # the verdict left it out: 11,000 > 10,000
    assert table.height == 3


def test_generic_sources_never_supersede() -> None:
    assert not agreement.specific("officials")
    assert agreement.specific("Ukraine's air force")


def test_source_falls_back_to_outlet() -> None:
    facts = troops(9000, words="9,000", sentence="About 9,000 North Korean troops arrived.",
                   source=None, published="2024-11-01")
    table = compare.estimates([facts], "North Korean troops")
    assert table["source"].to_list() == ["Wire"]


def test_verdicts_one_row_per_measurable() -> None:
    table = compare.estimates([us_estimate(), sk_estimate()])
    verdicts = compare.verdicts(table)
    assert verdicts.height == 1 and verdicts["agreement"][0] == "conflict"
