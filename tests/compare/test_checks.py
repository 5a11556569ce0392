"""Consistency inside one article: totals and parts, records, changes, comparisons.

Each table row is a sentence with its numbers (words, value, unit) and the check expected:
its kind and whether it holds, or None where no check may be made (numbers of different
things, a list that is not a breakdown).
"""

from __future__ import annotations

import pytest

from tests.compare.builders import E, Q, T, build
from workbench.compare.checks import consistency
from workbench.model import ArticleFacts, Check


def checks_of(facts: ArticleFacts) -> list[Check]:
    found = list(consistency.checks(facts))
    text = facts.article.text
    for check in found:
        assert text[check.start:check.end] == check.text
    return found


def one(facts: ArticleFacts) -> Check | None:
    found = checks_of(facts)
    assert len(found) <= 1, found
    return found[0] if found else None


DRONES = ("Ukraine's air force said that, of 132 drones launched overnight, it had downed 88 "
          "drones, while 41 were lost and one returned to Russia.")

WITHIN = [
    # the total and every part: two unaccounted for
    (DRONES, (Q("132", 132, "drone", object="drones"), Q("88", 88, "drone", object="drones"),
              Q("41", 41), Q("one", 1)), ("parts", False, 130)),
    ("Of the 62 foreigners barred, 41 were Russians, 14 were from Belarus and seven were "
     "from other countries.",
     (Q("62", 62, "foreigner", object="foreigners"), Q("41", 41), Q("14", 14), Q("seven", 7)),
     ("parts", True, 62)),
    ("A total of 62 foreigners were barred, of whom 41 were Russians and 21 were from Belarus.",
     (Q("62", 62, "foreigner", object="foreigners"), Q("41", 41), Q("21", 21)),
     ("parts", True, 62)),
    ("Of 40 missiles, 30 were shot down and 15 hit their targets.",
     (Q("40", 40, "missile", object="missiles"), Q("30", 30), Q("15", 15)),
     ("parts", False, 45)),
    ("Of the 549 dead, 101 were men and 67 were women, while the rest, 340, are not yet named.",
     (Q("549", 549, "person", object="dead"), Q("101", 101), Q("67", 67), Q("340", 340)),
     ("parts", False, 508)),
    # a list that stops at a number read as something else may go on: no shortfall alarm
    ("Of the 38 defendants, 29 were convicted, seven were acquitted and two await trial.",
     (Q("38", 38, "defendant", object="defendants"), Q("29", 29), Q("seven", 7),
      Q("two", 2, "await", object="await")), ("parts", True, 36)),
    # a breakdown that covers little of its total leaves the rest undescribed, no alarm
    ("Of the 50 men in the unit, 10 were killed and 10 others wounded.",
     (Q("50", 50, "man", object="men"), Q("10", 10), Q("10", 10, nth=1)),
     ("parts", True, 20)),
    ("Of the 516 killed, 37 were children.",
     (Q("516", 516, "person"), Q("37", 37, "child", object="children")), ("subset", True, 37)),
    ("Out of 43 drones, 38 were destroyed.",
     (Q("43", 43, "drone", object="drones"), Q("38", 38)), ("subset", True, 38)),
    ("The strike killed 10 people, including 3 children and 2 women.",
     (Q("10", 10, "person", object="people"), Q("3", 3, "child", object="children"),
      Q("2", 2, "woman", object="women")), ("subset", True, 5)),
    ("The strike killed 10 people, including 12 children.",
     (Q("10", 10, "person", object="people"), Q("12", 12, "child", object="children")),
     ("subset", False, 12)),
    # "8 of them" is part of the 21, not a third part of the 29
    ("Of the 29 buildings, 21 were damaged and 8 of them were destroyed.",
     (Q("29", 29, "building", object="buildings"), Q("21", 21), Q("8", 8)),
     ("subset", True, 21)),
    # numbers of different things in one sentence are not parts of one total
    ("Of the 33 reactors, 25 were checked by 1,000 inspectors.",
     (Q("33", 33, "reactor", object="reactors"), Q("25", 25),
      Q("1,000", 1000, "inspector", object="inspectors")), ("subset", True, 25)),
    ("Of the 10 victims, three were aged 12 and 15.",
     (Q("10", 10, "victim", object="victims"), Q("three", 3), Q("12", 12), Q("15", 15)), None),
    ("In his unit of 50 people, 10 were killed.",
     (Q("50", 50, "person", object="people"), Q("10", 10)), None),
    ("A total of 62 people were killed and 100 were injured.",
     (Q("62", 62, "person", object="people"), Q("100", 100)), None),
    ("The package of $800 million includes 100 howitzers.",
     (Q("$800 million", 8e8, "usd"), Q("100", 100, "howitzer", object="howitzers")), None),
    ("The $800 million package, including 100 howitzers, arrived.",
     (Q("$800 million", 8e8, "usd"), Q("100", 100, "howitzer", object="howitzers")), None),
    ("Of 132 drones, 88 were downed, the air force said, adding that 41 were lost.",
     (Q("132", 132, "drone", object="drones"), Q("88", 88), Q("41", 41)),
     ("subset", True, 88)),
    ("Russia launched 132 drones and 3 missiles.",
     (Q("132", 132, "drone", object="drones"), Q("3", 3, "missile", object="missiles")), None),
    # a list of some of a total ends where another event or an addition starts
    ("He said 137 soldiers, including 10 officers, had been killed and 316 people wounded.",
     (Q("137", 137, "soldier", object="soldiers"), Q("10", 10, "officer", object="officers"),
      Q("316", 316, "person", object="people")), ("subset", True, 10)),
    ("At least 5,024 people that have been killed, including 343 children, and 6,520 others "
     "who have been injured.",
     (Q("At least 5,024", 5024, "person", "lower_bound", 5024, None, object="people"),
      Q("343", 343, "child", object="children"), Q("6,520", 6520, "person", object="others")),
     ("subset", True, 343)),
    ("Some 96 of the prisoners are servicewomen, including 37 evacuees, whereas 12 are civilians.",
     (Q("96", 96, "servicewoman"), Q("37", 37, "evacuee", object="evacuees"),
      Q("12", 12, "civilian", object="civilians")), ("subset", True, 37)),
    # a bare list of numbers of one kind is not a total and its parts
    ("It envisages three tax rates, of 30 pct, 40 pct and 50 pct.",
     (Q("30 pct", 30, "percent"), Q("40 pct", 40, "percent"), Q("50 pct", 50, "percent")),
     None),
    ("Of the 10 mln, 7.5 mln went to one owner and 2.5 mln to the other.",
     (Q("10 mln", 1e7), Q("7.5 mln", 7.5e6), Q("2.5 mln", 2.5e6)), ("parts", True, 1e7)),
    # an approximate total leaves room for an undescribed rest
    ("Japan imports some 12 mln tonnes a year, of which 5.3 mln come from one supplier, 3.3 "
     "mln under contracts and two mln on the spot market.",
     (Q("some 12 mln", 1.2e7, "tonne", "approx", object="tonnes"), Q("5.3 mln", 5.3e6),
      Q("3.3 mln", 3.3e6), Q("two mln", 2e6)), ("parts", True, 1.06e7)),
    ("Of the 84 missiles and 24 drones fired, 56 were shot down.",
     (Q("84", 84, "missile", object="missiles"), Q("24", 24, "drone", object="drones"),
      Q("56", 56)), None),
    ("Some 12 million people need help, up from 5.9 million, including 7 million children.",
     (Q("12 million", 1.2e7, "person", object="people"), Q("5.9 million", 5.9e6),
      Q("7 million", 7e6, "child", object="children")),
     ("change", True, 1.2e7)),
    ("Some 96 of the prisoners are servicewomen, including 37 tanks, whereas 12 are civilians.",
     (Q("96", 96, "servicewoman"), Q("37", 37, "tank", object="tanks"),
      Q("12", 12, "civilian", object="civilians")), None),
]


@pytest.mark.parametrize(("sentence", "quantities", "expected"), WITHIN)
def test_total_and_parts_in_one_sentence(sentence: str, quantities: tuple[Q, ...],
                                         expected: tuple[str, bool, float] | None) -> None:
    check = one(build(sentence, quantities=quantities))
    if expected is None:
        assert check is None
        return
    assert check is not None
    kind, consistent, actual = expected
    assert (check.kind, check.consistent, check.actual) == (kind, consistent, actual)
    assert check.total == quantities[0].value


def test_unaccounted_rest_is_named_in_the_note() -> None:
    check = one(build(DRONES, quantities=WITHIN[0][1]))
    assert check is not None
    assert check.parts == (88, 41, 1) and check.expected == 132
    assert "2 unaccounted" in check.note
    assert check.text == DRONES


INJURED = ("Drone attacks injured at least eight people in the capital Kyiv and in the Odesa "
           "region overnight, officials said on Friday.\n"
           "The attack on Odesa injured seven people, the police said.\n"
           "Debris struck a house in Kyiv and injured one person late on Thursday.")


def injured(text: str = INJURED, *, total: Q | None = None, late: T | None = None) -> ArticleFacts:
    total = total or Q("at least eight", 8, "person", "lower_bound", 8, None, object="people")
    return build(text, quantities=(
        total, Q("seven", 7, "person", object="people"),
        Q("one", 1, "person", object="person")),
        entities=(E("Kyiv", canonical="Kyiv"), E("Odesa", canonical="Odesa"),
                  E("Odesa", canonical="Odesa", nth=1), E("Kyiv", canonical="Kyiv", nth=1)),
        times=(T("on Friday", "2024-11-29"), late or T("late on Thursday", "2024-11-28")))


def test_lead_count_consistent_with_the_counts_place_by_place() -> None:
    check = one(injured())
    assert check is not None and check.kind == "places"
    assert check.consistent and check.parts == (7, 1) and check.actual == 8
    assert check.text.startswith("Drone attacks") and check.text.endswith("Thursday.")


def test_exact_lead_count_exceeded_by_the_parts_is_flagged() -> None:
    text = INJURED.replace("at least eight", "six")
    check = one(injured(text, total=Q("six", 6, "person", object="people")))
    assert check is not None and not check.consistent and "more than the total" in check.note


def test_count_on_another_day_is_not_a_part() -> None:
    text = INJURED.replace("late on Thursday", "on Monday")
    assert one(injured(text, late=T("on Monday", "2024-11-25"))) is None


def test_counts_of_a_period_are_not_parts() -> None:
    text = INJURED.replace("injured one person late on Thursday",
                           "injured one person this month")
    assert one(injured(text, late=T("this month", "2024-11", kind="month"))) is None


RECORD = ("Russia launched 132 drones overnight.\n"
          "It launched a record-high number of 188 drones on Tuesday.")


@pytest.mark.parametrize(("text", "others", "expected"), [
    (RECORD, (), True),
    (RECORD.replace("132", "200"), (), False),
    # a count of another event or of a whole month is no rival to a one-night record
    (RECORD.replace("launched 132", "shot down 200"), (), None),
    (RECORD.replace("132 drones overnight", "2,000 drones this month"),
     (T("this month", "2024-11", kind="month"),), None),
    # percentages and money are measures, not counts of one thing: no record check
    ("Bills soared by 400 percent.\nInflation hit a record 9.1 percent on Tuesday.", (), None),
])
def test_record(text: str, others: tuple[T, ...], expected: bool | None) -> None:
    if "percent" in text:
        quantities = (Q("400 percent", 400, "percent"), Q("9.1 percent", 9.1, "percent"))
    else:
        first = text.split(" drones")[0].split()[-1]
        quantities = (Q(first, float(first.replace(",", "")), "drone", object="drones"),
                      Q("188", 188, "drone", object="drones"))
    facts = build(text, quantities=quantities, times=(T("on Tuesday", "2024-11-26"), *others))
    check = one(facts)
    if expected is None:
        assert check is None
    else:
        assert check is not None and check.kind == "record" and check.consistent is expected


CHANGES = [
    ("Some 3,000 people applied, an increase from 2,000 last year.",
     (Q("3,000", 3000, "person", object="people"), Q("2,000", 2000)), ("change", True)),
    ("Some 1,500 people applied, an increase from 2,000 last year.",
     (Q("1,500", 1500, "person", object="people"), Q("2,000", 2000)), ("change", False)),
    ("The toll stood at 40 dead, up from 32 a day earlier.",
     (Q("40", 40, "dead", object="dead"), Q("32", 32)), ("change", True)),
    ("Arrivals fell from 40 ships to 32.", (Q("40", 40, "ship", object="ships"), Q("32", 32)),
     ("change", True)),
    ("Arrivals rose from 40 ships to 32.", (Q("40", 40, "ship", object="ships"), Q("32", 32)),
     ("change", False)),
    # two bare numbers say too little: the yen "rises" as its dollar rate falls
    ("The yen rose to 161 from 221 a year earlier.", (Q("161", 161), Q("221", 221)), None),
    # a restatement or an adjunct before an aside: the aside may be about another number
    ("Earnings were 23.2 mln dlrs, or 48 cts a share, up from 16.6 mln.",
     (Q("23.2 mln dlrs", 2.32e7, "usd"), Q("48 cts", 0.48, "usd"), Q("16.6 mln", 1.66e7)),
     None),
    ("It reported a profit of 139 mln dlrs after a 1.7 billion dlr charge, down from 1.56 "
     "billion dlrs.", (Q("139 mln dlrs", 1.39e8, "usd"), Q("1.7 billion dlr", 1.7e9, "usd"),
                       Q("1.56 billion dlrs", 1.56e9, "usd")), None),
    ("Sales climbed two pct to 46,896 cars from 46,056 cars.",
     (Q("two pct", 2, "percent"), Q("46,896", 46896, "car", object="cars"),
      Q("46,056", 46056, "car", object="cars")), ("change", True)),
    # rounded values: 3.5 and 2.9 billion allow anything from +17% to +25%
    ("Exports rose 18 pct to 3.5 billion dlrs from 2.9 billion dlrs.",
     (Q("18 pct", 18, "percent"), Q("3.5 billion dlrs", 3.5e9, "usd"),
      Q("2.9 billion dlrs", 2.9e9, "usd")), ("change", True)),
    ("Net profit rose 12 pct to 50 mln dlrs from 44.6 mln.",
     (Q("12 pct", 12, "percent"), Q("50 mln dlrs", 5e7, "usd"), Q("44.6 mln", 4.46e7, "usd")),
     ("change", True)),
    ("Net profit rose 30 pct to 50 mln dlrs from 44.6 mln.",
     (Q("30 pct", 30, "percent"), Q("50 mln dlrs", 5e7, "usd"), Q("44.6 mln", 4.46e7, "usd")),
     ("change", False)),
    ("Sales fell 10 pct to 90 mln dlrs from 100 mln.",
     (Q("10 pct", 10, "percent"), Q("90 mln dlrs", 9e7, "usd"), Q("100 mln", 1e8, "usd")),
     ("change", True)),
    ("Russia fired 188 drones, more than the 132 it fired on Friday.",
     (Q("188", 188, "drone", object="drones"), Q("132", 132)), ("comparison", True)),
    ("Russia fired 100 drones, more than the 132 it fired on Friday.",
     (Q("100", 100, "drone", object="drones"), Q("132", 132)), ("comparison", False)),
    ("Russia fired 80 drones, twice the 40 it fired on Friday.",
     (Q("80", 80, "drone", object="drones"), Q("40", 40)), ("multiple", True)),
    ("Russia fired 60 drones, twice the 40 it fired on Friday.",
     (Q("60", 60, "drone", object="drones"), Q("40", 40)), ("multiple", False)),
    # a bound is not a comparison between two numbers; different things are not compared
    ("Russia fired more than 100 drones and 40 missiles.",
     (Q("more than 100", 100, "drone", "lower_bound", 100, None, object="drones"),
      Q("40", 40, "missile", object="missiles")), None),
    ("Inflation rose to 12 percent from 9 percent as 200 people protested.",
     (Q("12 percent", 12, "percent"), Q("9 percent", 9, "percent"),
      Q("200", 200, "person", object="people")), ("change", True)),
    ("Russia fired 50 drones, up from 40 percent of its stock.",
     (Q("50", 50, "drone", object="drones"), Q("40 percent", 40, "percent")), None),
    ("The army has 90 tanks, more than the 2 brigades it has.",
     (Q("90", 90, "tank", object="tanks"), Q("2", 2, "brigade", object="brigades")), None),
    # "two more than the 115" states a difference, not a second count
    ("His count of dead children was two more than the 115 recorded by prosecutors.",
     (Q("two", 2), Q("115", 115)), None),
    # "up by 25 from 30 to 55": 25 is the difference; 30 to 55 is the change
    ("The price has gone up by 25 pounds from 30 pounds to 55 pounds.",
     (Q("25 pounds", 25, "gbp"), Q("30 pounds", 30, "gbp"), Q("55 pounds", 55, "gbp")),
     ("change", True)),
    ("Their bills increased by 70 per cent from 10,000 pounds to 17,000 pounds.",
     (Q("70 per cent", 70, "percent"), Q("10,000 pounds", 1e4, "gbp"),
      Q("17,000 pounds", 1.7e4, "gbp")), ("change", True)),
    ("Their bills increased by 20 per cent from 10,000 pounds to 17,000 pounds.",
     (Q("20 per cent", 20, "percent"), Q("10,000 pounds", 1e4, "gbp"),
      Q("17,000 pounds", 1.7e4, "gbp")), ("change", False)),
]


@pytest.mark.parametrize(("sentence", "quantities", "expected"), CHANGES)
def test_changes_and_comparisons(sentence: str, quantities: tuple[Q, ...],
                                 expected: tuple[str, bool] | None) -> None:
    check = one(build(sentence, quantities=quantities))
    if expected is None:
        assert check is None
    else:
        assert check is not None and (check.kind, check.consistent) == expected


def test_percentage_change_states_expected_and_actual() -> None:
    sentence, quantities, _ = next(r for r in CHANGES if r[0].startswith("Net profit rose 12"))
    check = one(build(sentence, quantities=quantities))
    assert check is not None
    assert check.expected == 12 and check.actual == pytest.approx(12.11, abs=0.01)


def test_an_article_with_one_number_has_no_checks() -> None:
    assert checks_of(build("Russia fired 80 drones.", quantities=(Q("80", 80, "drone"),))) == []


# -- a part of a total ------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "quantities", "total", "part", "consistent"), [
    ("Firefighters said 249 of the 413 wildfires were out of control.",
     (Q("249", 249), Q("413", 413, "wildfire", object="wildfires")), 413, 249, True),
    ("Air defences downed 50 of 73 missiles overnight.",
     (Q("50", 50), Q("73", 73, "missile", object="missiles")), 73, 50, True),
    ("The league counted 30 clubs, with 12 of them in debt.",
     (Q("30", 30, "club", object="clubs"), Q("12", 12)), 30, 12, True),
    ("Officials said 80 of the 73 missiles were downed.",
     (Q("80", 80), Q("73", 73, "missile", object="missiles")), 73, 80, False),
])
def test_a_part_is_at_most_its_total(sentence: str, quantities: tuple[Q, ...], total: float,
                                     part: float, consistent: bool) -> None:
    found = [c for c in consistency.checks(build(sentence, quantities=quantities))
             if c.kind == "part"]
    assert [(c.total, c.parts, c.consistent) for c in found] == [(total, (part,), consistent)]


@pytest.mark.parametrize(("sentence", "quantities"), [
    ("About 12% of the 400 staff left.",
     (Q("12%", 12, "percent"), Q("400", 400, "staff", object="staff"))),
    ("Two of the 2022 games were cancelled.", (Q("Two", 2), Q("2022", 2022))),
    ("Some 5 tonnes of the 300 crates were spoiled.",
     (Q("5 tonnes", 5, "tonne"), Q("300", 300, "crate", object="crates"))),
    ("The firm has sold 40,000 of its 64-bit servers.", (Q("40,000", 40000), Q("64", 64))),
    ("The firm has sold 40,000 of its 64-bit servers.",
     (Q("40,000", 40000), Q("64-bit", 64, "bit"))),
])
def test_measures_percentages_years_and_compounds_are_no_parts(sentence: str,
                                                    quantities: tuple[Q, ...]) -> None:
    checks = consistency.checks(build(sentence, quantities=quantities))
    assert [c for c in checks if c.kind == "part"] == []


def test_a_vague_count_has_no_upper_end() -> None:
    def subset(words: str, value: float, qualifier: str) -> list[bool]:
        facts = build(f"The fire forced {words} of people to leave, including 100 children.",
                      quantities=(Q(words, value, "person", qualifier, object="people"),
                                  Q("100", 100, "child", object="children")))
        return [c.consistent for c in consistency.checks(facts)]

    assert subset("dozens", 12, "approx") == [True]
    assert subset("12", 12, "exact") == [False]


DATED_SUBSETS = [
    # public spending: a fiscal year between the total and "including"
    ("The city will spend $4.2 million in 2024/25, including $1.1 million on road repairs.",
     (Q("$4.2 million", 4.2e6, "usd"), Q("$1.1 million", 1.1e6, "usd")),
     (T("2024/25", None, "range"),), ("subset", True)),
    ("The city will spend $4.2 million in 2024/25, including $5.1 million on road repairs.",
     (Q("$4.2 million", 4.2e6, "usd"), Q("$5.1 million", 5.1e6, "usd")),
     (T("2024/25", None, "range"),), ("subset", False)),
    # policing: a date between the count and its part
    ("Police arrested 120 people on March 3, including 14 minors.",
     (Q("120", 120, "person", object="people"), Q("14", 14, "minor", object="minors")),
     (T("March 3", "2024-03-03"),), ("subset", True)),
    # public spending: a duration that is also a number is no part of the breakdown
    ("The plan will cost £4.2 billion over five years, of which £1.1 billion goes on roads and "
     "£3.1 billion on rail.",
     (Q("£4.2 billion", 4.2e9, "gbp"), Q("five years", 5, "year"), Q("£1.1 billion", 1.1e9, "gbp"),
      Q("£3.1 billion", 3.1e9, "gbp")), (T("over five years", None, "duration"),),
     ("parts", True)),
    # charity: the same with "including"
    ("The charity helped 5,000 families over six months, including 1,200 families with babies.",
     (Q("5,000", 5000, "family", object="families"), Q("six months", 6, "month"),
      Q("1,200", 1200, "family", object="families")), (T("over six months", None, "duration"),),
     ("subset", True)),
    # a number that is not a time still stops the breakdown: 30 is another figure
    ("Police arrested 120 people in 30 raids, including 14 minors.",
     (Q("120", 120, "person", object="people"), Q("30", 30, "raid", object="raids"),
      Q("14", 14, "minor", object="minors")), (), None),
]


@pytest.mark.parametrize(("sentence", "quantities", "times", "expected"), DATED_SUBSETS)
def test_a_time_between_a_total_and_its_parts_is_passed_over(
        sentence: str, quantities: tuple[Q, ...], times: tuple[T, ...],
        expected: tuple[str, bool] | None) -> None:
    check = one(build(sentence, quantities=quantities, times=times))
    assert ((check.kind, check.consistent) if check else None) == expected


SPLIT_AFTER = [
    # an accident: bare numbers in the next sentence
    ("Police said 14 people were injured.\nNine were taken to hospital and five were treated at "
     "the scene.",
     (Q("14", 14, "person", object="people"), Q("Nine", 9), Q("five", 5)), ("parts", True)),
    # local politics: seats held
    ("The council has 60 seats.\nLabour holds 34, the Greens 20 and independents 6.",
     (Q("60", 60, "seat", object="seats"), Q("34", 34), Q("20", 20), Q("6", 6)),
     ("parts", True)),
    # public finance: amounts in the total's currency
    ("The budget totals $6.1 billion.\nSchools get $2.4 billion, health $2.2 billion and roads "
     "$1.5 billion.",
     (Q("$6.1 billion", 6.1e9, "usd"), Q("$2.4 billion", 2.4e9, "usd"),
      Q("$2.2 billion", 2.2e9, "usd"), Q("$1.5 billion", 1.5e9, "usd")), ("parts", True)),
    # amounts in another currency are no parts
    ("The budget totals $6.1 billion.\nSchools get 2.4 billion euros and health 3.7 billion "
     "euros.",
     (Q("$6.1 billion", 6.1e9, "usd"), Q("2.4 billion euros", 2.4e9, "eur"),
      Q("3.7 billion euros", 3.7e9, "eur")), None),
    # counts that do not add up to the one before are not its parts: nothing reported
    ("Police said 14 people were injured.\nNine were taken to hospital and three were treated at "
     "the scene.",
     (Q("14", 14, "person", object="people"), Q("Nine", 9), Q("three", 3)), None),
    # a sentence with money in it is no breakdown of a count
    ("The council has 60 seats.\nLabour holds 34 and spent 26 million pounds.",
     (Q("60", 60, "seat", object="seats"), Q("34", 34), Q("26 million pounds", 2.6e7, "gbp")),
     None),
    # a sentence apart: not the count's breakdown
    ("The council has 60 seats.\nIt meets monthly.\nLabour holds 34, the Greens 20 and "
     "independents 6.",
     (Q("60", 60, "seat", object="seats"), Q("34", 34), Q("20", 20), Q("6", 6)), None),
]


@pytest.mark.parametrize(("text", "quantities", "expected"), SPLIT_AFTER)
def test_counts_of_the_next_sentence_that_add_up_to_the_last_count(
        text: str, quantities: tuple[Q, ...], expected: tuple[str, bool] | None) -> None:
    check = one(build(text, quantities=quantities))
    assert ((check.kind, check.consistent) if check else None) == expected


FRACTIONS_AND_HEDGES = [
    # jobs: a fraction "of the"
    ("The firm cut 300 jobs, a third of the 900 it had planned.",
     (Q("300", 300, "job", object="jobs"), Q("900", 900)), ("multiple", True)),
    ("The firm cut 500 jobs, a third of the 900 it had planned.",
     (Q("500", 500, "job", object="jobs"), Q("900", 900)), ("multiple", False)),
    # courts: "less than a quarter of" puts the figure below the fraction
    ("He was jailed for 25 years, less than a quarter of the 105 years prosecutors sought.",
     (Q("25 years", 25, "year"), Q("105 years", 105, "year")), ("multiple", True)),
    # energy: "nearly triple"
    ("Output reached 1.2 million barrels, nearly triple the 420,000 of last year.",
     (Q("1.2 million", 1.2e6, "barrel", object="barrels"), Q("420,000", 420000)),
     ("multiple", True)),
    # a hedged multiple that does not hold is a reading: not reported
    ("Output reached 1.6 million barrels, nearly triple the 420,000 of last year.",
     (Q("1.6 million", 1.6e6, "barrel", object="barrels"), Q("420,000", 420000)), None),
    # sports: "more than twice"
    ("Attendance hit 110,000 fans, more than twice the 50,000 expected.",
     (Q("110,000", 110000, "fan", object="fans"), Q("50,000", 50000)), ("multiple", True)),
    ("Attendance hit 90,000 fans, more than twice the 50,000 expected.",
     (Q("90,000", 90000, "fan", object="fans"), Q("50,000", 50000)), None),
]


@pytest.mark.parametrize(("sentence", "quantities", "expected"), FRACTIONS_AND_HEDGES)
def test_fractions_and_hedged_multiples(sentence: str, quantities: tuple[Q, ...],
                                        expected: tuple[str, bool] | None) -> None:
    check = one(build(sentence, quantities=quantities))
    assert ((check.kind, check.consistent) if check else None) == expected


OF_WHICH = [
    # health: "60 of which"
    ("The hospital has 450 beds, 60 of which are in intensive care.",
     (Q("450", 450, "bed", object="beds"), Q("60", 60)), ("part", True)),
    # transport: "of whom", more than the total
    ("The ferry carried 300 passengers, 320 of whom were tourists.",
     (Q("300", 300, "passenger", object="passengers"), Q("320", 320)), ("part", False)),
    # a measure is no part of a count
    ("The hospital has 450 beds, 60 metres of which are corridors.",
     (Q("450", 450, "bed", object="beds"), Q("60 metres", 60, "meter")), None),
]


@pytest.mark.parametrize(("sentence", "quantities", "expected"), OF_WHICH)
def test_a_part_after_its_total_with_of_which(sentence: str, quantities: tuple[Q, ...],
                                              expected: tuple[str, bool] | None) -> None:
    check = one(build(sentence, quantities=quantities))
    assert ((check.kind, check.consistent) if check else None) == expected


PLACED_AFTER = [
    # trade
    ("Exports totalled $9.5 billion in 2023.\nExports to Europe were worth $4.1 billion.",
     (Q("$9.5 billion", 9.5e9, "usd"), Q("$4.1 billion", 4.1e9, "usd")), ("subset", True)),
    # migration
    ("Some 4,000,000 refugees have left the country.\nRefugees in Poland number 1,500,000.",
     (Q("4,000,000", 4e6, "refugee", object="refugees"),
      Q("1,500,000", 1.5e6, "refugee")), ("subset", True)),
    # a part larger than the total is a reading that does not hold: not reported
    ("Exports totalled $9.5 billion in 2023.\nExports to Europe were worth $11.1 billion.",
     (Q("$9.5 billion", 9.5e9, "usd"), Q("$11.1 billion", 1.11e10, "usd")), None),
    # another noun: imports are no part of exports
    ("Exports totalled $9.5 billion in 2023.\nImports from Europe were worth $4.1 billion.",
     (Q("$9.5 billion", 9.5e9, "usd"), Q("$4.1 billion", 4.1e9, "usd")), None),
]


@pytest.mark.parametrize(("text", "quantities", "expected"), PLACED_AFTER)
def test_a_figure_for_one_place_after_the_whole_figure(
        text: str, quantities: tuple[Q, ...], expected: tuple[str, bool] | None) -> None:
    check = one(build(text, quantities=quantities))
    assert ((check.kind, check.consistent) if check else None) == expected


ONLY_PARTS = [
    # war: "of the 32 soldiers ..., only eight survived"
    ("Of the 32 soldiers in his unit, only eight survived.",
     (Q("32", 32, "soldier", object="soldiers"), Q("eight", 8)), ("subset", True)),
    # sport: "just"
    ("Of the 40 shots on goal, just 6 went in.",
     (Q("40", 40, "shot", object="shots"), Q("6", 6)), ("subset", True)),
    # more than the total: the text states it plainly
    ("Of the 32 soldiers in his unit, only 38 survived.",
     (Q("32", 32, "soldier", object="soldiers"), Q("38", 38)), ("subset", False)),
    # "only" before a figure of another noun: no part
    ("Of the 32 soldiers in his unit, only 8 tanks were lost.",
     (Q("32", 32, "soldier", object="soldiers"), Q("8", 8, "tank", object="tanks")), None),
]


@pytest.mark.parametrize(("sentence", "quantities", "expected"), ONLY_PARTS)
def test_a_part_after_only_or_just(sentence: str, quantities: tuple[Q, ...],
                                   expected: tuple[str, bool] | None) -> None:
    check = one(build(sentence, quantities=quantities))
    assert ((check.kind, check.consistent) if check else None) == expected
