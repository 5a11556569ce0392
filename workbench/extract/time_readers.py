"""One reader per pattern rule: check a candidate's context and resolve it to ISO 8601.

A reader returns a :class:`Hit` or None when the words do not read as a time here
("Black Friday", "2000 troops", "May" the modal). ``basis`` names the rule and the anchor used.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Literal, NamedTuple

from spacy.tokens import Doc

from workbench import dates, lexicon
from workbench.extract import time_context as ctx
from workbench.extract.time_patterns import Candidate
from workbench.extract.time_values import iso_duration, parse_number, unit_code
from workbench.model import Article

Kind = Literal["date", "month", "year", "range", "duration", "time", "relative"]

STRONG_YEAR_PREPOSITIONS = ("in", "since", "until", "by", "during", "before", "after", "from")


@dataclass(frozen=True, slots=True)
class Env:
    doc: Doc
    article: Article
    anchor: date | None

    @property
    def text(self) -> str:
        return self.article.text


@dataclass(frozen=True, slots=True)
class Hit:
    rule: str
    start: int
    end: int
    kind: Kind
    resolved: str | None
    basis: str


@cache
def _tw(key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in lexicon.load("time_words")[key])


def _hit(cand: Candidate, kind: Kind, resolved: str | None, basis: str, *,
         start: int | None = None, end: int | None = None) -> Hit:
    return Hit(cand.rule, cand.start if start is None else start,
               cand.end if end is None else end, kind, resolved, basis)


def _day(raw: str | None) -> int:
    return int((raw or "0").rstrip("stndrh"))


def _weekday(raw: str | None) -> int | None:
    return dates.weekday_number(raw) if raw else None


# --- direction: does an expression without a year look back or ahead? -------------------

class Placement(NamedTuple):
    """Why a date without a year lies where it does, and how far ahead of publication it may.

    ``way`` is the evidence: ``future`` (will, due to), ``until`` (until, by, from), ``past``,
    ``since``, ``caption``, ``conditional`` (would), ``report`` (says), ``present``, ``untensed``.
    """

    way: str
    ahead_days: int

    @property
    def looks_ahead(self) -> bool:
        """For a weekday: the coming one rather than the latest one."""
        return self.way in ("future", "conditional") or (
            self.way == "until" and self.ahead_days == AHEAD_DAYS["until"])


# how far ahead of publication a day may be taken, by the evidence for it
AHEAD_DAYS = {
    "future": 366, "until": 180, "until-past": 90, "present": 180, "conditional": 90,
    "report": 30, "untensed": 30, "past": 0, "perfect": 0, "since": 0, "caption": 0,
}
# and a month named without a day: only will, until and the like reach further than this
NEAR_MONTHS = 2


def direction(cand: Candidate, env: Env) -> Placement:
    """How to place a day, month or weekday around publication."""
    before = ctx.words_before(env.text, cand.start, n=2)
    last = before.split()[-1] if before else ""
    if last == "since":
        return Placement("since", AHEAD_DAYS["since"])
    tense, verb = ctx.tense_at(env.doc, cand.start, cand.end)
    if tense == "future":
        way = "future"
    elif last in _tw("future_prepositions") or before == "ahead of" or (
            last in _tw("start_prepositions") and tense != "past"):
        return Placement("until", AHEAD_DAYS["until-past" if tense == "past" else "until"])
    elif tense in ("conditional", "past", "perfect"):
        way = tense
    elif env.article.section_kind(cand.start) == "caption":
        way = "caption"
    elif tense == "present":
        way = "report" if ctx.is_reporting(verb) else "present"
    else:
        way = "untensed"
    return Placement(way, AHEAD_DAYS[way])


def _place_day(month: int, day: int, cand: Candidate, env: Env, anchor: date,
               weekday: int | None) -> tuple[date | None, str]:
    placement = direction(cand, env)
    found = dates.day_month_date(month, day, anchor, ahead_days=placement.ahead_days,
                                 weekday=weekday)
    if found is None:
        return None, placement.way
    return found, f"{'future' if found > anchor else 'past'}:{placement.way}"


# --- absolute and day-month dates --------------------------------------------------------

def read_full_date(cand: Candidate, env: Env) -> Hit | None:
    month = int(cand.group("mn") or 0) if cand.rule == "date_iso" else dates.month_number(
        cand.group("m") or "")
    if month is None:
        return None
    found = dates.make_date(int(cand.group("y") or 0), month, _day(cand.group("d")))
    if found is None:
        return None
    return _hit(cand, "date", found.isoformat(), "absolute")


def read_day_month(cand: Candidate, env: Env) -> Hit | None:
    month = dates.month_number(cand.group("m") or "")
    day = _day(cand.group("d"))
    if month is None or not 1 <= day <= 31:
        return None
    if env.anchor is None:
        return _hit(cand, "date", None, "day-month:no-published")
    found, why = _place_day(month, day, cand, env, env.anchor, _weekday(cand.group("wd")))
    if found is None:
        return None
    return _hit(cand, "date", found.isoformat(), f"day-month:{why} {env.anchor.isoformat()}")


def read_day_range(cand: Candidate, env: Env) -> Hit | None:
    sep = (cand.group("sep") or "").lower()
    if sep == "and" and (cand.group("pre") or "").lower() != "between":
        return None
    month = dates.month_number(cand.group("m") or "")
    month2 = dates.month_number(cand.group("m2") or "") if cand.group("m2") else month
    d1, d2 = _day(cand.group("d1")), _day(cand.group("d2"))
    if month is None or month2 is None or (month2 == month and d2 <= d1):
        return None
    start = cand.match.start("m") if cand.rule == "range_md" else cand.match.start("d1")
    if cand.group("y"):
        first = dates.make_date(int(cand.group("y") or 0), month, d1)
        basis = "absolute"
    elif env.anchor is not None:
        first, why = _place_day(month, d1, cand, env, env.anchor, None)
        basis = f"range:{why} {env.anchor.isoformat()}"
    else:
        return _hit(cand, "range", None, "range:no-published", start=start)
    if first is None:
        return None
    year = first.year + (1 if month2 < month else 0)
    last = dates.make_date(year, month2, d2)
    if last is None:
        return None
    return _hit(cand, "range", dates.iso_range(first, last), basis, start=start)


# --- months and years --------------------------------------------------------------------

def read_month_year(cand: Candidate, env: Env) -> Hit | None:
    month = dates.month_number(cand.group("m") or "")
    if month is None:
        return None
    return _hit(cand, "month", dates.iso_month(int(cand.group("y") or 0), month), "absolute")


def read_month(cand: Candidate, env: Env) -> Hit | None:
    name = cand.group("m") or ""
    mod = (cand.group("mod") or "").lower()
    month = dates.month_number(name)
    if month is None:
        return None
    if not mod:
        before = ctx.words_before(env.text, cand.start)
        token = ctx.token_at(env.doc, cand.start, cand.end)
        dated = token is not None and token.ent_type_ == "DATE" and name != "May"
        if before not in _tw("date_prepositions") and not dated:
            return None
    if env.anchor is None:
        return _hit(cand, "month", None, "month:no-published")
    anchor = env.anchor
    if mod == "last":
        year = anchor.year if month < anchor.month else anchor.year - 1
        why = "last"
    elif mod == "next":
        year = anchor.year if month > anchor.month else anchor.year + 1
        why = "next"
    elif mod == "this":
        year, why = anchor.year, "this"
    else:
        placement = direction(cand, env)
        reach = placement.ahead_days // 30
        if placement.way not in ("future", "until"):
            reach = min(reach, NEAR_MONTHS)
        year = dates.month_year(month, anchor, ahead_months=reach)
        ahead = (year, month) > (anchor.year, anchor.month)
        why = f"{'future' if ahead else 'past'}:{placement.way}"
    return _hit(cand, "month", dates.iso_month(year, month),
                f"month:{why} {anchor.isoformat()}")


def read_year(cand: Candidate, env: Env) -> Hit | None:
    """A year where the words make it one: "in 2014", "the 2014 coup", not "2000 troops"."""
    before = ctx.words_before(env.text, cand.start)
    token = ctx.token_at(env.doc, cand.start, cand.end)
    if token is not None and token.ent_type_ == "DATE":
        return _hit(cand, "year", cand.group("y"), "absolute")
    if before not in _tw("date_prepositions") and before != "the":
        return None
    if token is not None and before not in STRONG_YEAR_PREPOSITIONS and before != "the":
        following = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if following is not None and following.tag_ in ("NNS", "NNPS"):
            return None
    return _hit(cand, "year", cand.group("y"), "absolute")


def read_year_range(cand: Candidate, env: Env) -> Hit | None:
    word = (cand.group("word") or "").lower()
    if word == "and" and (cand.group("pre") or "").lower() != "between":
        return None
    y1 = int(cand.group("y1") or 0)
    raw = cand.group("y2") or ""
    if len(raw) == 2:
        if word:
            return None
        y2 = y1 // 100 * 100 + int(raw)
    else:
        y2 = int(raw)
    if not y1 < y2 <= y1 + 100:
        return None
    return _hit(cand, "range", f"{y1}/{y2}", "absolute", start=cand.match.start("y1"))


# --- weekdays and words relative to the publication day ----------------------------------

def _not_a_weekday(cand: Candidate, env: Env) -> bool:
    """True for names that hold a weekday: "Good Friday", "the Sunday Times"."""
    names = lexicon.load("time_words")["weekday_not_date"]
    before = ctx.words_before(env.text, cand.start, n=2)
    after = ctx.words_after(env.text, cand.end, n=2)
    befores = {before, before.split()[-1] if before else ""}
    afters = {after, after.split()[0] if after else ""}
    return bool(befores & set(names["before"])) or bool(afters & set(names["after"]))


def read_weekday(cand: Candidate, env: Env) -> Hit | None:
    weekday = _weekday(cand.group("wd"))
    mod = (cand.group("mod") or "").lower()
    if weekday is None or (not mod and _not_a_weekday(cand, env)):
        return None
    if env.anchor is None:
        return _hit(cand, "date", None, "weekday:no-published")
    anchor = env.anchor
    if mod in ("last", "past"):
        found, why = dates.weekday_before(anchor, weekday), "last<published"
    elif mod == "next":
        found, why = dates.weekday_after(anchor, weekday), "next>published"
    else:
        placement = direction(cand, env)
        if placement.looks_ahead or mod in ("this", "coming"):
            found = dates.weekday_on_or_after(anchor, weekday)
            why = f"future:{placement.way}>=published"
        else:
            found = dates.weekday_on_or_before(anchor, weekday)
            why = f"past:{placement.way}<=published"
    return _hit(cand, "date", found.isoformat(), f"weekday:{why} {anchor.isoformat()}")


def read_day_word(cand: Candidate, env: Env) -> Hit | None:
    word = " ".join((cand.group("w") or "").lower().split())
    if word == "today" and _is_name_today(cand, env):
        return None
    if env.anchor is None:
        return _hit(cand, "relative", None, f"relative:{word}:no-published")
    shift = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(word, 0)
    found = env.anchor + timedelta(days=shift)
    return _hit(cand, "relative", found.isoformat(),
                f"relative:{word.replace(' ', '-')} {env.anchor.isoformat()}")


def _is_name_today(cand: Candidate, env: Env) -> bool:
    raw = env.text[max(0, cand.start - 30):cand.start].split()
    if not raw:
        return False
    previous = raw[-1]
    return previous[:1].isupper() and previous.lower().strip(".,") in _tw("today_names")


def read_period(cand: Candidate, env: Env) -> Hit | None:
    if cand.group("the"):
        return None  # "the last week" is a stretch of time, read as a duration
    which = (cand.group("which") or "").lower()
    unit = (cand.group("unit") or "").lower()
    if env.anchor is None:
        return _hit(cand, "relative", None, f"relative:{which}-{unit}:no-published")
    anchor = env.anchor
    step = {"this": 0, "last": -1, "next": 1}[which]
    basis = f"relative:{which}-{unit} {anchor.isoformat()}"
    if unit == "week":
        monday, sunday = dates.week_of(anchor, offset=step)
        return _hit(cand, "relative", dates.iso_range(monday, sunday), basis)
    if unit == "weekend":
        monday, _ = dates.week_of(anchor, offset=step)
        saturday = monday + timedelta(days=5)
        if which == "this" and anchor.weekday() < 2 and direction(cand, env).way != "future":
            saturday -= timedelta(weeks=1)  # on a Monday, "this weekend" is mostly the one past
        return _hit(cand, "relative", dates.iso_range(saturday, saturday + timedelta(days=1)),
                    basis)
    if unit == "month":
        moved = dates.add_months(anchor.replace(day=1), step)
        return _hit(cand, "relative", dates.iso_month(moved.year, moved.month), basis)
    return _hit(cand, "relative", str(anchor.year + step), basis)


def read_weekend(cand: Candidate, env: Env) -> Hit | None:
    """"Over the weekend": the one just past, or the coming one in a future clause."""
    if env.anchor is None:
        return _hit(cand, "relative", None, "relative:the-weekend:no-published")
    anchor = env.anchor
    if direction(cand, env).way == "future":
        saturday, why = dates.weekday_on_or_after(anchor, 5), "coming"
    else:
        saturday, why = dates.weekday_on_or_before(anchor - timedelta(days=1), 5), "past"
    return _hit(cand, "relative", dates.iso_range(saturday, saturday + timedelta(days=1)),
                f"relative:the-weekend:{why} {anchor.isoformat()}")


def read_period_of(cand: Candidate, env: Env) -> Hit | None:
    """"The end of the year": a part of the current year, month or week."""
    unit = (cand.group("unit") or "").lower()
    if env.anchor is None:
        return _hit(cand, "relative", None, f"relative:this-{unit}:no-published")
    anchor = env.anchor
    basis = f"relative:this-{unit} {anchor.isoformat()}"
    if unit == "week":
        return _hit(cand, "relative", dates.iso_range(*dates.week_of(anchor)), basis)
    if unit == "month":
        return _hit(cand, "relative", dates.iso_month(anchor.year, anchor.month), basis)
    return _hit(cand, "relative", str(anchor.year), basis)


def read_ago(cand: Candidate, env: Env) -> Hit | None:
    amount = parse_number(cand.group("num") or "")
    coded = unit_code(cand.group("unit") or "")
    if amount is None or coded is None:
        return None
    if env.anchor is None:
        return _hit(cand, "relative", None, "relative:ago:no-published")
    times_, code = coded
    value = amount * times_
    anchor = env.anchor
    basis = f"relative:ago {anchor.isoformat()}"
    if code == "D":
        return _hit(cand, "relative", (anchor - timedelta(days=value)).isoformat(), basis)
    if code == "W":
        return _hit(cand, "relative", (anchor - timedelta(weeks=value)).isoformat(), basis)
    if code == "M":
        moved = dates.add_months(anchor, -round(value))
        return _hit(cand, "relative", dates.iso_month(moved.year, moved.month), basis)
    if code == "Y":
        return _hit(cand, "relative", str(anchor.year - round(value)), basis)
    return _hit(cand, "relative", anchor.isoformat(), basis)


# --- durations and clock times -----------------------------------------------------------

def read_duration(cand: Candidate, env: Env) -> Hit | None:
    if cand.group("tail"):
        return None  # "74-year-old" is an age
    raw = (cand.group("num") or "").lower()
    amount = 0.5 if raw.startswith("half") else parse_number(raw)
    if amount is None or amount == 0:
        return None
    if cand.group("half") or cand.group("half2"):
        amount += 0.5
    qual = " ".join((cand.group("qual") or "").lower().split())
    before = ctx.words_before(env.text, cand.start, n=2)
    if before.split()[-1:] and before.split()[-1] in _tw("rate_words") - {"a", "an"}:
        return None  # "every two weeks" repeats rather than lasts
    if raw in ("a", "an", "one") and not qual:
        if _after_an_amount(env.text, cand.start):
            return None  # "£741 a month", "200 troops a day" are rates
        after = ctx.words_after(env.text, cand.end)
        cues = _tw("duration_cues_before")
        cue_before = before in cues or (bool(before) and before.split()[-1] in cues)
        if not cue_before and after not in _tw("duration_cues_after"):
            return None
    resolved = iso_duration(amount, cand.group("unit") or "")
    if resolved is None:
        return None
    return _hit(cand, "duration", resolved, "duration")


def _after_an_amount(text: str, start: int) -> bool:
    """True when a number or an amount of money stands just before ``start``."""
    before = text[max(0, start - 40):start].split()
    return bool(before) and any(ch.isdigit() for ch in before[-1])


def read_bare_duration(cand: Candidate, env: Env) -> Hit | None:
    unit = (cand.group("unit") or "").lower()
    if unit.endswith("s") or iso_duration(1, unit) in ("P1D", "PT1H"):
        return None  # "the past months" gives no length; "the next day" is a day, not a span
    resolved = iso_duration(1, unit)
    return None if resolved is None else _hit(cand, "duration", resolved, "duration")


def read_clock(cand: Candidate, env: Env) -> Hit | None:
    word = (cand.group("w") or "").lower() if cand.rule == "clock_word" else ""
    if word:
        hour, minute = (0, 0) if word == "midnight" else (12, 0)
    else:
        hour, minute = int(cand.group("h") or 0), int(cand.group("mi") or 0)
    if cand.rule == "clock_ampm":
        pm = (cand.group("ap") or "").lower() == "p"
        hour = hour % 12 + (12 if pm else 0)
    elif cand.rule == "clock_24":
        zone = (cand.group("zone") or "").lower()
        colon = cand.group("colon") or ""
        if not zone and not (colon == ":" and cand.group("lead")):
            return None
        if zone in ("hours", "hrs", "h") and len(cand.group("h") or "") + len(colon) < 2:
            return None  # "120 hours" is a length of time
    return _hit(cand, "time", f"T{hour:02d}:{minute:02d}", "clock")


Reader = Callable[[Candidate, Env], Hit | None]

READERS: dict[str, Reader] = {
    "date_dmy": read_full_date,
    "date_mdy": read_full_date,
    "date_iso": read_full_date,
    "range_md": read_day_range,
    "range_dm": read_day_range,
    "date_md": read_day_month,
    "date_dm": read_day_month,
    "month_year": read_month_year,
    "month": read_month,
    "year_range": read_year_range,
    "year": read_year,
    "weekday": read_weekday,
    "day_word": read_day_word,
    "period": read_period,
    "weekend": read_weekend,
    "period_of": read_period_of,
    "ago": read_ago,
    "duration": read_duration,
    "duration_bare": read_bare_duration,
    "clock_ampm": read_clock,
    "clock_24": read_clock,
    "clock_word": read_clock,
}
