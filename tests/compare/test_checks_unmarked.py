"""Relations stated with no cue word: figures that add up to the total before them, and a
figure with no noun restated with the same digits. Both are readings, reported only when
they hold."""

from __future__ import annotations

import pytest

from tests.compare.builders import Q
from tests.compare.checking import Marks, found, verdicts

UNMARKED: list[tuple[str, tuple[Q, ...], Marks, list[tuple[str, bool]]]] = [
    # elections: ballots counted and each party's share of them
    ("With 41.2 mln ballots counted, the Labour Party had taken 22.75 mln, the Farmers Party "
     "11.31 mln and the Greens 7.18 mln.",
     (Q("41.2 mln", 41.2e6, "ballot", object="ballots"), Q("22.75 mln", 22.75e6, "ballot"),
      Q("11.31 mln", 11.31e6, "ballot"), Q("7.18 mln", 7.18e6, "ballot")), {},
     [("parts", True)]),
    # business: a company's sales split by market with no cue
    ("The group booked sales of 412 mln dlrs, 250 mln dlrs in North America and 162 mln dlrs "
     "in Europe.",
     (Q("412 mln dlrs", 412e6, "usd"), Q("250 mln dlrs", 250e6, "usd"),
      Q("162 mln dlrs", 162e6, "usd")), {}, [("parts", True)]),
    # figures of one unit that do not add up are no breakdown: nothing, never an alarm
    ("The city spent 90 mln dlrs on roads, 40 mln dlrs on parks and 35 mln dlrs on schools.",
     (Q("90 mln dlrs", 90e6, "usd"), Q("40 mln dlrs", 40e6, "usd"),
      Q("35 mln dlrs", 35e6, "usd")), {}, []),
    # a round part is rounded to its last digit like any other: 1,000 + 14.78 is not 1,120
    ("The bonds will be redeemed at 1,120 dlrs per 1,000 dlrs of principal plus 14.78 dlrs "
     "of interest.",
     (Q("1,120 dlrs", 1120, "usd"), Q("1,000 dlrs", 1000, "usd"), Q("14.78 dlrs", 14.78, "usd")),
     {}, []),
    # economics: a level stated with no noun, then restated
    ("Orders in the quarter totaled 642.5 mln dlrs.\nThe association put the figure for the "
     "three months at 642.5 mln dlrs.",
     (Q("642.5 mln dlrs", 642.5e6, "usd"), Q("642.5 mln dlrs", 642.5e6, "usd", nth=1)), {},
     [("same_figure", True)]),
    # sports: a batting average restated
    ("He finished the season hitting .318.\nThat .318 was the best of his career.",
     (Q(".318", 0.318), Q(".318", 0.318, nth=1)), {}, [("same_figure", True)]),
    # markets: two stocks listed side by side at one price are two figures
    ("Harbor Mills rose 12 cents to 5.46 dlrs and Delta Foods eased to 5.46 dlrs.\nHarbor "
     "Mills later traded at 5.46 dlrs, while Delta Foods held at 3.12 dlrs.",
     (Q("5.46 dlrs", 5.46, "usd"), Q("12 cents", 0.12, "usd"), Q("5.46 dlrs", 5.46, "usd", nth=1),
      Q("5.46 dlrs", 5.46, "usd", nth=2), Q("3.12 dlrs", 3.12, "usd")), {}, []),
    # finance: rates by maturity with last week's in brackets, one value for two maturities
    ("Rates for 30-60 days were 6.15 pct (6.20).\nRates for 60-90 days were 6.15 pct (6.18).",
     (Q("30-60 days", 30, "day"), Q("6.15 pct", 6.15, "percent"), Q("6.20", 6.2),
      Q("60-90 days", 60, "day"), Q("6.15 pct", 6.15, "percent", nth=1), Q("6.18", 6.18)), {},
     []),
    # a round figure repeated says nothing: two different amounts of 300,000
    ("The county paid 300,000 dlrs for the site.\nA second grant of 300,000 dlrs went to "
     "the library.",
     (Q("300,000 dlrs", 3e5, "usd"), Q("300,000 dlrs", 3e5, "usd", nth=1)), {}, []),
]


@pytest.mark.parametrize(("text", "quantities", "marks", "expected"), UNMARKED)
def test_relations_with_no_cue(text: str, quantities: tuple[Q, ...], marks: Marks,
                               expected: list[tuple[str, bool]]) -> None:
    assert verdicts(found(text, quantities, marks)) == expected


PRODUCTS: list[tuple[str, tuple[Q, ...], list[tuple[str, bool]]]] = [
    # markets: a share issue at a price and what it raises, across two sentences
    ("The new shares will be sold at 35 cents each.\nThe company will issue 42 mln shares to "
     "raise 14.7 mln dlrs.",
     (Q("35 cents", 0.35, "usd"), Q("42 mln", 42e6, "share", object="shares"),
      Q("14.7 mln dlrs", 14.7e6, "usd")), [("product", True)]),
    # commodities: a cargo at a price per barrel and its worth
    ("The tanker loaded 650,000 barrels at 18.40 dlrs a barrel, a cargo worth 11.96 mln dlrs.",
     (Q("650,000 barrels", 650000, "barrel"), Q("18.40 dlrs", 18.4, "usd"),
      Q("11.96 mln dlrs", 11.96e6, "usd")), [("product", True)]),
    # a count, a price and an amount that do not multiply out: nothing, never an alarm
    ("The fund bought 2.5 mln shares at 12 dlrs and spent 41 mln dlrs on bonds.",
     (Q("2.5 mln", 2.5e6, "share", object="shares"), Q("12 dlrs", 12, "usd"),
      Q("41 mln dlrs", 41e6, "usd")), []),
]


@pytest.mark.parametrize(("text", "quantities", "expected"), PRODUCTS)
def test_a_count_at_a_price_and_the_amount(text: str, quantities: tuple[Q, ...],
                                           expected: list[tuple[str, bool]]) -> None:
    assert [v for v in verdicts(found(text, quantities)) if v[0] == "product"] == expected


REMAINDERS: list[tuple[str, tuple[Q, ...], list[tuple[str, bool]]]] = [
    # central banking: an operation split over the sentences after it
    ("The central bank will inject 600 mln euros into the market on Friday.\nOf the total, 350 "
     "mln euros will be lent for seven days.\nThe other 250 mln will run for a month.",
     (Q("600 mln euros", 600e6, "eur"), Q("350 mln euros", 350e6, "eur"),
      Q("250 mln", 250e6)), [("parts", True)]),
    # public health: doses delivered, split between two regions
    ("The ministry delivered 48,000 doses last week.\nOf those, 30,000 doses went to the north.\n"
     "The remaining 18,000 doses went to the coast.",
     (Q("48,000", 48000, "dose", object="doses"), Q("30,000", 30000, "dose", object="doses"),
      Q("18,000", 18000, "dose", object="doses")), [("parts", True)]),
    # parts that do not add up to a figure of the sentence before: nothing, never an alarm
    ("The fund raised 90 mln dlrs this year.\nOf the total, 50 mln dlrs came from pensions.\n"
     "The other 20 mln dlrs came from banks.",
     (Q("90 mln dlrs", 90e6, "usd"), Q("50 mln dlrs", 50e6, "usd"),
      Q("20 mln dlrs", 20e6, "usd")),
     []),
]


@pytest.mark.parametrize(("text", "quantities", "expected"), REMAINDERS)
def test_a_total_split_over_the_sentences_after_it(text: str, quantities: tuple[Q, ...],
                                                   expected: list[tuple[str, bool]]) -> None:
    assert [v for v in verdicts(found(text, quantities)) if v[0] == "parts"] == expected
