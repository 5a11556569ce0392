"""What notebooks display: tables of a corpus, facts in their sentences, an explorer.

Article text is data: every piece of HTML built here goes through :func:`html.escape`, so a
headline holding ``<script>`` shows as text and never runs.
"""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING, Any

import polars as pl
from IPython.display import HTML

from workbench.display import charts
from workbench.display import facts as context

if TYPE_CHECKING:
    from workbench.corpus import Corpus

ANY = "(any)"
TABLE_ROWS = 50
TEXT_CHARS = 200
_STYLE = (
    "<style>table.wb-table{border-collapse:collapse;font-size:13px;margin:4px 0}"
    "table.wb-table td,table.wb-table th{border:0;border-bottom:1px solid #ddd;"
    "padding:4px 8px;text-align:left!important;vertical-align:top;white-space:normal}"
    "table.wb-table mark{background:#ffe08a;padding:0 2px}"
    "table.wb-table td.wb-nowrap{white-space:nowrap}"
    ".wb-note{color:#555;font-size:13px}</style>"
)
KIND_NAMES = {"entities": "name", "quantities": "quantity", "times": "time", "quotes": "quote",
              "claims": "claim"}


def setup(*, interactive: bool = True) -> None:
    """Display settings for a notebook: polars tables that show their text, offline charts.

    ``interactive`` (JupyterLab, nbval) also draws each chart as SVG; a report build leaves the
    drawing to the exported page.
    """
    pl.Config.set_tbl_rows(TABLE_ROWS)
    pl.Config.set_fmt_str_lengths(TEXT_CHARS)
    pl.Config.set_tbl_width_chars(160)
    pl.Config.set_tbl_hide_column_data_types(True)
    charts.enable(svg=interactive)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def note(text: str) -> HTML:
    """A line of text, escaped."""
    return HTML(f'{_STYLE}<p class="wb-note">{html.escape(text)}</p>')


def overview(corpus: Corpus) -> HTML:
    """How many articles, from where, over which dates; facts per kind; problems met."""
    articles = corpus.table("articles")
    origins = sorted({context.origin(s, o) for s, o in
                      zip(articles["source"], articles["outlet"], strict=True)})
    dated = articles["published"].drop_nulls()
    if dated.is_empty():
        span = "no publication dates known"
    else:
        span = f"published {dated.min()!s} to {dated.max()!s}"
        if len(dated) < len(articles):
            span += f" ({len(articles) - len(dated)} without a date)"
    counts = ", ".join(f"{len(corpus.table(kind))} {kind}" for kind in context.KINDS)
    items = [
        f"{_count(len(articles), 'article')} from {_count(len(origins), 'source')}, {span}",
        f"facts: {counts}",
        f"sources: {'; '.join(origins) or 'none'}",
        f"problems met while reading: {len(corpus.problems)}",
    ]
    body = "".join(f"<li>{html.escape(item)}</li>" for item in items)
    return HTML(f'<ul class="wb-overview">{body}</ul>')


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, (list, tuple)):
        return ", ".join(_cell(v) for v in value)
    return f"{value!s}"


def table(frame: pl.DataFrame, *, limit: int = TABLE_ROWS, empty: str = "Nothing to show.") -> HTML:
    """A DataFrame as an escaped HTML table of its first ``limit`` rows."""
    if frame.is_empty():
        return note(empty)
    head = "".join(f"<th>{html.escape(name)}</th>" for name in frame.columns)
    rows = "".join(
        "<tr>" + "".join(
            ('<td class="wb-nowrap">' if isinstance(v, date) else "<td>")
            + f"{html.escape(_cell(v))}</td>" for v in row) + "</tr>"
        for row in frame.head(limit).iter_rows())
    more = (f'<p class="wb-note">{limit} of {len(frame)} rows shown</p>'
            if len(frame) > limit else "")
    return HTML(f'{_STYLE}<table class="wb-table"><tr>{head}</tr>{rows}</table>{more}')


def articles(corpus: Corpus) -> HTML:
    """One row per article: title, date and its basis, origin, facts per kind."""
    frame = corpus.table("articles")
    origins = [context.origin(s, o) for s, o in
               zip(frame["source"], frame["outlet"], strict=True)]
    counts = [pl.col(f"n_{kind}").alias(kind) for kind in (*context.KINDS, "checks")]
    frame = frame.with_columns(pl.Series("origin", origins, dtype=pl.String)).select(
        "title", "published", pl.col("published_basis").alias("basis"), "origin", *counts,
    ).sort(["published", "title"], nulls_last=True)
    return table(frame, empty="No articles were read.")


def _titles(corpus: Corpus) -> pl.DataFrame:
    return corpus.table("articles").select("article_id", "title", "published")


def quotes(corpus: Corpus) -> HTML:
    """Each quote with its speaker and verb, in article order."""
    frame = corpus.table("quotes").join(_titles(corpus), on="article_id", how="left")
    frame = frame.sort(["published", "article_id", "start"], nulls_last=True).select(
        pl.col("speaker").fill_null("(unknown)"), pl.col("text").alias("quote"), "cue",
        pl.col("title").alias("article"))
    return table(frame, empty="No quotes were found.")


def claims(corpus: Corpus) -> HTML:
    """Each attributed claim with its source, cue and whether it is hedged."""
    frame = corpus.table("claims").join(_titles(corpus), on="article_id", how="left")
    frame = frame.sort(["published", "article_id", "start"], nulls_last=True).select(
        pl.col("source").fill_null("(unknown)"), pl.col("text").alias("claim"), "cue",
        "hedged", pl.col("title").alias("article"))
    return table(frame, empty="No claims were found.")


def problems(corpus: Corpus) -> HTML:
    """Files and records that could not be read or extracted."""
    frame = corpus.table("problems").select("source", "line", "article", "stage", "message")
    return table(frame, empty="No problems were met while reading.")


def highlight(sentence: str, start: int, end: int) -> str:
    """``sentence`` as escaped HTML with ``sentence[start:end]`` marked."""
    start, end = max(start, 0), min(end, len(sentence))
    return (html.escape(sentence[:start]) + "<mark>" + html.escape(sentence[start:end])
            + "</mark>" + html.escape(sentence[end:]))


def facts_html(found: pl.DataFrame, *, limit: int = TABLE_ROWS) -> str:
    """Facts from :func:`context.facts` as an HTML table, each marked in its sentence."""
    if found.is_empty():
        return _STYLE + '<p class="wb-note">No facts match.</p>'
    shown = found.head(limit)
    rows = []
    for row in shown.iter_rows(named=True):
        offset = row["sentence_start"]
        marked = highlight(row["sentence"], row["start"] - offset, row["end"] - offset)
        detail = f" → {row['detail']}" if row["detail"] and row["detail"] != row["text"] else ""
        where = f"{row['title']} ({row['published'] or 'no date'}, {row['origin']})"
        rows.append(
            f"<tr><td>{html.escape(KIND_NAMES.get(row['kind'], row['kind']))}</td>"
            f"<td>{html.escape(row['text'] + detail)}</td><td>{marked}</td>"
            f"<td>{html.escape(where)}</td></tr>")
    count = f"{len(shown)} of {len(found)} facts" if len(found) > limit else f"{len(found)} facts"
    head = "<tr><th>kind</th><th>fact</th><th>sentence</th><th>article</th></tr>"
    return (f'{_STYLE}<p class="wb-note">{count}</p>'
            f'<table class="wb-table">{head}{"".join(rows)}</table>')


def _choice(value: str) -> str | None:
    return None if value == ANY else value


def explorer(corpus: Corpus, *, interactive: bool = True, limit: int = TABLE_ROWS) -> Any:
    """Facts by entity, source, unit, kind and dates, each marked in its sentence.

    In JupyterLab (``interactive``) a set of widgets; in a static report the facts in the
    sentences that name the most mentioned entity.
    """
    every = context.facts(corpus)
    top = context.top_entities(corpus, 1)
    if not interactive:
        if not top:
            return HTML(facts_html(every, limit=limit))
        heading = f"Facts in sentences naming {top[0]}"
        return HTML(f"<h4>{html.escape(heading)}</h4>"
                    + facts_html(context.matching(every, entity=top[0]), limit=limit))
    return _widgets(corpus, every, default=top[0] if top else ANY, limit=limit)


def _widgets(corpus: Corpus, every: pl.DataFrame, *, default: str, limit: int) -> Any:
    import ipywidgets as w  # only JupyterLab sessions need widgets

    def options(values: list[Any]) -> list[str]:
        return [ANY, *sorted({str(v) for v in values if v is not None})]

    entity = w.Dropdown(options=[ANY, *context.top_entities(corpus, 500)], value=default,
                        description="Entity")
    origin = w.Dropdown(options=options(every["origin"].to_list()), description="Source")
    quantities = every.filter(pl.col("kind") == "quantities")
    unit = w.Dropdown(options=options(quantities["detail"].to_list()), description="Unit")
    kind = w.Dropdown(options=[ANY, *context.KINDS], description="Kind")
    since = w.DatePicker(description="From")
    until = w.DatePicker(description="To")
    result = w.HTML()

    def update(_change: object = None) -> None:
        found = context.matching(
            every, entity=_choice(entity.value), origin=_choice(origin.value),
            unit=_choice(unit.value), kind=_choice(kind.value),
            since=since.value if isinstance(since.value, date) else None,
            until=until.value if isinstance(until.value, date) else None)
        result.value = facts_html(found, limit=limit)

    for control in (entity, origin, unit, kind, since, until):
        control.observe(update, names="value")
    update()
    return w.VBox([w.HBox([entity, origin, kind]), w.HBox([unit, since, until]), result])
