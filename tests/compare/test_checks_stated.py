"""Arithmetic checks of rises and falls stated with their levels: the extractor's ``change``
fields, asides after a level, lists of old levels, distant change words, and a count restated
as its share of a total.

Each rule is tested on sentences of at least two domains, with a case where it must not fire
and, where it may alarm, a case where the numbers do not add up.
"""

from __future__ import annotations

import pytest

from tests.compare.builders import Q, T, build
from tests.compare.checking import Marks, found, marked, verdicts
from workbench.compare.checks import consistency

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
    # the change word after the percentage, or the change stated after the old level
    ("The hospital treated 1,204 patients, a 12% increase from 1,075 a year earlier.",
     (Q("1,204", 1204, "patient", object="patients"), Q("12%", 12, "percent"), Q("1,075", 1075)),
     [("change", True)]),
    ("The school enrolled 1,204 pupils, a 3% drop from 1,425 a year earlier.",
     (Q("1,204", 1204, "pupil", object="pupils"), Q("3%", 3, "percent"), Q("1,425", 1425)),
     [("change", False)]),
    ("Turnout was 67.3 percent, compared with 72.1 percent in 2019, a drop of 4.8 points.",
     (Q("67.3 percent", 67.3, "percent"), Q("72.1 percent", 72.1, "percent"),
      Q("4.8 points", 4.8, "point")), [("change", True)]),
    # a percentage right after the levels
    ("Bread rose from £1.05 a loaf to £1.41 (34.3 per cent) this month.",
     (Q("£1.05", 1.05, "gbp"), Q("£1.41", 1.41, "gbp"), Q("34.3 per cent", 34.3, "percent")),
     [("change", True)]),
    ("Waiting lists fell from 4,597 patients to 2,621 patients, a 43% drop.",
     (Q("4,597", 4597, "patient", object="patients"), Q("2,621", 2621, "patient",
                                                          object="patients"),
      Q("43%", 43, "percent")), [("change", True)]),
    # one that does not fit may be another figure's: the direction alone is checked
    ("Bread rose from £1.05 a loaf to £1.41 (12 per cent) this month.",
     (Q("£1.05", 1.05, "gbp"), Q("£1.41", 1.41, "gbp"), Q("12 per cent", 12, "percent")),
     [("change", True)]),
    # "to" and "from" that are no change
    ("The firm sold 300 cars to dealers from 40 countries.",
     (Q("300", 300, "car", object="cars"), Q("40", 40, "country", object="countries")), []),
]


@pytest.mark.parametrize(("sentence", "quantities", "expected"), ASIDES)
def test_asides_and_distant_change_words(sentence: str, quantities: tuple[Q, ...],
                                         expected: list[tuple[str, bool]]) -> None:
    marks: Marks = {"4.8 points": ("decrease", "by")}
    assert verdicts(found(sentence, quantities, marks)) == expected


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


ONE_MARKED = [
    # economy: only the new level carries the extractor's direction ("from a revised"); the
    # record is a comparison of its own
    ("The deficit widened to a record 12.4 billion dlrs in the first quarter from a revised "
     "11.9 billion dlrs.",
     (Q("12.4 billion dlrs", 12.4e9, "usd"), Q("11.9 billion dlrs", 11.9e9, "usd")),
     {"12.4 billion dlrs": (UP, "to")}, [("change", True), ("comparison", True)]),
    # transport: a fall, the old level unmarked
    ("Ridership fell to 2.1 million passengers in March from a revised 2.6 million "
     "passengers.",
     (Q("2.1 million", 2.1e6, "passenger", object="passengers"),
      Q("2.6 million", 2.6e6, "passenger", object="passengers")),
     {"2.1 million": (DOWN, "to")}, [("change", True)]),
    # the stated direction does not fit the levels
    ("Ridership fell to 2.9 million passengers in March from a revised 2.6 million "
     "passengers.",
     (Q("2.9 million", 2.9e6, "passenger", object="passengers"),
      Q("2.6 million", 2.6e6, "passenger", object="passengers")),
     {"2.9 million": (DOWN, "to")}, [("change", False)]),
    # two measures moving opposite ways are not one change
    ("Sales rose to 14 million dlrs while costs fell from 9 million dlrs.",
     (Q("14 million dlrs", 1.4e7, "usd"), Q("9 million dlrs", 9e6, "usd")),
     {"14 million dlrs": (UP, "to"), "9 million dlrs": (DOWN, "from")}, []),
]


@pytest.mark.parametrize(("sentence", "quantities", "marks", "expected"), ONE_MARKED)
def test_a_change_whose_old_level_has_no_direction_of_its_own(
        sentence: str, quantities: tuple[Q, ...], marks: Marks,
        expected: list[tuple[str, bool]]) -> None:
    assert verdicts(found(sentence, quantities, marks)) == expected


CARRIED = [
    # economy: a rate of growth, then the rate it slowed from
    ("Exports showed growth of 2.75 pct in the second quarter.\nThat growth had slowed from "
     "3.5 pct in the first quarter.",
     (Q("2.75 pct", 2.75, "percent"), Q("3.5 pct", 3.5, "percent")),
     {"2.75 pct": (UP, "by"), "3.5 pct": (DOWN, "from")}, [("change", True)]),
    # health: a count of patients, then the count it fell from
    ("The clinic treated 4,200 patients in June.\nThat had fallen from 4,800 patients in May.",
     (Q("4,200", 4200, "patient", object="patients"),
      Q("4,800", 4800, "patient", object="patients")),
     {"4,800": (DOWN, "from")}, [("change", True)]),
    # the levels do not fit the direction: an uncertain reading raises no alarm
    ("The clinic treated 5,200 patients in June.\nThat had fallen from 4,800 patients in May.",
     (Q("5,200", 5200, "patient", object="patients"),
      Q("4,800", 4800, "patient", object="patients")),
     {"4,800": (DOWN, "from")}, []),
    # a percentage of another subject is not the level that slowed
    ("Unemployment stood at 5.1 pct in the second quarter.\nThe growth rate had slowed from "
     "3.5 pct in the first quarter.",
     (Q("5.1 pct", 5.1, "percent"), Q("3.5 pct", 3.5, "percent")),
     {"3.5 pct": (DOWN, "from")}, []),
    # a sentence between them: not carried
    ("The clinic treated 4,200 patients in June.\nIt hired 12 nurses.\nThat had fallen from "
     "4,800 patients in May.",
     (Q("4,200", 4200, "patient", object="patients"), Q("12", 12, "nurse", object="nurses"),
      Q("4,800", 4800, "patient", object="patients")),
     {"4,800": (DOWN, "from")}, []),
]


@pytest.mark.parametrize(("text", "quantities", "marks", "expected"), CARRIED)
def test_an_old_level_alone_meets_the_level_of_the_sentence_before(
        text: str, quantities: tuple[Q, ...], marks: Marks,
        expected: list[tuple[str, bool]]) -> None:
    assert verdicts(found(text, quantities, marks)) == expected


SET_AGAINST = [
    # finance: the old level after "vs", the direction from the verb before the new level
    ("Net debt was cut to 738 mln crowns vs. one billion crowns a year earlier.",
     (Q("738 mln crowns", 7.38e8, "sek"), Q("one billion crowns", 1e9, "sek")),
     {"738 mln crowns": (DOWN, "to")}, [("change", True)]),
    ("Net debt was cut to 738 mln crowns vs. 612 mln crowns a year earlier.",
     (Q("738 mln crowns", 7.38e8, "sek"), Q("612 mln crowns", 6.12e8, "sek")),
     {"738 mln crowns": (DOWN, "to")}, [("change", False)]),
    # education: "against"
    ("Enrolment climbed to 1,240 pupils against 1,180 pupils last autumn.",
     (Q("1,240", 1240, "pupil", object="pupils"), Q("1,180", 1180, "pupil", object="pupils")),
     {"1,240": (UP, "to")}, [("change", True)]),
    # no change stated before "against": two figures side by side, no check
    ("The club sold 1,240 tickets against 1,180 tickets for the derby.",
     (Q("1,240", 1240, "ticket", object="tickets"), Q("1,180", 1180, "ticket", object="tickets")),
     {}, []),
    # public finance: the old level tied to its noun by "of", then "to" and the new level
    ("The plan would reduce the estimated deficit of about 171 billion dlrs to about 134 billion "
     "dlrs.",
     (Q("about 171 billion dlrs", 1.71e11, "usd", qualifier="approx", low=None, high=None),
      Q("about 134 billion dlrs", 1.34e11, "usd", qualifier="approx", low=None, high=None)),
     {"about 134 billion dlrs": (DOWN, "to")}, [("change", True)]),
    # transport: a fare of one level raised to another
    ("The council raised the bus fare of $2.50 to $2.75.",
     (Q("$2.50", 2.5, "usd"), Q("$2.75", 2.75, "usd")), {"$2.75": (UP, "to")},
     [("change", True)]),
    ("The council raised the bus fare of $2.50 to $2.25.",
     (Q("$2.50", 2.5, "usd"), Q("$2.25", 2.25, "usd")), {"$2.25": (UP, "to")},
     [("change", False)]),
    # "of X to Y" without a change marked on Y is a span, not a change
    ("The hall has a capacity of 500 to 600 seats.",
     (Q("500", 500, "seat", object="seats"), Q("600", 600, "seat", object="seats")), {}, []),
    # "up to" before a new level with an old one is the rise, not a bound
    ("Sales would go up to six billion crowns from 3.65 billion crowns.",
     (Q("up to six billion crowns", 6e9, "sek", qualifier="upper_bound", low=None, high=6e9),
      Q("3.65 billion crowns", 3.65e9, "sek")), {"3.65 billion crowns": (None, "from")},
     [("change", True)]),
    ("The toll of the floods went up to 40 people from 52 people.",
     (Q("up to 40", 40, "person", qualifier="upper_bound", low=None, high=40, object="people"),
      Q("52", 52, "person", object="people")), {"52": (None, "from")}, [("change", False)]),
    # "up to" without an old level stays a bound: no change
    ("The fund may raise up to 50 mln dlrs from 200 investors.",
     (Q("up to 50 mln dlrs", 5e7, "usd", qualifier="upper_bound", low=None, high=5e7),
      Q("200", 200, "investor", object="investors")), {"200": (None, "from")}, []),
]


@pytest.mark.parametrize(("sentence", "quantities", "marks", "expected"), SET_AGAINST)
def test_old_levels_set_against_or_tied_to_the_new_one(
        sentence: str, quantities: tuple[Q, ...], marks: Marks,
        expected: list[tuple[str, bool]]) -> None:
    assert verdicts(found(sentence, quantities, marks)) == expected


PERCENT_ELSEWHERE = [
    # earnings: the percentage in an earlier paragraph, the levels later
    ("Net profit fell 85.3 pct in the year.\nThe group reported a fall in net profit to 9.27 mln "
     "dlrs from 63.20 mln dlrs.",
     (Q("85.3 pct", 85.3, "percent"), Q("9.27 mln dlrs", 9.27e6, "usd"),
      Q("63.20 mln dlrs", 6.32e7, "usd")),
     {"85.3 pct": (DOWN, "by"), "9.27 mln dlrs": (DOWN, "to"), "63.20 mln dlrs": (DOWN, "from")},
     [("change", True)], (6.32e7, 85.3)),
    # transport: ridership
    ("Ridership rose 12 percent last year.\nOfficials said ridership climbed to 1.12 million "
     "trips from 1.0 million trips.",
     (Q("12 percent", 12, "percent"), Q("1.12 million", 1.12e6, "trip", object="trips"),
      Q("1.0 million", 1.0e6, "trip", object="trips")),
     {"12 percent": (UP, "by"), "1.12 million": (UP, "to"), "1.0 million": (UP, "from")},
     [("change", True)], (1.0e6, 12)),
    # a percentage that does not fit stays apart: the levels' direction alone is checked
    ("Ridership rose 30 percent last year.\nOfficials said ridership climbed to 1.12 million "
     "trips from 1.0 million trips.",
     (Q("30 percent", 30, "percent"), Q("1.12 million", 1.12e6, "trip", object="trips"),
      Q("1.0 million", 1.0e6, "trip", object="trips")),
     {"30 percent": (UP, "by"), "1.12 million": (UP, "to"), "1.0 million": (UP, "from")},
     [("change", True)], (1.0e6,)),
    # the percentage of another thing is not the levels' change
    ("Fares rose 12 percent last year.\nOfficials said ridership climbed to 1.12 million trips "
     "from 1.0 million trips.",
     (Q("12 percent", 12, "percent"), Q("1.12 million", 1.12e6, "trip", object="trips"),
      Q("1.0 million", 1.0e6, "trip", object="trips")),
     {"12 percent": (UP, "by"), "1.12 million": (UP, "to"), "1.0 million": (UP, "from")},
     [("change", True)], (1.0e6,)),
]


@pytest.mark.parametrize(("text", "quantities", "marks", "expected", "parts"), PERCENT_ELSEWHERE)
def test_levels_meet_their_percentage_stated_in_another_sentence(
        text: str, quantities: tuple[Q, ...], marks: Marks, expected: list[tuple[str, bool]],
        parts: tuple[float, ...]) -> None:
    checks = found(text, quantities, marks)
    assert verdicts(checks) == expected
    assert checks[0].parts == parts


CARRIED_PAST_ONE = [
    # economy: a sentence about something else between the rate and the rate it slowed from
    ("Annual growth in output was 3.25 pct in the first quarter.\nConfidence improved as the "
     "currency rose to 50 cents.\nIt noted the growth rate had slowed from 4.5 pct last year.",
     (Q("3.25 pct", 3.25, "percent"), Q("50 cents", 0.5, "usd"), Q("4.5 pct", 4.5, "percent")),
     {"4.5 pct": (DOWN, "from")}, [("change", True)]),
    # health: the words "clinic" tie the two levels past a sentence about nurses
    ("The clinic treated 4,200 patients in June.\nIt hired 12 nurses.\nVisits to the clinic had "
     "fallen from 4,800 patients in May.",
     (Q("4,200", 4200, "patient", object="patients"), Q("12", 12, "nurse", object="nurses"),
      Q("4,800", 4800, "patient", object="patients")),
     {"4,800": (DOWN, "from")}, [("change", True)]),
    # a sentence between with a level of the same unit: that one would be the level, not carried
    ("Annual growth in output was 3.25 pct in the first quarter.\nInflation was 2.1 pct.\nIt "
     "noted the growth rate had slowed from 4.5 pct last year.",
     (Q("3.25 pct", 3.25, "percent"), Q("2.1 pct", 2.1, "percent"), Q("4.5 pct", 4.5, "percent")),
     {"4.5 pct": (DOWN, "from")}, []),
    # two sentences between: too far
    ("The clinic treated 4,200 patients in June.\nIt hired 12 nurses.\nIt opened late.\nVisits to "
     "the clinic had fallen from 4,800 patients in May.",
     (Q("4,200", 4200, "patient", object="patients"), Q("12", 12, "nurse", object="nurses"),
      Q("4,800", 4800, "patient", object="patients")),
     {"4,800": (DOWN, "from")}, []),
]


@pytest.mark.parametrize(("text", "quantities", "marks", "expected"), CARRIED_PAST_ONE)
def test_an_old_level_meets_its_new_one_past_one_sentence(
        text: str, quantities: tuple[Q, ...], marks: Marks,
        expected: list[tuple[str, bool]]) -> None:
    assert verdicts(found(text, quantities, marks)) == expected


AMOUNT_BETWEEN = [
    # education: a time, then the aside with the percentage, between the levels
    ("Enrolment fell to 9,800 students this autumn, down 4% from 10,200 students.",
     (Q("9,800", 9800, "student", object="students"), Q("4%", 4, "percent"),
      Q("10,200", 10200, "student", object="students")),
     {"9,800": (DOWN, "to"), "4%": (DOWN, "by"), "10,200": (DOWN, "from")}, [("change", True)]),
    ("Enrolment fell to 9,800 students this autumn, down 14% from 10,200 students.",
     (Q("9,800", 9800, "student", object="students"), Q("14%", 14, "percent"),
      Q("10,200", 10200, "student", object="students")),
     {"9,800": (DOWN, "to"), "14%": (DOWN, "by"), "10,200": (DOWN, "from")},
     [("change", False)]),
    # trade: an amount in the levels' unit
    ("Exports rose to $5.2 billion in March, up $0.4 billion from $4.8 billion.",
     (Q("$5.2 billion", 5.2e9, "usd"), Q("$0.4 billion", 4e8, "usd"),
      Q("$4.8 billion", 4.8e9, "usd")),
     {"$5.2 billion": (UP, "to"), "$0.4 billion": (UP, "by"), "$4.8 billion": (UP, "from")},
     [("change", True)]),
    # a number between that is no amount of the change is not taken for one
    ("Enrolment fell to 9,800 students at 12 schools from 10,200 students.",
     (Q("9,800", 9800, "student", object="students"), Q("12", 12, "school", object="schools"),
      Q("10,200", 10200, "student", object="students")),
     {"9,800": (DOWN, "to"), "10,200": (DOWN, "from")}, []),
]


@pytest.mark.parametrize(("text", "quantities", "marks", "expected"), AMOUNT_BETWEEN)
def test_the_amount_between_a_new_level_and_its_old_one(
        text: str, quantities: tuple[Q, ...], marks: Marks,
        expected: list[tuple[str, bool]]) -> None:
    checks = found(text, quantities, marks)
    assert verdicts(checks) == expected
    assert all(len(c.parts) == 2 for c in checks)


NOUN_OF_PERCENT = [
    # health: "a rise of 21%" after the levels
    ("Cases climbed to 2,300 last week from 1,900 cases, a rise of 21%.",
     (Q("2,300", 2300), Q("1,900", 1900, "case", object="cases"), Q("21%", 21, "percent")),
     {"2,300": (UP, "to"), "1,900": (UP, "from"), "21%": (UP, "by")}, (1900, 21)),
    # jobs: "a drop of 5%"
    ("Payrolls fell to 9,500 jobs from 10,000 jobs, a drop of 5%.",
     (Q("9,500", 9500, "job", object="jobs"), Q("10,000", 10000, "job", object="jobs"),
      Q("5%", 5, "percent")),
     {"9,500": (DOWN, "to"), "10,000": (DOWN, "from"), "5%": (DOWN, "by")}, (10000, 5)),
    # a percentage that does not fit may be another figure's: the levels alone are checked
    ("Cases climbed to 2,300 last week from 1,900 cases, a rise of 40%.",
     (Q("2,300", 2300), Q("1,900", 1900, "case", object="cases"), Q("40%", 40, "percent")),
     {"2,300": (UP, "to"), "1,900": (UP, "from"), "40%": (UP, "by")}, (1900,)),
]


@pytest.mark.parametrize(("text", "quantities", "marks", "parts"), NOUN_OF_PERCENT)
def test_a_change_noun_and_its_percentage_after_the_levels(
        text: str, quantities: tuple[Q, ...], marks: Marks, parts: tuple[float, ...]) -> None:
    checks = found(text, quantities, marks)
    assert verdicts(checks) == [("change", True)]
    assert checks[0].parts == parts


MOVES = [
    # markets: points of an index, the direction from the verb
    ("The index lost 120 points, or 1.5%, to 7,880.",
     (Q("120", 120, "point", object="points"), Q("1.5%", 1.5, "percent"), Q("7,880", 7880)), {},
     [("change", True)]),
    ("The Dow added 87.37 points, or 0.23%, to close at 37,903.29.",
     (Q("87.37", 87.37, "point", object="points"), Q("0.23%", 0.23, "percent"),
      Q("37,903.29", 37903.29)), {}, [("change", True)]),
    # transport: a fare, the direction from the extractor
    ("The fare rose 20 cents, or 8%, to $2.70.",
     (Q("20 cents", 0.2, "usd"), Q("8%", 8, "percent"), Q("$2.70", 2.7, "usd")),
     {"20 cents": (UP, "by")}, [("change", True)]),
    # the percentage does not fit the amount and the level: stated plainly, so flagged
    ("The fare rose 20 cents, or 18%, to $2.70.",
     (Q("20 cents", 0.2, "usd"), Q("18%", 18, "percent"), Q("$2.70", 2.7, "usd")),
     {"20 cents": (UP, "by")}, [("change", False)]),
    # no direction: a count, its share, and another number are no move
    ("The firm has 120 stores, or 15%, in 800 towns.",
     (Q("120", 120, "store", object="stores"), Q("15%", 15, "percent"),
      Q("800", 800, "town", object="towns")), {}, []),
    # the amount is not restated as the percentage: two changes, no move
    ("The index lost 120 points and 1.5% to 7,880.",
     (Q("120", 120, "point", object="points"), Q("1.5%", 1.5, "percent"), Q("7,880", 7880)), {},
     []),
]


@pytest.mark.parametrize(("text", "quantities", "marks", "expected"), MOVES)
def test_a_move_by_its_amount_percentage_and_level_reached(
        text: str, quantities: tuple[Q, ...], marks: Marks,
        expected: list[tuple[str, bool]]) -> None:
    assert verdicts(found(text, quantities, marks)) == expected


PORTIONS_OF_OTHER_NOUNS = [
    # business: jobs of a workforce
    ("The company cut 1,500 jobs, or 12% of its 12,500 workforce.",
     (Q("1,500", 1500, "job", object="jobs"), Q("12%", 12, "percent"),
      Q("12,500", 12500, "workforce", object="workforce")), [("share", True)]),
    # education: pupils of a school roll
    ("The school excluded 45 pupils, or 3% of its roll of 1,500 children.",
     (Q("45", 45, "pupil", object="pupils"), Q("3%", 3, "percent"),
      Q("1,500", 1500, "child", object="children")), [("share", True)]),
    ("Some 45 pupils, or 3% of its 1,500 children, were excluded.",
     (Q("45", 45, "pupil", object="pupils"), Q("3%", 3, "percent"),
      Q("1,500", 1500, "child", object="children")), [("share", True)]),
    # two nouns that do not fit: a reading, so no alarm
    ("The company cut 1,500 jobs, or 30% of its 12,500 workforce.",
     (Q("1,500", 1500, "job", object="jobs"), Q("30%", 30, "percent"),
      Q("12,500", 12500, "workforce", object="workforce")), []),
    # money restated as a share of a count is no share
    ("The firm paid $1,500, or 12% of its 12,500 staff.",
     (Q("$1,500", 1500, "usd"), Q("12%", 12, "percent"),
      Q("12,500", 12500, "staff", object="staff")), []),
]


@pytest.mark.parametrize(("sentence", "quantities", "expected"), PORTIONS_OF_OTHER_NOUNS)
def test_a_count_restated_as_its_share_of_a_total_of_another_noun(
        sentence: str, quantities: tuple[Q, ...], expected: list[tuple[str, bool]]) -> None:
    assert verdicts(found(sentence, quantities)) == expected


POINTS_AFTER = [
    # elections: the drop in points between two percentages
    ("Turnout fell to 59.7% from 67.3% in 2019, a drop of 7.6 points.",
     (Q("59.7%", 59.7, "percent"), Q("67.3%", 67.3, "percent"), Q("7.6", 7.6, "point")),
     {"59.7%": (DOWN, "to"), "67.3%": (DOWN, "from"), "7.6": (DOWN, "by")}, (67.3, 7.6)),
    # labour market
    ("The jobless rate rose to 5.1% from 4.6%, an increase of 0.5 percentage points.",
     (Q("5.1%", 5.1, "percent"), Q("4.6%", 4.6, "percent"),
      Q("0.5 percentage points", 0.5, "percentage point")),
     {"5.1%": (UP, "to"), "4.6%": (UP, "from"), "0.5 percentage points": (UP, "by")}, (4.6, 0.5)),
    # points that do not fit are another figure's: the levels alone
    ("Turnout fell to 59.7% from 67.3% in 2019, a drop of 3 points.",
     (Q("59.7%", 59.7, "percent"), Q("67.3%", 67.3, "percent"), Q("3", 3, "point")),
     {"59.7%": (DOWN, "to"), "67.3%": (DOWN, "from"), "3": (DOWN, "by")}, (67.3,)),
]


@pytest.mark.parametrize(("text", "quantities", "marks", "parts"), POINTS_AFTER)
def test_the_points_between_two_percentages_after_the_levels(
        text: str, quantities: tuple[Q, ...], marks: Marks, parts: tuple[float, ...]) -> None:
    years = (T("2019", "2019", "year"),) if "2019" in text else ()
    facts = marked(build(text, quantities=quantities, times=years), marks)
    checks = list(consistency.checks(facts))
    assert verdicts(checks) == [("change", True)]
    assert checks[0].parts == parts
