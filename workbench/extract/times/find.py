"""Times: dates, weekdays, months, years, ranges and durations, resolved against publication.

Candidates come from :mod:`workbench.extract.times.patterns`; the readers in
:mod:`workbench.extract.times.absolute` and :mod:`workbench.extract.times.relative` (one per
pattern rule, in ``READERS``) check each against its context (a bare month or year must
read as a date, a weekday must not be part of a name) and resolve it. Absolute forms resolve
without the publication date; the rest are read against it, the tense of the governing clause
deciding whether a weekday or a day-month lies before or after it. A clock time takes the date
written in its sentence, else the publication date.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from functools import cache
from itertools import pairwise

from spacy.tokens import Doc

from workbench import lexicon
from workbench.extract.times import absolute, holidays, periods, relative, stretches
from workbench.extract.times.absolute import Env, Hit
from workbench.extract.times.compose import compose
from workbench.extract.times.patterns import Candidate, candidates, choose
from workbench.lexicon import dates
from workbench.model import Article, TimeExpr

Reader = Callable[[Candidate, Env], Hit | None]

READERS: dict[str, Reader] = {
    "date_dmy": absolute.read_full_date,
    "date_mdy": absolute.read_full_date,
    "date_iso": absolute.read_full_date,
    "range_md": absolute.read_day_range,
    "range_dm": absolute.read_day_range,
    "date_wd_paren": absolute.read_day_month,
    "date_md": absolute.read_day_month,
    "date_dm": absolute.read_day_month,
    "date_md_word": absolute.read_day_month_word,
    "month_year": absolute.read_month_year,
    "month_rel_year": absolute.read_month_rel_year,
    "month": absolute.read_month,
    "month_range": periods.read_month_range,
    "month_year_range": periods.read_month_year_range,
    "month_to_day": periods.read_month_to_day,
    "stretch_to_day": stretches.read_stretch_to_day,
    "week_of_day": stretches.read_week_of_day,
    "lower_month_day": stretches.read_lower_month_day,
    "fiscal_rel": stretches.read_fiscal_relative,
    "that_year": stretches.read_that_year,
    "holiday": holidays.read_holiday,
    "previous_year": stretches.read_previous_year,
    "full_year": stretches.read_full_year,
    "latest_week": stretches.read_latest_week,
    "duration_adj": relative.read_duration,
    "quarter": periods.read_part,
    "quarter_code": periods.read_part_code,
    "month_quarter": periods.read_month_quarter,
    "quarter_rel": periods.read_part_relative,
    "the_quarter": periods.read_the_quarter,
    "vague_duration": relative.read_vague_duration,
    "fiscal_year": periods.read_fiscal_year,
    "decade": periods.read_decade,
    "season": periods.read_season,
    "present": periods.read_present,
    "year_part": periods.read_year_part,
    "year_mod": stretches.read_year_part_named,
    "year_range": absolute.read_year_range,
    "year": absolute.read_year,
    "weekday": absolute.read_weekday,
    "day_word": relative.read_day_word,
    "period": relative.read_period,
    "weekend": relative.read_weekend,
    "period_of": relative.read_period_of,
    "ago": relative.read_ago,
    "earlier": relative.read_ago,
    "year_ago": relative.read_year_ago,
    "duration": relative.read_duration,
    "duration_bare": relative.read_bare_duration,
    "duration_long": relative.read_long_duration,
    "clock_ampm": relative.read_clock,
    "clock_24": relative.read_clock,
    "clock_word": relative.read_clock,
}


def times(doc: Doc, article: Article) -> Iterator[TimeExpr]:
    """Every time expression in the article, in text order."""
    env = Env(doc=doc, article=article, anchor=_anchor(article.published))
    hits = [hit for cand in candidates(_cased(article)) if (hit := _read(cand, env))]
    dated = _bracketed_weekdays(choose(hits), article.text)
    kept = _clock_days(compose(_agreeing_weekdays(dated, article.text), env), article.text)
    for hit in kept:
        if hit.kind == "time" and (hit.resolved or "").startswith("T"):
            hit = _dated_clock(hit, kept, env)
        if hit.kind == "duration" and (tail := _period_noun().match(article.text, hit.end)):
            hit = replace(hit, end=tail.end())  # "the past three-year period"
        yield TimeExpr(hit.start, hit.end, article.text[hit.start:hit.end],
                       article.section_kind(hit.start), hit.kind, hit.resolved, hit.basis)


@cache
def _period_noun() -> re.Pattern[str]:
    nouns = "|".join(re.escape(w) for w in lexicon.load("time_words")["period_nouns"])
    return re.compile(rf"[-\s](?:{nouns})\b")


def _cased(article: Article) -> str:
    """The text the rules read: a headline in capitals ("PLANS TRIP TO CHINA THIS SUMMER")
    in the title case the rules know, at the same offsets."""
    text = article.text
    for section in article.sections:
        if section.kind != "title":
            continue
        title = text[section.start:section.end]
        cased = title.title()
        if title.isupper() and len(cased) == len(title):
            text = text[:section.start] + cased + text[section.end:]
    return text


def _read(cand: Candidate, env: Env) -> Hit | None:
    """The candidate read by its rule; a date whose arithmetic leaves the calendar (a day past
    31 December 9999 or before year 1) resolves to nothing rather than failing the article."""
    try:
        return READERS[cand.rule](cand, env)
    except (OverflowError, ValueError) as err:
        if "out of range" not in str(err) and not isinstance(err, OverflowError):
            raise
        return None


def _bracketed_weekdays(kept: list[Hit], text: str) -> list[Hit]:
    """"Monday (Dec. 18)": the weekday is the day its bracketed date names."""
    result = list(kept)
    for i, (day, dated) in enumerate(pairwise(kept)):
        if day.rule == "weekday" and dated.rule == "date_wd_paren" and dated.resolved \
                and text[day.end : dated.start].strip() == "(":
            result[i] = replace(day, resolved=dated.resolved, basis=f"weekday:{dated.resolved}")
    return result


# a weekday placed by an explicit tense ("will meet on", "met on") rather than by a default
_TENSED_WAYS = ("future:future", "past:past")


def _agreeing_weekdays(kept: list[Hit], text: str) -> list[Hit]:
    """A weekday that only a weak cue placed (a present tense, a modal, "until") takes the date
    that most tensed mentions of the same weekday in the article name: a forecast's "peaks at
    33C on Sunday" is the Sunday its "will climb on Sunday" names. So does one set on the day
    the story is already on ("Later Thursday, she is going to ...")."""
    tensed: dict[int, list[str]] = {}
    weak: list[tuple[int, int]] = []
    for i, h in enumerate(kept):
        if h.rule != "weekday" or not h.resolved or not h.basis.startswith("weekday:"):
            continue
        number = next((n for w in text[h.start:h.end].split()
                       if (n := dates.weekday_number(w)) is not None), None)
        if number is None:
            continue
        way = h.basis.split(" ")[0].removeprefix("weekday:").split(">")[0].split("<")[0]
        near = text[max(0, h.start - 10):h.start].split()[-1:] + text[h.start:h.end].split()
        if any(w.lower() in lexicon.words("time_words", "same_day_words") for w in near):
            weak.append((i, number))  # "later Thursday": the Thursday the story is on
        elif way in _TENSED_WAYS:
            tensed.setdefault(number, []).append(h.resolved)
        elif way.split(":")[-1] in ("present", "scheduled", "report", "untensed", "until",
                                    "perfect"):
            weak.append((i, number))
    result = list(kept)
    for i, number in weak:
        readings = Counter(tensed.get(number, []))
        if not readings:
            continue
        value, votes = readings.most_common(1)[0]
        if votes * 2 > readings.total() and value != kept[i].resolved:
            result[i] = replace(kept[i], resolved=value, basis=f"weekday:agrees {value}")
    return result


def _clock_days(kept: list[Hit], text: str) -> list[Hit]:
    """"9 a.m. Tuesday", "10 p.m. EST Friday": a clock time and the day right after it are one
    time, that day at that hour."""
    result: list[Hit] = []
    i = 0
    while i < len(kept):
        clock = kept[i]
        day = kept[i + 1] if i + 1 < len(kept) else None
        if day is not None and clock.kind == "time" and day.kind in ("date", "relative") \
                and clock.resolved and day.resolved and dates.ISO_DAY.fullmatch(day.resolved) \
                and clock.resolved.startswith("T") and text[clock.end:day.start] == " ":
            result.append(replace(clock, end=day.end, resolved=f"{day.resolved}{clock.resolved}",
                                  basis=f"clock:day-after {day.basis}"))
            i += 2
            continue
        result.append(clock)
        i += 1
    return result


def _anchor(published: str | None) -> date | None:
    if not published or not dates.ISO_DAY.match(published):
        return None
    return date.fromisoformat(published[:10])


def _dated_clock(hit: Hit, kept: list[Hit], env: Env) -> Hit:
    """A clock time on the date its sentence names, else on the publication date."""
    span = env.doc.char_span(hit.start, hit.end, alignment_mode="expand")
    if span is not None:
        sentence = span.sent
        days = [h for h in kept if h.resolved and sentence.start_char <= h.start < sentence.end_char
                and (dates.ISO_DAY.fullmatch(h.resolved) if h.kind in ("date", "relative")
                     else h.kind == "time" and dates.ISO_DAY.match(h.resolved)
                     and h.resolved[10:11] == "T")]
        if days:
            nearest = min(days, key=lambda h: abs(h.start - hit.start))
            day = (nearest.resolved or "")[:10]
            return replace(hit, resolved=f"{day}{hit.resolved}",
                           basis=f"clock:date-in-sentence {day}")
    if env.anchor is None:
        return hit
    return replace(hit, resolved=f"{env.anchor.isoformat()}{hit.resolved}",
                   basis=f"clock:published {env.anchor.isoformat()}")
