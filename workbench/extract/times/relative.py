"""Readers of words relative to the publication day, durations and clock times.

"Yesterday", "last week", "two days ago", "over the weekend" resolve against publication;
durations ("three and a half hours") become ISO 8601 durations; clock times a ``THH:MM`` that
:func:`workbench.extract.times.times` puts on a date.
"""

from __future__ import annotations

import re
from datetime import timedelta

from workbench.extract.times import tense as ctx
from workbench.extract.times.absolute import Env, Hit, direction, hit, tw
from workbench.extract.times.patterns import Candidate
from workbench.extract.times.values import iso_duration, parse_number, unit_code
from workbench.lexicon import dates

# --- words relative to the publication day -----------------------------------------------

def read_day_word(cand: Candidate, env: Env) -> Hit | None:
    word = " ".join((cand.group("w") or "").lower().split())
    if word == "today" and _is_name_today(cand, env):
        return None
    if env.anchor is None:
        return hit(cand, "relative", None, f"relative:{word}:no-published")
    shift = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(word, 0)
    found = env.anchor + timedelta(days=shift)
    return hit(cand, "relative", found.isoformat(),
                f"relative:{word.replace(' ', '-')} {env.anchor.isoformat()}")


def _is_name_today(cand: Candidate, env: Env) -> bool:
    raw = env.text[max(0, cand.start - 30):cand.start].split()
    if not raw:
        return False
    previous = raw[-1]
    if previous[:1].isupper() and previous.lower().strip(".,") in tw("today_names"):
        return True
    if env.text[cand.start:cand.start + 1] != "T":
        return False
    following = env.text[cand.end:cand.end + 30].split()
    return (bool(following) and following[0].lower().strip(".,;:") in tw("today_works")) \
        or (previous.endswith(("'s", "’s")) and previous[:-2].lower() not in tw("contracted_is")
            and (previous[:1].isupper() or (
            previous[:1].isdigit() and len(raw) > 1 and raw[-2][:1].isupper())))  # "Radio 4's"


def read_period(cand: Candidate, env: Env) -> Hit | None:
    if cand.group("the"):
        return None  # "the last week" is a stretch of time, read as a duration
    which = (cand.group("which") or "").lower()
    unit = (cand.group("unit") or "").lower()
    if env.anchor is None:
        return hit(cand, "relative", None, f"relative:{which}-{unit}:no-published")
    anchor = env.anchor
    step = {"this": 0, "last": -1, "next": 1}[which]
    basis = f"relative:{which}-{unit} {anchor.isoformat()}"
    if unit == "week":
        monday, _ = dates.week_of(anchor, offset=step)
        return hit(cand, "relative", dates.iso_week(monday), basis)
    if unit == "weekend":
        monday, _ = dates.week_of(anchor, offset=step)
        saturday = monday + timedelta(days=5)
        if which == "this" and _weekend_past(anchor.weekday(), direction(cand, env).way):
            saturday -= timedelta(weeks=1)
        return hit(cand, "relative", dates.iso_range(saturday, saturday + timedelta(days=1)),
                    basis)
    if unit == "month":
        moved = dates.add_months(anchor.replace(day=1), step)
        return hit(cand, "relative", dates.iso_month(moved.year, moved.month), basis)
    return hit(cand, "relative", str(anchor.year + step), basis)


def _weekend_past(weekday: int, way: str) -> bool:
    """"This weekend" said early in a week: on a Monday mostly the one just past (unless the
    clause looks ahead), on a Tuesday only in a past clause; later in the week the coming one."""
    if weekday == 0:
        return way != "future"
    return weekday == 1 and way in ("past", "perfect")


def read_weekend(cand: Candidate, env: Env) -> Hit | None:
    """"Over the weekend": the one just past, or the coming one in a future clause."""
    if env.anchor is None:
        return hit(cand, "relative", None, "relative:the-weekend:no-published")
    anchor = env.anchor
    placement = direction(cand, env)
    by = env.text[cand.start:cand.end].split()[0].lower() == "by"
    if placement.way == "future" or (by and placement.way not in ("past", "perfect")):
        saturday, why = dates.weekday_on_or_after(anchor, 5), "coming"  # "by the weekend"
    else:
        saturday, why = dates.weekday_on_or_before(anchor - timedelta(days=1), 5), "past"
    return hit(cand, "relative", dates.iso_range(saturday, saturday + timedelta(days=1)),
                f"relative:the-weekend:{why} {anchor.isoformat()}")


def read_period_of(cand: Candidate, env: Env) -> Hit | None:
    """"The end of the year": a part of the current year, month or week."""
    unit = (cand.group("unit") or "").lower()
    if env.anchor is None:
        return hit(cand, "relative", None, f"relative:this-{unit}:no-published")
    anchor = env.anchor
    basis = f"relative:this-{unit} {anchor.isoformat()}"
    if unit == "week":
        return hit(cand, "relative", dates.iso_week(anchor), basis)
    if unit == "month":
        return hit(cand, "relative", dates.iso_month(anchor.year, anchor.month), basis)
    return hit(cand, "relative", str(anchor.year), basis)


def read_ago(cand: Candidate, env: Env) -> Hit | None:
    amount = parse_number(cand.group("num") or "")
    coded = unit_code(cand.group("unit") or "")
    if amount is None or coded is None:
        return None
    if env.anchor is None:
        return hit(cand, "relative", None, "relative:ago:no-published")
    times_, code = coded
    value = amount * times_
    anchor = env.anchor
    basis = f"relative:ago {anchor.isoformat()}"
    if code == "D":
        return hit(cand, "relative", (anchor - timedelta(days=value)).isoformat(), basis)
    if code == "W":
        return hit(cand, "relative", (anchor - timedelta(weeks=value)).isoformat(), basis)
    if code == "M":
        moved = dates.add_months(anchor, -round(value))
        return hit(cand, "relative", dates.iso_month(moved.year, moved.month), basis)
    if code == "Y":
        return hit(cand, "relative", str(anchor.year - round(value)), basis)
    return hit(cand, "relative", anchor.isoformat(), basis)


def read_year_ago(cand: Candidate, env: Env) -> Hit | None:
    """"The year-ago period", "year-earlier profit": the year before publication (the year
    before the quarter the article names, for "the year-ago quarter": ``compose``)."""
    if env.anchor is None:
        return hit(cand, "relative", None, "relative:year-ago:no-published")
    return hit(cand, "relative", str(env.anchor.year - 1),
               f"relative:year-ago {env.anchor.isoformat()}")


# --- durations and clock times -----------------------------------------------------------

def read_duration(cand: Candidate, env: Env) -> Hit | None:
    if cand.group("tail"):
        return None  # "68-year-old" is an age
    raw = (cand.group("num") or "").lower()
    amount = 0.5 if raw.startswith("half") else parse_number(raw)
    if amount is None or amount == 0:
        return None
    if cand.group("half") or cand.group("half2"):
        amount += 0.5
    qual = " ".join((cand.group("qual") or "").lower().split())
    before = ctx.words_before(env.text, cand.start, n=2)
    if before.split()[-1:] and before.split()[-1] in tw("rate_words") - {"a", "an"}:
        return None  # "every two weeks" repeats rather than lasts
    if raw in ("a", "an", "one") and not qual:
        if _after_an_amount(env.text, cand.start):
            return None  # "£741 a month", "300 shells a day" are rates
        if _ordinal_before_noun(cand, env):
            return None  # "a second term", "a second title": the ordinal, no length of time
        after = ctx.words_after(env.text, cand.end)
        cues = tw("duration_cues_before")
        cue_before = before in cues or (bool(before) and before.split()[-1] in cues)
        if not cue_before and after not in tw("duration_cues_after"):
            return None
    resolved = iso_duration(amount, cand.group("unit") or "")
    if resolved is None:
        return None
    return hit(cand, "duration", resolved, "duration")


def read_long_duration(cand: Candidate, env: Env) -> Hit | None:
    """"A day-long meeting", "a weeklong strike", "the year-long review": one such unit;
    "a decades-long feud", "months-long talks": an unstated number of them (``PXDE``, ``PXM``)."""
    unit = (cand.group("unit") or "").lower()
    if unit.endswith("s"):
        return read_vague_duration(cand, env)  # "a decades-long feud": an unstated number
    resolved = iso_duration(1, unit)
    return hit(cand, "duration", resolved, "duration:long") if resolved else None


def read_vague_duration(cand: Candidate, env: Env) -> Hit | None:
    """"A few years", "the past several months", "many days": TIMEX3's ``PXY``, ``PXM``, ..."""
    coded = unit_code(cand.group("unit") or "")
    if coded is None:
        return None
    code = {"TM": "M", "10Y": "DE", "100Y": "CE"}.get(
        f"{coded[0]:g}{coded[1]}" if coded[0] != 1 else coded[1], coded[1])
    clock = coded[1] in ("H", "TM", "S")
    return hit(cand, "duration", f"P{'T' if clock else ''}X{code}", "duration:vague")


_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z][A-Za-z-]*)")


def _ordinal_before_noun(cand: Candidate, env: Env) -> bool:
    """Is the unit an ordinal ("second") with a content word right after it, as in "for a
    second term" (not "for a second before the blast", "paused a second, then")?"""
    if (cand.group("unit") or "").lower() not in tw("ordinal_units"):
        return False
    after = _NEXT_WORD.match(env.text, cand.end)
    if after is None:
        return False
    word = after.group(1).lower()
    return word not in tw("duration_cues_after") and not env.doc.vocab[word].is_stop


def _after_an_amount(text: str, start: int) -> bool:
    """True when a number or an amount of money stands just before ``start``."""
    before = text[max(0, start - 40):start].split()
    return bool(before) and any(ch.isdigit() for ch in before[-1])


def read_bare_duration(cand: Candidate, env: Env) -> Hit | None:
    unit = (cand.group("unit") or "").lower()
    if unit.endswith("s") or iso_duration(1, unit) in ("P1D", "PT1H"):
        return None  # "the past months" gives no length; "the next day" is a day, not a span
    resolved = iso_duration(1, unit)
    return None if resolved is None else hit(cand, "duration", resolved, "duration")


def read_clock(cand: Candidate, env: Env) -> Hit | None:
    word = (cand.group("w") or "").lower() if cand.rule == "clock_word" else ""
    if word:
        hour, minute = (0, 0) if word == "midnight" else (12, 0)
    else:
        hour, minute = int(cand.group("h") or 0), int(cand.group("mi") or 0)
    if cand.rule == "clock_ampm":
        pm = (cand.group("ap") or cand.group("AP") or "").lower() == "p"
        hour = hour % 12 + (12 if pm else 0)
    elif cand.rule == "clock_24":
        zone = (cand.group("zone") or "").lower()
        colon = cand.group("colon") or ""
        if not zone and not (colon == ":" and cand.group("lead")):
            return None
        if zone in ("hours", "hrs", "h") and len(cand.group("h") or "") + len(colon) < 2:
            return None  # "120 hours" is a length of time
        if not colon and len(cand.group("h") or "") < 2:
            return None  # "200 local races": a clock without a colon has four digits ("0930 GMT")
    return hit(cand, "time", f"T{hour:02d}:{minute:02d}", "clock")
