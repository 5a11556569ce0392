"""The surface forms of time expressions, as compiled regular expressions built from word lists.

Each rule finds candidates in the article text; :mod:`~workbench.extract.times.find` keeps the
longest non-overlapping ones, checks their context in the parse and resolves them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Protocol, TypeVar

from workbench import lexicon
from workbench.extract.times.values import number_words
from workbench.lexicon import dates

DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[89]\d\d|2[01]\d\d)"
NOT_NUMBER_AFTER = r"(?![-–.,:/]?\d)"
NOT_NUMBER_BEFORE = r"(?<![\d$£€#.,/-])"


@dataclass(frozen=True, slots=True)
class Candidate:
    """One match of one rule."""

    rule: str
    match: re.Match[str]

    @property
    def start(self) -> int:
        return self.match.start()

    @property
    def end(self) -> int:
        return self.match.end()

    def group(self, name: str) -> str | None:
        return self.match.groupdict().get(name)


def holiday_names() -> str:
    """The named days of ``calendar.json``, longest first, with either apostrophe."""
    names = sorted(lexicon.load("calendar")["holidays"], key=len, reverse=True)
    return "|".join(re.escape(n).replace("'", "['\u2019]") for n in names)


def _alternation(items: list[str], *, escape: bool = True) -> str:
    ordered = sorted(items, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(i) if escape else i for i in ordered) + ")"


def _capitalised(items: list[str]) -> str:
    """Lower-case words that may also open a sentence: ``(?:Late|late|Early|early)``."""
    ordered = sorted(items, key=len, reverse=True)
    return "(?:" + "|".join(form for w in ordered for form in _cases(re.escape(w))) + ")"


def _cases(pattern: str) -> list[str]:
    """A pattern that opens with a lower-case letter, and the same opening with its capital.

    Each form of an alternation then begins with a plain letter, which the regular expression
    engine compares before trying the rest: a word that opens none of them is passed over at
    once, where a bracketed ``[Tt]`` opening made it try every form in turn.
    """
    first = pattern[:1]
    upper = first.upper()
    if not first.isalpha() or len(upper) != 1 or upper == first:
        return [pattern]
    return [upper + pattern[1:], pattern]


@cache
def number_alternation() -> str:
    """Number words and digits, with the hyphenated tens ("twenty-five")."""
    numbers = number_words()
    simple = _opening_cases([n.replace(" ", r"\s+") for n in numbers])
    tens = _opening_cases([w for w, v in numbers.items() if 20 <= v < 100 and v % 10 == 0])
    return rf"(?:\d+(?:\.\d+)?(?:[\s-]\d/\d\d?\b)?|{tens}-[a-z]+|{simple})"


def _opening_cases(words: list[str]) -> str:
    """Lower-case words that may also open a sentence ("Two months later"), longest first:
    ``(?:Twenty|twenty|Two|two)``."""
    ordered = sorted(words, key=len, reverse=True)
    return "(?:" + "|".join(form for w in ordered for form in _cases(w)) + ")"


@cache
def day_word_alternation() -> str:
    """The days of a month written as words, as wire copy does after a month ("April one")."""
    numbers = lexicon.load("numbers")
    ones = [w for w, v in numbers["ones"].items() if 1 <= v <= 19]
    tens = [w for w, v in numbers["tens"].items() if v in (20, 30)]
    joined = [f"twenty-{w}" for w, v in numbers["ones"].items() if 1 <= v <= 9]
    return _alternation([*ones, *tens, *joined, "thirty-one"])


@cache
def unit_alternation() -> str:
    return _alternation(list(lexicon.load("time_words")["units"]))


@cache
def rules() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """``(rule name, pattern)`` pairs, most specific first."""
    tw = lexicon.load("time_words")
    month = dates.month_word_alternation() + "(?![A-Za-z])"
    any_month = rf"(?:{month}|{dates.lowercase_month_alternation()}\b)"
    full_month = dates.full_month_alternation() + r"\b"
    weekday = dates.weekday_alternation() + r"\b"
    wd_prefix = rf"(?:(?P<wd>{weekday}),?\s+)?"
    sep = r"\s*(?P<sep>[-–]|\bto\b|\bthrough\b|\buntil\b|\btill\b|\band\b)\s*"
    quals = _alternation(tw["duration_qualifiers"])
    stretch_words = _alternation(tw["duration_adjectives"])
    num = number_alternation()
    unit = unit_alternation()
    zones = _alternation(tw["clock_zones"])
    lead = _alternation(tw["clock_lead"])
    part = _alternation(tw["day_parts"])
    wd_mod = _capitalised(tw["weekday_modifiers"])
    near = _capitalised(tw["near_modifiers"])
    ordinals = _alternation(list(tw["ordinals"]))
    headline_ordinals = _capitalised(list(tw["ordinals"]))  # "Record First Quarter of 2019"
    this_part = _alternation(tw["day_part_this"])
    holidays = holiday_names()
    cased_month = rf"(?i:{dates.month_word_alternation()})(?![A-Za-z])"
    lower_month = _alternation(sorted(dates.full_month_names()))
    # a month in lower case that is also a verb ("may", "march") is one after these words
    day_cues = "(?:" + "|".join(rf"(?<=\b{c}\s)" for w in tw["lower_month_cues"]
                                for c in (w, w.capitalize())) + ")"
    return tuple((name, re.compile(pattern)) for name, pattern in (
        ("date_dmy", rf"\b{wd_prefix}(?:the\s+)?(?P<d>{DAY})(?:\s+of)?\s+(?P<m>{month}),?\s+"
                     rf"(?P<y>{YEAR})\b{NOT_NUMBER_AFTER}"),
        ("date_mdy", rf"\b{wd_prefix}(?P<m>{any_month})\s*(?P<d>{DAY})(?:,\s*|\s+)(?P<y>{YEAR})\b"
                     rf"{NOT_NUMBER_AFTER}"),
        ("date_iso", rf"\b(?P<y>{YEAR})-(?P<mn>0[1-9]|1[0-2])-(?P<d>[0-2]\d|3[01])\b"),
        ("range_md", rf"\b(?:(?P<pre>[Ff]rom|[Bb]etween)\s+)?(?P<m>{month})\s*(?P<d1>{DAY}){sep}"
                     rf"(?:(?P<m2>{month})\s*)?(?P<d2>{DAY})\b(?:,?\s+(?P<y>{YEAR})\b)?"
                     rf"{NOT_NUMBER_AFTER}(?!\s*(?:%|per\s*cent|percent))"),
        ("range_dm", rf"{NOT_NUMBER_BEFORE}\b(?:(?P<pre>[Ff]rom|[Bb]etween)\s+)?(?P<d1>{DAY}){sep}"
                     rf"(?P<d2>{DAY})\s+(?P<m>{month})(?:,?\s+(?P<y>{YEAR})\b)?"),
        ("date_wd_paren", rf"\b(?P<wd>{weekday})\s+\((?P<date>(?P<m>{month})\s*(?P<d>{DAY})|"
                          rf"(?P<d2>{DAY})\s+(?P<m2>{month}))\)"),
        ("date_md", rf"\b{wd_prefix}(?P<m>{any_month})\s*(?P<d>{DAY})\b{NOT_NUMBER_AFTER}"
                    r"(?!\s*(?:%|per\s*cent|percent|million|billion|mln|bln))"),
        ("date_md_word", rf"\b(?P<m>{full_month})\s+(?P<dw>{day_word_alternation()})\b(?!-)"
                         rf"(?:,?\s+(?P<y>{YEAR})\b)?"),
        ("date_dm", rf"{NOT_NUMBER_BEFORE}\b{wd_prefix}(?:the\s+)?(?P<d>{DAY})(?:\s+of)?\s+"
                    rf"(?P<m>{month})"),
        ("month_year", rf"\b(?:(?P<mod>early|mid|late|[Ee]nd\s+of|[Ee]nd(?=-)|[Bb]eginning\s+of|"
                       rf"[Ss]tart\s+of)[-\s]+)?(?P<m>{month}),?\s+(?:of\s+)?(?P<y>{YEAR})\b{NOT_NUMBER_AFTER}"),
        ("month_year_range", rf"\b(?:(?P<pre>[Ff]rom|[Bb]etween)\s+)?(?P<m>{month}),?\s+"
                             rf"(?P<y>{YEAR})\s*(?P<sep>[-–]|\bto\b|\bthrough\b|\buntil\b|\band\b)\s*"
                             rf"(?P<m2>{month}),?\s+(?P<y2>{YEAR})\b{NOT_NUMBER_AFTER}"),
        ("month_rel_year", rf"\b(?P<m>{full_month})\s+(?P<rel>next|last|this)\s+year\b"),
        ("month", rf"\b(?:(?P<mod>early|mid|late|last|next|this|[Ee]nd\s+of|[Ee]nd(?=-)|"
                  rf"[Bb]eginning\s+of|[Ss]tart\s+of)[-\s]+)?(?P<m>{full_month})(?!\s*\d)"),
        ("month_range", rf"\b(?:(?P<pre>[Ff]rom|[Bb]etween)\s+)?(?P<m>{full_month})\s*"
                        r"(?P<sep>-|–|/|\bto\b|\bthrough\b|\buntil\b|\btill\b|\band\b)\s*"
                        rf"(?P<m2>{full_month})(?:,?\s+(?P<y>{YEAR})\b)?(?!\s*\d)"),
        ("month_to_day", rf"\b[Ff]rom\s+(?P<m>{full_month})\s+(?:to|through|until)\s+"
                         rf"(?P<m2>{month})\s*(?P<d2>{DAY})\b{NOT_NUMBER_AFTER}"
                         rf"(?:,?\s+(?P<y>{YEAR})\b)?"),
        ("stretch_to_day", rf"\b(?:[Tt]he\s+)?(?:(?P<num>{num})\s+)?"
                           r"(?P<unit>weeks?|months?|days?)\s+"
                           rf"(?P<link>ended|ending|to|through)\s+(?P<m>{cased_month})\s*(?P<d>{DAY})\b"
                           rf"{NOT_NUMBER_AFTER}(?:,?\s+(?P<y>{YEAR})\b)?"),
        ("week_of_day", rf"\b[Tt]he\s+week\s+of\s+(?P<m>{cased_month})\s*(?P<d>{DAY})\b"
                        rf"{NOT_NUMBER_AFTER}(?:,?\s+(?P<y>{YEAR})\b)?"),
        # the month looked for first: the cues' many lookbehinds are then tried only before one
        ("lower_month_day", rf"(?=(?:{lower_month})\s){day_cues}(?P<m>{lower_month})\s+"
                            rf"(?P<d>{DAY})\b{NOT_NUMBER_AFTER}"
                            r"(?!\s*(?:%|per\s*cent|percent|million|billion|mln|bln|pct))"
                            rf"(?:,\s*(?P<y>{YEAR})\b{NOT_NUMBER_AFTER})?"),
        ("fiscal_rel", r"\b(?:[Tt]he\s+)?(?P<which>[Cc]urrent|[Tt]his|[Ll]ast|[Nn]ext|previous|"
                       r"preceding|prior|coming)\s+fiscal\s+year\b(?!-)"
                       rf"(?=\s+(?:ending|ended|to)\s+(?P<m>{month})\s*(?P<d>{DAY})\b)?"),
        ("full_year", r"\b[Tt]he\s+(?:full|whole|entire)\s+year\b(?![-\u2013])"
                      r"(?!\s+(?:of\s+|ended\s+|ending\s+|to\s+)?\d)"),
        ("latest_week", r"\b[Tt]he\s+(?:latest|most\s+recent)\s+(?:reporting\s+)?week\b"
                        r"(?![-\u2013])"),
        ("that_year", r"\b(?:(?:[Ll]ater|[Ee]arlier)\s+)?(?:[Tt]hat(?:\s+same)?|[Tt]he\s+same)"
                      r"\s+(?P<unit>year|month)\b(?!-|\s*['\u2019]s)"),
        ("holiday", rf"\b(?P<name>{holidays})\b(?:,?\s+(?P<y>{YEAR})\b{NOT_NUMBER_AFTER})?"),
        ("previous_year", r"\b[Tt]he\s+(?:previous|preceding|prior)\s+(?P<unit>year|month)\b"
                          r"(?![-\u2013])"),
        ("duration_adj", rf"\b[Tt]he\s+(?<![\d.,/])(?P<num>{num})\s+"
                         r"(?:preceding|previous|prior|following|coming|past|last|next)\s+"
                         rf"(?P<unit>{unit})\b"),
        ("quarter", rf"\b(?:(?P<fiscal>[Ff]iscal)\s+)?(?:(?P<the>[Tt]he)\s+)?"
                    rf"(?:(?P<y0>{YEAR})\s+)?(?:(?P<fiscal2>fiscal)\s+)?(?P<ord>{headline_ordinals})"
                    rf"(?:\s+and\s+(?P<ord2>{ordinals}))?(?:\s+fiscal)?[-\s]+"
                    r"(?P<unit>[Qq]uarter|[Hh]alf|[Hh]alves)(?P<plural>s)?(?:\s+(?:of\s+)?(?:"
                    rf"(?:(?:fiscal\s+)?(?:year\s+)?(?P<y>{YEAR}))|"
                    r"(?P<rel>(?:the\s+)?(?:(?:last|this|next|previous|current)\s+)?"
                    r"(?:fiscal\s+|calendar\s+)?year)))?\b"),
        ("month_quarter", rf"\b[Tt]he\s+(?P<m>{full_month})(?:[-\s]ending)?\s+quarter\b(?!-)"
                          rf"(?:\s+(?:of\s+)?(?P<y>{YEAR})\b)?"),
        ("quarter_code", rf"\b(?P<q>Q[1-4]|[1-4]Q|H[12])(?:\s*(?P<y>{YEAR})|\s*['’](?P<yy>\d\d)|"
                         rf"\s+of\s+(?P<y2>{YEAR}))?\b"),
        ("quarter_rel", r"\b(?P<which>[Tt]his|[Ll]ast|[Nn]ext|"
                        r"[Tt]he\s+(?:current|previous|preceding|prior|next))\s+quarter\b"),
        ("fiscal_year", rf"\b(?:[Ff]iscal(?:\s+year)?\s+(?P<y>{YEAR})"
                        rf"(?:\s?[-\u2013/]\s?(?P<y2>{YEAR}|\d\d)\b{NOT_NUMBER_AFTER})?"
                        rf"|FY\s?(?P<fy>{YEAR}|\d\d))\b"),
        ("decade", r"(?:\b(?P<c>1[89]\d|20\d)0s\b|(?<!\w)['’](?P<d>\d)0s\b)"),
        ("season", rf"\b(?:(?P<mod>[Tt]his|[Ll]ast|[Nn]ext|[Tt]he)\s+)?"
                   r"(?P<s>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)"
                   rf"(?:\s+(?:of\s+)?(?P<y>{YEAR}))?\b"),
        ("year_part", rf"\b(?P<w>[Yy]ear[-\s]?end|[Yy]ear[-\s]to[-\s]date)\b(?!-)"
                      rf"(?:\s+(?P<y>{YEAR})\b)?"),
        ("present", r"\b(?P<w>[Nn]ow|[Cc]urrently|[Rr]ecently|[Pp]resently|[Nn]owadays|[Ll]ately|"
                    r"[Aa]t\s+present|[Ii]n\s+recent\s+(?:years|months|weeks|days))\b"),
        ("year_mod", rf"\b(?P<mod>[Mm]id|[Ee]arly|[Ll]ate|[Ee]nd)-(?P<y>{YEAR})\b"
                     rf"{NOT_NUMBER_AFTER}"),
        ("year_range", rf"{NOT_NUMBER_BEFORE}\b(?:(?P<pre>[Ff]rom|[Bb]etween)\s+)?(?P<y1>{YEAR})"
                       rf"(?:\s*(?P<sep>[-–/])\s*|\s+(?P<word>to|and|until|through)\s+)"
                       rf"(?P<y2>{YEAR}|\d\d)\b{NOT_NUMBER_AFTER}"),
        ("year", rf"{NOT_NUMBER_BEFORE}\b(?P<y>{YEAR})\b{NOT_NUMBER_AFTER}"
                 r"(?!s\b|\s*(?:%|per\s*cent|percent))"),
        ("weekday", rf"\b(?:(?P<mod>{wd_mod})\s+(?:on\s+)?)?(?P<wd>{weekday})"
                    rf"(?:\s+(?P<part>{part}))?"),
        ("day_word", rf"\b(?:(?P<mod>{near})\s+)?"
                     r"(?P<w>[Tt]oday|TODAY|[Tt]onight|[Yy]esterday|[Tt]omorrow|[Ll]ast\s+night|"
                     rf"[Tt]his\s+{this_part})\b"
                     rf"(?:\s+(?P<part>{part}))?"),
        ("period", rf"\b(?:(?P<mod>{near}|[Mm]id|"
                   r"(?:[Tt]he\s+)?(?:[Ee]nd|[Ss]tart|[Bb]eginning|[Mm]iddle)\s+of)[-\s]+)?"
                   r"(?P<the>[Tt]he\s+)?(?P<which>[Tt]his|[Ll]ast|[Nn]ext)\s+"
                   r"(?P<unit>week|weekend|month|year)\b"),
        ("weekend", r"\b(?:[Oo]ver|[Dd]uring|[Aa]t|[Oo]n|[Bb]y|[Tt]his\s+past)\s+the\s+weekend\b"),
        ("period_of", r"\b(?P<mod>(?:[Tt]he\s+)?(?:[Ee]nd|[Ss]tart|[Bb]eginning|[Mm]iddle|[Rr]est)"
                      r"\s+of)\s+the\s+(?P<unit>year|month|week)\b"),
        ("ago", rf"\b(?:(?P<qual>{quals})\s+)?(?P<num>{num})[\s-]+(?P<unit>{unit})\s+ago\b"),
        ("the_quarter", r"\b[Tt]he\s+(?:(?:latest|most\s+recent)\s+)?quarter\b(?![-\u2013])"),
        ("vague_duration", rf"\b(?:(?P<qual>{quals})\s+)?(?P<num>[Aa]\s+few|[Ff]ew|[Ss]everal|"
                           rf"[Mm]any)\s+(?P<unit>{unit})\b"),
        ("earlier", rf"\b(?P<num>{num})[\s-]+(?P<unit>{unit})\s+(?:earlier|previously)\b"),
        ("year_ago", r"\b[Yy]ear-(?:ago|earlier)\b"),
        ("duration", rf"\b(?:(?P<qual>{quals})\s+)?(?<![\d.,/])(?P<num>{num}|[Hh]alf\s+an?)"
                     rf"(?P<half>\s+and\s+a\s+half)?[\s-]+"
                     rf"(?:{stretch_words}\s+)?(?P<unit>{unit})\b"
                     r"(?P<half2>\s+and\s+a\s+half)?(?P<tail>-old|\s+old\b|-olds|\s+ago\b)?"),
        ("duration_bare", rf"\b(?P<qual>[Tt]he\s+(?:past|last|next|coming))\s+(?P<unit>{unit})\b"),
        ("duration_long", rf"(?<![\w-])(?P<unit>{unit})-?long\b"),
        ("clock_ampm", rf"\b(?:(?P<lead>{lead})\s+)?(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?"
                       rf"\s*(?:(?P<ap>[ap])(?:\.\s?m\.|\.\s?m\b|m\b)|(?P<AP>[AP])(?:\.\s?M\.|M\b))"
                       rf"(?:\s+(?P<zone>{zones})\b)?"),
        ("clock_24", rf"\b(?:(?P<lead>{lead})\s+)?(?P<h>[01]\d|2[0-3]|\d)(?P<colon>[:.h]?)"
                     rf"(?P<mi>[0-5]\d)(?:\s*(?P<zone>{zones})\b)?"),
        ("clock_word", r"\b(?P<lead>at|around|by|until|before|after|from|since)\s+"
                       r"(?P<w>noon|midnight|midday)\b"),
    ))


# A rule is tried only on a text that holds what every one of its matches holds: one of its
# words (as lower-case text: the rules' own words, whichever case they match in), or a match of
# a short pattern that every match contains. Most texts lack most of the rarer rules' words, and
# looking for a word costs far less than trying a rule at every word of the text.
GATES: dict[str, tuple[str, ...] | str] = {
    "stretch_to_day": r"(?:week|month|day)s?\s+(?:ended|ending|to|through)\s",
    "range_dm": r"\d(?:st|nd|rd|th)?\s*(?:[-–]|\bto\b|\bthrough\b|\buntil\b|\btill\b|\band\b)\s*\d",
    "fiscal_rel": ("fiscal",),
    "quarter": ("quarter", "half", "halves"),
    "decade": ("0s",),
    "period_of": ("year", "month", "week"),
    "ago": ("ago",),
    "earlier": ("earlier", "previously"),
    "clock_ampm": ("am", "pm", "a.", "p."),
    "year_ago": ("year-",),
    "weekend": ("weekend",),
    "full_year": ("year",),
    "latest_week": ("week",),
    "the_quarter": ("quarter",),
    "month_quarter": ("quarter",),
    "quarter_rel": ("quarter",),
    "week_of_day": ("week",),
    "month_to_day": ("from",),
    "month_rel_year": ("year",),
    "month_year_range": r"\d\s*(?:[-–]|\bto\b|\bthrough\b|\buntil\b|\band\b)\s*[A-Z]",
    "fiscal_year": ("fiscal", "fy"),
    "year_part": ("year",),
    "clock_word": ("noon", "midnight", "midday"),
    "previous_year": ("previous", "preceding", "prior"),
    "that_year": ("that year", "that month", "same year", "same month"),
}


@cache
def _gates() -> tuple[tuple[str, re.Pattern[str], tuple[str, ...] | re.Pattern[str] | None], ...]:
    known = {name for name, _ in rules()}
    unknown = set(GATES) - known
    if unknown:
        raise ValueError(f"gates for rules that do not exist: {sorted(unknown)}")
    return tuple((name, pattern, re.compile(gate) if isinstance(gate, str) else gate)
                 for name, pattern in rules() for gate in [GATES.get(name)])


def candidates(text: str) -> Iterator[Candidate]:
    """Every match of every rule, overlapping ones included."""
    lower = text.lower()
    for name, pattern, gate in _gates():
        if gate is not None:
            if isinstance(gate, tuple):
                if not any(word in lower for word in gate):
                    continue
            elif gate.search(text) is None:
                continue
        for match in pattern.finditer(text):
            yield Candidate(name, match)


class Spanned(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def rule(self) -> str: ...


S = TypeVar("S", bound=Spanned)


def choose(found: list[S]) -> list[S]:
    """The longest non-overlapping items (earlier rules win ties), in text order."""
    order = {name: i for i, (name, _) in enumerate(rules())}
    kept: list[S] = []
    starts: list[int] = []  # the kept spans never overlap: sorted by start, ends sort too
    ends: list[int] = []
    for cand in sorted(found, key=lambda c: (c.start - c.end, order[c.rule], c.start)):
        i = bisect_right(starts, cand.start)
        if (i > 0 and ends[i - 1] > cand.start) or (i < len(starts) and starts[i] < cand.end):
            continue
        kept.append(cand)
        starts.insert(i, cand.start)
        ends.insert(i, cand.end)
    return sorted(kept, key=lambda c: c.start)
