"""Quotes: words in quote marks with who said them."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc

from workbench.model import Article, Entity, Quote


def quotes(doc: Doc, article: Article, *, entities: Sequence[Entity] = ()) -> Iterator[Quote]:
    """Every quotation in the article, in text order."""
    yield from ()
