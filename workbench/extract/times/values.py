"""Numbers and ISO 8601 durations for time expressions ("three and a half hours" -> PT3H30M)."""

from __future__ import annotations

import re
from functools import cache

from workbench import lexicon

_UNIT_CODE = re.compile(r"(?P<times>\d*)(?P<code>TM|[SHDWMY])")


@cache
def number_words() -> dict[str, float]:
    """Number words of durations: those of quantities (numbers.json) and phrases like "half an"."""
    numbers = lexicon.load("numbers")
    words: dict[str, float] = {**numbers["ones"], **numbers["tens"]}
    words.update({w: numbers["scales"][w] for w in ("hundred", "dozen")})
    words.update(lexicon.load("time_words")["number_phrases"])
    return {k: float(v) for k, v in words.items() if v}


def parse_number(words: str) -> float | None:
    """``"four"`` -> 4, ``"twenty-five"`` -> 25, ``"2.5"`` -> 2.5, ``"22 1/2"`` -> 22.5,
    ``"half an"`` -> 0.5."""
    text = " ".join(words.lower().split())
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text)
    mixed = re.fullmatch(r"(\d+)[\s-](\d)/(\d\d?)", text)
    if mixed is not None and 0 < int(mixed[2]) < int(mixed[3]):
        return int(mixed[1]) + int(mixed[2]) / int(mixed[3])  # "22 1/2"
    numbers = number_words()
    if text in numbers:
        return numbers[text]
    if "-" in text:
        parts = [numbers.get(p) for p in text.split("-")]
        if len(parts) == 2 and parts[0] is not None and parts[1] is not None and parts[1] < 10:
            return parts[0] + parts[1]
    return None


def unit_code(unit: str) -> tuple[float, str] | None:
    """``(multiplier, ISO designator)`` of a unit word; minutes are ``TM``."""
    raw = lexicon.load("time_words")["units"].get(unit.lower())
    if raw is None:
        return None
    match = _UNIT_CODE.fullmatch(raw)
    if match is None:
        return None
    return float(match.group("times") or 1), match.group("code")


def _num(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def iso_duration(amount: float, unit: str) -> str | None:
    """The ISO 8601 duration of ``amount`` ``unit`` s, fractions carried to the next unit down."""
    coded = unit_code(unit)
    if coded is None:
        return None
    times, code = coded
    value = amount * times
    whole = int(value)
    frac = value - whole
    if code == "S":
        return f"PT{_num(value)}S"
    if code == "TM":
        if frac:
            return f"PT{whole}M{_num(round(frac * 60, 3))}S" if whole else f"PT{_num(value * 60)}S"
        return f"PT{whole}M"
    if code == "H":
        if frac and (frac * 60) == int(frac * 60):
            return f"PT{whole}H{int(frac * 60)}M" if whole else f"PT{int(frac * 60)}M"
        return f"PT{_num(value)}H"
    if code == "D":
        if frac and (frac * 24) == int(frac * 24):
            return f"P{whole}DT{int(frac * 24)}H" if whole else f"PT{int(frac * 24)}H"
        return f"P{_num(value)}D"
    if code == "W":
        return f"P{_num(value * 7)}D" if frac else f"P{whole}W"
    if code == "Y" and frac and (frac * 12) == int(frac * 12):
        return f"P{whole}Y{int(frac * 12)}M" if whole else f"P{int(frac * 12)}M"
    return f"P{_num(value)}{code}"
