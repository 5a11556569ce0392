"""Cross-article name linking over the stored entities table, with polars.

The same rule as :func:`workbench.extract.link_corpus` (a surname-only PERSON mention takes the
one person corpus-wide whose surname it is, under that full name's most frequent spelling, ties
going to the first written), computed from the ``entities`` rows of the corpus instead of objects
in memory. The store keeps each article's own canonical names; this runs when a corpus is read.
"""

from __future__ import annotations

import polars as pl

from workbench.extract.entities.linking import _key as name_key
from workbench.extract.entities.linking import sound
from workbench.lexicon.names import person_parts

SEP = "\x1f"


def _parsed(names: list[str]) -> pl.DataFrame:
    """Per distinct PERSON name: its spelling key (full names) or its sound (one-word names)."""
    keys: list[str | None] = []
    surnames: list[str | None] = []
    singles: list[str | None] = []
    for name in names:
        parts = person_parts(name)
        key = name_key(parts) if len(parts) > 1 else None
        keys.append(SEP.join(key) if key else None)
        surnames.append(key[-1] if key else None)
        singles.append(sound(parts[0]) if len(parts) == 1 else None)
    return pl.DataFrame({"canonical": names, "key": keys, "surname": surnames, "single": singles},
                        schema={"canonical": pl.String, "key": pl.String, "surname": pl.String,
                                "single": pl.String})


def relink(people: pl.LazyFrame) -> dict[str, str]:
    """``{one-word name: full name}`` for the corpus whose PERSON mentions are ``people``
    (columns ``canonical``, in corpus order: article by article, mention by mention)."""
    rows = people.select("canonical").collect().with_row_index("order")
    if rows.height == 0:
        return {}
    parsed = _parsed(rows["canonical"].unique(maintain_order=True).to_list())
    full = (
        rows.join(parsed.filter(pl.col("key").is_not_null()), on="canonical")
        .group_by("key", "surname", "canonical")
        .agg(pl.len().alias("count"), pl.col("order").min().alias("first"))
        .with_columns(pl.col("canonical").str.len_chars().alias("length"))
        .sort(["count", "length", "first"], descending=[True, False, False])
        .group_by("key", maintain_order=True)
        .first()
    )
    owners = (full.group_by("surname").agg(pl.len().alias("n"), pl.col("canonical").first())
              .filter(pl.col("n") == 1))
    linked = parsed.filter(pl.col("single").is_not_null()).join(
        owners.select(pl.col("surname").alias("single"), pl.col("canonical").alias("owner")),
        on="single",
    )
    return dict(zip(linked["canonical"].to_list(), linked["owner"].to_list(), strict=True))


def apply(entities: pl.DataFrame, mapping: dict[str, str]) -> pl.DataFrame:
    """``entities`` with each PERSON's canonical name relinked by ``mapping``."""
    if not mapping:
        return entities
    person = pl.col("label") == "PERSON"
    return entities.with_columns(
        pl.when(person).then(pl.col("canonical").replace(mapping))
        .otherwise(pl.col("canonical")).alias("canonical")
    )
