"""Arithmetic checks of relations stated across sentences and in words: a breakdown of the
count of the sentence before ("Of those, ..."), shares of one whole, conversions in brackets,
rankings in words, compositions, parts continued after "A of T", restated figures and totals
named after their parts.

Each rule is tested on sentences of at least two domains, with a case where it must not fire
and, where it may alarm, a case where the numbers do not add up.
"""

from __future__ import annotations

import pytest

from tests.compare.builders import Q, T, build
from tests.compare.checking import Marks, found, verdicts
from workbench.compare.checks import consistency

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
    ("About 62% of respondents backed the plan, 31% opposed it and 7% were undecided.",
     (Q("About 62%", 62, "percent", "approx", None, None), Q("31%", 31, "percent"),
      Q("7%", 7, "percent")), [("shares", True)]),
    # a complement in the next sentence
    ("He won 87% of the vote.\nHis nearest rival got less than 4%.",
     (Q("87%", 87, "percent"), Q("less than 4%", 4, "percent", "upper_bound", None, 4)),
     [("shares", True)]),
    ("Voters backed the plan with 61% of the ballots.\nAbout 38% voted against it.",
     (Q("61%", 61, "percent"), Q("About 38%", 38, "percent", "approx", None, None)),
     [("shares", True)]),
    # a possessive owner between "of" and the whole: a complement with no whole of its own
    ("About 97% of the company's revenue comes from advertising and less than 3% from fees.",
     (Q("About 97%", 97, "percent", "approx", None, None),
      Q("less than 3%", 3, "percent", "upper_bound", None, 3)), [("shares", True)]),
    ("Roughly 80% of the country's electricity comes from coal, 15% from hydro and 5% from "
     "wind.", (Q("80%", 80, "percent", "approx", None, None), Q("15%", 15, "percent"),
               Q("5%", 5, "percent")), [("shares", True)]),
    ("Some 70% of its budget goes to salaries.\nAbout 25% pays for buildings.",
     (Q("70%", 70, "percent"), Q("About 25%", 25, "percent", "approx", None, None)),
     [("shares", True)]),
    # a whole named by the sentence's opener
    ("Of the 500 respondents, 61% said they would buy it and 39% said they would not.",
     (Q("500", 500, "respondent", object="respondents"), Q("61%", 61, "percent"),
      Q("39%", 39, "percent")), [("shares", True)]),
    ("Of the 1,200 patients treated, 85% recovered at home and about 15% were admitted.",
     (Q("1,200", 1200, "patient", object="patients"), Q("85%", 85, "percent"),
      Q("about 15%", 15, "percent", "approx", None, None)), [("shares", True)]),
    # overlapping shares of an opened whole are never flagged
    ("Of the 500 respondents, 70% use a phone and 60% use a laptop.",
     (Q("500", 500, "respondent", object="respondents"), Q("70%", 70, "percent"),
      Q("60%", 60, "percent")), []),
    # a share further into the sentence is not the opener's
    ("Of the 500 respondents, most said inflation of 6% and wages of 4% worried them.",
     (Q("500", 500, "respondent", object="respondents"), Q("6%", 6, "percent"),
      Q("4%", 4, "percent")), []),
    # shares of two owners' wholes are not one whole
    ("Exports make up 60% of the region's sales and 55% of its rival's sales.",
     (Q("60%", 60, "percent"), Q("55%", 55, "percent")), []),
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


COMPARATIVES = [
    ("The deficit hit a record 140.6 billion dlrs after a 117.7 billion dlr deficit in 1985.",
     (Q("140.6 billion dlrs", 1.406e11, "usd"), Q("117.7 billion dlr", 1.177e11, "usd")),
     [("comparison", True)]),
    ("She ended on a record 3,569 points, surpassing the previous record of 3,527 points.",
     (Q("3,569", 3569, "point", object="points"), Q("3,527", 3527, "point", object="points")),
     [("comparison", True)]),
    ("The party won 412 seats, a majority of 326.",
     (Q("412", 412, "seat", object="seats"), Q("326", 326)), [("comparison", True)]),
    # the part of "A of T" is what is ranked
    ("The party won 412 of 650 seats, well above the 326 needed for a majority.",
     (Q("412", 412), Q("650", 650, "seat", object="seats"), Q("326", 326)),
     [("comparison", True), ("part", True)]),
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


COMBINED = [
    # transport: the parts in the same sentence
    ("The two airlines carried a combined 45 million passengers, with one carrying 30 million "
     "passengers and the other 15 million passengers.",
     (Q("45 million", 4.5e7, "passenger", object="passengers"),
      Q("30 million", 3e7, "passenger", object="passengers"),
      Q("15 million", 1.5e7, "passenger", object="passengers")), [("parts", True)]),
    # banking: the parts in the sentence after, rounded
    ("The merged lender will hold combined assets of 23 billion dlrs.\nOne bank holds 11.7 "
     "billion dlrs and the other 11.1 billion dlrs.",
     (Q("23 billion dlrs", 2.3e10, "usd"), Q("11.7 billion dlrs", 1.17e10, "usd"),
      Q("11.1 billion dlrs", 1.11e10, "usd")), [("parts", True)]),
    # farming: figures of another unit are not parts
    ("The two farms together produce 900 tonnes of grain.\nOne employs 40 workers and the "
     "other 25 workers.",
     (Q("900 tonnes", 900, "tonne"), Q("40", 40, "worker", object="workers"),
      Q("25", 25, "worker", object="workers")), []),
    # parts that do not meet the total may leave some unstated: never an alarm
    ("The three clubs have a combined 52,000 members.\nThe largest has 30,000 members and the "
     "next 12,000 members.",
     (Q("52,000", 52000, "member", object="members"),
      Q("30,000", 30000, "member", object="members"),
      Q("12,000", 12000, "member", object="members")), []),
]


@pytest.mark.parametrize(("text", "quantities", "expected"), COMBINED)
def test_a_combined_total_meets_its_parts(text: str, quantities: tuple[Q, ...],
                                          expected: list[tuple[str, bool]]) -> None:
    assert verdicts(found(text, quantities)) == expected


COMPLEMENTS = [
    # a poll: the complement two sentences later, past a sentence about something else
    ("In the poll, 64% of voters said they were worried about crime.\nThat is up from last "
     "spring.\nAnother 33% said they were 'not very' or 'not at all' worried.",
     (Q("64%", 64, "percent"), Q("33%", 33, "percent")), [("shares", True)]),
    # a workplace survey: a share of a whole the table does not name, and n't
    ("Some 71% of nurses feel valued by their managers.\nTwenty-five percent don't feel valued.",
     (Q("71%", 71, "percent", "approx", None, None), Q("Twenty-five percent", 25, "percent")),
     [("shares", True)]),
    # public health
    ("About 82% of adults are vaccinated against measles.\nJust 15% are not vaccinated.",
     (Q("About 82%", 82, "percent", "approx", None, None), Q("15%", 15, "percent")),
     [("shares", True)]),
    # two shares that do not fit are not flagged: a reading, not a statement
    ("In the poll, 64% of voters said they were worried about crime.\n45% said they were not "
     "worried.", (Q("64%", 64, "percent"), Q("45%", 45, "percent")), []),
    # the second share negates another word: no complement
    ("Some 71% of nurses feel valued by their managers.\nAbout 40% would not recommend the job.",
     (Q("71%", 71, "percent", "approx", None, None),
      Q("About 40%", 40, "percent", "approx", None, None)), []),
    # the first share is itself negated: two negations are no complement
    ("Some 30% of drivers do not wear a belt.\nAbout 20% do not wear a belt at night.",
     (Q("30%", 30, "percent"), Q("About 20%", 20, "percent", "approx", None, None)), []),
    # too far apart: three sentences between
    ("Some 71% of nurses feel valued.\nPay rose.\nHours fell.\nStaffing grew.\nOnly 20% don't "
     "feel valued.", (Q("71%", 71, "percent"), Q("20%", 20, "percent")), []),
]


@pytest.mark.parametrize(("text", "quantities", "expected"), COMPLEMENTS)
def test_a_share_and_its_negated_complement(text: str, quantities: tuple[Q, ...],
                                            expected: list[tuple[str, bool]]) -> None:
    assert verdicts(found(text, quantities)) == expected


RECALLED = [
    # banking: "the figure" of the sentence before, after "said although"
    ("Reserves totalled 53.6 billion marks on Monday.\nDealers said although the figure was "
     "well above an expected requirement of around 51 billion marks, funds were tight.",
     (Q("53.6 billion marks", 5.36e10, "dem"),
      Q("around 51 billion marks", 5.1e10, "dem", "approx", None, None)),
     [("comparison", True)]),
    # public health: "That number" below a target
    ("The clinic vaccinated 4,200 children in May.\nThat number is below the 5,000 children the "
     "region planned for.",
     (Q("4,200", 4200, "child", object="children"), Q("5,000", 5000, "child", object="children")),
     [("comparison", True)]),
    # a ranking the numbers contradict is a reading, not an alarm
    ("The clinic vaccinated 4,200 children in May.\nThat number is below the 3,000 children the "
     "region planned for.",
     (Q("4,200", 4200, "child", object="children"), Q("3,000", 3000, "child", object="children")),
     []),
    # sports: "It" topped the earlier figure
    ("The club sold 31,500 season tickets this year.\nIt topped the 30,000 season tickets sold "
     "in 2019.",
     (Q("31,500", 31500, "ticket", object="season tickets"),
      Q("30,000", 30000, "ticket", object="season tickets")), [("comparison", True)]),
    # figures of another thing are not recalled: a count against money
    ("The club sold 31,500 season tickets this year.\nThat is above the $30,000 raised in 2019.",
     (Q("31,500", 31500, "ticket", object="season tickets"), Q("$30,000", 30000, "usd")), []),
    # a sentence between: "that" names something else
    ("The club sold 31,500 season tickets this year.\nThe stadium was rebuilt.\nThat is above the "
     "30,000 seats it had.",
     (Q("31,500", 31500, "ticket", object="season tickets"), Q("30,000", 30000)), []),
]


@pytest.mark.parametrize(("text", "quantities", "expected"), RECALLED)
def test_a_figure_recalled_and_ranked_in_the_next_sentence(
        text: str, quantities: tuple[Q, ...], expected: list[tuple[str, bool]]) -> None:
    assert verdicts(found(text, quantities)) == expected


AMOUNTS_NAMED_AFTER = [
    # justice: a reward restated
    ("The agency offered a $10 million reward for the suspects.\nThe $10 million reward runs "
     "until May.",
     (Q("$10 million", 1e7, "usd"), Q("$10 million", 1e7, "usd", nth=1)),
     [("same_figure", True)]),
    # business: a deal restated, rounded differently
    ("The firm agreed a 1.95 billion euro takeover on Monday.\nThe 2 billion euro takeover still "
     "needs approval.",
     (Q("1.95 billion euro", 1.95e9, "eur"), Q("2 billion euro", 2e9, "eur")),
     [("same_figure", True)]),
    # amounts named by nothing but "each": not one figure
    ("The fund paid $10 million each to two charities.\nIt later paid $10 million each to "
     "three schools.",
     (Q("$10 million", 1e7, "usd"), Q("$10 million", 1e7, "usd", nth=1)), []),
    # percentages before an adjective are not named by it
    ("She was 100% opposed to the bill.\nHe was 100% opposed to the amendment.",
     (Q("100%", 100, "percent"), Q("100%", 100, "percent", nth=1)), []),
]


@pytest.mark.parametrize(("text", "quantities", "expected"), AMOUNTS_NAMED_AFTER)
def test_an_amount_named_by_the_noun_after_it_restated(
        text: str, quantities: tuple[Q, ...], expected: list[tuple[str, bool]]) -> None:
    assert verdicts(found(text, quantities)) == expected


RECORDS_BROKEN = [
    # sports: the old record after a dash and an owner, the new total in the next sentence
    ("In the third quarter he broke the previous record - Jan Moss's 1,204 career goals.\nBy the "
     "final whistle his total was 1,209.",
     (Q("1,204", 1204, "goal", object="career goals"), Q("1,209", 1209)),
     [("comparison", True)]),
    # weather: a temperature record in one sentence
    ("The town broke the record of 38.7 degrees set in 1976, reaching 40.3 degrees on Tuesday.",
     (Q("38.7 degrees", 38.7, "degree"), Q("40.3 degrees", 40.3, "degree")),
     [("comparison", True)]),
    # a later figure below the old record is another figure: not reported, never an alarm
    ("In the third quarter he broke the previous record - Jan Moss's 1,204 career goals.\nHe "
     "scored 3 of them from penalties.",
     (Q("1,204", 1204, "goal", object="career goals"), Q("3", 3)), []),
    # a figure of another unit is not the new record
    ("The town broke the record of 38.7 degrees set in 1976, and 2,000 homes lost power.",
     (Q("38.7 degrees", 38.7, "degree"), Q("2,000", 2000, "home", object="homes")), []),
    # no record broken: "record" alone names no old figure to beat
    ("Sales hit a record of 5,000 cars in May.\nJune sales were 7,400 cars.",
     (Q("5,000", 5000, "car", object="cars"), Q("7,400", 7400, "car", object="cars")), []),
]


@pytest.mark.parametrize(("text", "quantities", "expected"), RECORDS_BROKEN)
def test_a_broken_record_and_the_figure_that_broke_it(
        text: str, quantities: tuple[Q, ...], expected: list[tuple[str, bool]]) -> None:
    assert verdicts(found(text, quantities)) == expected


CONTRASTS = [
    # currencies: two rises, the second belittled
    ("The dollar has risen almost 14 pct since March while the yen climbed only four pct.",
     (Q("almost 14 pct", 14, "percent", "approx", None, None), Q("four pct", 4, "percent")),
     [("comparison", True)]),
    # sports: points, "but ... just"
    ("Ortiz scored 31 points, but his teammate managed just 12 points.",
     (Q("31", 31, "point", object="points"), Q("12", 12, "point", object="points")),
     [("comparison", True)]),
    # a belittled figure that is not less is a reading, not an alarm
    ("Ortiz scored 31 points, but his teammate managed just 42 points.",
     (Q("31", 31, "point", object="points"), Q("42", 42, "point", object="points")), []),
    # "only" with no contrast: nothing ranked
    ("Ortiz scored 31 points and only 12 points came in the second half.",
     (Q("31", 31, "point", object="points"), Q("12", 12, "point", object="points")), []),
    # legislatures: a bare second figure stands for the first's noun
    ("The measure needed 60 votes but got only 52.",
     (Q("60", 60, "vote", object="votes"), Q("52", 52)), [("comparison", True)]),
    # figures of different units are not ranked
    ("The council hired 40 teachers, while only 12 buses were bought.",
     (Q("40", 40, "teacher", object="teachers"), Q("12", 12, "bus", object="buses")), []),
]


@pytest.mark.parametrize(("text", "quantities", "expected"), CONTRASTS)
def test_a_contrast_that_belittles_the_second_figure(
        text: str, quantities: tuple[Q, ...], expected: list[tuple[str, bool]]) -> None:
    assert verdicts(found(text, quantities)) == expected


def test_ranked_figures_pass_over_a_time_between_them() -> None:
    # weather: "in 24 hours" between the two amounts of rain
    text = "Rainfall of 120 mm fell in 24 hours, more than the 95 mm usual for July."
    quantities = (Q("120 mm", 120, "millimeter"), Q("24 hours", 24, "hour"),
                  Q("95 mm", 95, "millimeter"))
    facts = build(text, quantities=quantities, times=(T("24 hours", None, "duration"),))
    assert [(c.kind, c.total, c.parts) for c in consistency.checks(facts)] == [
        ("comparison", 120, (95,))]


RANKED_PAST_AN_OLD_LEVEL = [
    # finance: the clause after "down from 1.70" ranks the new level 1.50
    ("The ratio now averages 1.50, down from 1.70 in 1982, but higher than 1.47 in 1980.",
     (Q("1.50", 1.5), Q("1.70", 1.7), Q("1.47", 1.47)), (1.5, (1.47,))),
    # sports
    ("The club now has 41 points, down from 48 last season, but well above the 35 points of "
     "its rival.",
     (Q("41", 41, "point", object="points"), Q("48", 48), Q("35", 35, "point", object="points")),
     (41, (35,))),
]


@pytest.mark.parametrize(("text", "quantities", "pair"), RANKED_PAST_AN_OLD_LEVEL)
def test_a_ranking_after_a_change_ranks_its_new_level(
        text: str, quantities: tuple[Q, ...], pair: tuple[float, tuple[float, ...]]) -> None:
    years = tuple(T(y, y, "year") for y in ("1982", "1980") if y in text)
    checks = consistency.checks(build(text, quantities=quantities, times=years))
    assert pair in [(c.total, c.parts) for c in checks if c.kind == "comparison"]


def test_figures_orders_of_magnitude_apart_are_not_ranked() -> None:
    text = "A rate of 2.07 guilders would take turnover to less than the 13.06 billion guilders."
    quantities = (Q("2.07 guilders", 2.07, "nlg"), Q("13.06 billion guilders", 1.306e10, "nlg"))
    assert [c for c in found(text, quantities) if c.kind == "comparison"] == []


RATE_SUFFIXES = [
    # weather: a wind speed, the extractor's unit without its "/h"
    ("The hurricane's winds reached 150 mph (240 km/h).",
     (Q("150 mph", 150, "mile per hour"), Q("240 km", 240, "kilometer")),
     [("conversion", True)]),
    ("The hurricane's winds reached 150 mph (340 km/h).",
     (Q("150 mph", 150, "mile per hour"), Q("340 km", 340, "kilometer")),
     [("conversion", False)]),
    # transport: a speed limit, the rate first
    ("The limit on the road is 50 km/h (31 mph).",
     (Q("50 km", 50, "kilometer"), Q("31 mph", 31, "mile per hour")), [("conversion", True)]),
    # a distance in brackets after a speed is no conversion of it
    ("The train ran at 150 mph (240 km) from the city.",
     (Q("150 mph", 150, "mile per hour"), Q("240 km", 240, "kilometer")), []),
]


@pytest.mark.parametrize(("sentence", "quantities", "expected"), RATE_SUFFIXES)
def test_a_rate_suffix_after_a_unit_symbol(sentence: str, quantities: tuple[Q, ...],
                                           expected: list[tuple[str, bool]]) -> None:
    assert verdicts(found(sentence, quantities)) == expected
