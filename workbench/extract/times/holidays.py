"""Named days ("Thanksgiving Day", "Christmas Eve", "Good Friday"), from ``calendar.json``.

A holiday without a year is placed around publication like a day-month: by the tense of its
clause (:func:`workbench.extract.times.absolute.direction`); one followed by a year is that
year's.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache
from typing import Any

from workbench import lexicon
from workbench.extract.times import tense as ctx
from workbench.extract.times.absolute import Env, Hit, direction, hit, tw
from workbench.extract.times.patterns import Candidate

NAME_AFTER = re.compile(r"\s+(?!(?:of|in|on|at|and|or|to|the)\b)[A-Z][a-z]")


@cache
def _holidays() -> dict[str, dict[str, Any]]:
    table: dict[str, dict[str, Any]] = lexicon.load("calendar")["holidays"]
    return {name.lower().replace("\u2019", "'"): rule for name, rule in table.items()}


def easter(year: int) -> date:
    """Easter Sunday of ``year`` (the Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l_) // 433
    month = (h + l_ - 7 * m + 90) // 25
    return date(year, month, (h + l_ - 7 * m + 33 * month + 19) % 32)


def holiday_date(rule: dict[str, Any], year: int) -> date:
    if "easter" in rule:
        return easter(year) + timedelta(days=int(rule["easter"]))
    day = date(year, int(rule["month"]), int(rule["day"]))
    if "weekday" in rule:
        day += timedelta(days=(int(rule["weekday"]) - day.weekday()) % 7)
    return day


def _modifies_a_noun(cand: Candidate, env: Env) -> bool:
    token = ctx.token_at(env.doc, cand.start, cand.end)
    return token is not None and token.dep_ in ("compound", "amod", "nmod") \
        and token.head.i > token.i


def read_holiday(cand: Candidate, env: Env) -> Hit | None:
    name = " ".join((cand.group("name") or "").lower().replace("\u2019", "'").split())
    rule = _holidays().get(name)
    if rule is None:
        return None
    if NAME_AFTER.match(env.text, cand.end) and not cand.group("y"):
        return None  # "the Good Friday Agreement", "a Christmas Day Appeal": part of a name
    if rule.get("bare") and not cand.group("y") and (
            ctx.words_before(env.text, cand.start) not in tw("holiday_leads")
            or _modifies_a_noun(cand, env)):
        return None  # "Christmas shopping", "an Easter egg", "a day of Christmas chaos"
    if (written := cand.group("y")) is not None:
        year = int(written)
        return hit(cand, "date", holiday_date(rule, year).isoformat(), f"holiday:{year}")
    if env.anchor is None:
        return hit(cand, "date", None, "holiday:no-published")
    anchor = env.anchor
    placement = direction(cand, env)
    days = [holiday_date(rule, y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    ahead = [d for d in days if d >= anchor]
    if ahead and (min(ahead) - anchor).days <= placement.ahead_days:
        found = min(ahead)
    else:
        found = max(d for d in days if d <= anchor)
    return hit(cand, "date", found.isoformat(),
               f"holiday:{placement.way} {anchor.isoformat()}")
