"""Times news of several domains writes that a plain reading misses: a day a present-tense verb
is scheduled for (also a verb the tagger took for a noun), clock times in capitals, two months
with a slash, a duration after "by", a year a percentage is compared with (sentences written
for the tests, each with a negative case)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_times import found, one


@pytest.mark.parametrize(
    ("sentence", "published", "text", "resolved"),
    [
        # sport, published on a Sunday: the round ends tomorrow
        ("The league's 31st round concludes on Monday with two games.", "2019-03-31",
         "Monday", "2019-04-01"),
        # weather: a front's schedule
        ("The storm moves inland Thursday and weakens over the hills.", "2022-07-12",
         "Thursday", "2022-07-14"),
        ("Schools reopen on Wednesday after the storm.", "2024-11-04", "Wednesday",
         "2024-11-06"),
        # a day hung on a noun, a report and a past verb still look back
        ("The ruling on Friday runs to 40 pages.", "2025-06-17", "Friday", "2025-06-13"),
        ("The ministry says on Friday that prices rose.", "2025-06-17", "Friday",
         "2025-06-13"),
        ("The round concluded on Monday.", "2019-03-31", "Monday", "2019-03-25"),
        # a photo caption's present tells of the past
        ("A resident walks past a damaged building in Irpin, Ukraine, on Sunday.",
         "2022-04-06", "Sunday", "2022-04-03"),
        ("A farmer inspects the flooded field on Tuesday.", "2024-11-07", "Tuesday",
         "2024-11-05"),
    ],
)
def test_a_present_tense_schedule_looks_ahead(nlp: Language, sentence: str, published: str,
                                             text: str, resolved: str) -> None:
    assert one(nlp, sentence, published, text).resolved == resolved


@pytest.mark.parametrize(
    ("sentence", "published", "text", "resolved"),
    [
        # culture: the tagger reads "returns" as a plural noun; it is the clause's verb
        ("The festival returns in August, organisers said.", "2024-05-10", "August", "2024-08"),
        # a headline without a verb stays untensed
        ("Oil prices in March, a look back.", "2024-05-10", "March", "2024-03"),
    ],
)
def test_a_verb_read_as_a_noun_still_gives_the_tense(nlp: Language, sentence: str,
                                                     published: str, text: str,
                                                     resolved: str) -> None:
    assert one(nlp, sentence, published, text).resolved == resolved


@pytest.mark.parametrize(
    ("sentence", "published", "text", "resolved"),
    [
        ("Temperatures will be near 100 at 12 PM.", "2022-07-12", "at 12 PM",
         "2022-07-12T12:00"),
        ("Doors open at 7 P.M. on the day.", "2023-05-02", "at 7 P.M.", "2023-05-02T19:00"),
        ("Production fell in April/May, the company said.", "2022-09-08", "April/May",
         "2022-04/2022-05"),
        ("The accord has been extended by one year.", "1987-04-24", "one year", "P1Y"),
        ("The launch was delayed by a month.", "2024-01-29", "a month", "P1M"),
        ("Cotton area is estimated at 11.1 million acres, 19% below 2022.", "2023-07-03",
         "2022", "2022"),
        ("Sales were higher than 2019 in most stores.", "2023-07-03", "2019", "2019"),
    ],
)
def test_clock_months_durations_and_compared_years(nlp: Language, sentence: str,
                                                   published: str, text: str,
                                                   resolved: str) -> None:
    assert one(nlp, sentence, published, text).resolved == resolved


@pytest.mark.parametrize(
    "sentence",
    [
        "The toll rose to more than 2000.",  # a count after "more than"
        "The index fell below 2000 points.",  # a level with its unit
        "The PM said the plan would work.",  # no clock
    ],
)
def test_numbers_and_titles_that_are_not_times(nlp: Language, sentence: str) -> None:
    assert found(nlp, sentence, "2023-07-03") == []
