"""Times: dates, weekdays, months, years, ranges and durations, resolved against publication."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from workbench.model import Article, TimeExpr


def times(doc: Doc, article: Article) -> Iterator[TimeExpr]:
    """Every time expression in the article, in text order."""
    yield from ()
