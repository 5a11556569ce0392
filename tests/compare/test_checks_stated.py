"""Arithmetic checks of relations stated in words: rises and falls with their levels and
percentages (the extractor's ``change`` fields), a breakdown of the count of the sentence
before ("Of those, ..."), shares of one whole, conversions in brackets.

Each rule is tested on sentences of at least two domains, with a case where it must not fire
and, where it may alarm, a case where the numbers do not add up.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.compare.builders import Q, build
from workbench.compare.checks import consistency
from workbench.model import ArticleFacts, Check

# the extractor's reading of a number, by its words: (change, change_kind) or a rate's unit
Marks = dict[str, tuple[str | None, str | None] | str]


def marked(facts: ArticleFacts, marks: Marks) -> ArticleFacts:
    quantities = []
    for q in facts.quantities:
        mark = marks.get(q.text)
        if isinstance(mark, tuple):
            q = replace(q, change=mark[0], change_kind=mark[1])  # type: ignore[arg-type]
        elif isinstance(mark, str):
            q = replace(q, per=mark)
        quantities.append(q)
    return replace(facts, quantities=quantities)


def found(sentence: str, quantities: tuple[Q, ...], marks: Marks | None = None) -> list[Check]:
    facts = marked(build(sentence, quantities=quantities), marks or {})
    checks = list(consistency.checks(facts))
    for check in checks:
        assert facts.article.text[check.start:check.end] == check.text
    return checks


def verdicts(checks: list[Check]) -> list[tuple[str, bool]]:
    return [(c.kind, c.consistent) for c in checks]


UP, DOWN = "increase", "decrease"

CHANGES = [
    # economy: a percentage with both levels
    ("Exports rose 7.8 pct to 9.06 billion dlrs from 8.4 billion dlrs.",
     (Q("7.8 pct", 7.8, "percent"), Q("9.06 billion dlrs", 9.06e9, "usd"),
      Q("8.4 billion dlrs", 8.4e9, "usd")),
     {"7.8 pct": (UP, "by"), "9.06 billion dlrs": (UP, "to"), "8.4 billion dlrs": (UP, "from")},
     [("change", True)]),
    # health: the stated percentage does not fit the levels
    ("The waiting list fell 12 percent to 6,100 patients from 7,050 patients.",
     (Q("12 percent", 12, "percent"), Q("6,100", 6100, "patient", object="patients"),
      Q("7,050", 7050, "patient", object="patients")),
     {"12 percent": (DOWN, "by"), "6,100": (DOWN, "to"), "7,050": (DOWN, "from")},
     [("change", False)]),
    # sports: the old level first, a time between the levels
    ("Attendance dropped from 41,000 fans in May to 38,500 fans.",
     (Q("41,000", 41000, "fan", object="fans"), Q("38,500", 38500, "fan", object="fans")),
     {"41,000": (DOWN, "from"), "38,500": (DOWN, "to")}, [("change", True)]),
    ("Attendance rose from 41,000 fans in May to 38,500 fans.",
     (Q("41,000", 41000, "fan", object="fans"), Q("38,500", 38500, "fan", object="fans")),
     {"41,000": (UP, "from"), "38,500": (UP, "to")}, [("change", False)]),
    # an amount in the levels' unit is their difference
    ("The fare rose 20 cents to $2.70 from $2.50.",
     (Q("20 cents", 0.2, "usd"), Q("$2.70", 2.7, "usd"), Q("$2.50", 2.5, "usd")),
     {"20 cents": (UP, "by"), "$2.70": (UP, "to"), "$2.50": (UP, "from")}, [("change", True)]),
    # two bare numbers: what rose is not named, so a change that fails is not reported
    ("The index rose to 161 from 221.", (Q("161", 161), Q("221", 221)),
     {"161": (UP, "to"), "221": (UP, "from")}, []),
    ("The index rose to 261 from 221.", (Q("261", 261), Q("221", 221)),
     {"261": (UP, "to"), "221": (UP, "from")}, [("change", True)]),
    # an aside after the new level, with or without the extractor's marks
    ("Crude output was 8.35 mln bpd, down 7.8 pct from 9.06 mln.",
     (Q("8.35 mln bpd", 8.35e6, "barrel per day"), Q("7.8 pct", 7.8, "percent"),
      Q("9.06 mln", 9.06e6)), {"7.8 pct": (DOWN, "by"), "9.06 mln": (DOWN, "from")},
     [("change", True)]),
    ("The school enrolled 1,240 pupils this autumn, off 3 percent from 1,280.",
     (Q("1,240", 1240, "pupil", object="pupils"), Q("3 percent", 3, "percent"),
      Q("1,280", 1280)), {}, [("change", True)]),
    ("The school enrolled 1,240 pupils this autumn, off 9 percent from 1,280.",
     (Q("1,240", 1240, "pupil", object="pupils"), Q("9 percent", 9, "percent"),
      Q("1,280", 1280)), {}, [("change", False)]),
    # a new level without a direction word in its aside is not a change
    ("The club sold 1,240 tickets, compared with 1,280 a year earlier.",
     (Q("1,240", 1240, "ticket", object="tickets"), Q("1,280", 1280)), {}, []),
]


@pytest.mark.parametrize(("sentence", "quantities", "marks", "expected"), CHANGES)
def test_changes_with_their_levels(sentence: str, quantities: tuple[Q, ...], marks: Marks,
                                   expected: list[tuple[str, bool]]) -> None:
    assert verdicts(found(sentence, quantities, marks)) == expected


def test_a_percentage_change_names_both_levels_and_the_percentage() -> None:
    sentence, quantities, marks, _ = CHANGES[0]
    check = found(sentence, quantities, marks)[0]
    assert check.total == 9.06e9 and check.parts == (8.4e9, 7.8)


LISTED = [
    ("Clinics saw 7.62 million visits by 6.39 million patients, a slight increase from 7.60 "
     "million visits and 6.37 million patients.",
     (Q("7.62 million", 7.62e6, "visit", object="visits"),
      Q("6.39 million", 6.39e6, "patient", object="patients"),
      Q("7.60 million", 7.6e6, "visit", object="visits"),
      Q("6.37 million", 6.37e6, "patient", object="patients")),
     [("change", True), ("change", True)]),
    ("The grid supplied 410 terawatt hours to 30 million homes, down from 425 terawatt hours "
     "and 31 million homes.",
     (Q("410 terawatt hours", 410, "terawatt hour"),
      Q("30 million", 3e7, "home", object="homes"),
      Q("425 terawatt hours", 425, "terawatt hour"),
      Q("31 million", 3.1e7, "home", object="homes")),
     [("change", True), ("change", True)]),
    ("The grid supplied 410 terawatt hours to 30 million homes, down from 395 terawatt hours "
     "and 31 million homes.",
     (Q("410 terawatt hours", 410, "terawatt hour"),
      Q("30 million", 3e7, "home", object="homes"),
      Q("395 terawatt hours", 395, "terawatt hour"),
      Q("31 million", 3.1e7, "home", object="homes")),
     [("change", False), ("change", True)]),
]


@pytest.mark.parametrize(("sentence", "quantities", "expected"), LISTED)
def test_a_list_of_old_levels_meets_the_levels_of_the_same_things(
        sentence: str, quantities: tuple[Q, ...], expected: list[tuple[str, bool]]) -> None:
    assert verdicts(found(sentence, quantities)) == expected


def test_old_levels_may_meet_the_new_ones_of_the_sentence_before() -> None:
    text = ("The list held 7.36 million treatments in May.\n"
            "That is 6.22 million patients, down from 7.39 million treatments and 6.25 million "
            "patients in April.")
    quantities = (Q("7.36 million", 7.36e6, "treatment", object="treatments"),
                  Q("6.22 million", 6.22e6, "patient", object="patients"),
                  Q("7.39 million", 7.39e6, "treatment", object="treatments"),
                  Q("6.25 million", 6.25e6, "patient", object="patients"))
    checks = found(text, quantities)
    assert [(c.total, c.parts, c.consistent) for c in checks] == [
        (7.36e6, (7.39e6,), True), (6.22e6, (6.25e6,), True)]


OF_THOSE = [
    ("The ministry contacted 156 schools.\nOf those, 52 schools have been repaired, but 104 "
     "need urgent work.",
     (Q("156", 156, "school", object="schools"), Q("52", 52, "school", object="schools"),
      Q("104", 104)), [("parts", True)]),
    ("Prosecutors charged 40 people.\nOf them, 25 were convicted and 9 were acquitted.",
     (Q("40", 40, "person", object="people"), Q("25", 25), Q("9", 9)), [("parts", True)]),
    ("Prosecutors charged 40 people.\nOf them, 30 were convicted and 20 were acquitted.",
     (Q("40", 40, "person", object="people"), Q("30", 30), Q("20", 20)), [("parts", False)]),
    # only the sentence right before
    ("Prosecutors charged 40 people.\nThe trial lasted a month.\nOf them, 30 were convicted "
     "and 20 were acquitted.",
     (Q("40", 40, "person", object="people"), Q("30", 30), Q("20", 20)), []),
    # a sentence that does not open with the anaphor
    ("Prosecutors charged 40 people.\nThe court heard 30 witnesses and 20 experts.",
     (Q("40", 40, "person", object="people"), Q("30", 30, "witness", object="witnesses"),
      Q("20", 20, "expert", object="experts")), []),
]


@pytest.mark.parametrize(("text", "quantities", "expected"), OF_THOSE)
def test_of_those_breaks_down_the_count_before(text: str, quantities: tuple[Q, ...],
                                               expected: list[tuple[str, bool]]) -> None:
    assert verdicts(found(text, quantities)) == expected


SHARES = [
    ("The challenger won about 56% of the vote, while the mayor won just over 44%.",
     (Q("about 56%", 56, "percent", "approx", None, None),
      Q("just over 44%", 44, "percent", "lower_bound", 44, None)), [("shares", True)]),
    ("The firm holds 31% of the market, while its two rivals hold 27% and 19%.",
     (Q("31%", 31, "percent"), Q("27%", 27, "percent"), Q("19%", 19, "percent")),
     [("shares", True)]),
    # shares that may overlap are never flagged
    ("About 60% of the respondents use one app and 55% use another.",
     (Q("60%", 60, "percent"), Q("55%", 55, "percent")), []),
    # a change and a share are not two shares of one whole
    ("Turnout rose by 5% and 40% of the voters were young.",
     (Q("5%", 5, "percent"), Q("40%", 40, "percent")), []),
    # percentages of no named whole
    ("Inflation reached 9% while wages grew 4%.",
     (Q("9%", 9, "percent"), Q("4%", 4, "percent")), []),
]


@pytest.mark.parametrize(("sentence", "quantities", "expected"), SHARES)
def test_shares_of_one_whole(sentence: str, quantities: tuple[Q, ...],
                             expected: list[tuple[str, bool]]) -> None:
    assert verdicts(found(sentence, quantities)) == expected


CONVERSIONS = [
    ("The trail runs 100 miles (161 km) through the park.",
     (Q("100 miles", 100, "mile"), Q("161 km", 161, "kilometer")), True),
    ("The trail runs 100 miles (100 km) through the park.",
     (Q("100 miles", 100, "mile"), Q("100 km", 100, "kilometer")), False),
    ("The parcel weighs 2.5 kilograms (5.5 pounds).",
     (Q("2.5 kilograms", 2.5, "kilogram"), Q("5.5 pounds", 5.5, "pound")), True),
    ("Temperatures reached 40C (104F) on Monday.",
     (Q("40C", 40, "degree celsius"), Q("104F", 104, "degree fahrenheit")), True),
    ("The fund holds 3.3 trillion yuan ($458 billion).",
     (Q("3.3 trillion yuan", 3.3e12, "cny"), Q("$458 billion", 4.58e11, "usd")), True),
    ("The fund holds 3.3 trillion yuan ($458 million).",
     (Q("3.3 trillion yuan", 3.3e12, "cny"), Q("$458 million", 4.58e8, "usd")), False),
    ("The prize carries 11 million kronor ($1 million).",
     (Q("11 million kronor", 1.1e7, "sek"), Q("$1 million", 1e6, "usd")), True),
]


@pytest.mark.parametrize(("sentence", "quantities", "consistent"), CONVERSIONS)
def test_conversions_in_brackets(sentence: str, quantities: tuple[Q, ...],
                                 consistent: bool) -> None:
    assert verdicts(found(sentence, quantities)) == [("conversion", consistent)]


def test_a_price_per_unit_converts_the_other_way() -> None:
    sentence = "Gasoline was posted at 19.74 dlrs a barrel (47 cts a gallon) on Monday."
    quantities = (Q("19.74 dlrs a barrel", 19.74, "usd"), Q("47 cts a gallon", 0.47, "usd"))
    marks: Marks = {"19.74 dlrs a barrel": "barrel", "47 cts a gallon": "gallon"}
    assert verdicts(found(sentence, quantities, marks)) == [("conversion", True)]
    wrong = sentence.replace("47 cts", "57 cts")
    quantities = (quantities[0], Q("57 cts a gallon", 0.57, "usd"))
    marks = {"19.74 dlrs a barrel": "barrel", "57 cts a gallon": "gallon"}
    assert verdicts(found(wrong, quantities, marks)) == [("conversion", False)]


@pytest.mark.parametrize(("sentence", "quantities"), [
    # not in brackets, or not a conversion
    ("The trail runs 100 miles and 161 km of it are paved.",
     (Q("100 miles", 100, "mile"), Q("161 km", 161, "kilometer"))),
    ("Some 5 million people (2 million children) need aid.",
     (Q("5 million", 5e6, "person", object="people"),
      Q("2 million", 2e6, "child", object="children"))),
    ("The firm paid $5 million (a record) for 3 tonnes (and more).",
     (Q("$5 million", 5e6, "usd"), Q("3 tonnes", 3, "tonne"))),
])
def test_no_conversion_without_one(sentence: str, quantities: tuple[Q, ...]) -> None:
    assert [c for c in found(sentence, quantities) if c.kind == "conversion"] == []


ASIDES = [
    # a measure of something else between the count and the aside is passed over
    ("In July, 36,806 patients waited more than 12 hours, a decrease from 38,106 in June.",
     (Q("36,806", 36806, "patient", object="patients"), Q("12 hours", 12, "hour"),
      Q("38,106", 38106)), [("change", True)]),
    ("Some 1,250 flights left over 30 minutes late, an increase from 1,100 a year ago.",
     (Q("1,250", 1250, "flight", object="flights"), Q("30 minutes", 30, "minute"),
      Q("1,100", 1100)), [("change", True)]),
    ("Some 1,250 flights left over 30 minutes late, an increase from 1,400 a year ago.",
     (Q("1,250", 1250, "flight", object="flights"), Q("30 minutes", 30, "minute"),
      Q("1,400", 1400)), [("change", False)]),
    # "compared to/with" with a direction word
    ("The firm delivered 63,000 cars, down sharply compared to the 90,966 it delivered.",
     (Q("63,000", 63000, "car", object="cars"), Q("90,966", 90966)), [("change", True)]),
    ("The club sold 5,200 season tickets, up compared with 4,800 last year.",
     (Q("5,200", 5200, "ticket", object="tickets"), Q("4,800", 4800)), [("change", True)]),
    # the direction word may stand far before "to X from Y"
    ("The report showed an increase in the deficit during the fourth quarter to 38.4 "
     "billion dlrs from 37.1 billion dlrs.",
     (Q("38.4 billion dlrs", 3.84e10, "usd"), Q("37.1 billion dlrs", 3.71e10, "usd")),
     [("change", True)]),
    ("Call money eased in late trading to 3.75 pct from 3.80 pct.",
     (Q("3.75 pct", 3.75, "percent"), Q("3.80 pct", 3.8, "percent")), [("change", True)]),
    ("Distillate demand was off 0.1 pct in the period to 3.258 mln bpd from 3.260 mln.",
     (Q("0.1 pct", 0.1, "percent"), Q("3.258 mln bpd", 3.258e6, "barrel per day"),
      Q("3.260 mln", 3.26e6)), [("change", True)]),
    # "to" and "from" that are no change
    ("The firm sold 300 cars to dealers from 40 countries.",
     (Q("300", 300, "car", object="cars"), Q("40", 40, "country", object="countries")), []),
]


@pytest.mark.parametrize(("sentence", "quantities", "expected"), ASIDES)
def test_asides_and_distant_change_words(sentence: str, quantities: tuple[Q, ...],
                                         expected: list[tuple[str, bool]]) -> None:
    assert verdicts(found(sentence, quantities)) == expected


PORTIONS = [
    ("She holds 4.1 mln shares, or 13.6 pct of the company's 30 mln shares.",
     (Q("4.1 mln", 4.1e6, "share", object="shares"), Q("13.6 pct", 13.6, "percent"),
      Q("30 mln", 3e7, "share", object="shares")), [("share", True)]),
    ("She holds 4.1 mln shares, or 23.6 pct of the company's 30 mln shares.",
     (Q("4.1 mln", 4.1e6, "share", object="shares"), Q("23.6 pct", 23.6, "percent"),
      Q("30 mln", 3e7, "share", object="shares")), [("share", False)]),
    ("Crews contained 249 of the 413 fires, or 60 percent, by Sunday.",
     (Q("249", 249), Q("413", 413, "fire", object="fires"), Q("60 percent", 60, "percent")),
     [("share", True)]),
    # the percentage is of no total the sentence gives
    ("She holds 4.1 mln shares, or 13.6 pct, and the fund holds 30 mln shares.",
     (Q("4.1 mln", 4.1e6, "share", object="shares"), Q("13.6 pct", 13.6, "percent"),
      Q("30 mln", 3e7, "share", object="shares")), []),
]


@pytest.mark.parametrize(("sentence", "quantities", "expected"), PORTIONS)
def test_a_count_restated_as_its_share_of_a_total(sentence: str, quantities: tuple[Q, ...],
                                                  expected: list[tuple[str, bool]]) -> None:
    assert verdicts(found(sentence, quantities)) == expected


def test_a_level_restated_as_a_share_is_passed_over() -> None:
    sentence = ("The fund cut its stake to 157,500 shares, or 3.8 pct of the total, from 246,500 "
                "shares, or 5.9 pct.")
    quantities = (Q("157,500", 157500, "share", object="shares"), Q("3.8 pct", 3.8, "percent"),
                  Q("246,500", 246500, "share", object="shares"), Q("5.9 pct", 5.9, "percent"))
    checks = found(sentence, quantities, {"157,500": (DOWN, "to"), "246,500": (DOWN, "from")})
    assert [(c.kind, c.total, c.parts[:1], c.consistent) for c in checks] == [
        ("change", 157500, (246500,), True)]


COMPARATIVES = [
    ("The deficit hit a record 140.6 billion dlrs after a 117.7 billion dlr deficit in 1985.",
     (Q("140.6 billion dlrs", 1.406e11, "usd"), Q("117.7 billion dlr", 1.177e11, "usd")),
     [("comparison", True)]),
    ("She ended on a record 3,569 points, surpassing the previous record of 3,527 points.",
     (Q("3,569", 3569, "point", object="points"), Q("3,527", 3527, "point", object="points")),
     [("comparison", True)]),
    ("The party won 412 seats, a majority of 326.",
     (Q("412", 412, "seat", object="seats"), Q("326", 326)), [("comparison", True)]),
    # a ranking that does not hold may be a misreading: not reported
    ("The party won 300 seats, a majority of 326.",
     (Q("300", 300, "seat", object="seats"), Q("326", 326)), []),
    ("Revenue fell 13%, with analysts expecting a larger drop of 21%.",
     (Q("13%", 13, "percent"), Q("21%", 21, "percent")), [("comparison", True)]),
    ("Rents rose 4% in the city, while suburbs saw a steeper rise of 6%.",
     (Q("4%", 4, "percent"), Q("6%", 6, "percent")), [("comparison", True)]),
    # which side of a tally falls short is not said
    ("The vote of 55 to 44 fell short of the 60 votes needed.",
     (Q("55", 55), Q("44", 44), Q("60", 60, "vote", object="votes")), []),
]


@pytest.mark.parametrize(("sentence", "quantities", "expected"), COMPARATIVES)
def test_comparisons_in_words(sentence: str, quantities: tuple[Q, ...],
                              expected: list[tuple[str, bool]]) -> None:
    assert verdicts(found(sentence, quantities)) == expected


ACROSS = [
    ("The company reported 63,000 deliveries in the quarter.\nThe deliveries comprised 50,900 "
     "sedans and 12,100 trucks.",
     (Q("63,000", 63000, "delivery", object="deliveries"),
      Q("50,900", 50900, "sedan", object="sedans"), Q("12,100", 12100, "truck", object="trucks")),
     [("parts", True)]),
    ("The district enrolled 1,200 pupils.\nThe pupils consisted of 700 girls and 500 boys.",
     (Q("1,200", 1200, "pupil", object="pupils"), Q("700", 700, "girl", object="girls"),
      Q("500", 500, "boy", object="boys")), [("parts", True)]),
    # a composition that does not add up may name another count: not reported
    ("The district enrolled 1,200 pupils.\nThe pupils consisted of 700 girls and 600 boys.",
     (Q("1,200", 1200, "pupil", object="pupils"), Q("700", 700, "girl", object="girls"),
      Q("600", 600, "boy", object="boys")), []),
    ("Air defences downed 50 of 73 drones overnight.\nThey lost track of 19 drones, while four "
     "were still in the air.",
     (Q("50", 50), Q("73", 73, "drone", object="drones"), Q("19", 19, "drone", object="drones"),
      Q("four", 4)), [("parts", True)]),
    ("Rescuers saved 12 of 20 miners.\nSix miners died, and two are still missing.",
     (Q("12", 12), Q("20", 20, "miner", object="miners"), Q("Six", 6, "miner", object="miners"),
      Q("two", 2)), [("parts", True)]),
    ("Rescuers saved 12 of 20 miners.\nThe mine had 300 workers.",
     (Q("12", 12), Q("20", 20, "miner", object="miners"),
      Q("300", 300, "worker", object="workers")), [("part", True)]),
]


@pytest.mark.parametrize(("text", "quantities", "expected"), ACROSS)
def test_parts_given_in_the_sentences_after_their_total(
        text: str, quantities: tuple[Q, ...], expected: list[tuple[str, bool]]) -> None:
    assert verdicts(found(text, quantities)) == expected


LATER = [
    # a figure restated
    ("The council faces a predicted £300 million budget gap.\nOfficials expect a budget gap of "
     "around £300 million by 2026.",
     (Q("£300 million", 3e8, "gbp", object="budget gap"),
      Q("around £300 million", 3e8, "gbp", "approx", None, None)), [("same_figure", True)]),
    ("He admitted more than a dozen murders.\nHe pleaded guilty to 13 murders.",
     (Q("more than a dozen", 12, "murder", "lower_bound", 12, None, object="murders"),
      Q("13", 13, "murder", object="murders")), [("same_figure", True)]),
    ("The list held 7.36 million treatments.\nIt peaked at 7.77 million treatments.",
     (Q("7.36 million", 7.36e6, "treatment", object="treatments"),
      Q("7.77 million", 7.77e6, "treatment", object="treatments")), []),
    ("Two countries objected.\nTwo countries abstained.",
     (Q("Two", 2, "country", object="countries"),
      Q("Two", 2, "country", object="countries", nth=1)), []),
    # a total named after its parts
    ("The deal defers 13 billion dlrs of its short-term foreign debt.\nTotal foreign debt is 23 "
     "billion dlrs.",
     (Q("13 billion dlrs", 1.3e10, "usd"), Q("23 billion dlrs", 2.3e10, "usd")),
     [("subset", True)]),
    ("Donors pledged 40 million euros of the new aid budget.\nThe total budget amounted to 90 "
     "million euros.",
     (Q("40 million euros", 4e7, "eur"), Q("90 million euros", 9e7, "eur")), [("subset", True)]),
    ("Exports reached 13 billion dlrs.\nTotal foreign debt is 23 billion dlrs.",
     (Q("13 billion dlrs", 1.3e10, "usd"), Q("23 billion dlrs", 2.3e10, "usd")), []),
]


@pytest.mark.parametrize(("text", "quantities", "expected"), LATER)
def test_figures_restated_and_totals_named_later(text: str, quantities: tuple[Q, ...],
                                                 expected: list[tuple[str, bool]]) -> None:
    assert verdicts(found(text, quantities)) == expected
