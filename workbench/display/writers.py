"""Estimates tables written out for people and programs: aligned text, JSON lines, CSV."""

from __future__ import annotations

import json
from typing import IO, Any, Literal

import polars as pl

from workbench.compare.units import format_count

Format = Literal["table", "jsonl", "csv"]


def write_estimates(table: pl.DataFrame, out: IO[str], *, fmt: Format = "table") -> None:
    """Write an estimates table as aligned text, JSON lines or CSV."""
    if fmt == "jsonl":
        for row in table.iter_rows(named=True):
            out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    elif fmt == "csv":
        lists = [name for name, kind in table.schema.items() if isinstance(kind, pl.List)]
        out.write(table.with_columns(pl.col(n).list.join("; ") for n in lists).write_csv())
    elif fmt == "table":
        out.write(as_text(table))
    else:
        raise ValueError(f"unknown format {fmt!r}; choose table, jsonl or csv")


COLUMNS = ("source", "source_body", "first_stated", "repeats", "value", "low", "high",
           "qualifier", "hedged", "agreement")


def as_text(table: pl.DataFrame) -> str:
    """Estimates grouped by measurable (its scope in brackets); below each row, why it
    matched the query, its sentence and the article's link."""
    if table.is_empty():
        return "no estimates found\n"
    lines: list[str] = []
    for (measurable,), group in table.group_by("measurable", maintain_order=True):
        first = group.row(0, named=True)
        verdict = first["agreement"]
        if first["spread"] is not None:
            verdict += f", spread {first['spread']:.2f}x"
        lines.append(f"== {measurable}: {group.height} estimate(s), {verdict}")
        cells = [[_cell(name, row) for name in COLUMNS] for row in group.iter_rows(named=True)]
        widths = [max(len(name), *(len(c[i]) for c in cells)) for i, name in enumerate(COLUMNS)]
        lines.append("  ".join(n.ljust(w) for n, w in zip(COLUMNS, widths, strict=True)))
        for row, cell in zip(group.iter_rows(named=True), cells, strict=True):
            lines.append("  ".join(c.ljust(w) for c, w in zip(cell, widths, strict=True)).rstrip())
            if row.get("match"):
                lines.append(f"    match: {row['match']}")
            lines.append(f"    {' '.join(str(row['sentence']).split())}")
            lines.append(f"    {row.get('url') or row['article_id']}")
        lines.append("")
    return "\n".join(lines)


def _cell(name: str, row: dict[str, Any]) -> str:
    value = row[name]
    if name == "agreement" and row["superseded"]:
        return "superseded"
    if name in ("low", "high") and value is None:
        return "~" if row["qualifier"] == "approx" else "open"
    if isinstance(value, float):
        return format_count(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return "-" if value is None else str(value)



