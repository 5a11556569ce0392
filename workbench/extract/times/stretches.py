"""Readers of stretches that close on a named day and of years named from another year.

"The week ended May 29", "the four weeks ending May 22", "the six months to March 31": the
stretch ("the week", "the four weeks") is the range that closes on that day, and the day is a
date of its own, as wire copy's weekly and monthly statistics write them; "the week of May 22"
is that day's ISO week. "The current fiscal year" is the fiscal year publication falls in, named
by the year it ends in (``FY1987``; when the text says it ends on "March 31", the first such day
on or after publication). "The previous year" is the year before publication, or before the year
its sentence names (``compose``).
"""

from __future__ import annotations

from datetime import date, timedelta

from workbench.extract.times import absolute
from workbench.extract.times.absolute import Env, Hit, hit
from workbench.extract.times.patterns import Candidate
from workbench.extract.times.values import parse_number
from workbench.lexicon import dates

STEPS = {"last": -1, "previous": -1, "preceding": -1, "prior": -1, "next": 1, "coming": 1}


def _closing_day(cand: Candidate, env: Env) -> date | None:
    """The day a stretch closes on: its year as written, else the latest such day up to a month
    after publication (statistics are reported for days past)."""
    month = dates.month_number(cand.group("m") or "")
    day = int((cand.group("d") or "0").rstrip("stndrh"))
    if month is None or not 1 <= day <= 31:
        return None
    if cand.group("y"):
        return dates.make_date(int(cand.group("y") or 0), month, day)
    if env.anchor is None:
        return None
    return dates.day_month_date(month, day, env.anchor, ahead_days=31)


def _opening_day(last: date, count: int, unit: str) -> date:
    """The first day of ``count`` units that close on ``last``."""
    if unit.startswith("week"):
        return last - timedelta(days=7 * count - 1)
    if unit.startswith("month"):
        return dates.add_months(last + timedelta(days=1), -count)
    return last - timedelta(days=count - 1)


def read_stretch_to_day(cand: Candidate, env: Env) -> Hit | None:
    """"The week ended May 29" -> "the week", ``1987-05-23/1987-05-29`` (the day is read on its
    own as a date)."""
    unit = (cand.group("unit") or "").lower()
    raw = cand.group("num")
    count = parse_number(raw) if raw else 1
    if count is None or count != int(count) or count < 1 or (raw is None and unit.endswith("s")):
        return None
    last = _closing_day(cand, env)
    end = cand.match.end("unit")
    if last is None:
        return hit(cand, "range", None, "stretch-to-day:no-published", end=end)
    first = _opening_day(last, int(count), unit)
    return hit(cand, "range", dates.iso_range(first, last),
               f"stretch-to-day:{last.isoformat()} {int(count)} {unit}", end=end)


def read_week_of_day(cand: Candidate, env: Env) -> Hit | None:
    """"The week of May 22": the ISO week that holds the day."""
    day = _closing_day(cand, env)
    if day is None:
        return hit(cand, "range", None, "week-of-day:no-published")
    return hit(cand, "range", dates.iso_week(day), f"week-of-day:{day.isoformat()}")


def read_fiscal_relative(cand: Candidate, env: Env) -> Hit | None:
    """"The current fiscal year", "last fiscal year" -> ``FY1987``, ``FY1986`` (published in
    1987); "the current fiscal year ending March 31" -> the fiscal year that ends on the first
    31 March on or after publication."""
    if env.anchor is None:
        return hit(cand, "year", None, "fiscal-year:no-published")
    which = (cand.group("which") or "").lower()
    year = env.anchor.year
    month = dates.month_number(cand.group("m") or "")
    day = int((cand.group("d") or "0").rstrip("stndrh"))
    if month is not None and 1 <= day <= 31:
        closing = dates.day_month_date(month, day, env.anchor, ahead_days=366)
        if closing is not None and closing >= env.anchor:
            year = closing.year
    year += STEPS.get(which, 0)
    return hit(cand, "year", f"FY{year}", f"fiscal-year:{which} {env.anchor.isoformat()}")


def read_previous_year(cand: Candidate, env: Env) -> Hit | None:
    """"The previous year (month)": the year (month) before publication's (``compose`` counts
    back from a year or month its sentence names)."""
    unit = (cand.group("unit") or "year").lower()
    if env.anchor is None:
        return hit(cand, "relative", None, f"relative:previous-{unit}:no-published")
    basis = f"relative:previous-{unit} {env.anchor.isoformat()}"
    if unit == "month":
        moved = dates.add_months(env.anchor.replace(day=1), -1)
        return hit(cand, "relative", dates.iso_month(moved.year, moved.month), basis)
    return hit(cand, "relative", str(env.anchor.year - 1), basis)


def read_year_part_named(cand: Candidate, env: Env) -> Hit | None:
    """"Mid-1992", "end-1986", "early-1988": the year (TIMEX3 keeps the part as a modifier)."""
    return hit(cand, "year", cand.group("y"), f"year:{(cand.group('mod') or '').lower()}")


def read_full_year(cand: Candidate, env: Env) -> Hit | None:
    """"For the full year": the year of the quarter the report is about, which ``compose`` sets
    (no time in an article that names no quarter)."""
    return hit(cand, "year", None, "full-year:anaphoric")


def read_lower_month_day(cand: Candidate, env: Env) -> Hit | None:
    """"Due march 20, 1990", "holders of record may 14": a month in lower case that is also a
    verb, read as a date after the words that call for one (``lower_month_cues``)."""
    if cand.group("y"):
        return absolute.read_full_date(cand, env)
    return absolute.read_day_month(cand, env)


def read_latest_week(cand: Candidate, env: Env) -> Hit | None:
    """"The latest week": the week before publication's (``compose`` puts the week the article
    names instead, "the week ended May 29")."""
    if env.anchor is None:
        return hit(cand, "relative", None, "latest-week:no-published")
    monday, _ = dates.week_of(env.anchor, offset=-1)
    return hit(cand, "relative", dates.iso_week(monday), f"latest-week {env.anchor.isoformat()}")


def read_that_year(cand: Candidate, env: Env) -> Hit | None:
    """"Later that year", "the same month": the year or month named before it, which
    :func:`workbench.extract.times.compose.compose` fills in."""
    unit = (cand.group("unit") or "").lower()
    return hit(cand, "year" if unit == "year" else "month", None, f"that-{unit}")
