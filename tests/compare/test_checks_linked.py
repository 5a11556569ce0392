"""Arithmetic checks of figures tied by a word to a figure before them: running totals
("bringing the total to"), averages inside the range they average, multiples by a verb
("double ... to"), an old level named by its period ("The previous week's level"), a results
table's longer period against its quarter; and the readings these rely on: an aside's old
level before a later "to", the low end of a range that is no old level, the people of a
country as a kind of people, parts past a sentence without numbers.

Each rule is tested on sentences of at least two domains, with a case where it must not fire
and, where it may alarm, a case where the numbers do not add up.
"""

from __future__ import annotations

import pytest

from tests.compare.builders import Q, build
from tests.compare.checking import Marks, found, verdicts
from workbench.compare.checks import consistency

UP, DOWN = "increase", "decrease"

LINKED: list[tuple[str, tuple[Q, ...], Marks, list[tuple[str, bool]]]] = [
    # banking: the aside's old level, then a running total brought to a level
    ("The bank set aside 40 mln dlrs for bad loans, up from 32 mln dlrs a year earlier, "
     "bringing its total reserves to 210 mln dlrs.",
     (Q("40 mln dlrs", 40e6, "usd"), Q("32 mln dlrs", 32e6, "usd"),
      Q("210 mln dlrs", 210e6, "usd")),
     {"32 mln dlrs": (UP, "from")}, [("change", True), ("subset", True)]),
    # disasters: a death toll brought to a count
    ("The storm killed 12 more people on Tuesday, bringing the overall death toll to 57 people.",
     (Q("12", 12, "person", object="people"), Q("57", 57, "person", object="people")), {},
     [("subset", True)]),
    # a running total of another thing: no check
    ("The chain opened 30 stores in May, bringing the total number of staff to 4,000 workers.",
     (Q("30", 30, "store", object="stores"), Q("4,000", 4000, "worker", object="workers")), {},
     []),
    # a running total below what was added: a reading only, never an alarm
    ("The fund raised 300 mln dlrs in March, bringing its total to 200 mln dlrs.",
     (Q("300 mln dlrs", 300e6, "usd"), Q("200 mln dlrs", 200e6, "usd")), {}, []),
    # economics: an average inside the range of forecasts of the sentence before
    ("Economists said money supply would rise anywhere from 700 mln dlrs to three billion "
     "dlrs.\nThe average forecast called for a 1.8 billion dlr increase.",
     (Q("700 mln dlrs", 700e6, "usd"), Q("three billion dlrs", 3e9, "usd"),
      Q("1.8 billion dlr", 1.8e9, "usd")),
     {"700 mln dlrs": (UP, "from"), "three billion dlrs": (UP, "to"),
      "1.8 billion dlr": (UP, "by")}, [("range", True)]),
    # sports: crowd estimates and their median in one sentence
    ("Estimates of the crowd ranged from 40,000 people to 55,000 people, with a median "
     "estimate of 48,000 people.",
     (Q("40,000", 40000, "person", object="people"), Q("55,000", 55000, "person",
                                                        object="people"),
      Q("48,000", 48000, "person", object="people")), {}, [("range", True)]),
    # an average outside the range: a reading only
    ("Forecasts ranged from 2 pct to 3 pct. The average forecast was 5 pct.",
     (Q("2 pct", 2, "percent"), Q("3 pct", 3, "percent"), Q("5 pct", 5, "percent")), {}, []),
    # "fall anywhere from 2 pct to 5 pct" is a range, not a fall from 2 to 5
    ("Analysts said sales could fall anywhere from 2 pct to 5 pct this year.",
     (Q("2 pct", 2, "percent"), Q("5 pct", 5, "percent")),
     {"2 pct": (DOWN, "from"), "5 pct": (DOWN, "to")}, []),
    # public services: doubling a payment to a new amount, in one sentence
    ("Ministers could double the £350 monthly payment to hosts to £700.",
     (Q("£350", 350, "gbp"), Q("£700", 700, "gbp")), {"£700": (UP, "to")},
     [("multiple", True)]),
    # ... and with the amount in the sentence before
    ("Hosts receive £350 a month.\nThe council plans to double the payment to £700.",
     (Q("£350", 350, "gbp"), Q("£700", 700, "gbp")), {"£700": (UP, "to")},
     [("multiple", True)]),
    # sports: tripling a prize fund
    ("The league will triple the prize fund of $2 million to $6 million next season.",
     (Q("$2 million", 2e6, "usd"), Q("$6 million", 6e6, "usd")), {"$6 million": (UP, "to")},
     [("change", True), ("multiple", True)]),
    # not the multiple: a reading only
    ("Ministers could double the £350 monthly payment to hosts to £900.",
     (Q("£350", 350, "gbp"), Q("£900", 900, "gbp")), {"£900": (UP, "to")}, []),
    # banking: the old level named by its period in the next sentence (and the revision of
    # that level, a change read from its two levels)
    ("Bank lending rose 3.1 bln dlrs to a seasonally adjusted 512.4 bln dlrs in the latest "
     "week.\nThe previous week's level was revised to 509.3 bln dlrs from 509.0 bln.",
     (Q("3.1 bln dlrs", 3.1e9, "usd"), Q("512.4 bln dlrs", 512.4e9, "usd"),
      Q("509.3 bln dlrs", 509.3e9, "usd"), Q("509.0 bln", 509.0e9, "usd")),
     {"3.1 bln dlrs": (UP, "by")}, [("change", True), ("change", True)]),
    # transport: a month's figure and last month's
    ("Passenger numbers fell 40,000 to 1.21 million people in May.\nLast month's figure was "
     "1.25 million people.",
     (Q("40,000", 40000, "person"), Q("1.21 million", 1.21e6, "person",
                                                        object="people"),
      Q("1.25 million", 1.25e6, "person", object="people")),
     {"40,000": (DOWN, "by")}, [("change", True)]),
    # an amount that is not the difference: a reading only
    ("Bank lending rose 3.1 bln dlrs to 512.4 bln dlrs in the latest week.\nThe previous "
     "week's level was 505.0 bln dlrs.",
     (Q("3.1 bln dlrs", 3.1e9, "usd"), Q("512.4 bln dlrs", 512.4e9, "usd"),
      Q("505.0 bln dlrs", 505.0e9, "usd")),
     {"3.1 bln dlrs": (UP, "by")}, []),
    # history: the people of a country are some of a count of people
    ("The war killed at least 35 million people, including 8 million Poles.",
     (Q("at least 35 million", 35e6, "person", "lower_bound", 35e6, None, object="people"),
      Q("8 million", 8e6, "pole", object="Poles")), {}, [("subset", True)]),
    # aviation
    ("The flight carried 180 passengers, including 45 Germans.",
     (Q("180", 180, "passenger", object="passengers"), Q("45", 45, "german", object="Germans")),
     {}, [("subset", True)]),
    # courts: the parts past a sentence without numbers, naming what they count
    ("Police detained nine people on Friday.\nThe raids took place at dawn.\nSix Italians and "
     "three Austrians were held in the capital.",
     (Q("nine", 9, "person", object="people"), Q("Six", 6, "italian", object="Italians"),
      Q("three", 3, "austrian", object="Austrians")), {}, [("parts", True)]),
    # bare numbers past a sentence: no parts
    ("Police detained nine people on Friday.\nThe raids took place at dawn.\nSix were released "
     "and three were charged.",
     (Q("nine", 9, "person", object="people"), Q("Six", 6), Q("three", 3)), {}, []),
    # markets: a change verb of the data ("plummeted") gives the direction
    ("Copper stocks plummeted to 2.1 mln tonnes from 3.4 mln tonnes.",
     (Q("2.1 mln tonnes", 2.1e6, "tonne"), Q("3.4 mln tonnes", 3.4e6, "tonne")), {},
     [("change", True)]),
    ("Copper stocks plummeted to 4.1 mln tonnes from 3.4 mln tonnes.",
     (Q("4.1 mln tonnes", 4.1e6, "tonne"), Q("3.4 mln tonnes", 3.4e6, "tonne")), {},
     [("change", False)]),
]


@pytest.mark.parametrize(("text", "quantities", "marks", "expected"), LINKED)
def test_figures_linked_by_words(text: str, quantities: tuple[Q, ...], marks: Marks,
                                 expected: list[tuple[str, bool]]) -> None:
    assert verdicts(found(text, quantities, marks)) == expected


def _table(title: str, body: str, quantities: tuple[Q, ...]) -> list[tuple[str, bool]]:
    facts = build(body, quantities=quantities, title=title)
    return verdicts(list(consistency.checks(facts)))


RETAIL = ("Shr 10 cts vs 8 cts\nNet 1,200,000 vs 900,000\nRevs 5,300,000 vs 4,900,000\n"
          "Six mths\nShr 18 cts vs 15 cts\nNet 2,000,000 vs 1,700,000\n"
          "Revs {} vs 9,600,000")


def _retail(six_months: str, value: float) -> tuple[Q, ...]:
    return (Q("10 cts", 0.10, "usd"), Q("8 cts", 0.08, "usd"), Q("1,200,000", 1.2e6),
            Q("900,000", 9e5), Q("5,300,000", 5.3e6), Q("4,900,000", 4.9e6),
            Q("18 cts", 0.18, "usd"), Q("15 cts", 0.15, "usd"), Q("2,000,000", 2e6),
            Q("1,700,000", 1.7e6), Q(six_months, value), Q("9,600,000", 9.6e6))


def test_a_longer_period_s_revenues_hold_the_quarter_s() -> None:
    body = RETAIL.format("10,100,000")
    assert _table("ACME STORES 2ND QTR NET", body, _retail("10,100,000", 10.1e6)) == \
        [("subset", True), ("subset", True)]


def test_a_longer_period_below_its_quarter_is_flagged() -> None:
    body = RETAIL.format("5,100,000")
    assert _table("ACME STORES 2ND QTR NET", body, _retail("5,100,000", 5.1e6)) == \
        [("subset", False), ("subset", True)]


def test_a_table_with_a_heading_for_its_first_rows() -> None:
    body = ("Qtr ended June 30\nShr loss 4 cts vs profit 2 cts\nSales 12.3 mln vs 11.8 mln\n"
            "Year\nShr profit 6 cts vs profit 9 cts\nSales 49.0 mln vs 46.1 mln")
    quantities = (Q("4 cts", 0.04, "usd"), Q("2 cts", 0.02, "usd"), Q("12.3 mln", 12.3e6),
                  Q("11.8 mln", 11.8e6), Q("6 cts", 0.06, "usd"), Q("9 cts", 0.09, "usd"),
                  Q("49.0 mln", 49e6), Q("46.1 mln", 46.1e6))
    assert _table("MILLER AIRLINES RESULTS", body, quantities) == \
        [("subset", True), ("subset", True)]


def test_no_period_named_no_table_check() -> None:
    body = ("Shr 10 cts vs 8 cts\nRevs 5,300,000 vs 4,900,000\nSix mths\n"
            "Revs 4,100,000 vs 9,600,000")
    quantities = (Q("10 cts", 0.10, "usd"), Q("8 cts", 0.08, "usd"), Q("5,300,000", 5.3e6),
                  Q("4,900,000", 4.9e6), Q("4,100,000", 4.1e6), Q("9,600,000", 9.6e6))
    assert _table("ACME STORES RESULTS", body, quantities) == []


TALLIES: list[tuple[str, tuple[Q, ...], list[tuple[str, bool]]]] = [
    # politics: a chamber's seats and its vote
    ("The 100-seat Senate voted 52-48 on Tuesday to pass the budget.",
     (Q("100-seat", 100, "seat"),), [("tally", True)]),
    ("The 100-seat Senate voted 62-48 on Tuesday to pass the budget.",
     (Q("100-seat", 100, "seat"),), [("tally", False)]),
    # courts: a split decision
    ("The nine-member court ruled 5-4 in favour of the city.",
     (Q("nine-member", 9, "member"),), [("tally", True)]),
    # "by N votes to M", with the members in the sentence before
    ("The assembly has 650 members.\nThe motion passed by 310 votes to 295 after a long "
     "debate.", (Q("650", 650, "member", object="members"), Q("310", 310, "vote"),
                 Q("295", 295)), [("tally", True)]),
    # a score is no tally: no vote cue before it
    ("The 11-member squad won the final 3-1 in extra time.",
     (Q("11-member", 11, "member"),), []),
    # members in the sentence before and too many votes: a reading only
    ("The board has 12 directors.\nIt voted 9-5 to approve the merger.",
     (Q("12", 12, "director", object="directors"),), []),
]


@pytest.mark.parametrize(("text", "quantities", "expected"), TALLIES)
def test_a_vote_tally_against_its_members(text: str, quantities: tuple[Q, ...],
                                          expected: list[tuple[str, bool]]) -> None:
    assert verdicts(found(text, quantities)) == expected


def test_a_count_and_the_names_listed_after_it() -> None:
    from tests.compare.builders import E
    text = ("The cloud would cross four countries within days.\nPoland, Slovakia, Hungary and "
            "Romania would all be affected.")
    entities = tuple(E(name) for name in ("Poland", "Slovakia", "Hungary", "Romania"))
    facts = build(text, quantities=(Q("four", 4, "country", object="countries"),),
                  entities=entities)
    assert verdicts(list(consistency.checks(facts))) == [("parts", True)]
    short = text.replace("four", "five")
    facts = build(short, quantities=(Q("five", 5, "country", object="countries"),),
                  entities=entities)
    assert verdicts(list(consistency.checks(facts))) == []


RATES: list[tuple[str, tuple[Q, ...], Marks, list[tuple[str, bool]]]] = [
    # energy: a daily cost restated per year
    ("The plant spent $2 million a day, or about $730 million a year, on fuel.",
     (Q("$2 million a day", 2e6, "usd"), Q("about $730 million a year", 730e6, "usd", "approx",
                                           None, None)),
     {"$2 million a day": "day", "about $730 million a year": "year"}, [("conversion", True)]),
    # war: a daily range restated per month, the periods in words
    ("Officials said 50 to 100 soldiers die each day, meaning perhaps 3,000 a month.",
     (Q("50 to 100", 50, "soldier", "range", 50, 100, object="soldiers"), Q("3,000", 3000)),
     {}, [("conversion", True)]),
    # not the same rate: a reading only
    ("The plant spent $2 million a day, or about $200 million a year, on fuel.",
     (Q("$2 million a day", 2e6, "usd"), Q("about $200 million a year", 200e6, "usd",
                                           "approx", None, None)),
     {"$2 million a day": "day", "about $200 million a year": "year"}, []),
    # no link between the two rates
    ("The plant spent $2 million a day in May and $730 million a year on wages.",
     (Q("$2 million a day", 2e6, "usd"), Q("$730 million a year", 730e6, "usd")),
     {"$2 million a day": "day", "$730 million a year": "year"}, []),
]


@pytest.mark.parametrize(("text", "quantities", "marks", "expected"), RATES)
def test_a_rate_restated_per_another_period(text: str, quantities: tuple[Q, ...], marks: Marks,
                                            expected: list[tuple[str, bool]]) -> None:
    assert verdicts(found(text, quantities, marks)) == expected


RECALLED = [
    # courts: a sentence recalled by a hedged fraction of another figure
    ("The judge sentenced him to 25 years in prison.\nThe sentence was less than a quarter of "
     "the 105 years the probation office recommended.",
     (Q("25 years", 25, "year"), Q("105 years", 105, "year")), [("multiple", True)]),
    # sports: a season's goals recalled by a hedged multiple
    ("The striker scored 41 goals last season.\nThat was nearly double the 22 goals of his "
     "first season.",
     (Q("41", 41, "goal", object="goals"), Q("22", 22, "goal", object="goals")),
     [("multiple", True)]),
    # not the multiple: a reading only
    ("The striker scored 41 goals last season.\nThat was twice the 35 goals of his first "
     "season.",
     (Q("41", 41, "goal", object="goals"), Q("35", 35, "goal", object="goals")), []),
]


@pytest.mark.parametrize(("text", "quantities", "expected"), RECALLED)
def test_a_multiple_of_a_figure_recalled(text: str, quantities: tuple[Q, ...],
                                         expected: list[tuple[str, bool]]) -> None:
    assert verdicts(found(text, quantities)) == expected


NAMED_LEVELS: list[tuple[str, tuple[Q, ...], Marks, list[tuple[str, bool]]]] = [
    # economics: an old level named by its noun phrase before "of"
    ("The bank raised its growth forecast to 3.5 pct from an earlier estimate of 3.2 pct.",
     (Q("3.5 pct", 3.5, "percent"), Q("3.2 pct", 3.2, "percent")), {}, [("change", True)]),
    ("The bank raised its growth forecast to 3.0 pct from an earlier estimate of 3.2 pct.",
     (Q("3.0 pct", 3.0, "percent"), Q("3.2 pct", 3.2, "percent")), {}, [("change", False)]),
    # sports
    ("Attendance fell to 18,000 fans from a season average of 21,500 fans.",
     (Q("18,000", 18000, "fan", object="fans"), Q("21,500", 21500, "fan", object="fans")), {},
     [("change", True)]),
    # the new level in the sentence after the old one
    ("Ticket prices will rise from a current level of $40.\nBy 2026 they are expected to climb "
     "to $55.", (Q("$40", 40, "usd"), Q("$55", 55, "usd")), {"$55": (UP, "to")},
     [("change", True)]),
    ("Analysts expect the shares to recover from their current level of about 30 dlrs.\nOthers "
     "see them falling to 40 dlrs.",
     (Q("about 30 dlrs", 30, "usd", "approx", None, None), Q("40 dlrs", 40, "usd")),
     {"40 dlrs": (DOWN, "to")}, []),
    # results: the level whose clause names the old level's noun, not the nearest
    ("The company reported earnings of 6.2 mln dlrs on sales of 316.4 mln dlrs, up from prior "
     "year earnings of 4.3 mln dlrs.",
     (Q("6.2 mln dlrs", 6.2e6, "usd"), Q("316.4 mln dlrs", 316.4e6, "usd"),
      Q("4.3 mln dlrs", 4.3e6, "usd")), {}, [("change", True)]),
    ("The company reported earnings of 3.2 mln dlrs on sales of 316.4 mln dlrs, up from prior "
     "year earnings of 4.3 mln dlrs.",
     (Q("3.2 mln dlrs", 3.2e6, "usd"), Q("316.4 mln dlrs", 316.4e6, "usd"),
      Q("4.3 mln dlrs", 4.3e6, "usd")), {}, [("change", False)]),
    # a sale "of" a number is no level
    ("Proceeds from the sale of 3 ships rose to 40 mln dlrs.",
     (Q("3", 3, "ship", object="ships"), Q("40 mln dlrs", 40e6, "usd")), {}, []),
]


@pytest.mark.parametrize(("text", "quantities", "marks", "expected"), NAMED_LEVELS)
def test_an_old_level_named_before_of(text: str, quantities: tuple[Q, ...], marks: Marks,
                                      expected: list[tuple[str, bool]]) -> None:
    assert verdicts(found(text, quantities, marks)) == expected


def test_an_amount_after_to_is_no_new_level() -> None:
    # economics: "predicted to grow by 3.7%": the growth, read as the level of the aside
    text = ("The economy is now predicted to grow by 3.7% this year, down from the previous "
            "forecast of 4.7% made in January.")
    quantities = (Q("3.7%", 3.7, "percent"), Q("4.7%", 4.7, "percent"))
    assert verdicts(found(text, quantities, {"3.7%": (UP, "by")})) == [("change", True)]
    # health: the same reading of a count
    text = ("The hospital expects to treat about 1,200 patients, down from an earlier estimate "
            "of 1,500 patients.")
    quantities = (Q("about 1,200", 1200, "patient", "approx", None, None, object="patients"),
                  Q("1,500", 1500, "patient", object="patients"))
    assert verdicts(found(text, quantities)) == [("change", True)]


def test_a_longer_period_that_lost_its_scale_word_is_not_compared() -> None:
    body = RETAIL.format("10.1")
    assert _table("ACME STORES 2ND QTR NET", body, _retail("10.1", 10.1)) == [("subset", True)]


READINGS: list[tuple[str, tuple[Q, ...], Marks, list[tuple[str, bool]]]] = [
    # regulation: a shorter interval is a higher frequency, no fall
    ("The frequency of the review was increased from every six to every three months.",
     (Q("six", 6), Q("three months", 3, "month")),
     {"six": (UP, "from"), "three months": (UP, "to")}, []),
    # energy prices: old levels paired one for one by "respectively"
    ("Suppliers may charge 52p per unit for electricity and 15p for gas, up from 28p and 7p "
     "respectively.",
     (Q("52p", 0.52, "gbp"), Q("15p", 0.15, "gbp"), Q("28p", 0.28, "gbp"), Q("7p", 0.07, "gbp")),
     {"28p": (UP, "from")}, [("change", True), ("change", True)]),
    # retail: "about" levels allow the stated percentage
    ("The chain expects sales to increase 150 pct to about 22 mln dlrs from about 8.5 mln dlrs.",
     (Q("150 pct", 150, "percent"), Q("about 22 mln dlrs", 22e6, "usd", "approx", None, None),
      Q("about 8.5 mln dlrs", 8.5e6, "usd", "approx", None, None)),
     {"150 pct": (UP, "by"), "about 22 mln dlrs": (UP, "to"), "about 8.5 mln dlrs": (UP, "from")},
     [("change", True)]),
    # ... but not a percentage far from them
    ("The chain expects sales to increase 50 pct to about 22 mln dlrs from about 8.5 mln dlrs.",
     (Q("50 pct", 50, "percent"), Q("about 22 mln dlrs", 22e6, "usd", "approx", None, None),
      Q("about 8.5 mln dlrs", 8.5e6, "usd", "approx", None, None)),
     {"50 pct": (UP, "by"), "about 22 mln dlrs": (UP, "to"), "about 8.5 mln dlrs": (UP, "from")},
     [("change", False)]),
]


@pytest.mark.parametrize(("text", "quantities", "marks", "expected"), READINGS)
def test_readings_of_levels(text: str, quantities: tuple[Q, ...], marks: Marks,
                            expected: list[tuple[str, bool]]) -> None:
    assert verdicts(found(text, quantities, marks)) == expected


def test_a_per_share_figure_against_net_over_average_shares() -> None:
    body = ("Shr 12 cts vs nine cts\nNet 1,450,000 vs 1,020,000\nRevs 8,300,000 vs 7,700,000\n"
            "Avg shrs 12,100,000 vs 11,400,000")
    quantities = (Q("12 cts", 0.12, "usd"), Q("nine cts", 0.09, "usd"), Q("1,450,000", 1.45e6),
                  Q("1,020,000", 1.02e6), Q("8,300,000", 8.3e6), Q("7,700,000", 7.7e6),
                  Q("12,100,000", 12.1e6), Q("11,400,000", 11.4e6))
    assert _table("HARBOR FOODS YEAR NET", body, quantities) == \
        [("per_share", True), ("per_share", True)]


def test_a_per_share_figure_per_period_and_operating_rows() -> None:
    # a utility's quarter and year: operating rows pair with operating rows
    body = ("Oper shr 41 cts vs 38 cts\nOper net 20.6 mln vs 18.7 mln\n"
            "Avg shrs 50.2 mln vs 49.5 mln\nYear\nOper shr 1.62 dlrs vs 1.55 dlrs\n"
            "Oper net 81.0 mln vs 76.4 mln\nAvg shrs 50.0 mln vs 49.3 mln")
    quantities = (Q("41 cts", 0.41, "usd"), Q("38 cts", 0.38, "usd"), Q("20.6 mln", 20.6e6),
                  Q("18.7 mln", 18.7e6), Q("50.2 mln", 50.2e6), Q("49.5 mln", 49.5e6),
                  Q("1.62 dlrs", 1.62, "usd"), Q("1.55 dlrs", 1.55, "usd"),
                  Q("81.0 mln", 81e6), Q("76.4 mln", 76.4e6), Q("50.0 mln", 50e6),
                  Q("49.3 mln", 49.3e6))
    assert _table("MIDSTATE POWER 4TH QTR NET", body, quantities) == [("per_share", True)] * 4


def test_a_per_share_figure_that_does_not_divide_out_is_no_check() -> None:
    # preferred dividends or dilution may stand between them: never an alarm
    body = "Shr 30 cts vs 25 cts\nNet 1,450,000 vs 1,020,000\nAvg shrs 12,100,000 vs 11,400,000"
    quantities = (Q("30 cts", 0.30, "usd"), Q("25 cts", 0.25, "usd"), Q("1,450,000", 1.45e6),
                  Q("1,020,000", 1.02e6), Q("12,100,000", 12.1e6), Q("11,400,000", 11.4e6))
    assert _table("HARBOR FOODS YEAR NET", body, quantities) == []


def test_an_amount_restated_per_share_in_the_note() -> None:
    # a manufacturer's note: each column's gain over that column's average shares
    body = ("Shr 40 cts vs 31 cts\nNet 4,020,000 vs 3,050,000\nAvg shrs 10,050,000 vs 9,840,000\n"
            "NOTE: Net includes gains of 610,000 dlrs, or six cts a share, vs 290,000 dlrs, "
            "or three cts a share")
    quantities = (Q("40 cts", 0.40, "usd"), Q("31 cts", 0.31, "usd"), Q("4,020,000", 4.02e6),
                  Q("3,050,000", 3.05e6), Q("10,050,000", 10.05e6), Q("9,840,000", 9.84e6),
                  Q("610,000 dlrs", 6.1e5, "usd"), Q("six cts a share", 0.06, "usd"),
                  Q("290,000 dlrs", 2.9e5, "usd"), Q("three cts a share", 0.03, "usd"))
    assert _table("NORTHERN TOOL YEAR NET", body, quantities) == [("per_share", True)] * 4


def test_a_note_of_the_period_it_names_in_a_table_of_two_periods() -> None:
    # a retailer's quarter and nine months: the note's gains over the nine months' shares
    body = ("Qtr ended Jan 31\nShr 20 cts vs 15 cts\nNet 4.0 mln vs 3.0 mln\n"
            "Avg shrs 20.0 mln vs 19.8 mln\nNine mths\nShr 50 cts vs 40 cts\n"
            "Net 11.0 mln vs 8.0 mln\nAvg shrs 22.0 mln vs 20.0 mln\n"
            "Note: Net for nine mths includes gains of 1,100,000 dlrs or five cts a share vs "
            "600,000 dlrs or three cts a share")
    quantities = (Q("20 cts", 0.20, "usd"), Q("15 cts", 0.15, "usd"), Q("4.0 mln", 4e6),
                  Q("3.0 mln", 3e6), Q("20.0 mln", 20e6), Q("19.8 mln", 19.8e6),
                  Q("50 cts", 0.50, "usd"), Q("40 cts", 0.40, "usd"), Q("11.0 mln", 11e6),
                  Q("8.0 mln", 8e6), Q("22.0 mln", 22e6), Q("20.0 mln", 20e6, nth=1),
                  Q("1,100,000 dlrs", 1.1e6, "usd"), Q("five cts a share", 0.05, "usd"),
                  Q("600,000 dlrs", 6e5, "usd"), Q("three cts a share", 0.03, "usd"))
    found = _table("CORNER STORES 3RD QTR NET", body, quantities)
    assert found.count(("per_share", True)) == 6
    # a note naming no period in a table of two: no column of shares to divide by
    unnamed = body.replace("Net for nine mths includes", "Net includes")
    assert _table("CORNER STORES 3RD QTR NET", unnamed, quantities).count(
        ("per_share", True)) == 4


def test_a_note_that_does_not_divide_out_or_names_no_share_is_no_check() -> None:
    # a bank's note: a charge per share off the mark, and an amount restated as a percentage
    body = ("Shr 1.10 dlrs vs 95 cts\nNet 22.0 mln vs 19.1 mln\nAvg shrs 20.0 mln vs 20.1 mln\n"
            "NOTE: Net includes a charge of 3.0 mln dlrs, or 45 cts a share, and 1.2 mln dlrs, "
            "or 5.4 pct of net")
    quantities = (Q("1.10 dlrs", 1.10, "usd"), Q("95 cts", 0.95, "usd"), Q("22.0 mln", 22e6),
                  Q("19.1 mln", 19.1e6), Q("20.0 mln", 20e6), Q("20.1 mln", 20.1e6),
                  Q("3.0 mln dlrs", 3e6, "usd"), Q("45 cts a share", 0.45, "usd"),
                  Q("1.2 mln dlrs", 1.2e6, "usd"), Q("5.4 pct", 5.4, "percent"))
    assert _table("RIVER BANCORP YEAR NET", body, quantities) == [("per_share", True)] * 2


@pytest.mark.parametrize(("text", "count", "names", "label", "expected"), [
    # economics: a count of institutes named after "of"
    ("The three research institutes of Kiel, Leipzig and Halle cut their forecast.",
     Q("three", 3, "institute", object="research institutes"), ("Kiel", "Leipzig", "Halle"),
     "GPE", [("parts", True)]),
    # sport: a count of clubs named after "of"
    ("The four founding clubs of Ajax, Feyenoord, Vitesse and Twente voted against.",
     Q("four", 4, "club", object="founding clubs"), ("Ajax", "Feyenoord", "Vitesse", "Twente"),
     "ORG", [("parts", True)]),
    # a count the names after "of" do not bear out: nothing, never an alarm
    ("The two largest ports of Rotterdam, Antwerp and Hamburg reported record traffic.",
     Q("two", 2, "port", object="largest ports"), ("Rotterdam", "Antwerp", "Hamburg"), "GPE", []),
])
def test_a_count_and_the_names_after_of(text: str, count: Q, names: tuple[str, ...], label: str,
                                        expected: list[tuple[str, bool]]) -> None:
    from tests.compare.builders import E
    facts = build(text, quantities=(count,), entities=tuple(E(n, label) for n in names))
    assert verdicts(list(consistency.checks(facts))) == expected
