"""Quantities: counted and measured numbers with their bounds and the noun they count."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from workbench.model import Article, Quantity


def quantities(doc: Doc, article: Article) -> Iterator[Quantity]:
    """Every quantity stated in the article, in text order."""
    yield from ()
