"""Parts of a whole and levels at two times read from their wording: a list of places with a
town the name finder took for a person, "N <noun> out of its M <whole>", a count the next
sentence says included another, two levels at two times set side by side ("compared with"),
and levels revised with no direction."""

from __future__ import annotations

import pytest

from tests.compare.builders import E, Q, T, build
from tests.compare.checking import found, verdicts
from workbench.compare.checks import consistency
from workbench.model import Check


def checked(text: str, quantities: tuple[Q, ...], *, entities: tuple[E, ...] = (),
            times: tuple[T, ...] = ()) -> list[Check]:
    facts = build(text, quantities=quantities, entities=entities, times=times)
    checks = list(consistency.checks(facts))
    for check in checks:
        assert facts.article.text[check.start:check.end] == check.text
    return checks


LISTS = [
    # economy: the first town of the list taken for a person
    ("The three research groups of Kiel, Hamburg and Essen predicted growth of 2 pct.",
     (Q("three", 3, "group", object="research groups"), Q("2 pct", 2, "percent")),
     (E("Kiel", "PERSON"), E("Hamburg"), E("Essen")), [("parts", True)]),
    # sports: a town in the middle of the list taken for an organisation
    ("The four host cities - Lyon, Marseille, Nice and Lille - will share 60 matches.",
     (Q("four", 4, "city", object="host cities"), Q("60", 60, "match", object="matches")),
     (E("Lyon"), E("Marseille", "ORG"), E("Nice"), E("Lille")), [("parts", True)]),
    # a person who is no place stays out of the list: two places are no list
    ("The three coaches of Smithers, Lyon and Nice signed 14 players.",
     (Q("three", 3, "coach", object="coaches"), Q("14", 14, "player", object="players")),
     (E("Smithers", "PERSON"), E("Lyon"), E("Nice")), []),
]


@pytest.mark.parametrize(("text", "quantities", "entities", "expected"), LISTS)
def test_a_town_taken_for_a_name_in_a_list_of_places(
        text: str, quantities: tuple[Q, ...], entities: tuple[E, ...],
        expected: list[tuple[str, bool]]) -> None:
    assert verdicts(checked(text, quantities, entities=entities)) == expected


OUT_OF = [
    # war: residents who stayed out of a town's population
    ("About 1,200 people out of its approximate 9,000 population refused to leave, he said.",
     (Q("About 1,200", 1200, "person", "approx", object="people"),
      Q("approximate 9,000", 9000, "population", "approx", object="population")),
     [("part", True)]),
    # business: staff out of a workforce, one unit
    ("The firm laid off 400 workers out of its 2,500 workers in March.",
     (Q("400", 400, "worker", object="workers"), Q("2,500", 2500, "worker", object="workers")),
     [("part", True)]),
    # a part larger than its whole is an alarm
    ("The firm laid off 4,000 workers out of its 2,500 workers in March.",
     (Q("4,000", 4000, "worker", object="workers"), Q("2,500", 2500, "worker", object="workers")),
     [("part", False)]),
    # "out of" a place: no whole of the same thing
    ("Soldiers moved 300 people out of the two villages on Monday.",
     (Q("300", 300, "person", object="people"), Q("two", 2, "village", object="villages")), []),
]


@pytest.mark.parametrize(("text", "quantities", "expected"), OUT_OF)
def test_a_count_out_of_a_whole(text: str, quantities: tuple[Q, ...],
                                expected: list[tuple[str, bool]]) -> None:
    assert verdicts(found(text, quantities)) == expected


INCLUDED = [
    # war: a prisoner exchange and the group it included
    ("A total of 54 prisoners were freed on Friday, the ministry said.\nThe group included 12 "
     "journalists.",
     (Q("54", 54, "prisoner", object="prisoners"), Q("12", 12, "journalist", object="journalists")),
     [("part", True)]),
    # local government: projects approved and those they included
    ("The council approved 30 projects in its budget.\nThese included more than 8 schools.",
     (Q("30", 30, "project", object="projects"),
      Q("more than 8", 8, "school", "lower_bound", object="schools")),
     [("part", True)]),
    # a part larger than the count is another reading: not reported, no alarm
    ("Police detained 5 protesters in the square.\nThey included 12 students from the college.",
     (Q("5", 5, "protester", object="protesters"), Q("12", 12, "student", object="students")),
     []),
    # money is no count: the figure may be a part of another amount
    ("The fund raised 40 mln dlrs last year.\nIt includes 12 mln dlrs from pension funds.",
     (Q("40 mln dlrs", 4e7, "usd"), Q("12 mln dlrs", 1.2e7, "usd")), []),
]


@pytest.mark.parametrize(("text", "quantities", "expected"), INCLUDED)
def test_a_count_the_next_sentence_says_included_another(
        text: str, quantities: tuple[Q, ...], expected: list[tuple[str, bool]]) -> None:
    assert verdicts(found(text, quantities)) == expected


DATED = [
    # markets: reserves on two days
    ("Reserves totaled 12.4 billion dlrs on May 3 compared with 12.9 billion dlrs on April 26, "
     "the bank said.",
     (Q("12.4 billion dlrs", 12.4e9, "usd"), Q("12.9 billion dlrs", 12.9e9, "usd")),
     (T("May 3", "1987-05-03"), T("April 26", "1987-04-26")), (12.4e9, 12.9e9)),
    # elections: turnout in two years, bare figures with one scale word
    ("Turnout would reach 2.17 mln in 2024 compared with 2.05 mln in 2019, officials said.",
     (Q("2.17 mln", 2.17e6), Q("2.05 mln", 2.05e6)),
     (T("2024", "2024", "year"), T("2019", "2019", "year")), (2.17e6, 2.05e6)),
]


@pytest.mark.parametrize(("text", "quantities", "times", "levels"), DATED)
def test_levels_at_two_times_set_side_by_side(text: str, quantities: tuple[Q, ...],
                                              times: tuple[T, ...],
                                              levels: tuple[float, float]) -> None:
    checks = checked(text, quantities, times=times)
    assert verdicts(checks) == [("change", True)]
    assert (checks[0].total, checks[0].parts) == (levels[0], (levels[1],))


def test_two_things_set_side_by_side_are_no_change() -> None:
    text = "The bank earned 5.2 mln dlrs compared with 3.1 mln dlrs for the insurer."
    quantities = (Q("5.2 mln dlrs", 5.2e6, "usd"), Q("3.1 mln dlrs", 3.1e6, "usd"))
    assert checked(text, quantities) == []


REVISED = [
    # statistics: an estimate revised down
    ("The agency revised its estimate for the quarter to 2.1 pct, from 2.4 pct earlier.",
     (Q("2.1 pct", 2.1, "percent"), Q("2.4 pct", 2.4, "percent")),
     {"2.1 pct": (None, "to"), "2.4 pct": (None, "from")}, [("change", True)]),
    # war: a death toll revised up
    ("Officials revised the death toll to 31 people from 29 people on Sunday.",
     (Q("31", 31, "person", object="people"), Q("29", 29, "person", object="people")),
     {"31": (None, "to"), "29": (None, "from")}, [("change", True)]),
    # no word of revision and no direction: nothing to read
    ("The index stood to 1.12 from 1.13 in the table.",
     (Q("1.12", 1.12), Q("1.13", 1.13)), {"1.12": (None, "to"), "1.13": (None, "from")}, []),
]


@pytest.mark.parametrize(("text", "quantities", "marks", "expected"), REVISED)
def test_levels_revised_with_no_direction(text: str, quantities: tuple[Q, ...],
                                          marks: dict[str, tuple[str | None, str | None]],
                                          expected: list[tuple[str, bool]]) -> None:
    assert verdicts(found(text, quantities, marks)) == expected


RESTATED = [
    # diplomacy: a deadline stated twice with its unit
    ("The ultimatum gave Moscow 48 hours to answer the demand.\nDiplomats said 48 hours was "
     "too short.", (Q("48 hours", 48, "hour"), Q("48 hours", 48, "hour", nth=1)),
     [("same_figure", True)]),
    # sports: a distance stated twice
    ("The coastal route runs for 42 kilometres.\nRunners cover 42 kilometres in the race.",
     (Q("42 kilometres", 42, "kilometer"), Q("42 kilometres", 42, "kilometer", nth=1)),
     [("same_figure", True)]),
    # one significant digit repeats by chance: "10 years" for two different things
    ("He served 10 years in the army.\nThe plant will close in 10 years, the firm said.",
     (Q("10 years", 10, "year"), Q("10 years", 10, "year", nth=1)), []),
    # stated three times: a common figure, not one restated
    ("The first stage lasts 12 hours.\nThe second lasts 12 hours.\nThe third lasts 12 hours.",
     (Q("12 hours", 12, "hour"), Q("12 hours", 12, "hour", nth=1),
      Q("12 hours", 12, "hour", nth=2)), []),
]


@pytest.mark.parametrize(("text", "quantities", "expected"), RESTATED)
def test_a_figure_of_two_digits_restated_with_its_unit(
        text: str, quantities: tuple[Q, ...], expected: list[tuple[str, bool]]) -> None:
    assert verdicts(found(text, quantities)) == expected


SQUARE = [
    # war reporting: a price in the local currency with its value in pounds
    ("Soldiers queue to buy 60 hryvnia [£1.80] meals at the market.",
     (Q("60 hryvnia", 60, "uah"), Q("£1.80", 1.8, "gbp")), [("conversion", True)]),
    # sport: a distance with its conversion in square brackets
    ("The race covers 10 miles [16 km] of hills.",
     (Q("10 miles", 10, "mile"), Q("16 km", 16, "kilometer")), [("conversion", True)]),
    # a conversion off by a factor is an alarm, as in round brackets
    ("The race covers 10 miles [26 km] of hills.",
     (Q("10 miles", 10, "mile"), Q("26 km", 26, "kilometer")), [("conversion", False)]),
    # an editor's words in the bracket: no conversion
    ("The race covers 10 miles [including 16 km] of hills.",
     (Q("10 miles", 10, "mile"), Q("16 km", 16, "kilometer")), []),
]


@pytest.mark.parametrize(("text", "quantities", "expected"), SQUARE)
def test_a_conversion_in_square_brackets(text: str, quantities: tuple[Q, ...],
                                         expected: list[tuple[str, bool]]) -> None:
    assert verdicts(found(text, quantities)) == expected


ORDERED = [
    # defence: two threats taken up one by one, past a colon and in the next sentence
    ("The general described two threats: the first is the build-up of missiles near the "
     "border.\nThe other is the cyber campaign against the grid.",
     (Q("two", 2, "threat", object="threats"),), [("parts", True)]),
    # budgets: three promises opened sentence by sentence after the count
    ("The mayor made three promises to voters.\nFirst, taxes stay as they are.\nSecond, the "
     "library reopens.\nFinally, buses run all night.",
     (Q("three", 3, "promise", object="promises"),), [("parts", True)]),
    # as many items as counted or nothing: two taken up, three counted
    ("The mayor made three promises to voters.\nFirst, taxes stay as they are.\nThe other "
     "promise is a new library.",
     (Q("three", 3, "promise", object="promises"),), []),
    # no opener: the sentences after the count are no list
    ("The mayor made two promises to voters.\nTaxes stay as they are, she said.",
     (Q("two", 2, "promise", object="promises"),), []),
]


@pytest.mark.parametrize(("text", "quantities", "expected"), ORDERED)
def test_a_count_and_the_items_taken_up_in_turn(text: str, quantities: tuple[Q, ...],
                                                expected: list[tuple[str, bool]]) -> None:
    assert verdicts(found(text, quantities)) == expected


THEN_AND_NOW = [
    # technology: a count of some years ago and the number now, named by "that number"
    ("A few years ago, there were roughly 1,500 satellites in orbit.\nOfficials said that "
     "number is now closer to 5,000, with one firm flying more than 2,000.",
     (Q("roughly 1,500", 1500, "satellite", "approx", object="satellites"), Q("5,000", 5000),
      Q("more than 2,000", 2000, qualifier="lower_bound")), (5000, 1500)),
    # war: a surgeon's workload before the war and now, a sentence of other figures between
    ("Before the war, the surgeon operated on 3 patients a day.\nThe siege trapped 90,000 "
     "people in the city.\nNow she operates on up to 12 patients a day.",
     (Q("3", 3, "patient", object="patients"),
      Q("90,000", 90000, "person", object="people"),
      Q("up to 12", 12, "patient", "upper_bound", object="patients")), (12, 3)),
]


@pytest.mark.parametrize(("text", "quantities", "levels"), THEN_AND_NOW)
def test_a_past_figure_and_the_figure_now(text: str, quantities: tuple[Q, ...],
                                          levels: tuple[float, float]) -> None:
    checks = found(text, quantities)
    assert verdicts(checks) == [("change", True)]
    assert (checks[0].total, checks[0].parts) == (levels[0], (levels[1],))


@pytest.mark.parametrize("text", [
    # no past marked: two figures of one thing, no change
    "The clinic treated 30 patients on Monday.\nNow it treats 45 patients a day.",
    # no "now": the later figure may be of anything
    "Before the war, the clinic treated 30 patients a day.\nIt treated 45 patients in May.",
])
def test_no_then_or_no_now_is_no_change(text: str) -> None:
    quantities = (Q("30", 30, "patient", object="patients"),
                  Q("45", 45, "patient", object="patients"))
    assert found(text, quantities) == []
