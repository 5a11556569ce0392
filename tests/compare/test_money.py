"""Amounts of money read through their purpose. Invented sentences on patterns of war aid,
disaster relief and budget reports."""

from __future__ import annotations

import pytest

from tests.compare.builders import E, T
from tests.compare.test_concepts import one
from workbench import compare
from workbench.compare.estimates import money


def amount(sentence: str, words: str, value: float, unit: str = "usd",
           names: tuple[E, ...] = ()) -> object:
    return one(sentence, words, value, unit, None, names=names)


MILITARY = [
    ("Washington pledged $800 million in military aid to Ukraine.", "$800 million", 8e8,
     "usd"),
    ("Berlin approved a further 500 million euros of weapons deliveries for Ukraine.",
     "500 million euros", 5e8, "eur"),
    ("The president will send Ukraine additional security assistance worth $1 billion.",
     "$1 billion", 1e9, "usd"),
    ("London has given £1.3 billion in military support to Ukraine since 2014.",
     "£1.3 billion", 1.3e9, "gbp"),
    ("The new $300 million military aid package for Ukraine includes drones.", "$300 million",
     3e8, "usd"),
    ("The allies plan to provide another $200 million to Ukraine for weapons.", "$200 million",
     2e8, "usd"),
    ("Last week the administration authorized another $800 million security package for "
     "Ukraine.", "$800 million", 8e8, "usd"),
    ("The allies have authorized $2.3 billion in shipments of weapons to Ukraine.",
     "$2.3 billion", 2.3e9, "usd"),
]
NOT_MILITARY = [
    ("The EU will send $100 million in humanitarian aid to Ukraine.", "$100 million", 1e8),
    ("The defence budget for next year is $773 billion.", "$773 billion", 7.73e11),
    ("Donors promised $40 million in relief after the earthquake.", "$40 million", 4e7),
    ("The World Bank approved $500 million in financial assistance for Ukraine.",
     "$500 million", 5e8),
    ("Billions of dollars of weaponry flow into India every year.", "Billions", 1e9),
    ("Shipments of grain from Ukraine were worth $5 billion last year.", "$5 billion", 5e9),
]


@pytest.mark.parametrize(("sentence", "words", "value", "unit"), MILITARY)
def test_military_aid_finds_amounts_for_weapons(sentence: str, words: str, value: float,
                                                unit: str) -> None:
    facts = amount(sentence, words, value, unit, names=(E("Ukraine"),))
    table = compare.estimates([facts], "military aid to Ukraine")
    assert table.height == 1, sentence
    assert table["match"][0].startswith("for ")


@pytest.mark.parametrize(("sentence", "words", "value"), NOT_MILITARY)
def test_military_aid_leaves_other_money(sentence: str, words: str, value: float) -> None:
    names = (E("India"),) if "India" in sentence else (E("Ukraine"),) * ("Ukraine" in sentence)
    facts = amount(sentence, words, value, names=names)
    assert compare.estimates([facts], "military aid to Ukraine").is_empty(), sentence


def test_aid_includes_its_kinds_but_not_a_budget() -> None:
    kinds = [amount(s, w, v, u) for s, w, v, u in MILITARY[:2]]
    relief = amount(*NOT_MILITARY[0])
    budget = amount(*NOT_MILITARY[1])
    table = compare.estimates([*kinds, relief, budget], "aid")
    assert sorted(table["value"].to_list()) == [1e8, 5e8, 8e8]
    assert compare.estimates([relief], "humanitarian aid").height == 1


def test_a_count_is_no_amount_of_aid() -> None:
    facts = one("The army received 500 weapons in military aid.", "500", 500, "weapon",
                "weapons")
    assert compare.estimates([facts], "military aid").is_empty()


@pytest.mark.parametrize(("sentence", "found"), [
    ("Billions of dollars flow into India.", {"India"}),
    ("The loan for the Philippines was approved.", {"Philippines"}),
    ("The money was spent at home.", set()),
])
def test_recipients(sentence: str, found: set[str]) -> None:
    assert money.recipients(sentence) == found


def test_money_given_since_a_year_is_a_running_total_but_a_count_then_is_not() -> None:

    since = one("London has given £1.3 billion in military support since 2014.", "£1.3 billion",
                1.3e9, "gbp", None, times=(T("2014", "2014", kind="year"),))
    assert compare.estimates([since], "military aid").height == 1
    then = one("London gave £1.3 billion in military support in 2014.", "£1.3 billion", 1.3e9,
               "gbp", None, times=(T("2014", "2014", kind="year"),))
    assert compare.estimates([then], "military aid").is_empty()


@pytest.mark.parametrize(("topic", "money_"), [
    ("military aid to Ukraine", True),
    ("money for weapons", True),
    ("weapons delivered to Ukraine", False),
    ("humanitarian aid", True),
])
def test_a_query_names_money_or_goods(topic: str, money_: bool) -> None:
    from workbench.compare.estimates import matching
    query = matching.parse(topic)
    assert (query.concept is not None and query.concept.money) is money_
    assert query.required == ()


def test_weapons_counted_are_no_money() -> None:
    count = one("The allies delivered 5,000 weapons to the army.", "5,000", 5000, "weapon",
                "weapons")
    amount_ = amount("The allies delivered $50 million of weapons to the army.", "$50 million",
                     5e7)
    assert compare.estimates([count, amount_], "money for weapons")["value"].to_list() == [5e7]
