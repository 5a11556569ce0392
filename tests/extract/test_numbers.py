"""Reading numbers as news writes them: digits, words, scales, round plurals, wire fractions."""

from __future__ import annotations

from decimal import Decimal

import pytest

from workbench.extract.quantities import numbers


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("seven", 7),
        ("twenty-five", 25),
        ("twenty five", 25),
        ("ninety-nine", 99),
        ("one hundred and twenty", 120),
        ("two hundred thousand", 200_000),
        ("two thousand and five", 2005),
        ("four and a half", 4.5),
        ("two and a half million", 2_500_000),
        ("a dozen", 12),
        ("two dozen", 24),
        ("a hundred", 100),
        ("a hundred thousand", 100_000),
        ("half a million", 500_000),
        ("10,000", 10_000),
        ("1,048,000", 1_048_000),
        ("4.1", 4.1),
        ("1.5 million", 1_500_000),
        ("4.1 billion", 4_100_000_000),
        ("12.5 mln", 12_500_000),
        ("3 bln", 3_000_000_000),
        ("1.5bn", 1_500_000_000),
        ("12million", 12_000_000),
        ("3 dozen", 36),
        ("tens of thousands", 10_000),
        ("hundreds of thousands", 100_000),
        ("thousands", 1000),
        ("dozens", 12),
        ("zero", 0),
    ],
)
def test_value_of(text: str, value: float) -> None:
    assert numbers.value_of(text) == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        "one two",  # two numbers, not one
        "24th",  # ordinal
        "0800",  # clock time or code with a leading zero
        "07",
        "a",
        "and",
        "tens",  # only "tens of ..." is a number
        "hundred",  # a scale needs a number before it
        "1990s",  # a decade
        "G7",
        "first",
    ],
)
def test_not_a_number(text: str) -> None:
    assert numbers.value_of(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10,000", (Decimal(10000), "")),
        ("1.5bn", (Decimal("1.5"), "bn")),
        ("50km", (Decimal(50), "km")),
        ("52p", (Decimal(52), "p")),
        (".5", (Decimal("0.5"), "")),
        ("0.8693", (Decimal("0.8693"), "")),
    ],
)
def test_digits(text: str, expected: tuple[Decimal, str]) -> None:
    assert numbers.digits(text) == expected


@pytest.mark.parametrize("text", ["S-300", "Su-27", "2,000,00x", "1/2", "+7", "0800", "abc"])
def test_digits_refuses_codes(text: str) -> None:
    assert numbers.digits(text) is None


def test_read_reports_where_the_number_ends() -> None:
    words = ["up", "to", "10,000", "North", "Korean", "troops"]
    found = numbers.read(words, 2)
    assert found is not None
    assert (found.start, found.end, found.value) == (2, 3, 10000)
    assert not found.scaled


def test_read_scale_words_and_multiplier() -> None:
    found = numbers.read(["1.5", "million", "people"], 0)
    assert found is not None
    assert (found.end, found.value, found.multiplier) == (2, 1_500_000, 1_000_000)
    assert found.scaled


@pytest.mark.parametrize(
    ("words", "glued", "money", "value", "suffix"),
    [
        (["325", "m", "superyacht"], [True, False, False], True, 325_000_000, ""),
        (["325", "m", "superyacht"], [True, False, False], False, 325, "m"),
        (["50", "km", "into"], [True, False, False], False, 50, "km"),
        (["82", "%", "of"], [True, False, False], False, 82, "%"),
        (["2", "am", "local"], [True, False, False], False, 2, "am"),
    ],
)
def test_read_glued_suffix(words: list[str], glued: list[bool], money: bool, value: float,
                           suffix: str) -> None:
    found = numbers.read(words, 0, glued=glued, money=money)
    assert found is not None
    assert (found.value, found.suffix, found.end) == (value, suffix, 2)


@pytest.mark.parametrize(
    ("words", "glued", "value", "end"),
    [
        (["6", "-", "11/16", "pct"], [True, True, False, False], 6.6875, 3),
        (["9", "-", "1/4", "pct"], [True, True, False, False], 9.25, 3),
        (["2", "1/2", "miles"], [False, False, False], 2.5, 2),
    ],
)
def test_read_wire_fractions(words: list[str], glued: list[bool], value: float, end: int) -> None:
    found = numbers.read(words, 0, glued=glued)
    assert found is not None
    assert (float(found.value), found.end) == (value, end)


def test_vague_plural_is_marked() -> None:
    found = numbers.read(["hundreds", "of", "people"], 0)
    assert found is not None
    assert found.vague and found.value == 100 and found.end == 1
