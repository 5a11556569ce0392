"""Helpers for the arithmetic-check tests: hand-built facts with the extractor's change and
rate fields set, and the checks found on them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from tests.compare.builders import Q, build
from workbench.compare.checks import consistency
from workbench.model import ArticleFacts, Check

# the extractor's reading of a number, by its words: (change, change_kind) or a rate's unit
Marks = Mapping[str, tuple[str | None, str | None] | str]


def marked(facts: ArticleFacts, marks: Marks) -> ArticleFacts:
    quantities = []
    for q in facts.quantities:
        mark = marks.get(q.text)
        if isinstance(mark, tuple):
            q = replace(q, change=mark[0], change_kind=mark[1])  # type: ignore[arg-type]
        elif isinstance(mark, str):
            q = replace(q, per=mark)
        quantities.append(q)
    return replace(facts, quantities=quantities)


def found(sentence: str, quantities: tuple[Q, ...], marks: Marks | None = None) -> list[Check]:
    facts = marked(build(sentence, quantities=quantities), marks or {})
    checks = list(consistency.checks(facts))
    for check in checks:
        assert facts.article.text[check.start:check.end] == check.text
    return checks


def verdicts(checks: list[Check]) -> list[tuple[str, bool]]:
    return [(c.kind, c.consistent) for c in checks]
