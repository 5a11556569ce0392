"""Times wire copy writes that a plain reading missed: a bare participle's weekday ("the fine,
imposed Wednesday"), a weekday under a modal ("could board as early as Friday"), "day-long"
durations, "later that year", named days ("Thanksgiving Day", "Easter Monday"), a clock time
with its weekday ("9 a.m. Tuesday"), "as long as a month" (sentences written for the tests, in
several domains, each group with a negative case)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_times import found, one


@pytest.mark.parametrize(
    ("sentence", "published", "text", "resolved"),
    [
        # sport, published on a Thursday: the fine was imposed the day before
        ("The club said it would contest the fine, imposed Wednesday by the league, "
         "before the season ends.", "2021-03-04", "Wednesday", "2021-03-03"),
        # business: the report came out on Monday
        ("The report, published Monday by the regulator, may be revised.", "2021-03-04",
         "Monday", "2021-03-01"),
        # courts: a participle clause heading the sentence
        ("Asked on Monday about the delay, the judge said lawyers were working.",
         "2021-03-04", "Monday", "2021-03-01"),
        # negative: a participle under "if" looks ahead
        ("If approved on Friday, the law will take effect in May.", "2021-03-04", "Friday",
         "2021-03-05"),
    ],
)
def test_a_bare_participle_tells_what_was_done(nlp: Language, sentence: str, published: str,
                                               text: str, resolved: str) -> None:
    assert one(nlp, sentence, published, text).resolved == resolved


@pytest.mark.parametrize(
    ("sentence", "published", "text", "resolved"),
    [
        # transport
        ("The ferry operator said passengers could board as early as Friday.", "2021-03-04",
         "Friday", "2021-03-05"),
        # local government
        ("The council might vote on the budget as soon as Monday, officials said.",
         "2021-03-04", "Monday", "2021-03-08"),
        # immigration: a relative clause
        ("The father, who could come to Boston as early as Friday, said he was ready.",
         "2021-03-04", "Friday", "2021-03-05"),
        # negative: "could not" tells of the past
        ("The families could not reach the officials on Tuesday.", "2021-03-04", "Tuesday",
         "2021-03-02"),
    ],
)
def test_a_weekday_under_a_modal_looks_ahead(nlp: Language, sentence: str, published: str,
                                             text: str, resolved: str) -> None:
    assert one(nlp, sentence, published, text).resolved == resolved


@pytest.mark.parametrize(
    ("sentence", "text", "resolved"),
    [
        ("Lawyers left their third day-long meeting with officials.", "day-long", "P1D"),
        ("The union called a weeklong strike at the port.", "weeklong", "P1W"),
        ("An hour-long show closed the festival.", "hour-long", "PT1H"),
        ("The repairs could take as long as a month or two.", "a month", "P1M"),
    ],
)
def test_long_adjectives_and_as_long_as_are_durations(nlp: Language, sentence: str, text: str,
                                                      resolved: str) -> None:
    t = one(nlp, sentence, "2021-03-04", text)
    assert (t.kind, t.resolved) == ("duration", resolved)


def test_a_long_queue_is_no_duration(nlp: Language) -> None:
    assert found(nlp, "Fans waited in a long queue outside the stadium.", "2021-03-04") == []


@pytest.mark.parametrize(
    ("sentence", "text", "resolved"),
    [
        # retail
        ("The shop opened in June 2019 and closed later that year.", "later that year", "2019"),
        # sport
        ("The striker joined the club in March 2018 and scored twice that same month.",
         "that same month", "2018-03"),
    ],
)
def test_that_year_is_the_year_named_before(nlp: Language, sentence: str, text: str,
                                            resolved: str) -> None:
    assert one(nlp, sentence, "2021-03-04", text).resolved == resolved


def test_that_year_with_nothing_named_before_is_left_out(nlp: Language) -> None:
    assert found(nlp, "Rates fell sharply that year, the bank said.", "2021-03-04") == []


def test_that_year_over_year_is_no_time(nlp: Language) -> None:
    texts = [t.text for t in found(nlp, "Fares rose 4% in 2023, and with that year-over-year "
                                   "growth ridership beat air travel.", "2024-05-01")]
    assert texts == ["2023"]


@pytest.mark.parametrize(
    ("sentence", "published", "text", "resolved"),
    [
        # immigration, published in April: last November's holiday
        ("He was found off the coast on Thanksgiving Day after the boat sank.", "2000-04-03",
         "Thanksgiving Day", "1999-11-25"),
        # elections: the coming one
        ("Voters will go to the polls on Election Day, the campaign said.", "1998-10-26",
         "Election Day", "1998-11-03"),
        # culture: Easter Monday after an Easter Sunday computed for the year
        ("The museum will reopen on Easter Monday.", "2024-03-01", "Easter Monday",
         "2024-04-01"),
        ("Sales peaked on Christmas Eve 2019, the retailer said.", "2021-03-04",
         "Christmas Eve 2019", "2019-12-24"),
        ("Shops will open late over Christmas.", "2024-12-01", "Christmas", "2024-12-25"),
    ],
)
def test_named_days_are_dates(nlp: Language, sentence: str, published: str, text: str,
                              resolved: str) -> None:
    assert one(nlp, sentence, published, text).resolved == resolved


def test_a_holiday_as_a_modifier_is_no_date(nlp: Language) -> None:
    assert [t.text for t in found(nlp, "Shops expect strong Christmas shopping.",
                                  "2024-12-01")] == []


@pytest.mark.parametrize(
    ("sentence", "text", "resolved"),
    [
        # elections, published on a Monday
        ("The polls close at 8 p.m. Tuesday in most states.", "at 8 p.m. Tuesday",
         "2000-04-04T20:00"),
        # markets
        ("Markets will shut at 4 p.m. EST Friday before the holiday.", "at 4 p.m. EST Friday",
         "2000-04-07T16:00"),
    ],
)
def test_a_clock_time_and_its_weekday_are_one_time(nlp: Language, sentence: str, text: str,
                                                   resolved: str) -> None:
    assert one(nlp, sentence, "2000-04-03", text).resolved == resolved


def test_a_clock_time_then_a_day_after_a_preposition_stay_apart(nlp: Language) -> None:
    texts = [t.text for t in found(nlp, "The meeting ended at 5 p.m. on Friday.", "2000-04-03")]
    assert texts == ["at 5 p.m.", "Friday"]


@pytest.mark.parametrize(
    ("sentence", "published", "text", "resolved"),
    [
        # elections: a date naming an event keeps its clause's tense past a participle
        ("She is one of five reporters posted in swing states ahead of the November vote.",
         "2022-10-12", "November", "2022-11"),
        # energy: a month under a modal looks ahead like a weekday
        ("Shortages could hit homes in January and February if supplies fall.", "2022-10-12",
         "February", "2023-02"),
        # markets: a possessive weekday names the event, not the modal's time
        ("Traders said Monday's vote should lift shares this week.", "2022-10-12", "Monday",
         "2022-10-10"),
    ],
)
def test_modal_and_participle_readings_keep_their_limits(nlp: Language, sentence: str,
                                                         published: str, text: str,
                                                         resolved: str) -> None:
    assert one(nlp, sentence, published, text).resolved == resolved


def test_a_numbered_long_duration_keeps_its_number(nlp: Language) -> None:
    t = one(nlp, "The 44-day-long siege ended in May.", "2022-10-12", "44-day")
    assert t.resolved == "P44D"


def test_a_clock_time_then_a_comma_and_a_day_stay_apart(nlp: Language) -> None:
    texts = [t.text for t in found(nlp, "It airs on Saturday at 23:30 GMT, Sunday at 05:30.",
                                   "2022-10-12")]
    assert "at 23:30 GMT, Sunday" not in texts


def test_a_holiday_before_a_noun_is_no_date(nlp: Language) -> None:
    assert [t.text for t in found(nlp, "He posted a Halloween costume on Sunday.",
                                  "2022-11-02")] == ["Sunday"]
    assert [t.text for t in found(nlp, "Commuters faced a week of Christmas travel chaos.",
                                  "2023-12-22")] == []


def test_a_clock_time_takes_no_day_from_a_range(nlp: Language) -> None:
    t = one(nlp, "The dishwasher could wait until 9pm and the washing could run during the "
                 "weekend.", "2023-12-22", "until 9pm")
    assert t.resolved == "2023-12-22T21:00"
