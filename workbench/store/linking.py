"""Cross-article name linking over the stored entities table.

The rule is :func:`workbench.extract.entities.linking.corpus_names` itself, fed the stored
PERSON rows (canonical name and words as written) instead of objects in memory; its answer
depends on the mentions, not their order. The store keeps each article's own canonical names;
this runs when a corpus is read.
"""

from __future__ import annotations

import polars as pl

from workbench.extract.entities.linking import corpus_names


def relink(people: pl.LazyFrame) -> dict[str, str]:
    """``{canonical name: corpus-wide name}`` for the corpus whose PERSON mentions are
    ``people`` (columns ``canonical`` and ``text``)."""
    rows = people.select("canonical", "text").collect()
    mapping = corpus_names(zip(rows["canonical"].to_list(), rows["text"].to_list(), strict=True))
    return {old: new for old, new in mapping.items() if old != new}


def apply(entities: pl.DataFrame, mapping: dict[str, str]) -> pl.DataFrame:
    """``entities`` with each PERSON's canonical name relinked by ``mapping``."""
    if not mapping:
        return entities
    person = pl.col("label") == "PERSON"
    return entities.with_columns(
        pl.when(person).then(pl.col("canonical").replace(mapping))
        .otherwise(pl.col("canonical")).alias("canonical")
    )
