"""Arithmetic checks of figures stated apart: old levels listed after one new level, a new level
past a duration, an aside after a dash, a new level whose old one is in the sentence next to it,
a figure belittled after "compared with", the part and "the other", a total of figures stated
sentence by sentence, a bound and the exact figure; and changes read on other bases or periods
that must never alarm.

Each rule is tested on sentences of at least two domains, with a case where it must not fire
and, where it may alarm, a case where the numbers do not add up.
"""

from __future__ import annotations

import pytest

from tests.compare.builders import Q, T, build
from tests.compare.checking import Marks, marked, verdicts
from workbench.compare.checks import consistency
from workbench.model import Check

UP, DOWN = "increase", "decrease"


def checked(text: str, quantities: tuple[Q, ...], marks: Marks,
            times: tuple[T, ...] = ()) -> list[Check]:
    facts = marked(build(text, quantities=quantities, times=times), marks)
    found = list(consistency.checks(facts))
    for check in found:
        assert facts.article.text[check.start:check.end] == check.text
    return found


SERIES: list[tuple[str, tuple[Q, ...], Marks, tuple[T, ...], list[tuple[str, bool]]]] = [
    # commodities: two old levels, each with its period, of one new level
    ("Coffee exports rose to 4.8 mln bags in May from 4.5 mln bags in April and 4.1 mln bags "
     "in May 2023.",
     (Q("4.8 mln bags", 4.8e6, "bag"), Q("4.5 mln bags", 4.5e6, "bag"),
      Q("4.1 mln bags", 4.1e6, "bag")),
     {"4.8 mln bags": (UP, "to"), "4.5 mln bags": (UP, "from")},
     (T("May", "2024-05", "month"), T("April", "2024-04", "month"),
      T("May 2023", "2023-05", "month")), [("change", True), ("change", True)]),
    # transport: the same, after "up from"; the older level above the new one is flagged
    ("Ridership reached 910,000 riders in 2024, up from 850,000 riders in 2023 and 990,000 "
     "riders in 2022.",
     (Q("910,000", 910000, "rider", object="riders"), Q("850,000", 850000, "rider",
                                                        object="riders"),
      Q("990,000", 990000, "rider", object="riders")), {"850,000": (UP, "from")},
     (T("2024", "2024", "year"), T("2023", "2023", "year"), T("2022", "2022", "year")),
     [("change", True), ("change", False)]),
    # trade: a duration between the new level and the old one
    ("Imports rose to 61 mln dlrs in the first three months from 58 mln dlrs a year earlier.",
     (Q("61 mln dlrs", 61e6, "usd"), Q("three months", 3, "month"),
      Q("58 mln dlrs", 58e6, "usd")),
     {"61 mln dlrs": (UP, "to"), "58 mln dlrs": (UP, "from")}, (), [("change", True)]),
    # tourism: the same over a year
    ("Arrivals rose to 1.2 million visitors over the past 12 months from 1.4 million visitors.",
     (Q("1.2 million", 1.2e6, "visitor", object="visitors"), Q("12 months", 12, "month"),
      Q("1.4 million", 1.4e6, "visitor", object="visitors")),
     {"1.2 million": (UP, "to"), "1.4 million": (UP, "from")}, (), [("change", False)]),
    # polls: an aside after a dash
    ("Support for the mayor stands at 58% - an increase from 51% in March.",
     (Q("58%", 58, "percent"), Q("51%", 51, "percent")), {"51%": (UP, "from")}, (),
     [("change", True)]),
    # sports: the same, falling, and a rise that is no rise
    ("The club averaged 31,000 fans - a drop from 33,500 fans last season.",
     (Q("31,000", 31000, "fan", object="fans"), Q("33,500", 33500, "fan", object="fans")),
     {"33,500": (DOWN, "from")}, (), [("change", True)]),
    ("Support for the mayor stands at 48% - an increase from 51% in March.",
     (Q("48%", 48, "percent"), Q("51%", 51, "percent")), {"51%": (UP, "from")}, (),
     [("change", False)]),
    # finance: a new level alone, its old level named in the sentence before
    ("The current conversion ratio is 1.5 shares for each note.\n"
     "After June 1 the ratio falls to one share.",
     (Q("1.5", 1.5, "share", object="shares"), Q("one", 1, "share", object="share")),
     {"one": (DOWN, "to")}, (), [("change", True)]),
    # public finance: the old level in the sentence after
    ("The city hopes to cut its budget deficit to $40 million by 2027.\n"
     "The budget deficit was $95 million last year.",
     (Q("$40 million", 40e6, "usd"), Q("$95 million", 95e6, "usd")),
     {"$40 million": (DOWN, "to")}, (), [("change", True)]),
    # ... not when the sentences name different things, nor when it does not hold
    ("The city hopes to cut its budget deficit to $40 million.\n"
     "The school fund holds $95 million.",
     (Q("$40 million", 40e6, "usd"), Q("$95 million", 95e6, "usd")),
     {"$40 million": (DOWN, "to")}, (), []),
    ("The city hopes to cut its budget deficit to $140 million.\n"
     "The budget deficit was $95 million last year.",
     (Q("$140 million", 140e6, "usd"), Q("$95 million", 95e6, "usd")),
     {"$140 million": (DOWN, "to")}, (), []),
    # energy: a figure belittled after "compared with"
    ("The airline carried 48 million passengers this year, compared with only 9 million "
     "passengers in 2021.",
     (Q("48 million", 48e6, "passenger", object="passengers"),
      Q("9 million", 9e6, "passenger", object="passengers")), {}, (), [("comparison", True)]),
    # charity; and a belittled figure that is larger: a reading only
    ("Donations reached $3.2 million, compared with just $900,000 a year earlier.",
     (Q("$3.2 million", 3.2e6, "usd"), Q("$900,000", 900000, "usd")), {}, (),
     [("comparison", True)]),
    ("The airline carried 48 million passengers this year, compared with only 70 million "
     "passengers in 2021.",
     (Q("48 million", 48e6, "passenger", object="passengers"),
      Q("70 million", 70e6, "passenger", object="passengers")), {}, (), []),
    # crime: a part and "the other"
    ("Seven of the eight hostages were freed on Friday; the other is still held.",
     (Q("Seven", 7, "hostage", object="eight hostages"), Q("eight", 8, "hostage",
                                                           object="hostages")), {}, (),
     [("parts", True)]),
    # energy: the same, one short, and "the other three"
    ("Three of the five reactors are offline; the other is running at half capacity.",
     (Q("Three", 3, "reactor", object="five reactors"), Q("five", 5, "reactor",
                                                          object="reactors")), {}, (),
     [("parts", False)]),
    ("Two of the five councillors voted yes, while the other three voted no.",
     (Q("Two", 2, "councillor", object="five councillors"),
      Q("five", 5, "councillor", object="councillors"), Q("three", 3, "councillor")), {}, (),
     [("parts", True)]),
    # a part alone stays a part
    ("Two of the nine former executives were released on Tuesday.",
     (Q("Two", 2, "executive", object="nine former executives"),
      Q("nine", 9, "executive", object="former executives")), {}, (), [("part", True)]),
    # banking: a total of balances stated one sentence each
    ("Balances at the central bank fell to 3.125 bln dlrs from 3.604 bln dlrs.\n"
     "Balances in note accounts fell to 11.240 bln dlrs from 12.012 bln dlrs.\n"
     "The operating balance totaled 14.365 bln dlrs compared with 15.616 bln dlrs.",
     (Q("3.125 bln dlrs", 3.125e9, "usd"), Q("3.604 bln dlrs", 3.604e9, "usd"),
      Q("11.240 bln dlrs", 11.24e9, "usd"), Q("12.012 bln dlrs", 12.012e9, "usd"),
      Q("14.365 bln dlrs", 14.365e9, "usd"), Q("15.616 bln dlrs", 15.616e9, "usd")),
     {"3.604 bln dlrs": (DOWN, "from"), "11.240 bln dlrs": (DOWN, "to"),
      "12.012 bln dlrs": (DOWN, "from")}, (),
     [("change", True), ("parts", True), ("parts", True), ("change", True)]),
    # education: a total whose parts name it a component
    ("Enrolment rose to 7,460 students.\nThe full-time component of enrolment increased to "
     "3,910 students.\nPart-time enrolment rose to 3,550 students.",
     (Q("7,460", 7460, "student", object="students"), Q("3,910", 3910, "student",
                                                        object="students"),
      Q("3,550", 3550, "student", object="students")),
     {"7,460": (UP, "to"), "3,910": (UP, "to"), "3,550": (UP, "to")}, (), [("parts", True)]),
    # ... no sum reported when the figures do not meet it
    ("Enrolment rose to 7,560 students.\nThe full-time component of enrolment increased to "
     "3,910 students.\nPart-time enrolment rose to 3,550 students.",
     (Q("7,560", 7560, "student", object="students"), Q("3,910", 3910, "student",
                                                        object="students"),
      Q("3,550", 3550, "student", object="students")),
     {"7,560": (UP, "to"), "3,910": (UP, "to"), "3,550": (UP, "to")}, (), []),
    # investing: a bound and the exact figure in the next sentence
    ("The fund cut its stake in the company to less than 5 pct.\n"
     "The fund now holds 1.2 mln shares of the company, or 4.6 pct.",
     (Q("less than 5 pct", 5, "percent", "upper_bound", high=5),
      Q("1.2 mln", 1.2e6, "share", object="shares"), Q("4.6 pct", 4.6, "percent")),
     {"less than 5 pct": (DOWN, "to")}, (), [("bound", True)]),
    # disasters: the same from below; outside the bound, a reading only
    ("More than 2,000 residents were evacuated from the valley on Monday.\n"
     "Officials said 2,640 residents of the valley had left by nightfall.",
     (Q("More than 2,000", 2000, "resident", "lower_bound", low=2000, object="residents"),
      Q("2,640", 2640, "resident", object="residents")), {}, (), [("bound", True)]),
    ("More than 2,000 residents were evacuated from the valley on Monday.\n"
     "Officials said 1,400 residents of the valley had left by nightfall.",
     (Q("More than 2,000", 2000, "resident", "lower_bound", low=2000, object="residents"),
      Q("1,400", 1400, "resident", object="residents")), {}, (), []),
]


SERIES += [
    # weather: one span of time in days, then in hours
    ("The storm could reach the coast in just two days.\nForecasters tracked it over a 48-hour "
     "period.",
     (Q("two days", 2, "day"), Q("48-hour", 48, "hour")), {}, (), [("conversion", True)]),
    # elections: weeks and days
    ("The count may take three weeks.\nOfficials have 21 days to certify the result.",
     (Q("three weeks", 3, "week"), Q("21 days", 21, "day")), {}, (), [("conversion", True)]),
    # two spans that differ, and one day against 24 hours: nothing
    ("The count may take three weeks.\nOfficials have 30 days to certify the result.",
     (Q("three weeks", 3, "week"), Q("30 days", 30, "day")), {}, (), []),
    ("The strike lasted one day.\nThe office stays open 24 hours.",
     (Q("one day", 1, "day"), Q("24 hours", 24, "hour")), {}, (), []),
    # finance: a count of amounts listed after "of"
    ("The bank is launching two bond issues of 90 mln and 60 mln francs.",
     (Q("two", 2, "issue", object="bond issues"), Q("90 mln", 90e6),
      Q("60 mln francs", 60e6, "chf")), {}, (), [("parts", True)]),
    # courts: three fines listed
    ("The judge imposed three fines of $500, $750 and $1,000 on the firm.",
     (Q("three", 3, "fine", object="fines"), Q("$500", 500, "usd"), Q("$750", 750, "usd"),
      Q("$1,000", 1000, "usd")), {}, (), [("parts", True)]),
    # politics and transport: items after a colon, each opened by "one"
    ("The minister laid out two options for the budget: one a new tax on fuel and one a cut "
     "in spending.",
     (Q("two", 2, "option", object="options"),), {}, (), [("parts", True)]),
    ("Planners studied three routes: one by sea, one by rail and one by road.",
     (Q("three", 3, "route", object="routes"),), {}, (), [("parts", True)]),
    ("Planners studied three routes: one by sea and one by rail.",
     (Q("three", 3, "route", object="routes"),), {}, (), []),
    # a count the list does not meet: a reading only
    ("The judge imposed three fines of $500 and $750 on the firm.",
     (Q("three", 3, "fine", object="fines"), Q("$500", 500, "usd"), Q("$750", 750, "usd")),
     {}, (), []),
]


@pytest.mark.parametrize(("text", "quantities", "marks", "times", "expected"), SERIES)
def test_figures_stated_apart(text: str, quantities: tuple[Q, ...], marks: Marks,
                              times: tuple[T, ...], expected: list[tuple[str, bool]]) -> None:
    assert verdicts(checked(text, quantities, marks, times)) == expected


NO_ALARM: list[tuple[str, tuple[Q, ...], Marks]] = [
    # money supply: a growth rate "brought" to a level against another, after a monthly rise
    ("Money supply rose 0.4 pct to 82.6 bln dlrs after a 0.6 pct rise in the previous month, "
     "bringing annual growth to 6.1 pct against 6.3 pct a month earlier.",
     (Q("0.4 pct", 0.4, "percent"), Q("82.6 bln dlrs", 82.6e9, "usd"),
      Q("0.6 pct", 0.6, "percent"), Q("6.1 pct", 6.1, "percent"),
      Q("6.3 pct", 6.3, "percent")),
     {"0.4 pct": (UP, "by"), "82.6 bln dlrs": (UP, "to"), "0.6 pct": (UP, "by"),
      "6.1 pct": (UP, "to")}),
    # housing: the same with "from"
    ("Home prices rose 0.8 pct in May, bringing the annual rate of increase to 4.1 pct from "
     "4.5 pct in April.",
     (Q("0.8 pct", 0.8, "percent"), Q("4.1 pct", 4.1, "percent"), Q("4.5 pct", 4.5, "percent")),
     {"0.8 pct": (UP, "by"), "4.1 pct": (UP, "to"), "4.5 pct": (UP, "from")}),
    # dividends: levels before and after a stock split
    ("The company will raise its quarterly dividend 10 pct to 22 cts a share post-split from "
     "30 cts pre-split.",
     (Q("10 pct", 10, "percent"), Q("22 cts", 0.22, "usd"), Q("30 cts", 0.30, "usd")),
     {"10 pct": (UP, "by"), "22 cts": (UP, "to"), "30 cts": (UP, "from")}),
    ("The trust raised its payout to 15 cts per unit post-split from 40 cts pre-split.",
     (Q("15 cts", 0.15, "usd"), Q("40 cts", 0.40, "usd")),
     {"15 cts": (UP, "to"), "40 cts": (UP, "from")}),
    # budgets: a cut the extractor read as a rise ("rises" is what the money is for)
    ("The agency said it cut the money set aside for pay rises to 2.5 pct of payroll from 4.0 "
     "pct.",
     (Q("2.5 pct", 2.5, "percent"), Q("4.0 pct", 4.0, "percent")),
     {"2.5 pct": (UP, "to"), "4.0 pct": (UP, "from")}),
    ("The district reduced the funds set aside for bonuses to 1.5 pct from 3 pct last year.",
     (Q("1.5 pct", 1.5, "percent"), Q("3 pct", 3, "percent")),
     {"1.5 pct": (UP, "to"), "3 pct": (UP, "from")}),
    # trade: a year-on-year percentage before levels of two months
    ("The surplus rose by more than 45 pct in May, year-on-year, to 3.1 bln dlrs from 2.6 bln "
     "in April.",
     (Q("more than 45 pct", 45, "percent", "lower_bound", low=45),
      Q("3.1 bln dlrs", 3.1e9, "usd"), Q("2.6 bln", 2.6e9, "usd")),
     {"more than 45 pct": (UP, "by"), "3.1 bln dlrs": (UP, "to"), "2.6 bln": (UP, "from")}),
    ("Passenger numbers rose 25 pct year-on-year to 2.6 million from 2.4 million in May.",
     (Q("25 pct", 25, "percent"), Q("2.6 million", 2.6e6, "passenger"),
      Q("2.4 million", 2.4e6, "passenger")),
     {"25 pct": (UP, "by"), "2.6 million": (UP, "to"), "2.4 million": (UP, "from")}),
]


@pytest.mark.parametrize(("text", "quantities", "marks"), NO_ALARM)
def test_changes_on_other_bases_never_alarm(text: str, quantities: tuple[Q, ...],
                                            marks: Marks) -> None:
    assert all(c.consistent for c in checked(text, quantities, marks))


def test_a_cut_read_as_a_cut_is_still_checked() -> None:
    text = "The agency said it cut the money set aside for pay rises to 2.5 pct from 4.0 pct."
    quantities = (Q("2.5 pct", 2.5, "percent"), Q("4.0 pct", 4.0, "percent"))
    marks: Marks = {"2.5 pct": (DOWN, "to"), "4.0 pct": (DOWN, "from")}
    assert verdicts(checked(text, quantities, marks)) == [("change", True)]


def test_a_year_on_year_rise_keeps_its_direction_check() -> None:
    text = "Passenger numbers fell 25 pct year-on-year to 2.6 million from 2.4 million in May."
    quantities = (Q("25 pct", 25, "percent"), Q("2.6 million", 2.6e6, "passenger"),
                  Q("2.4 million", 2.4e6, "passenger"))
    marks: Marks = {"25 pct": (DOWN, "by"), "2.6 million": (DOWN, "to"),
                    "2.4 million": (DOWN, "from")}
    assert verdicts(checked(text, quantities, marks)) == [("change", False)]
