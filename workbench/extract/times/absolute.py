"""Readers of dates, months, years and weekdays: check a candidate's context, resolve it.

A reader returns a :class:`Hit` or None when the words do not read as a time here
("Black Friday", "2000 troops", "May" the modal). ``basis`` names the rule and the anchor used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Literal, NamedTuple

from spacy.tokens import Doc, Token

from workbench import lexicon
from workbench.extract.times import tense as ctx
from workbench.extract.times.patterns import Candidate
from workbench.extract.times.values import parse_number
from workbench.lexicon import dates
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
def tw(key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in lexicon.load("time_words")[key])


def hit(cand: Candidate, kind: Kind, resolved: str | None, basis: str, *,
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
    ``since``, ``caption``, ``conditional`` (would), ``report`` (says), ``scheduled`` (a present
    tense taking the day as its adjunct: "concludes on Monday"), ``modal`` (could, may, must),
    ``present``, ``untensed``.
    """

    way: str
    ahead_days: int

    @property
    def looks_ahead(self) -> bool:
        """For a weekday: the coming one rather than the latest one."""
        return self.way in ("future", "conditional", "scheduled", "modal") or (
            self.way == "until" and self.ahead_days == AHEAD_DAYS["until"])


# how far ahead of publication a day may be taken, by the evidence for it
AHEAD_DAYS = {
    "future": 366, "until": 180, "until-past": 90, "present": 180, "scheduled": 180,
    "modal": 180,
    "conditional": 90,
    "report": 30, "untensed": 30, "past": 0, "perfect": 0, "since": 0, "caption": 0,
}
# and a month named without a day: only will, until and the like reach further than this,
# a present-tense clause a little further ("the festival returns in August", "the deadline is
# the end of March"): a month up to four ahead is nearer than the same month eight back
NEAR_MONTHS = 2
PRESENT_MONTHS = 4
# a day this close to publication wins over the same day almost a year away on the other side,
# whatever the tense ("will be lowered, in line with the cut on February 23", published 2 March)
NEAR_PAST_DAYS = 31
FAR_AHEAD_DAYS = 300


def direction(cand: Candidate, env: Env) -> Placement:
    """How to place a day, month or weekday around publication. A day right after a clock time
    ("until 9 a.m. Tuesday") is placed by the words before the clock and the clock's place in
    the parse."""
    clock = CLOCK_BEFORE.search(env.text, max(0, cand.start - 40), cand.start)
    start = clock.start("clock") if clock else cand.start
    before = ctx.words_before(env.text, start, n=2)
    last = before.split()[-1] if before else ""
    if last == "since":
        return Placement("since", AHEAD_DAYS["since"])
    tense, verb = ctx.tense_at(env.doc, start, cand.end)
    words = before.split()
    lead = words[0] if len(words) == 2 and last in ("in", "on") else last
    possessive = env.text[cand.end:cand.end + 2] in ("'s", "\u2019s")
    starts = lead in tw("start_prepositions") and (tense != "past" or lead != "from") \
        and not possessive  # "more from Monday's meeting" names the meeting, not a start
    if tense == "future" or (tense == "conditional" and last in tw("future_prepositions")):
        way = "future"  # "will meet on", "would top 22 dlrs by January one"
    elif last in tw("future_prepositions") or before == "ahead of" or starts:
        return Placement("until", AHEAD_DAYS["until-past" if tense == "past" else "until"])
    elif tense in ("conditional", "past", "perfect"):
        way = tense
    elif env.article.section_kind(cand.start) == "caption":
        way = "caption"
    elif tense == "present" and ctx.looks_ahead(verb):
        way = "future"  # "the company expects revenue of $90 billion in the June quarter"
    elif tense == "present" and ctx.under_modal(verb) and not possessive:
        way = "modal"  # "passengers could board as early as Friday"
    elif tense == "present" and ctx.is_reporting(verb) \
            and not _scheduled(start, cand.end, env, verb):
        way = "report"
    elif tense == "present":
        way = "scheduled" if _scheduled(start, cand.end, env, verb) else "present"
    else:
        way = "untensed"
    return Placement(way, AHEAD_DAYS[way])


# a clock time right before a day: "(until) 9 a.m. (EST) Tuesday"
CLOCK_BEFORE = re.compile(
    r"(?P<clock>\b\d{1,2}(?:[:.]\d\d)?\s*[AaPp]\.?\s?[Mm]\.?"
    r"(?:\s+[A-Z]{2,4})?|\bnoon|\bmidnight),?\s+$")

REPORTED_DEPS = ("ccomp", "xcomp", "dobj", "parataxis", "advcl")


def _caption_like(token: Token, verb: Token) -> bool:
    """A photo caption's present, which tells of the past: "A resident walks past a damaged
    building in Bucha, Ukraine, on Sunday" (a day set off after a place, or a clause whose
    subject is indefinite)."""
    doc = token.doc
    first = token.i - 1 if token.i > 0 and doc[token.i - 1].lower_ == "on" else token.i
    if first >= 2 and doc[first - 1].text == "," and doc[first - 2].pos_ == "PROPN":
        return True
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                       for c in subject.children)


def _scheduled(start: int, end: int, env: Env, verb: Token | None) -> bool:
    """A day the present-tense verb of a body sentence takes as its own adjunct is the day
    something is scheduled for ("the round concludes on Monday", "the front pushes south
    Thursday"); a day hung on a noun is not ("the ruling on Friday runs to 40 pages"), nor one
    in a headline, whose present tells of the past."""
    token = ctx.token_at(env.doc, start, end)
    if verb is None or token is None or env.article.section_kind(start) != "paragraph":
        return False
    if verb.text[:1].isupper() and verb.i != verb.sent.start:
        return False  # a name the tagger took for a verb ("the newspaper Die Weltwoche")
    if _caption_like(token, verb):
        return False
    head = token.head
    if head.dep_ == "prep" and head.i != token.i:
        head = head.head
    if ctx.is_reporting(verb) and (any(c.dep_ in REPORTED_DEPS for c in verb.children)
                                   or any(t.is_quote for t in verb.sent)):
        return False  # "says on Monday that ...": a report, not a schedule ("concludes on Monday")
    return head.i == verb.i and token.dep_ in ("npadvmod", "pobj", "obl", "nmod")


def _place_day(month: int, day: int, cand: Candidate, env: Env, anchor: date,
               weekday: int | None) -> tuple[date | None, str]:
    placement = direction(cand, env)
    found = dates.day_month_date(month, day, anchor, ahead_days=placement.ahead_days,
                                 weekday=weekday)
    if found is None:
        return None, placement.way
    if weekday is None:
        found = _nearer(found, month, day, cand, env, placement.way)
    return found, f"{'future' if found > anchor else 'past'}:{placement.way}"


def _nearer(found: date, month: int, day: int, cand: Candidate, env: Env, way: str) -> date:
    """The same day within a month of publication on the other side of it, when ``found`` is
    almost a year away: "the cut on February 23" in a future clause published on 2 March,
    "holders of record May seven" in a past one published on 27 April."""
    anchor = env.anchor or found
    after = ctx.words_after(env.text, cand.end, n=2)
    if (found - anchor).days > FAR_AHEAD_DAYS and after != "next year":
        other = dates.day_month_date(month, day, anchor, ahead_days=0)
        if other is not None and 0 <= (anchor - other).days <= NEAR_PAST_DAYS:
            return other
    if (anchor - found).days > FAR_AHEAD_DAYS and after != "last year" \
            and way not in ("since", "perfect"):
        other = dates.day_month_date(month, day, anchor, ahead_days=NEAR_PAST_DAYS)
        if other is not None and 0 < (other - anchor).days <= NEAR_PAST_DAYS:
            return other
    return found


# --- absolute and day-month dates --------------------------------------------------------

def read_full_date(cand: Candidate, env: Env) -> Hit | None:
    month = int(cand.group("mn") or 0) if cand.rule == "date_iso" else dates.month_number(
        cand.group("m") or "")
    if month is None:
        return None
    found = dates.make_date(int(cand.group("y") or 0), month, _day(cand.group("d")))
    if found is None:
        return None
    return hit(cand, "date", found.isoformat(), "absolute")


def read_day_month(cand: Candidate, env: Env) -> Hit | None:
    """"March 5", "5 March", "Monday (Dec. 18)": the weekday beside it picks the year."""
    month = dates.month_number(cand.group("m") or cand.group("m2") or "")
    day = _day(cand.group("d") or cand.group("d2"))
    if month is None or not 1 <= day <= 31:
        return None
    if env.anchor is None:
        return hit(cand, "date", None, "day-month:no-published")
    found, why = _place_day(month, day, cand, env, env.anchor, _weekday(cand.group("wd")))
    if found is None:
        return None
    inner = cand.group("date") is not None  # "Monday (Dec. 18)": the date alone, then the day
    return hit(cand, "date", found.isoformat(), f"day-month:{why} {env.anchor.isoformat()}",
               start=cand.match.start("date") if inner else None,
               end=cand.match.end("date") if inner else None)


def read_day_month_word(cand: Candidate, env: Env) -> Hit | None:
    """"April one", "July one 1988": wire copy's day in words; not "In March two companies"."""
    month = dates.month_number(cand.group("m") or "")
    day = parse_number(cand.group("dw") or "")
    if month is None or day is None:
        return None
    if cand.group("y"):
        found = dates.make_date(int(cand.group("y") or 0), month, int(day))
        return hit(cand, "date", found.isoformat(), "absolute") if found else None
    last = env.doc.char_span(cand.end - 1, cand.end, alignment_mode="expand")
    following = last[-1].nbor(1) if last is not None and last[-1].i + 1 < len(env.doc) else None
    if following is not None and following.text[:1].islower() \
            and following.pos_ in ("NOUN", "ADJ", "NUM"):
        return None  # the number counts the noun after it
    if env.anchor is None:
        return hit(cand, "date", None, "day-month:no-published")
    placed, why = _place_day(month, int(day), cand, env, env.anchor, None)
    if placed is None:
        return None
    return hit(cand, "date", placed.isoformat(), f"day-month:{why} {env.anchor.isoformat()}")


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
        return hit(cand, "range", None, "range:no-published", start=start)
    if first is None:
        return None
    year = first.year + (1 if month2 < month else 0)
    last = dates.make_date(year, month2, d2)
    if last is None:
        return None
    return hit(cand, "range", dates.iso_range(first, last), basis, start=start)


# --- months and years --------------------------------------------------------------------

def read_month_year(cand: Candidate, env: Env) -> Hit | None:
    month = dates.month_number(cand.group("m") or "")
    if month is None:
        return None
    return hit(cand, "month", dates.iso_month(int(cand.group("y") or 0), month), "absolute")


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
        if before not in tw("date_prepositions") and not dated:
            return None
        if before not in tw("date_prepositions") \
                and ctx.words_after(env.text, cand.end) in tw("month_noun_after"):
            return None  # "the annual March for Life", "a March on the capital": a walk
    if env.anchor is None:
        return hit(cand, "month", None, "month:no-published")
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
        if placement.way not in ("future", "until", "modal"):
            present = placement.way in ("present", "scheduled") and not _tells_past(env, cand)
            reach = min(reach, PRESENT_MONTHS if present else NEAR_MONTHS)
        year = dates.month_year(month, anchor, ahead_months=reach)
        ahead = (year, month) > (anchor.year, anchor.month)
        why = f"{'future' if ahead else 'past'}:{placement.way}"
    return hit(cand, "month", dates.iso_month(year, month),
                f"month:{why} {anchor.isoformat()}")


def _tells_past(env: Env, cand: Candidate) -> bool:
    """The sentence of ``cand`` tells of the past in a verb of its own, not a report's ("the
    ground looks like it did in late February after the war began")."""
    token = ctx.token_at(env.doc, cand.start, cand.end)
    return token is not None and any(
        t.tag_ == "VBD" and t.dep_ not in ("aux", "auxpass") and not ctx.is_reporting(t)
        for t in token.sent)


def read_month_rel_year(cand: Candidate, env: Env) -> Hit | None:
    """"April next year", "March last year": a month of the year before or after publication."""
    month = dates.month_number(cand.group("m") or "")
    if month is None:
        return None
    if env.anchor is None:
        return hit(cand, "month", None, "month:no-published")
    step = {"next": 1, "last": -1}.get((cand.group("rel") or "").lower(), 0)
    return hit(cand, "month", dates.iso_month(env.anchor.year + step, month),
               f"month:{cand.group('rel')}-year {env.anchor.isoformat()}")


def read_year(cand: Candidate, env: Env) -> Hit | None:
    """A year where the words make it one: "in 2008", "the 2008 crisis", "the Australian Open
    2024 final" (an event named with its year), not "2000 troops"."""
    before = ctx.words_before(env.text, cand.start)
    token = ctx.token_at(env.doc, cand.start, cand.end)
    if token is not None and token.ent_type_ in ("DATE", "EVENT"):
        return hit(cand, "year", cand.group("y"), "absolute")
    if before in tw("comparison_words") and token is not None and _compared_year(env, cand):
        return hit(cand, "year", cand.group("y"), "absolute:compared")
    if before not in tw("date_prepositions") and before != "the":
        return None
    if token is not None and before not in STRONG_YEAR_PREPOSITIONS and before != "the":
        following = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if following is not None and following.tag_ in ("NNS", "NNPS"):
            return None
    return hit(cand, "year", cand.group("y"), "absolute")


def _compared_year(env: Env, cand: Candidate) -> bool:
    """"19% below 2022", "higher than 2019": a year a change or comparative is set against,
    not a number of things ("more than 2000 troops")."""
    token = ctx.token_at(env.doc, cand.start, cand.end)
    if token is None or token.i < 2:
        return False
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if following is not None and following.pos_ in ("NOUN", "PROPN", "NUM"):
        return False
    lead = token.doc[token.i - 2]
    if lead.lower_ in ("more", "less", "fewer"):
        return False  # "more than 2000." counts
    return lead.lower_ in tw("comparison_leads") or lead.tag_ in ("JJR", "RBR")


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
    return hit(cand, "range", f"{y1}/{y2}", "absolute", start=cand.match.start("y1"))


# --- weekdays ----------------------------------------------------------------------------

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
        return hit(cand, "date", None, "weekday:no-published")
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
    return hit(cand, "date", found.isoformat(), f"weekday:{why} {anchor.isoformat()}")
