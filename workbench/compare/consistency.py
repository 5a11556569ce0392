"""Numbers that should add up inside one article."""

from __future__ import annotations

from collections.abc import Iterator

from workbench.model import ArticleFacts, Check


def checks(facts: ArticleFacts) -> Iterator[Check]:
    """Every arithmetic check the article's numbers allow."""
    yield from ()
