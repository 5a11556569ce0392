"""When: the time of the counted event (one night, one day, "since 2022-02-24") as opposed to
the date the count was stated ("said on Friday", "On March 1, Ukraine claimed")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from workbench.compare.phrases import data, ends_with, phrase_at, phrases, reporting_words, tokens
from workbench.lexicon import dates
from workbench.model import ArticleFacts, Quantity, TimeExpr


@dataclass(frozen=True, slots=True)
class Timing:
    event_time: str | None  # what keys the measurable: one night, one day, "since 2022-02-24"
    stated: str | None  # when the number was stated: a reported statement date, else None


def timing(facts: ArticleFacts, quantity: Quantity, sentence: tuple[int, int]) -> Timing:
    """The time of the counted event and the date the count was stated, from the sentence.

    A time right after a reporting verb ("said on Friday") or right before one ("On March 1,
    Ukraine claimed") dates the statement; after "as of" or "by" it is the cut-off of a running
    total and dates the statement too; after "since" it starts a running total ("since
    2022-02-24"); in a sentence counting a running total ("so far", "since the start") the
    count has no event time of its own."""
    text = facts.article.text
    stated: str | None = None
    candidates: list[tuple[int, str]] = []
    for t in facts.times:
        if not (sentence[0] <= t.start < sentence[1]):
            continue
        before = text[sentence[0]:t.start]
        opening = t.end <= quantity.start and _before_reporting_verb(text[t.end:quantity.start])
        if _after_reporting_verb(before) or opening:
            if t.resolved and dates.ISO_DAY.fullmatch(t.resolved):
                stated = t.resolved
            continue
        lead = [w.word for w in tokens(t.text)][:2]
        opens = phrase_at(lead, 0, phrases("cumulative_cues")) if lead else 0
        if opens or ends_with(before, "cumulative_cues"):
            cue = lead[0] if opens else tokens(before)[-1].word
            if cue in data()["start_cues"] and t.resolved:
                candidates.append((_distance(t, quantity), f"since {t.resolved}"))
            elif t.resolved and dates.ISO_DAY.fullmatch(t.resolved) and stated is None:
                stated = t.resolved
            continue
        key = _event_key(t, text)
        if key is not None and not _number_between(facts, quantity, t):
            candidates.append((_distance(t, quantity), key))
    if candidates:
        best = min(candidates)[1]
        if best.startswith("since ") or not _running_total(text, sentence):
            return Timing(best, stated)
        return Timing(None, stated)
    if _running_total(text, sentence):
        return Timing(None, stated)
    night = _bare_night(text, sentence, stated or facts.article.published)
    return Timing(night, stated)


def occasion(facts: ArticleFacts, quantity: Quantity, sentence: tuple[int, int],
             when: Timing) -> str | None:
    """A count of one undated occasion ("killed in the attack") keys by that occasion and the
    day it was reported, so it never joins a running total."""
    text = facts.article.text
    if _running_total(text, sentence):
        return None
    words = [t.word for t in tokens(text, quantity.end, sentence[1])]
    nouns = set(data()["occasion_nouns"])
    openers = phrases("occasion_openers")
    for i in range(len(words)):
        n = phrase_at(words, i, openers)
        if n and i + n < len(words) and words[i + n] in nouns:
            day = when.stated or facts.article.published or "undated"
            return f"one {words[i + n]} reported {day}"
    return None


def _number_between(facts: ArticleFacts, quantity: Quantity, t: TimeExpr) -> bool:
    """Another number stands between a number and a time: the time is that number's
    ("64,000 killed, including 500 on Thursday")."""
    low, high = sorted((quantity.start, t.start))
    return any(low < q.start < high and q.start != quantity.start for q in facts.quantities)


def _running_total(text: str, sentence: tuple[int, int]) -> bool:
    words = [t.word for t in tokens(text, *sentence)]
    cues = phrases("running_total_cues")
    return any(phrase_at(words, i, cues) for i in range(len(words)))


def _before_reporting_verb(after: str) -> bool:
    """"On March 1, Ukraine claimed ...": the time opens the reporting clause."""
    words = [w.word for w in tokens(after)][:4]
    said = reporting_words() - {"according"}
    for word in words:
        if word[0].isdigit():
            return False
        if word in said:
            return True
    return False


def is_day(value: str) -> bool:
    """Is ``value`` one ISO calendar day?"""
    return bool(dates.ISO_DAY.fullmatch(value))


def _distance(t: TimeExpr, q: Quantity) -> int:
    return q.start - t.end if t.end <= q.start else t.start - q.end


def _after_reporting_verb(before: str) -> bool:
    said = reporting_words()
    words = [w.word for w in tokens(before)][-5:]
    return any(w in said for w in words) and not any(w[0].isdigit() for w in words)


def _event_key(t: TimeExpr, text: str) -> str | None:
    if t.resolved is None:
        return None
    if t.kind == "duration":
        return f"last {t.resolved}"
    lower = t.text.lower()
    if dates.ISO_DAY.fullmatch(t.resolved) and any(w in lower for w in data()["night_words"]):
        day = date.fromisoformat(t.resolved)
        if lower.startswith("overnight"):
            return f"{day - timedelta(days=1)}/{day}"
        return f"{day}/{day + timedelta(days=1)}"
    return t.resolved


def _bare_night(text: str, sentence: tuple[int, int], anchor: str | None) -> str | None:
    """"Overnight" with no time found for it: the night before the anchor date."""
    if anchor is None or not dates.ISO_DAY.fullmatch(anchor):
        return None
    words = {t.word for t in tokens(text, *sentence)}
    if "overnight" not in words:
        return None
    day = date.fromisoformat(anchor)
    return f"{day - timedelta(days=1)}/{day}"
