"""Reading numbers as news writes them: digits, words, scales and round plurals.

Works on a sequence of words (spaCy token texts), so the quantity extractor can read a number
where it starts and learn where it ends: ``12,000``, ``1.5 million``, ``three and a half``,
``a dozen``, ``twenty-five``, ``one hundred and twenty``, ``half a million``, ``12.5 mln``,
``tens of thousands`` (vague), ``sixfold`` (6, its suffix ``fold``). A suffix written onto the
digits (``$450m``, ``50km``, ``52p``) is handed back for the caller to interpret; only
unambiguous scales (``1.5bn``) are applied.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from functools import cache

from workbench import lexicon

DIGITS = re.compile(
    r"^(?P<sign>[-−]?)(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)"
    r"(?P<suffix>[a-zA-Z²%]*|[a-zA-Z]{1,2}2|[a-zA-Z]{1,2}\.)$"  # "32m2"; "32C." at an end
)
QUOTE_PAIR = re.compile(r"^(?P<num>\d+\.(?P<decimals>\d+))/(?P<tail>\d+)$")
FRACTION = re.compile(r"^(?P<num>\d{1,2})/(?P<den>2|4|8|16|32|64)$")
SPLIT = re.compile(r"\s+|(?<=[a-z])-(?=[a-z])")
ONE = Decimal(1)
WINDOW = 16
FOLD = "fold"  # "sixfold", "ten-fold": a multiple written onto its number word


@dataclass(frozen=True, slots=True)
class Reading:
    """A number read from ``words[start:end]``."""

    value: Decimal
    start: int
    end: int
    multiplier: Decimal = ONE
    vague: bool = False
    in_words: bool = False
    suffix: str = ""

    @property
    def scaled(self) -> bool:
        """A scale word (million, bn, thousand) was applied."""
        return self.multiplier != ONE


@cache
def _data() -> dict:
    return lexicon.load("numbers")


@cache
def small_words() -> dict[str, int]:
    """Cardinal words below one hundred: one .. nineteen and the tens."""
    data = _data()
    return {**data["ones"], **data["tens"]}


@cache
def _glued_qualifiers() -> tuple[tuple[str, str], ...]:
    return tuple(sorted(_data()["glued_qualifiers"].items(), key=lambda pk: -len(pk[0])))


def glued_qualifier(word: str) -> tuple[str, str] | None:
    """A qualifier written onto the digits (``~0.8``, ``≈28``, ``sub-400``): its kind
    (``numbers.json`` 'glued_qualifiers') and the digits after it."""
    if word[:1].lower() not in _glued_qualifier_openers():
        return None  # most words: no prefix can match
    for prefix, kind in _glued_qualifiers():
        rest = word[len(prefix):]
        if word.lower().startswith(prefix) and rest[:1].isdigit():
            return kind, rest
    return None


@cache
def _glued_qualifier_openers() -> frozenset[str]:
    return frozenset(prefix[:1].lower() for prefix, _ in _glued_qualifiers())


@cache
def scale_words() -> dict[str, Decimal]:
    return {w: Decimal(v) for w, v in _data()["scales"].items()}


@cache
def glued_scales() -> dict[str, Decimal]:
    return {w: Decimal(v) for w, v in _data()["glued_scales"].items()}


@cache
def money_only_scales() -> frozenset[str]:
    return frozenset(_data()["money_only_scales"])


@cache
def vague_words() -> dict[str, Decimal]:
    return {w: Decimal(v) for w, v in _data()["vague"].items()}


def digits(text: str) -> tuple[Decimal, str] | None:
    """``"12,000"`` -> (12000, ""), ``"1.5bn"`` -> (1.5, "bn"), ``"-1.3"`` -> (-1.3, "");
    None for codes and ordinals.

    An integer written with a leading zero (``0800``, ``07``) is a code or a clock time. A
    market's bid/offer pair that gives only the last decimals of the second (``3.75/80``,
    ``1.8250/60``) is its first number.
    """
    pair = QUOTE_PAIR.match(text)
    if pair is not None and len(pair["tail"]) <= len(pair["decimals"]):
        return Decimal(pair["num"]), ""
    match = DIGITS.match(text)
    if match is None:
        return None
    num = match["num"]
    if len(num) > 1 and num[0] == "0" and num[1].isdigit():
        return None
    try:
        value = Decimal(num.replace(",", ""))
    except InvalidOperation:
        return None
    return (-value if match["sign"] else value), match["suffix"].lower().rstrip(".")


def read(
    words: Sequence[str],
    start: int,
    *,
    glued: Sequence[bool] | None = None,
    money: bool = False,
) -> Reading | None:
    """The number that begins at ``words[start]``, or None.

    ``glued[i]`` tells that ``words[i]`` is written onto the next word with no space, so
    ``["450", "m"]`` reads like ``450m``. ``money`` lets ``m``/``k``/``b`` mean million,
    thousand and billion.
    """
    opening = _opening(words[start].lower()) if start < len(words) else None
    if opening is None:
        return None  # most words open no number: the window is lowered only for those that do
    if opening == "vague" and words[start][:1].isupper() and start > 0 \
            and words[start - 1][:1].isupper() and words[start - 1].isalpha():
        return None  # "the Mega Millions draw": a capitalised plural inside a name counts nothing
    lower = [w.lower() for w in words[start : start + WINDOW]]
    near = list(glued[start : start + WINDOW]) if glued is not None else None
    found = _read(lower, near, opening, money=money)
    if found is None:
        return None
    return replace(found, start=found.start + start, end=found.end + start)


def _opening(first: str) -> str | None:
    """How a number opening with this (lower-case) word is read, or None when none does."""
    if first in vague_words():
        return "vague"
    if first in ("a", "an"):
        return "a"
    if first == "half":
        return "half"
    if digits(first) is not None:
        return "digits"
    fraction = FRACTION.match(first)
    if fraction is not None and int(fraction["num"]) < int(fraction["den"]):
        return "fraction"  # a wire-copy fraction alone: a bond "fell 17/32", "rose 1/16"
    if first in small_words():
        return "words"
    if first.endswith(FOLD) and first[: -len(FOLD)].rstrip("-") in small_words():
        return "fold"
    return None


def _read(lower: list[str], glued: list[bool] | None, opening: str, *,
          money: bool) -> Reading | None:
    first = lower[0]
    if opening == "vague":
        return _read_vague(lower, 0)
    if opening == "a":
        return _read_a(lower, 0)
    if opening == "half":
        return _read_half(lower, 0)
    if opening == "digits":
        found = digits(first)
        assert found is not None
        return _read_digits(lower, 0, found, glued=glued, money=money)
    if opening == "fraction":
        fraction = FRACTION.match(first)
        assert fraction is not None
        return Reading(Decimal(fraction["num"]) / Decimal(fraction["den"]), 0, 1, ONE)
    if opening == "fold":
        stem = first[: -len(FOLD)].rstrip("-")
        return Reading(Decimal(small_words()[stem]), 0, 1, ONE, in_words=True, suffix=FOLD)
    return _read_words(lower, 0)


def value_of(text: str) -> float | None:
    """The value of ``text`` when all of it is one number (``"three and a half"`` -> 3.5)."""
    words = [w for w in SPLIT.split(text.strip()) if w]
    if not words:
        return None
    found = read(words, 0, money=True)
    if found is None or found.end != len(words) or found.suffix:
        return None
    return float(found.value)


def _read_digits(
    lower: list[str],
    start: int,
    found: tuple[Decimal, str],
    *,
    glued: Sequence[bool] | None,
    money: bool,
) -> Reading:
    value, suffix = found
    end = start + 1
    if not suffix and (part := _fraction_after(lower, start, glued)) is not None:
        value, end = value + part, end + (2 if lower[end] == "-" else 1)
    if not suffix and glued is not None and glued[end - 1] and end < len(lower):
        after = lower[end].removesuffix(".") if len(lower[end]) > 1 else lower[end]
        if after in glued_scales() or (after.isalpha() and len(after) <= 4) or after == "%":
            suffix, end = after, end + 1
    multiplier = ONE
    if suffix in glued_scales() and (money or suffix not in money_only_scales()):
        multiplier, suffix = glued_scales()[suffix], ""
    if not suffix and multiplier == ONE:
        if end + 1 < len(lower) and lower[end] == "-" and glued is not None and glued[end - 1] \
                and glued[end] and lower[end + 1] in scale_words():
            end += 1  # 3.5-mln-dlr
        while end < len(lower) and lower[end] in scale_words():
            multiplier *= scale_words()[lower[end]]
            end += 1
        if end + 2 < len(lower) and lower[end : end + 3] == ["and", "a", "half"]:
            value, end = value + Decimal("0.5"), end + 3
            while end < len(lower) and lower[end] in scale_words():
                multiplier *= scale_words()[lower[end]]
                end += 1
    return Reading(value * multiplier, start, end, multiplier, suffix=suffix)


def _fraction_after(lower: list[str], start: int, glued: Sequence[bool] | None) -> Decimal | None:
    """The fraction of a wire-copy mixed number: ``6-11/16``, ``2 1/2``."""
    k = start + 1
    if k < len(lower) and lower[k] == "-" and glued is not None and glued[start] and glued[k]:
        k += 1
    match = FRACTION.match(lower[k]) if k < len(lower) else None
    if match is None or int(match["num"]) >= int(match["den"]):
        return None
    return Decimal(match["num"]) / Decimal(match["den"])


def _read_words(lower: list[str], start: int) -> Reading | None:
    """Cardinal words with scales: ``twenty - five``, ``two hundred and ten thousand``."""
    small = small_words()
    scales = scale_words()
    total = Decimal(0)
    current: Decimal | None = None
    last = ""
    multiplier = ONE
    i = start
    while i < len(lower):
        word = lower[i]
        nxt = lower[i + 1] if i + 1 < len(lower) else ""
        if word in small:
            number = small[word]
            smaller = last == "scale" and current is None \
                and scales.get(nxt, multiplier) < multiplier
            # "forty-three thousand four hundred": a smaller scale's count after a larger one
            if (last == "tens" and number < 10) or last in ("", "and") or smaller:
                current = (current or Decimal(0)) + number
                last = "tens" if word in _data()["tens"] else "ones"
            else:
                break
        elif word == "-" and last == "tens" and nxt in _data()["ones"]:
            pass
        elif word == "-" and last in ("ones", "tens") and nxt in scales \
                and _counted_after(lower, i + 2):
            pass  # "two-million containers"; not the adjective of "a one-mln bit chip"
        elif word in scales and last not in ("", "and"):
            factor = scales[word]
            if factor < 1000:
                current = (current or ONE) * factor
                multiplier = factor
            else:
                total += (current or ONE) * factor
                current = None
                multiplier = factor
            last = "scale"
        elif word == "and" and last in ("ones", "tens", "scale") and nxt == "a" \
                and i + 2 < len(lower) and lower[i + 2] == "half":
            current = (current or Decimal(0)) + Decimal("0.5")
            i += 3
            last = "half"
            continue
        elif word == "and" and last == "scale" and nxt in small:
            last = "and"
        else:
            break
        i += 1
    if last in ("", "and") or i == start:
        return None
    if i < len(lower) and lower[i].endswith("th") and lower[i][:-2] in scales:
        return None  # "the two millionth visitor": an ordinal, no count
    value = total + (current or Decimal(0))
    if last != "scale":
        multiplier = ONE
    return Reading(value, start, i, multiplier, in_words=True)


def _counted_after(lower: list[str], i: int) -> bool:
    """Is the word at ``i`` (after "two-million") a plural noun or no word, so that the
    hyphenated scale counts rather than describes ("a one-mln bit chip")?"""
    return i >= len(lower) or not lower[i].isalpha() or lower[i].endswith("s") \
        or lower[i] in small_words()  # "two-million twenty-foot units": a unit's own number


def _read_a(lower: list[str], start: int) -> Reading | None:
    """``a dozen``, ``a hundred``, ``a million``: one of the scale."""
    if start + 1 >= len(lower) or lower[start + 1] not in scale_words():
        return None
    found = _read_words(["one", *lower[start + 1 :]], 0)
    if found is None:
        return None
    return Reading(found.value, start, start + found.end, found.multiplier, in_words=True)


def _read_half(lower: list[str], start: int) -> Reading | None:
    """``half a million`` -> 500000."""
    if start + 2 < len(lower) and lower[start + 1] in ("a", "an"):
        factor = scale_words().get(lower[start + 2])
        if factor is not None and factor >= 100:
            return Reading(factor / 2, start, start + 3, factor, in_words=True)
    return None


def _read_vague(lower: list[str], start: int) -> Reading | None:
    """``dozens``, ``hundreds of thousands``, ``tens of millions``: the round base, vaguely."""
    base = vague_words()[lower[start]]
    end = start + 1
    has_of = end < len(lower) and lower[end] == "of"
    if has_of and end + 1 < len(lower) and lower[end + 1] in vague_words():
        base *= vague_words()[lower[end + 1]]
        end += 2
        has_of = end < len(lower) and lower[end] == "of"
    if lower[start] in ("tens", "scores") and end == start + 1 and not has_of:
        return None
    return Reading(base, start, end, base, vague=True, in_words=True)
