"""Readers of calendar periods longer than a month and of present references.

Quarters and halves ("the fourth quarter of 2018" -> ``2018-Q4``, "Q3", "the first half of the
year" -> ``YYYY-H1``), fiscal years ("fiscal 2024", "FY24" -> ``FY2024``), seasons ("this summer"
-> ``YYYY-SU``), decades ("the 1970s", "the '80s" -> ``197``, ``198``), month ranges ("from
January to March" -> ``YYYY-01/YYYY-03``) and present references ("now" -> ``PRESENT_REF``,
"recently" -> ``PAST_REF``) in the TIMEX3 forms. A period named without its year takes the one the
clause's tense points to around publication.
"""

from __future__ import annotations

from datetime import date
from functools import cache

from workbench import lexicon
from workbench.extract.times.absolute import NEAR_MONTHS, Env, Hit, direction, hit, tw
from workbench.extract.times.patterns import Candidate
from workbench.lexicon import dates

AHEAD = ("future", "until", "conditional")


@cache
def _table(key: str) -> dict:
    return dict(lexicon.load("time_words")[key])


def _relative_year(raw: str | None, anchor: date | None) -> int | None:
    """The year of "last year", "this year", "the year", "next year", or None."""
    if not raw or anchor is None:
        return None
    words = raw.lower().split()
    step = {"last": -1, "previous": -1, "next": 1}.get(words[-2] if len(words) > 1 else "", 0)
    return anchor.year + step


def _explicit_year(cand: Candidate) -> int | None:
    raw = cand.group("y") or cand.group("y2") or cand.group("y0")
    if raw:
        return int(raw)
    short = cand.group("yy")
    return 2000 + int(short) if short else None


def _part_year(part: int, size: int, cand: Candidate, env: Env) -> int | None:
    """The year of quarter (``size`` 3) or half (6) ``part`` named without one."""
    if env.anchor is None:
        return None
    current = (env.anchor.month - 1) // size + 1
    ahead = direction(cand, env).way in AHEAD
    if ahead:
        return env.anchor.year + (1 if part < current else 0)
    return env.anchor.year - (1 if part > current else 0)


def _in_context(cand: Candidate, env: Env) -> bool:
    """A quarter's sentence speaks of results or the economy (a results word, an amount of money
    or a percentage), not of a game."""
    span = env.doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None:
        return False
    return any(t.lower_ in tw("quarter_context") or t.lower_ in _amount_words()
               or t.ent_type_ in ("MONEY", "PERCENT") for t in span.sent)


@cache
def _amount_words() -> frozenset[str]:
    """Words of money and percentages (``dlrs``, ``pct``, ``cents``: ``units.json``)."""
    return frozenset().union(*(lexicon.words("units", key)
                               for key in ("currency_words", "subunits", "percent")))


def read_part(cand: Candidate, env: Env) -> Hit | None:
    """"The fourth quarter of 2018", "the first half of the year", "fiscal third quarter"; "the
    third and fourth quarters of last year" -> ``YYYY-Q3/YYYY-Q4``."""
    unit = (cand.group("unit") or "").lower()
    plural = bool(cand.group("plural")) or unit == "halves"
    unit = "half" if unit == "halves" else unit
    size, code = (3, "Q") if unit == "quarter" else (6, "H")
    raw = (cand.group("ord") or "").lower()
    part = _table("ordinals").get(raw)
    last = _table("ordinals").get((cand.group("ord2") or "").lower(), part)
    if part is None or last is None or (code == "H" and last > 2) or last < part \
            or plural != bool(cand.group("ord2")):
        return None
    year = _explicit_year(cand) or _relative_year(cand.group("rel"), env.anchor)
    if raw == "last" and not cand.group("the") and year is None:
        return None  # "last quarter" is the one before, read by read_part_relative
    if year is None:
        if not (cand.group("fiscal") or cand.group("fiscal2")) and not _in_context(cand, env):
            return None
        year = _part_year(part, size, cand, env)
    if year is None:
        return hit(cand, "range", None, f"{unit}:no-published")
    value = f"{year}-{code}{part}" + (f"/{year}-{code}{last}" if last != part else "")
    return hit(cand, "range", value, f"{unit}:{year}")


def read_part_code(cand: Candidate, env: Env) -> Hit | None:
    """"Q3", "Q3 2024", "3Q", "H1 2025": a quarter or half written as a code."""
    raw = (cand.group("q") or "").upper()
    code = "Q" if "Q" in raw else "H"
    part = int(raw.strip("QH"))
    year = _explicit_year(cand)
    if year is None:
        year = _part_year(part, 3 if code == "Q" else 6, cand, env)
    if year is None:
        return hit(cand, "range", None, "quarter:no-published")
    return hit(cand, "range", f"{year}-{code}{part}", f"quarter-code:{year}")


def read_month_quarter(cand: Candidate, env: Env) -> Hit | None:
    """"The June quarter", "the December-ending quarter": the quarter that month closes."""
    month = dates.month_number(cand.group("m") or "")
    if month is None or month % 3 != 0:
        return None
    part = month // 3
    year = _explicit_year(cand) or _part_year(part, 3, cand, env)
    if year is None:
        return hit(cand, "range", None, "quarter:no-published")
    return hit(cand, "range", f"{year}-Q{part}", f"month-quarter:{year}")


def read_part_relative(cand: Candidate, env: Env) -> Hit | None:
    """"Last quarter", "this quarter", "the next quarter": counted from publication's ("the
    previous quarter" from the quarter the article names before it, if any: ``compose``)."""
    if env.anchor is None:
        return hit(cand, "range", None, "quarter:no-published")
    which = (cand.group("which") or "").lower().split()[-1]
    which = "previous" if which in ("preceding", "prior") else which
    step = {"last": -1, "previous": -1, "next": 1}.get(which, 0)
    index = env.anchor.year * 4 + (env.anchor.month - 1) // 3 + step
    year, part = divmod(index, 4)
    return hit(cand, "range", f"{year}-Q{part + 1}",
               f"quarter:{which} {env.anchor.isoformat()}")


def read_the_quarter(cand: Candidate, env: Env) -> Hit | None:
    """"The quarter", "the latest quarter": the quarter the report is about, which ``compose``
    sets from the quarters the article names; when it names none, the last quarter completed
    before publication if the sentence speaks of results, else no time."""
    if env.anchor is None or not _in_context(cand, env):
        return hit(cand, "range", None, "quarter:anaphoric")
    year, part = divmod(env.anchor.year * 4 + (env.anchor.month - 1) // 3 - 1, 4)
    return hit(cand, "range", f"{year}-Q{part + 1}",
               f"quarter:anaphoric {env.anchor.isoformat()}")


def read_fiscal_year(cand: Candidate, env: Env) -> Hit | None:
    """"Fiscal 2024", "fiscal year 2024", "FY24", "FY2024"; "fiscal year 2017-2018", named by
    the two calendar years it spans, is that span ("2017/2018")."""
    raw = cand.group("y") or cand.group("fy") or ""
    year = int(raw) if len(raw) == 4 else 2000 + int(raw)
    second = cand.group("y2")
    if second:
        end = int(second) if len(second) == 4 else year // 100 * 100 + int(second)
        if end == year + 1:
            return hit(cand, "range", f"{year}/{end}", "fiscal-year:span")
        return hit(cand, "year", f"FY{year}", "fiscal-year", end=cand.match.end("y"))
    return hit(cand, "year", f"FY{year}", "fiscal-year")


def read_decade(cand: Candidate, env: Env) -> Hit | None:
    """"The 1970s" -> 197; "the '80s" -> the latest such decade up to publication."""
    if cand.group("c"):
        return hit(cand, "year", cand.group("c"), "decade")
    digit = int(cand.group("d") or 0)
    latest = (env.anchor.year if env.anchor else date.today().year) // 10
    decade = latest // 10 * 10 + digit
    if decade > latest:
        decade -= 10
    return hit(cand, "year", str(decade), "decade")


def read_season(cand: Candidate, env: Env) -> Hit | None:
    """"This summer", "last winter", "the summer of 2022", "autumn 2023" (TIMEX3 codes)."""
    code = _table("seasons").get((cand.group("s") or "").lower())
    mod = (cand.group("mod") or "").lower()
    if code is None:
        return None
    if cand.group("y"):
        return hit(cand, "range", f"{cand.group('y')}-{code}", "season")
    if env.anchor is None or mod not in ("this", "last", "next", "the") or (
            mod == "the" and not _season_of_the(cand, env)):
        return None  # "fall" the verb, "the fall in prices", "the Summer Olympics"
    first, last = _table("season_months")[code]
    anchor = env.anchor
    month, year = anchor.month, anchor.year
    if last > 12 and month < 3:  # in January and February, this winter began last year
        month, year = month + 12, year - 1
    if mod == "the":
        # "in the spring": the season under way, else the coming one where the clause looks
        # ahead (or is a present-tense schedule), else the one just past
        if not first <= month <= last:
            ahead = direction(cand, env).way not in ("past", "perfect", "since", "caption")
            if ahead:
                year += 1 if month > last else 0
            else:
                year -= 1 if month < first else 0
        return hit(cand, "range", f"{year}-{code}", f"season:the {anchor.isoformat()}")
    if mod == "last":
        year -= 1 if month <= last else 0
    elif mod == "next":
        year += 1 if month >= first else 0
    return hit(cand, "range", f"{year}-{code}", f"season:{mod} {anchor.isoformat()}")


def _season_of_the(cand: Candidate, env: Env) -> bool:
    """"In the spring", "over the summer": a season after a preposition of time, in lower
    case, not "the fall of Kabul" nor "the fall in prices" (no preposition of time)."""
    before = env.text[max(0, cand.start - 20):cand.start].split()
    after = env.text[cand.end:cand.end + 4].split()
    return (cand.group("s") or "")[:1].islower() and bool(before) \
        and before[-1].lower() in tw("season_prepositions") and (not after or after[0] != "of")


def read_present(cand: Candidate, env: Env) -> Hit | None:
    """"Now", "currently" -> PRESENT_REF; "recently" -> PAST_REF."""
    words = " ".join((cand.group("w") or "").lower().split())
    value = _table("present_refs").get(words)
    if value is None:
        return None
    return hit(cand, "relative", value, "present-reference")


def read_year_part(cand: Candidate, env: Env) -> Hit | None:
    """"By yearend", "year-end 1986" -> the year; "year-to-date" -> from 1 January to
    publication."""
    word = (cand.group("w") or "").lower()
    if "date" in word:
        if env.anchor is None:
            return hit(cand, "range", None, "year-to-date:no-published")
        start = date(env.anchor.year, 1, 1)
        return hit(cand, "range", dates.iso_range(start, env.anchor),
                   f"year-to-date {env.anchor.isoformat()}")
    if cand.group("y"):
        return hit(cand, "year", cand.group("y"), "year-end")
    if env.anchor is None:
        return hit(cand, "year", None, "year-end:no-published")
    return hit(cand, "year", str(env.anchor.year), f"year-end {env.anchor.isoformat()}")


def read_month_range(cand: Candidate, env: Env) -> Hit | None:
    """"From January to March", "January to August 2022": months of one stretch."""
    sep = (cand.group("sep") or "").lower()
    if sep == "and" and (cand.group("pre") or "").lower() != "between":
        return None
    first = dates.month_number(cand.group("m") or "")
    last = dates.month_number(cand.group("m2") or "")
    if first is None or last is None or first == last:
        return None
    years = _range_years(cand, env, first, last)
    if years is None:
        return hit(cand, "range", None, "month-range:no-published")
    start_year, end_year, basis = years
    start = cand.match.start("m")
    return hit(cand, "range", f"{dates.iso_month(start_year, first)}/"
                              f"{dates.iso_month(end_year, last)}", basis, start=start)


def read_month_year_range(cand: Candidate, env: Env) -> Hit | None:
    """"July 2023 – June 2024", "from March 2020 to May 2021": months with their years."""
    sep = (cand.group("sep") or "").lower()
    if sep == "and" and (cand.group("pre") or "").lower() != "between":
        return None
    first = dates.month_number(cand.group("m") or "")
    last = dates.month_number(cand.group("m2") or "")
    start_year, end_year = int(cand.group("y") or 0), int(cand.group("y2") or 0)
    if first is None or last is None or (end_year, last) <= (start_year, first):
        return None
    return hit(cand, "range", f"{dates.iso_month(start_year, first)}/"
                              f"{dates.iso_month(end_year, last)}", "month-year-range",
               start=cand.match.start("m"))


def read_month_to_day(cand: Candidate, env: Env) -> Hit | None:
    """"From January to May 31": a month to a day of a later month."""
    first = dates.month_number(cand.group("m") or "")
    last = dates.month_number(cand.group("m2") or "")
    if first is None or last is None:
        return None
    years = _range_years(cand, env, first, last)
    if years is None:
        return hit(cand, "range", None, "month-range:no-published")
    start_year, end_year, basis = years
    end = dates.make_date(end_year, last, int((cand.group("d2") or "0").rstrip("stndrh")))
    if end is None:
        return None
    return hit(cand, "range", f"{dates.iso_month(start_year, first)}/{end.isoformat()}", basis,
               start=cand.match.start("m"))


def _range_years(cand: Candidate, env: Env, first: int,
                 last: int) -> tuple[int, int, str] | None:
    """The years of a stretch from month ``first`` to month ``last``, and why."""
    if cand.group("y"):
        end_year = int(cand.group("y") or 0)
        return end_year - (1 if last < first else 0), end_year, "absolute"
    if env.anchor is None:
        return None
    placement = direction(cand, env)
    reach = placement.ahead_days // 30
    if placement.way not in AHEAD:
        reach = min(reach, NEAR_MONTHS)
    start_year = dates.month_year(first, env.anchor, ahead_months=reach)
    return (start_year, start_year + (1 if last < first else 0),
            f"month-range:{placement.way} {env.anchor.isoformat()}")
