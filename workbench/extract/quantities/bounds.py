"""The bounds a number's words give it: "up to 10,000" has no lower bound, "at least eight" no
upper one, "11,000-12,000" is a range, "about 40" pins neither, anything else is exact.

Qualifier phrases are data (``numbers.json`` 'qualifiers'); one written before the number
("more than", "nearly") or after it or its noun ("or more", "-plus") sets the qualifier, and
the qualifier sets ``low`` and ``high``. A verb taking the number as its object may bound it too
("prices would top 22 dlrs", ``numbers.json`` 'bound_verbs').
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span

from workbench import lexicon
from workbench.extract.quantities import filters

MAX_QUALIFIER = 3


@cache
def qualifiers() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Qualifier phrases before and after a number, longest first, with their kind."""
    table = lexicon.load("numbers")["qualifiers"]
    leading: list[tuple[tuple[str, ...], str]] = []
    trailing: list[tuple[tuple[str, ...], str]] = []
    for kind, phrases in table.items():
        side = trailing if kind.startswith("after_") else leading
        side.extend((tuple(p.split()), kind.removeprefix("after_")) for p in phrases)
    return {"before": sorted(leading, key=lambda pk: -len(pk[0])),
            "after": sorted(trailing, key=lambda pk: -len(pk[0]))}


def qualify(sent: Span, start: int, end: int, *, ranged: bool,
            measured: bool = False) -> tuple[str, int, int]:
    """The qualifier and the widened token span: words before and after the number.

    Before an amount with a unit (``measured``: "rates around 3.80 pct", "over 5 km"), a
    preposition that is also a qualifier bounds it whatever the parse attaches it to."""
    if ranged:
        return "range", start, end
    written_after = after(sent, end)
    if written_after is not None:
        return written_after[0], start, written_after[1]
    anchor = _past_age_of(sent, start)  # "under the age of 5": the bound is the age's
    lower = [t.lower_ for t in sent[max(0, anchor - MAX_QUALIFIER) : anchor]]
    for phrase, kind in qualifiers()["before"]:
        at = anchor - len(phrase)
        if at >= 0 and tuple(lower[len(lower) - len(phrase) :]) == phrase:
            if len(phrase) == 1 and not measured and anchor == start \
                    and not filters.modifies(sent, at, start):
                continue
            if filters.particle_of_change(sent, at):
                continue  # "edged up to 3.9%": a change to 3.9, not at most 3.9
            return kind, at, end
    if start == 0 and (abbreviated := _abbreviation_before(sent)) is not None:
        return abbreviated, start, end  # "Approx. $389,005": the full stop split the sentence
    if filters.estimated_head(sent, start):
        return "approx", start, end
    return _verb_bound(sent, start) or "exact", start, end


AGE_OF = (("the", "age", "of"), ("age", "of"))


def _past_age_of(sent: Span, start: int) -> int:
    """Where ``the age of`` before the number starts, else the number's start."""
    for words in AGE_OF:
        at = start - len(words)
        if at >= 0 and tuple(t.lower_ for t in sent[at:start]) == words:
            return at
    return start


def _abbreviation_before(sent: Span) -> str | None:
    """The kind of an abbreviated qualifier ("approx.", "c.") that ends the sentence before."""
    doc = sent.doc
    if sent.start < 2 or doc[sent.start - 1].text != ".":
        return None
    word = doc[sent.start - 2].lower_ + "."
    return next((kind for phrase, kind in qualifiers()["before"] if phrase == (word,)), None)


@cache
def _bound_verbs() -> dict[str, str]:
    table = lexicon.load("numbers")["bound_verbs"]
    return {verb: kind for kind, verbs in table.items() for verb in verbs}


def _verb_bound(sent: Span, start: int) -> str | None:
    """A verb whose object the number is bounds it: "will top 22 dlrs" (at least 22);
    negated, the other way: "did not exceed 5%" (at most 5)."""
    if start == 0:
        return None
    verb = sent[start - 1]
    kind = _bound_verbs().get(verb.lemma_.lower()) if verb.pos_ == "VERB" else None
    if kind is None:
        return None
    if any(child.dep_ == "neg" for child in verb.children):
        return "upper_bound" if kind == "lower_bound" else "lower_bound"
    return kind


def after(sent: Span, end: int) -> tuple[str, int] | None:
    """A qualifier written after the number or its noun (``or more``, ``or so``, ``-plus``)."""
    lower = tuple(t.lower_ for t in sent[end : end + MAX_QUALIFIER + 1])
    for phrase, kind in qualifiers()["after"]:
        if lower[: len(phrase)] != phrase:
            continue
        nxt = sent[end + len(phrase)] if end + len(phrase) < len(sent) else None
        closed = nxt is None or nxt.is_punct
        if closed or (phrase[0] != "and" and nxt is not None and not nxt.like_num
                      and nxt.lower_ not in ("than", "of", "to")):
            return kind, end + len(phrase)
    return None


def bounds(qualifier: str, value: float, high: float, *,
           vague: bool) -> tuple[str, float | None, float | None]:
    """(qualifier, low, high) of a number read as ``value`` (``high``: a range's end); a vague
    count ("dozens") is approximate."""
    if vague and qualifier == "exact":
        qualifier = "approx"
    if qualifier == "range":
        return qualifier, value, high
    if qualifier == "upper_bound":
        return qualifier, None, value
    if qualifier == "lower_bound":
        return qualifier, value, None
    if qualifier == "approx":
        return qualifier, None, None
    return qualifier, value, value
