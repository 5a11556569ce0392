"""Times read against the times before them in the article, once every candidate is read.

"The first nine days of March" joins a duration and the month it opens into one range, "the
October-December fourth quarter" the months and their quarter. "The
previous quarter" and "the year-ago quarter" count from the quarter their sentence names ("in
the fourth quarter of 1986, against ... in the previous quarter" is 1986-Q3), else from the
quarter the report is about (the last one completed before publication when the article names
it, else the first one it names), as "the quarter" is that one; "a year earlier" steps back from
the quarter its sentence names ("rose to 5 mln dlrs in the third quarter from 4 mln a year
earlier").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from workbench.extract.times.absolute import Env, Hit
from workbench.lexicon import dates

QUARTER = re.compile(r"^(?P<y>\d{4})-Q(?P<q>[1-4])$")
MONTH = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})$")
YEAR = re.compile(r"^\d{4}$")
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MONTHS = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})/(?P<y2>\d{4})-(?P<m2>\d{2})$")
LENGTH = re.compile(r"^P(?P<n>\d+)(?P<unit>[DWM])$")
FIRST = re.compile(r"^(?:the\s+)?first\s", re.IGNORECASE)


THE_YEAR = re.compile(r"\s+of\s+the\s+year\b", re.IGNORECASE)


def compose(hits: list[Hit], env: Env) -> list[Hit]:
    """The hits with parts of periods joined and anaphoric quarters and years resolved."""
    joined = _dated_by_ago(_months_of_quarters(_first_parts(hits, env.text, env), env.text),
                           env.text)
    focus = _focus(joined, env)
    result: list[Hit] = []
    for found in joined:
        placed = _from_reference(found, result, env, focus)
        if placed is not None:
            result.append(placed)
    return _latest_weeks(result)


def _latest_weeks(hits: list[Hit]) -> list[Hit]:
    """"The latest week" is the week the article's figures are for ("the week ended May 29",
    "the week of May 22"), when it names one; else the week before publication's."""
    named = next((h.resolved for h in hits if h.resolved and (
        h.rule == "week_of_day" or (h.rule == "stretch_to_day" and h.basis.endswith(" 1 week")))),
        None)
    if named is None:
        return hits
    return [replace(h, resolved=named, basis=f"latest-week:{named}") if h.rule == "latest_week"
            else h for h in hits]


def _first_parts(hits: list[Hit], text: str, env: Env) -> list[Hit]:
    """"The first nine days of March", "the first 78 days of the year": one range."""
    result: list[Hit] = []
    skip = False
    for i, found in enumerate(hits):
        if skip:
            skip = False
            continue
        own = _this_year(found, text, env)
        whole = own or (hits[i + 1] if i + 1 < len(hits) else None)
        span = _opening(found, whole, text)
        if span is not None and whole is not None:
            result.append(replace(found, end=whole.end, kind="range", resolved=span,
                                  basis=f"first-part:{whole.resolved}"))
            skip = own is None
        else:
            result.append(found)
    return result


def _months_of_quarters(hits: list[Hit], text: str) -> list[Hit]:
    """"The October-December fourth quarter": the months and the quarter they are, one hit."""
    result: list[Hit] = []
    for found in hits:
        before = result[-1] if result else None
        if before is not None and text[before.end:found.start].isspace() \
                and before.rule == "month_range" and found.rule == "quarter" \
                and _named_quarter(before) == _named_quarter(found) is not None:
            result[-1] = replace(found, start=before.start)
        else:
            result.append(found)
    return result


def _dated_by_ago(hits: list[Hit], text: str) -> list[Hit]:
    """"June 12, 30 years ago": a day written without its year takes the year the count
    after it names."""
    result = list(hits)
    for i in range(len(result) - 1):
        day, ago = result[i], result[i + 1]
        if day.kind != "date" or ago.rule != "ago" or day.resolved is None \
                or ago.resolved is None:
            continue
        if DAY.match(day.resolved) and YEAR.match(ago.resolved) \
                and text[day.end:ago.start].strip() == "," \
                and not re.search(r"\d{4}", text[day.start:day.end]):
            result[i] = replace(day, resolved=ago.resolved + day.resolved[4:],
                                basis=f"dated-by-ago:{ago.resolved}")
    return result


def _this_year(part: Hit, text: str, env: Env) -> Hit | None:
    """"... of the year" after a part: the year of publication, as a hit of its own."""
    match = THE_YEAR.match(text, part.end)
    if match is None or env.anchor is None or part.kind != "duration":
        return None
    return Hit("year", match.end() - 4, match.end(), "year", str(env.anchor.year), "this-year")


def _opening(part: Hit, whole: Hit | None, text: str) -> str | None:
    """The range ``part`` ("the first nine days") covers at the start of ``whole`` (March)."""
    if whole is None or part.kind != "duration" or not FIRST.match(text[part.start:part.end]):
        return None
    if text[part.end:whole.start].strip().lower() not in ("of", "of the") or not whole.resolved:
        return None
    length = LENGTH.match(part.resolved or "")
    start = _start_of(whole.resolved)
    if length is None or start is None:
        return None
    count = int(length["n"])
    if length["unit"] == "M":
        end = dates.add_months(start, count) - timedelta(days=1)
    else:
        end = start + timedelta(days=count * (7 if length["unit"] == "W" else 1) - 1)
    return dates.iso_range(start, end)


def _start_of(resolved: str) -> date | None:
    """The first day of a month or a year given as ISO text."""
    if YEAR.match(resolved):
        return date(int(resolved), 1, 1)
    month = MONTH.match(resolved)
    return date(int(month["y"]), int(month["m"]), 1) if month else None


def _from_reference(found: Hit, before: list[Hit], env: Env,
                    focus: tuple[int, int] | None) -> Hit | None:
    """A quarter or year counted from the quarter its sentence names before it, else from the
    article's ``focus``; None for "the quarter" or "the full year" in an article that names no
    quarter ("for the full year" after a report on the fourth quarter of 1986 is 1986)."""
    if found.rule == "previous_year":
        return _year_before(found, before, env)
    if found.rule == "that_year":
        return _named_before(found, before)
    if found.rule == "full_year":
        return None if focus is None else replace(found, resolved=str(focus[0]),
                                                  basis=f"full-year:{focus[0]}-Q{focus[1]}")
    if found.rule not in ("the_quarter", "quarter_rel", "year_ago", "earlier"):
        return found
    here = _sentence_quarter(found, before, env)
    if found.rule == "the_quarter":
        if focus is not None:
            return _quarter(found, focus, 0, "anaphoric")
        return found if found.resolved else None
    reference = here or focus
    if found.rule == "quarter_rel" and found.basis.startswith("quarter:previous") \
            and reference is not None:
        return _quarter(found, reference, -1, "previous")
    if found.rule == "year_ago" and reference is not None \
            and env.text[found.end:found.end + 9].strip().startswith("quarter"):
        return _quarter(found, reference, -4, "year-ago")
    if found.rule == "earlier" and YEAR.match(found.resolved or "") and here is not None \
            and env.anchor is not None:
        years = env.anchor.year - int(found.resolved or 0)
        return _quarter(found, here, -4 * years, "earlier")
    return found


def _year_before(found: Hit, before: list[Hit], env: Env) -> Hit:
    """"The previous year" counts back from the latest year its sentence names before it
    ("in 1985, up from the previous year" is 1984), "the previous month" from the latest month
    ("in February, down from the previous month" is January), else from publication."""
    by_month = found.basis.startswith("relative:previous-month")
    for earlier in reversed(_in_sentence(found, before, env)):
        named = MONTH.match(earlier.resolved or "") if by_month else \
            YEAR.match(earlier.resolved or "") if earlier.kind == "year" else None
        if named is None:
            continue
        if by_month:
            moved = dates.add_months(date(int(named["y"]), int(named["m"]), 1), -1)
            value = dates.iso_month(moved.year, moved.month)
        else:
            value = str(int(named.group()) - 1)
        return replace(found, resolved=value, basis=f"{found.basis.split()[0]} {earlier.resolved}")
    return found


def _named_before(found: Hit, before: list[Hit]) -> Hit | None:
    """"Later that year" is the year of the latest time before it that names one ("fled in
    June 1998 and returned later that year" is 1998), "that month" the month; None when no
    time before it does."""
    width = 4 if found.kind == "year" else 7
    for earlier in reversed(before):
        named = re.match(r"\d{4}(?:-\d{2})?", earlier.resolved or "")
        if named is not None and len(named.group()) >= width:
            value = named.group()[:width]
            return replace(found, resolved=value, basis=f"{found.basis} {earlier.resolved}")
    return None


def _focus(hits: list[Hit], env: Env) -> tuple[int, int] | None:
    """The quarter a report is about: the last one completed before publication when the
    article names it (as a quarter or as its three months), else the first one it names."""
    named = [q for h in hits if (q := _named_quarter(h)) is not None]
    if not named:
        return None
    if env.anchor is not None:
        year, part = divmod(env.anchor.year * 4 + (env.anchor.month - 1) // 3 - 1, 4)
        if (year, part + 1) in named:
            return year, part + 1
    return named[0]


def _named_quarter(found: Hit) -> tuple[int, int] | None:
    """The quarter a hit names: "the fourth quarter of 1986", "Q3", "from January to March"."""
    match = QUARTER.match(found.resolved or "")
    if match is not None and found.rule in ("quarter", "quarter_code"):
        return int(match["y"]), int(match["q"])
    months = MONTHS.match(found.resolved or "")
    if months is None or months["y"] != months["y2"]:
        return None
    first, last = int(months["m"]), int(months["m2"])
    if first % 3 != 1 or last != first + 2:
        return None
    return int(months["y"]), last // 3


def _sentence_quarter(found: Hit, before: list[Hit], env: Env) -> tuple[int, int] | None:
    """The latest quarter named before ``found`` in its own sentence."""
    return _latest_quarter(_in_sentence(found, before, env))


def _in_sentence(found: Hit, before: list[Hit], env: Env) -> list[Hit]:
    """The hits before ``found`` in its own sentence, in text order."""
    span = env.doc.char_span(found.start, found.end, alignment_mode="expand")
    if span is None:
        return []
    start = span.sent.start_char
    near: list[Hit] = []
    for earlier in reversed(before):
        if earlier.start < start:
            break
        near.append(earlier)
    return near[::-1]


def _latest_quarter(before: list[Hit]) -> tuple[int, int] | None:
    for earlier in reversed(before):
        named = _named_quarter(earlier)
        if named is not None:
            return named
    return None


def _quarter(found: Hit, latest: tuple[int, int], step: int, why: str) -> Hit:
    year, part = divmod(latest[0] * 4 + latest[1] - 1 + step, 4)
    return replace(found, kind="range", resolved=f"{year}-Q{part + 1}",
                   basis=f"quarter:{why} {latest[0]}-Q{latest[1]}")
