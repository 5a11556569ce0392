"""Units and changes that the words around a number decide: a capital W written onto digits, a
currency word several countries use, dollar fractions of stock quotes, fixed two-word nouns, a
bare level continuing a count's change, amounts coordinated under one change, a change noun after
an adjective (sentences written for the tests, on patterns of several news domains)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.conftest import make_article
from workbench.extract.quantities.find import quantities
from workbench.model import Quantity


def extract(nlp: Language, text: str, published: str = "2024-11-29") -> list[Quantity]:
    article = make_article(text, published=published)
    return list(quantities(nlp(article.text), article))


def only(found: list[Quantity], value: float) -> Quantity:
    hits = [q for q in found if q.value == pytest.approx(value)]
    assert len(hits) == 1, found
    return hits[0]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The new handset charges at 65W with the bundled adapter.", 65),
        ("Each rooftop panel is rated at 400W, the installer said.", 400),
    ],
)
def test_a_capital_w_glued_to_digits_is_watts(nlp: Language, text: str, value: float) -> None:
    assert only(extract(nlp, text), value).unit == "watt"


def test_other_capitals_glued_to_digits_stay_names(nlp: Language) -> None:
    assert not extract(nlp, "The tablet supports 5G and films in 8K.")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The carmaker's loss narrowed to 1.2 billion francs, a Paris analyst said.", "frf"),
        ("Zurich insurers set aside 300 mln francs for storm claims.", "chf"),
        ("The Brussels utility will invest five billion francs in its grid.", "bef"),
        ("The club paid 40 mln francs for the striker.", "chf"),  # no country named
        ("French and Swiss banks lent 10 mln francs each.", "chf"),  # two named: undecided
    ],
)
def test_francs_take_the_country_the_article_names(nlp: Language, text: str, unit: str) -> None:
    assert [q.unit for q in extract(nlp, text, "1987-03-02")] == [unit]


def test_stock_quotes_in_fractions_are_dollars(nlp: Language) -> None:
    found = extract(nlp, "Shares of the airline fell 3/8 to 30-5/8 in active trading.",
                    "1987-03-06")
    assert [(q.value, q.unit, q.change, q.change_kind) for q in found] == [
        (0.375, "usd", "decrease", "by"), (30.625, "usd", "decrease", "to")]
    found = extract(nlp, "The chipmaker's stock closed at 21-1/8, up 1/4.", "1987-04-01")
    assert [(q.value, q.unit) for q in found] == [(21.125, "usd"), (0.25, "usd")]


@pytest.mark.parametrize(
    "text",
    [
        "Holders of 3/4 of the stock backed the merger.",  # a part of the stock
        "The recipe for the bakery's bread needs 3/4 cup of rye.",  # no stock
    ],
)
def test_other_fractions_are_not_dollars(nlp: Language, text: str) -> None:
    assert all(q.unit != "usd" for q in extract(nlp, text, "1987-03-06"))


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The guard sank nine free throws in the fourth quarter.", 9, "free throw"),
        ("The keeper faced three free kicks before the break.", 3, "free kick"),
        ("The kicker made four field goals in the win.", 4, "field goal"),
    ],
)
def test_fixed_two_word_nouns_are_units(nlp: Language, text: str, value: float,
                                        unit: str) -> None:
    assert only(extract(nlp, text), value).unit == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Enrollment will climb from almost 1,200 students to nearly 1,400.", 1400, "student"),
        ("Membership of the choir fell from 300 volunteers to about 250.", 250, "volunteer"),
    ],
)
def test_a_bare_level_continues_a_counted_change(nlp: Language, text: str, value: float,
                                                 unit: str) -> None:
    q = only(extract(nlp, text), value)
    assert (q.unit, q.change_kind) == (unit, "to")


@pytest.mark.parametrize(
    ("text", "values", "change"),
    [
        ("Bread and milk prices rose by 0.4% and 0.3% respectively.", (0.4, 0.3), "increase"),
        ("Coal and gas output fell 12 pct and 7 pct last year.", (12, 7), "decrease"),
    ],
)
def test_coordinated_amounts_share_their_change(nlp: Language, text: str,
                                                values: tuple[float, ...], change: str) -> None:
    found = extract(nlp, text)
    assert [(q.value, q.change, q.change_kind) for q in found] == [
        (v, change, "by") for v in values]


def test_a_count_after_an_amount_is_not_its_change(nlp: Language) -> None:
    found = extract(nlp, "Sales rose 5% and 3 new stores opened.")
    assert only(found, 3).change is None


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        ("Economists had expected a 0.3% monthly increase in prices.", 0.3, "increase"),
        ("Analysts forecast a 2% annual decline in steel output.", 2, "decrease"),
    ],
)
def test_a_change_noun_after_an_adjective(nlp: Language, text: str, value: float,
                                          change: str) -> None:
    q = only(extract(nlp, text), value)
    assert (q.change, q.change_kind) == (change, "by")


def test_an_adjective_and_a_plain_noun_are_no_change(nlp: Language) -> None:
    assert only(extract(nlp, "Savers earn a 5% annual rate on the account."), 5).change is None


@pytest.mark.parametrize(
    ("text", "value", "per"),
    [
        ("The utility sold gas at 2.17 dlrs per mcf last year.", 2.17, "thousand cubic foot"),
        ("Landlords in the city charge $1,200 a month for a flat.", 1200, "month"),
    ],
)
def test_rates(nlp: Language, text: str, value: float, per: str) -> None:
    assert only(extract(nlp, text), value).per == per


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Ford shares firmed 1/8 to 21-1/8 in late trading.",
         [(0.125, "increase", "by"), (21.125, "increase", "to")]),
        ("Gold edged up 2.50 dlrs to 420.75 dlrs an ounce.",
         [(2.5, "increase", "by"), (420.75, "increase", "to")]),
    ],
)
def test_market_verbs_give_a_change_and_its_level(nlp: Language, text: str,
                                                  values: list[tuple[float, str, str]]) -> None:
    found = extract(nlp, text, "1987-04-01")
    assert [(q.value, q.change, q.change_kind) for q in found] == values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Aid groups set up 5 camps near the border.", 5),
        ("Air defences shot down dozens of drones overnight.", 12),
    ],
)
def test_a_particle_before_a_count_is_no_change(nlp: Language, text: str, value: float) -> None:
    assert only(extract(nlp, text), value).change is None


def test_a_particle_before_an_amount_is_its_change(nlp: Language) -> None:
    q = only(extract(nlp, "Fuel prices shot up nearly 80% over the summer."), 80)
    assert (q.change, q.change_kind) == ("increase", "by")


@pytest.mark.parametrize(
    "text",
    [
        "Net profit included a 1.45 dlr extraordinary gain, the company said.",  # not a period
        "The firm will ship a 25 MHz, 32-bit computer this fall.",  # a comma lists, not joins
    ],
)
def test_no_change_spread_beyond_its_words(nlp: Language, text: str) -> None:
    assert all(q.change is None for q in extract(nlp, text, "1987-03-02"))


def test_an_amount_restated_in_another_unit_keeps_its_change(nlp: Language) -> None:
    found = extract(nlp, "February sales rose 18.1 mln dlrs, or 24.2 pct, the retailer said.")
    assert [(q.value, q.change) for q in found] == [(18.1e6, "increase"), (24.2, "increase")]
