"""Claims: statements attributed to a source ("X said ...", "according to X")."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc

from workbench.model import Article, Claim, Entity, Quantity, Quote


def claims(
    doc: Doc,
    article: Article,
    *,
    entities: Sequence[Entity] = (),
    quantities: Sequence[Quantity] = (),
    quotes: Sequence[Quote] = (),
) -> Iterator[Claim]:
    """Every attributed statement in the article, in text order."""
    yield from ()
