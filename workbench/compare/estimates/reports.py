"""Near-duplicate reports grouped: wire copy and live pages repeat one sentence across outlets
(and one article may repeat it), which is one estimate reported N times, not N sources
agreeing. Estimates of the same number whose sentences are near duplicates (MinHash over word
shingles, ``datasketch``) form one report, kept once under its earliest statement."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from datasketch import MinHash, MinHashLSH

from workbench.compare.estimates.measurables import Estimate

THRESHOLD = 0.6  # estimated Jaccard similarity of word shingles for one report
PERMUTATIONS = 64
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Report:
    """One estimate as first stated, with every place it was repeated."""

    first: Estimate
    repeats: tuple[Estimate, ...]  # all occurrences, the first included, earliest first

    @property
    def outlets(self) -> list[str]:
        found: list[str] = []
        for e in self.repeats:
            name = e.outlet or e.article_id
            if name not in found:
                found.append(name)
        return found


def _shingles(sentence: str) -> set[str]:
    words = [w.lower() for w in _WORD.findall(sentence)]
    return {" ".join(words[i:i + 2]) for i in range(max(1, len(words) - 1))}


@cache
def _bands() -> tuple[int, int]:
    """The LSH bands and rows for ``THRESHOLD`` (datasketch finds them by integration: once)."""
    probe = MinHashLSH(threshold=THRESHOLD, num_perm=PERMUTATIONS)
    return probe.b, probe.r


@cache
def _permutations() -> tuple[Any, Any]:
    """The hash permutations every signature shares (the same seed: made once), and their
    scheme."""
    made = MinHash(num_perm=PERMUTATIONS)
    return made.permutations, made.scheme


def _signature(sentence: str) -> MinHash:
    permutations, scheme = _permutations()
    signature = MinHash(num_perm=PERMUTATIONS, permutations=permutations, scheme=scheme)
    signature.update_batch([shingle.encode("utf-8") for shingle in _shingles(sentence)])
    return signature


def _signature_of(sentence: str, known: dict[str, MinHash]) -> MinHash:
    if sentence not in known:
        known[sentence] = _signature(sentence)
    return known[sentence]


def _order(e: Estimate) -> tuple[str, str, int]:
    return (e.stated or "9999", e.article_id, e.quantity.start)


def group(estimates: Sequence[Estimate]) -> list[Report]:
    """Estimates grouped into reports: same number, bounds and near-duplicate sentence."""
    by_number: dict[tuple[object, ...], list[int]] = {}
    for i, e in enumerate(estimates):
        q = e.quantity
        by_number.setdefault((q.value, q.low, q.high, q.qualifier), []).append(i)
    parent = list(range(len(estimates)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for indexes in by_number.values():
        if len(indexes) < 2:
            continue
        lsh = MinHashLSH(num_perm=PERMUTATIONS, params=_bands())
        by_sentence: dict[str, MinHash] = {}
        signatures = {i: _signature_of(estimates[i].sentence, by_sentence) for i in indexes}
        for i in indexes:
            for j in lsh.query(signatures[i]):
                parent[root(i)] = root(int(j))
            lsh.insert(str(i), signatures[i])
    groups: dict[int, list[Estimate]] = {}
    for i, e in enumerate(estimates):
        groups.setdefault(root(i), []).append(e)
    reports = []
    for members in groups.values():
        ordered = tuple(sorted(members, key=_order))
        reports.append(Report(ordered[0], ordered))
    return reports
