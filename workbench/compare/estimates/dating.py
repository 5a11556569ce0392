"""Whether a count's sentence dates it before its report: a year earlier than the report's
("in 1941", "since 2014") or an earlier war ("during World War 2"), not a superlative measured
since a year ("the fastest exodus since 1945")."""

from __future__ import annotations

import re

from workbench.compare import phrases
from workbench.compare.estimates import concepts
from workbench.compare.estimates.measurables import Estimate


def earlier(estimate: Estimate, *, running: bool = False) -> bool:
    """The sentence dates its count in a year before the report's ("in 1941", "since
    2014", "in 2021"); with ``running``, "since 2014" starts a total running to the report
    (money given since a year)."""
    words = [t.word for t in phrases.tokens(estimate.sentence)]
    joined = f" {' '.join(words)} "  # words hold no spaces: a cue that is not a substring
    for cue in concepts.data()["earlier_cues"]:  # is not in the sentence
        wanted = [t.word for t in phrases.tokens(cue)]
        if f" {' '.join(wanted)} " not in joined:
            continue
        if any(words[i:i + len(wanted)] == wanted and not _since(words[:i])
               for i in range(len(words))):
            return True
    if not estimate.stated or not estimate.years:
        return False
    years = [y for y in estimate.years
             if not (running and re.search(rf"\bsince\s+{y}\b", estimate.sentence))
             and not _compared(estimate.sentence, y)]
    return bool(years) and min(years) < int(estimate.stated[:4])


def _compared(sentence: str, year: int) -> bool:
    """"the fastest exodus since 1945": a superlative measured since a year compares with
    it; it does not date the count in it."""
    words = [t.word for t in phrases.tokens(sentence)]
    marks = set(concepts.data()["comparison_words"])
    for i in range(1, len(words) - 1):
        if words[i] == "since" and words[i + 1] == str(year):
            before = words[max(0, i - 8):i]
            if any(w in marks or (w.endswith("est") and len(w) > 4) for w in before):
                return True
    return False


def _since(before: list[str]) -> bool:
    """"the biggest crisis since the Second World War" compares with an earlier war; it does
    not date the count in it."""
    return "since" in before[-3:]
