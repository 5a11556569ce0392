"""Which way a weekday, weekend, season or month lies from publication when its own clause says
little: forecasts and schedules in several news domains (sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.conftest import make_article
from workbench.extract.times import times


def resolutions(nlp: Language, text: str, published: str | None, wanted: str) -> list[str | None]:
    """What every occurrence of ``wanted`` resolves to, in text order."""
    article = make_article(text, title="The news of the day.", published=published)
    found = list(times(nlp(article.text), article))
    for t in found:
        assert article.text[t.start:t.end] == t.text
    return [t.resolved for t in found if t.text == wanted]


# published on a Tuesday, 2025-06-17
@pytest.mark.parametrize(
    ("text", "wanted", "value"),
    [
        # weather: the tensed forecast names the Sunday the later present-tense line means
        ("Forecasters expect the heat to peak on Sunday.\nSunday looks to be the hottest day.",
         "Sunday", ["2025-06-22", "2025-06-22"]),
        # sport: a modal and a present tense take the Saturday the fixture list names
        ("The club will play the final on Saturday.\nRain could be seen on Saturday too.\n"
         "Tickets for Saturday remain on sale.",
         "Saturday", ["2025-06-21", "2025-06-21", "2025-06-21"]),
        # courts: a past hearing and a present-tense mention of the same day agree on the past
        ("The judge adjourned the case on Friday.\nThe ruling on Friday runs to 40 pages.",
         "Friday", ["2025-06-13", "2025-06-13"]),
    ],
)
def test_a_weak_weekday_takes_the_date_its_tensed_mentions_name(
        nlp: Language, text: str, wanted: str, value: list[str]) -> None:
    assert resolutions(nlp, text, "2025-06-17", wanted) == value


def test_tensed_mentions_that_disagree_leave_a_weak_weekday_alone(nlp: Language) -> None:
    text = ("The council met on Monday.\nThe council will meet again on Monday.\n"
            "The agenda for Monday is long.")
    assert resolutions(nlp, text, "2025-06-18", "Monday") == [
        "2025-06-16", "2025-06-23", "2025-06-16"]


def test_a_weekday_alone_in_a_present_clause_still_looks_back(nlp: Language) -> None:
    assert resolutions(nlp, "The ruling on Friday runs to 40 pages.", "2025-06-17",
                       "Friday") == ["2025-06-13"]


@pytest.mark.parametrize(
    ("text", "published", "wanted", "value"),
    [
        ("Temperatures are predicted to reach 30C on Friday.", "2025-06-17", "Friday",
         "2025-06-20"),
        ("Economists forecast the bank to cut rates on Thursday.", "2024-03-04", "Thursday",
         "2024-03-07"),
        ("Prosecutors are urging that she begin her sentence in April.", "2023-01-20", "April",
         "2023-04"),
        ("The panel recommends that schools reopen in September, officials said.",
         "2024-06-10", "September", "2024-09"),
        # negatives: a past report, and "said that" is no plan
        ("Officials said that prices rose in April.", "2023-06-01", "April", "2023-04"),
        ("Analysts said the shares fell on Thursday.", "2024-03-04", "Thursday", "2024-02-29"),
    ],
)
def test_forecasts_and_urged_plans_look_ahead(nlp: Language, text: str, published: str,
                                              wanted: str, value: str) -> None:
    assert resolutions(nlp, text, published, wanted) == [value]


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("For more from Monday's council meeting, see the video below.", "2024-05-22",
         "2024-05-20"),
        ("Read our report on Saturday's match below.", "2024-09-17", "2024-09-14"),
    ],
)
def test_an_imperative_does_not_make_a_weekday_future(nlp: Language, text: str,
                                                      published: str, value: str) -> None:
    wanted = "Monday" if "Monday" in text else "Saturday"
    assert resolutions(nlp, text, published, wanted) == [value]


def test_a_headline_infinitive_still_looks_ahead(nlp: Language) -> None:
    assert resolutions(nlp, "Minister to visit the port on Friday", "2024-05-21",
                       "Friday") == ["2024-05-24"]


@pytest.mark.parametrize(
    ("text", "published", "wanted", "value"),
    [
        # on a Tuesday "this weekend" is the coming one, unless the clause is past
        ("Crowds could reach record levels this weekend.", "2025-06-17", "this weekend",
         "2025-06-21/2025-06-22"),
        ("Protesters marched through the city this weekend.", "2025-06-17", "this weekend",
         "2025-06-14/2025-06-15"),
        # "by the weekend" looks ahead unless the clause is past
        ("The repairs should be finished by the weekend.", "2024-05-22", "by the weekend",
         "2024-05-25/2024-05-26"),
        ("Traders hope the port reopens by the weekend.", "2024-05-20", "by the weekend",
         "2024-05-25/2024-05-26"),
        ("By the weekend the fire had burned 500 acres.", "2024-05-22", "By the weekend",
         "2024-05-18/2024-05-19"),
    ],
)
def test_weekends(nlp: Language, text: str, published: str, wanted: str, value: str) -> None:
    assert resolutions(nlp, text, published, wanted) == [value]


@pytest.mark.parametrize(
    ("text", "published", "wanted", "value"),
    [
        ("The museum reopens this spring.", "2023-01-20", "this spring", "2023-SP"),
        ("The band tours Europe this summer.", "2024-02-10", "this summer", "2024-SU"),
        ("Flu cases peaked last spring.", "2023-01-20", "last spring", "2022-SP"),
        # in January "this winter" is the one that began in December
        ("Heating bills rose sharply this winter.", "2023-01-20", "this winter", "2022-WI"),
    ],
)
def test_seasons_early_in_the_year(nlp: Language, text: str, published: str, wanted: str,
                                   value: str) -> None:
    assert resolutions(nlp, text, published, wanted) == [value]


@pytest.mark.parametrize(
    ("text", "wanted", "value"),
    [
        ("The council adopted its budget for fiscal year 2017\u20132018.",
         "fiscal year 2017\u20132018", "2017/2018"),
        ("Hospital trusts expect a deficit in fiscal 2024-25.", "fiscal 2024-25", "2024/2025"),
        ("The district's fiscal 2024 budget passed.", "fiscal 2024", "FY2024"),
    ],
)
def test_a_fiscal_year_named_by_two_years_is_their_span(nlp: Language, text: str, wanted: str,
                                                       value: str) -> None:
    assert resolutions(nlp, text, "2024-05-01", wanted) == [value]


@pytest.mark.parametrize(
    ("text", "wanted", "value"),
    [
        ("Heat alerts follow three consecutive days above 30C.", "three consecutive days",
         "P3D"),
        ("The champions have won the league for four straight years.", "four straight years",
         "P4Y"),
    ],
)
def test_durations_with_an_adjective_inside(nlp: Language, text: str, wanted: str,
                                           value: str) -> None:
    assert resolutions(nlp, text, "2024-05-01", wanted) == [value]


def test_three_digits_before_a_zone_word_are_no_clock_time(nlp: Language) -> None:
    article = make_article("More than 200 local races were decided.", published="2022-11-09")
    assert not [t for t in times(nlp(article.text), article) if t.kind == "time"]
    assert resolutions(nlp, "Polls closed at 0200 local time.", "2022-11-09",
                       "at 0200 local time") == ["2022-11-09T02:00"]


@pytest.mark.parametrize(
    ("text", "published", "wanted", "value"),
    [
        # the season under way, the coming one in a clause that looks ahead, else the last one
        ("Tickets go on sale in the spring.", "2024-01-10", "the spring", "2024-SP"),
        ("The museum will reopen in the autumn.", "2024-05-01", "the autumn", "2024-FA"),
        ("The club plans a new stand by the summer.", "2024-10-02", "the summer", "2025-SU"),
        ("Sales slumped over the summer, the firm said.", "2024-11-05", "the summer",
         "2024-SU"),
        ("Flu cases peaked during the winter.", "2024-04-10", "the winter", "2023-WI"),
    ],
)
def test_the_season_after_a_preposition(nlp: Language, text: str, published: str, wanted: str,
                                        value: str) -> None:
    assert resolutions(nlp, text, published, wanted) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the fall is not a coincidence.",
        "Historians recall the fall of the old regime.",
        "Athletes prepare for the Summer Olympics.",
        "Prices fall in winter when demand drops.",
    ],
)
def test_a_season_word_that_names_no_season(nlp: Language, text: str) -> None:
    article = make_article(text, title="The news of the day.", published="2024-05-02")
    assert not list(times(nlp(article.text), article))


# published on a Thursday, 2020-09-03: a past verb the parse hung on an infinitive
@pytest.mark.parametrize(
    ("text", "wanted", "value"),
    [
        ("On Wednesday, Mr. Hale encouraged voters in Ohio to vote twice, once by mail and "
         "once in person — which is illegal — in order to \"test\" the system.",
         "Wednesday", ["2020-09-02"]),
        ("On Monday, Dr. Ames advised patients in the ward to skip meals before the scan "
         "— which is unusual — in order to \"speed\" things up.",
         "Monday", ["2020-08-31"]),
        # a headline infinitive with no past verb still looks ahead
        ("Minister to visit Kyiv on Friday", "Friday", ["2020-09-04"]),
    ],
)
def test_a_past_verb_misread_as_a_modifier_keeps_the_weekday_past(
        nlp: Language, text: str, wanted: str, value: list[str]) -> None:
    assert resolutions(nlp, text, "2020-09-03", wanted) == value


@pytest.mark.parametrize(
    ("text", "wanted", "value"),
    [
        # diplomacy: a date and how many years ago it was
        ("\"Vienna, the Final Act. June 12, 30 years ago. There was a chance,\" she said.",
         "June 12", ["1995-06-12"]),
        # sport: an anniversary
        ("The derby on March 3, two years ago, ended level.", "March 3", ["2023-03-03"]),
        # a count of days says nothing of the year
        ("The talks on June 10, ten days ago, ended early.", "June 10", ["2025-06-10"]),
    ],
)
def test_a_day_followed_by_years_ago_is_in_that_year(
        nlp: Language, text: str, wanted: str, value: list[str]) -> None:
    assert resolutions(nlp, text, "2025-06-20", wanted) == value


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a radio programme and a product event named "Today" are no day
        ("She told the BBC's Today programme that the ward was full.", []),
        ("Radio 4's Today had the story first, and Acme's Today event was cancelled.", []),
        # a contraction before it and a sentence opening with it are the day
        ("It's Today that matters, the coach said.", ["2025-06-20"]),
        ("Today, the hospital said it would hire staff.", ["2025-06-20"]),
    ],
)
def test_today_as_a_name(nlp: Language, text: str, found: list[str]) -> None:
    assert resolutions(nlp, text, "2025-06-20", "Today") == found
