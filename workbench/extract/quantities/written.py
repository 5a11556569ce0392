"""A number as written in a sentence: digits or words, a currency sign before it, a unit glued
onto it (``$450m``, ``50km``, ``52p``), and the second number of a range (``120 to 250``,
``11,000-12,000``, ``between 60 and 90``, wire copy's ``1.80-85``), or of a change written as
``from 2 to 3 million``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from spacy.tokens import Span

from workbench.extract.quantities import change, filters, numbers, units
from workbench.extract.quantities.numbers import Reading


@dataclass(frozen=True, slots=True)
class Number:
    """One number with what is glued onto it, in sentence-local token indexes."""

    reading: Reading
    value: Decimal
    start: int  # the currency sign, when there is one
    end: int
    money: str | None = None
    unit: units.Unit | None = None
    clock: bool = False
    qualifier: str | None = None  # written onto the digits: "~0.8mm", "sub-400"



def number(sent: Span, words: list[str], glued: list[bool], i: int, *,
            money: str | None) -> Number | None:
    """The number starting at sentence token ``i`` (after an optional currency sign)."""
    start = i
    if words[i][:1] in ("-", "−") and i > 0 and glued[i - 1]:
        return None  # a code or a range written without spaces: "Su-27", "2022-23"
    qualifier = None
    prefixed = numbers.glued_qualifier(words[i])
    if prefixed is not None:  # "~62%", "sub-400 sq m": read the digits after the sign
        qualifier, rest = prefixed
        words = [*words[:i], rest, *words[i + 1:]]
    sign = units.currency_symbol(words[i])
    if sign is not None and i + 1 < len(words):
        money, i = sign, i + 1
        spaced = units.spaced_country(words[i - 2], words[i - 1]) if i > 1 else None
        if spaced is not None and not glued[i - 2]:  # "C $6", "US $89": the country apart
            money, start = spaced, i - 2
        written_on = units.sign_written_on(words[i - 1], words[i])
        if written_on is not None:  # "$US4.2m": read the digits after the country
            money = written_on[0]
            words = [*words[:i], written_on[1], *words[i + 1:]]
    if sign is None and words[i][:1] == "+" and words[i][1:2].isdigit():
        words = [*words[:i], words[i][1:], *words[i + 1:]]  # "+0.8%": a rise, read as 0.8%
        reading = numbers.read(words, i, glued=glued, money=False)
        if reading is None or not _percent_follows(sent, reading):
            return None  # a plus sign writes a change only in percent, not "+44 20"
    else:
        reading = numbers.read(words, i, glued=glued, money=money is not None)
    if reading is None or (sign is not None and reading.in_words):
        return None
    value, unit, clock = reading.value, None, False
    if reading.suffix:
        if reading.suffix in filters.clock_suffixes():
            clock = True
        else:
            glue = units.glued_unit(reading.suffix,
                                    plural_follows=_plural_follows(sent, reading.end),
                                    written=words[reading.end - 1])
            if glue is None and words[reading.end - 1].rstrip(".").endswith("k") \
                    and reading.suffix == "k" and not _noun_follows(sent, reading.end):
                glue = "", "scale", numbers.glued_scales()["k"]  # "18k cheaper"; not "a 10k run"
            if glue is None:
                return None
            name, kind, factor = glue
            if kind == "scale":
                value *= factor
                reading = Reading(value, reading.start, reading.end, factor)
            elif kind == "money":
                if money is None:
                    money, value = name, value * factor
            else:
                unit = units.temperature_after(sent, reading.end, name) \
                    or units.Unit(name, kind, reading.end)
    if money is not None:
        unit = units.Unit(money, "money", reading.end)
    return Number(reading, value, start, reading.end, money, unit, clock, qualifier)


def _noun_follows(sent: Span, j: int) -> bool:
    """A noun the number modifies comes next: ``a 10k run``."""
    return j < len(sent) and sent[j].pos_ in ("NOUN", "PROPN")


def _percent_follows(sent: Span, reading: Reading) -> bool:
    if reading.suffix:
        return reading.suffix == "%" or units.glued_unit(
            reading.suffix, plural_follows=False) == ("percent", "percent", Decimal(1))
    after = units.unit_after(sent, reading.end, scaled=False, money=None)
    return after is not None and after.kind == "percent"


PLURAL_REACH = 5


def _plural_follows(sent: Span, j: int) -> bool:
    """A plural noun comes next, perhaps after modifiers: ``7.3m border crossings``."""
    for token in sent[j : j + PLURAL_REACH]:
        if token.tag_ in ("NNS", "NNPS"):
            return True
        if token.pos_ not in ("ADJ", "NOUN", "PROPN") and token.text not in units.HYPHENS \
                and token.tag_ != "VBN" \
                and not (token.lower_ in ("and", "or") and token.i > sent.start + j):
            return False  # "1.4m combined print and audio copies" reads on
    return False


def range_end(sent: Span, words: list[str], glued: list[bool],
               first: Number) -> tuple[Number | None, int | None, bool]:
    """The second number of a range; for ``between X and Y``, where ``between`` stands; and
    whether the pair is a change (``from 2 to 3 million``) rather than a range."""
    j = first.end
    repeated = _unit_repeated(sent, words, first)
    if repeated is not None:  # "from 2 per cent to 3.5 per cent": read on after the unit
        j = repeated.end
    if j + 1 >= len(words):
        return None, None, False
    measured = first.unit.name if first.unit is not None and first.unit.kind == "measure" \
        else None
    if first.unit is not None and first.unit.kind != "money" and measured is None:
        return None, None, False
    if filters.dated(sent, first.start, first.end):
        return None, None, False  # "ended March 20 to 16.2 mln bpd": a day, then the amount
    word = words[j].lower()
    before = words[first.start - 1].lower() if first.start > 0 else ""
    between = first.start - 1 if before == "between" else None
    if word not in filters.range_words() or (word == "and" and between is None):
        return None, None, False
    if word == "or" and filters.respective(sent):
        return None, None, False  # "18k or 26k cheaper than its rivals respectively"
    change = word in ("to", "through") and _moves_from(sent, words, first.start)
    second = number(sent, words, glued, j + 1, money=first.money)
    if second is None or second.reading.vague or first.reading.vague:
        return None, None, False
    if word in ("to", "through") and not change and _moved_by(sent, first.start) \
            and not (second.end < len(sent) and sent[second.end].tag_ in ("NNS", "NNPS")):
        return None, None, False  # "fell 1/16 to 99-20/32"; "losing 60 to 100 soldiers" stays
    if measured is not None and (second.unit is None or second.unit.name != measured):
        return None, None, False  # "25C to 28C" is a range; "30C to 40 people" is not
    if second.money is not None and first.money is None:
        return None, None, False
    if repeated is not None and (change or not _same_unit(sent, second, repeated)):
        return None, None, False
    if repeated is None:
        second = _abbreviated(sent, first, second)
    if change or scaled(first, second) >= second.value:
        return (second if change else None), None, change
    return second, between, False


def _unit_repeated(sent: Span, words: list[str], first: Number) -> units.Unit | None:
    """The percent or measure written in full after the first number of a range that repeats
    it after the second: ``2 per cent to 3.5 per cent``, ``15 miles to 20 miles``."""
    if first.unit is not None or first.money is not None or first.end >= len(words):
        return None
    unit = units.unit_after(sent, first.end, scaled=first.reading.scaled, money=None)
    if unit is None or unit.kind not in ("percent", "measure") or unit.end >= len(words) \
            or words[unit.end].lower() == "and":
        return None
    return unit


def _same_unit(sent: Span, second: Number, unit: units.Unit) -> bool:
    after = second.unit or units.unit_after(sent, second.end, scaled=second.reading.scaled,
                                            money=None)
    return after is not None and after.name == unit.name


def _moves_from(sent: Span, words: list[str], start: int) -> bool:
    """``rose from 2 to 3``, ``grew from the current £400``: a change word governs the ``from``
    before the number; without one, ``from 252 to 287 miles`` is a range, and so is the old
    level set after the new one (``to $84 billion, down from $89 to $93 billion``)."""
    for at in range(start - 1, max(-1, start - 4), -1):
        if words[at].lower() == "from":
            if at > 1 and words[at - 2] == "," and words[at - 1].lower() in ("up", "down"):
                return False  # "to $84 billion, down from the $89 to $93 billion": the old level
            moved = change.of(sent, at + 1, at + 1)
            return moved is not None and moved.direction is not None
    return False


def _moved_by(sent: Span, start: int) -> bool:
    """A change verb right before the number: ``fell 1/16 to``, ``rose 18 cents to``."""
    moved = change.of(sent, start, start)
    return moved is not None and moved.direction is not None and moved.kind == "by" \
        and start > 0 and sent[start - 1].pos_ in ("VERB", "AUX")


def _abbreviated(sent: Span, first: Number, second: Number) -> Number:
    """Wire-copy ranges that drop the leading digits: ``1.80-85`` is 1.80 to 1.85."""
    head, _, decimals = sent[first.reading.start].text.partition(".")
    tail = sent[second.reading.start].text
    if not decimals or not tail.isdigit() or len(tail) != len(decimals) or second.reading.scaled:
        return second
    value = Decimal(f"{head.replace(',', '')}.{tail}")
    return replace(second, value=value, reading=replace(second.reading, value=value))


def scaled(first: Number, second: Number | None, *, ordered: bool = True) -> Decimal:
    """The first number of a range, scaled as the second when only it says so (1.5-2 million);
    an ``ordered`` range of amounts that both carry a currency sign keeps its low end below
    its high one ("ranging from $200 to $4 million": 200), a change need not ("fell from
    $2.5 to $1.8 million")."""
    if second is not None and second.reading.scaled and not first.reading.scaled \
            and not _own_amount(first, second):
        shared = first.value * second.reading.multiplier
        if ordered and shared >= second.value > first.value \
                and first.start < first.reading.start and second.start < second.reading.start:
            return first.value
        return shared
    return first.value


def _own_amount(first: Number, second: Number) -> bool:
    """``$420,000 to $2.1 million``: both ends carry a currency sign and the first, of 1,000 or
    more, its own magnitude (``US$89 to $93 billion`` still shares the scale)."""
    return first.money is not None and first.start < first.reading.start \
        and second.start < second.reading.start and first.value >= 1000
