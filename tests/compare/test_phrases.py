"""Phrase lookups: the indexed search answers exactly what a scan of every phrase answers."""

from __future__ import annotations

import random

import pytest

from workbench.compare import phrases


def _scan_at(words: list[str], i: int, candidates: object) -> int:
    best = 0
    for phrase in candidates:  # type: ignore[attr-defined]
        n = len(phrase)
        if n > best and tuple(words[i:i + n]) == phrase:
            best = n
    return best


def _scan_ending(words: list[str], i: int, candidates: object) -> int:
    best = 0
    for phrase in candidates:  # type: ignore[attr-defined]
        n = len(phrase)
        if n > best and i + 1 >= n and tuple(words[i + 1 - n:i + 1]) == phrase:
            best = n
    return best


def _tables() -> list[object]:
    lists = [phrases.phrases(name) for name, value in phrases.data().items()
             if isinstance(value, list) and all(isinstance(v, str) for v in value)]
    return [*lists, phrases.event_forms()]


@pytest.mark.parametrize("seed", range(5))
def test_indexed_lookups_equal_a_scan(seed: int) -> None:
    rng = random.Random(seed)
    tables = [t for t in _tables() if len(t) >= phrases.INDEXED_FROM]  # type: ignore[arg-type]
    assert tables, "the word tables have lists long enough to be indexed"
    for table in tables:
        vocabulary = sorted({w for phrase in table for w in phrase} | {"the", "of", "7"})  # type: ignore[attr-defined]
        for _ in range(40):
            words = [rng.choice(vocabulary) for _ in range(rng.randint(0, 8))]
            for i in range(-1, len(words) + 1):
                assert phrases.phrase_at(words, i, table) == _scan_at(words, i, table)  # type: ignore[arg-type]
                assert phrases.phrase_ending(words, i, table) == _scan_ending(words, i, table)  # type: ignore[arg-type]


def test_a_list_built_anew_is_scanned_not_indexed() -> None:
    built = [("a", "b"), ("b",)] * 10
    assert phrases.phrase_at(["a", "b"], 0, built) == 2
    assert phrases.phrase_ending(["a", "b"], 1, built) == 2
    assert phrases._index(built, first=True) is None
