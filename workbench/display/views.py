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

from workbench.compare.units import format_count
from workbench.display import charts
from workbench.display import facts as fact_table

if TYPE_CHECKING:
    from workbench.corpus import Corpus

ANY = "(any)"
TABLE_ROWS = 50  # facts shown by the explorer in JupyterLab at once
# rows a table holds: a page of four tables over the whole shared corpus (11,127 articles) was
# 13.5 MB at 5,000 rows each, 3.0 to 3.8 MB at 500, the claims page 3.01 MB at 400 and 2.84 MB
# at 300 (the inlined scripts are 1.9 MB of it)
MAX_ROWS = 300
STATIC_SENTENCES = 250  # sentences the explorer shows in a built report (each with its facts)
TEXT_CHARS = 200
_STYLE = (
    "<style>table.wb-table{border-collapse:collapse;font-size:13px;margin:4px 0}"
    "table.wb-table td,table.wb-table th{border:0;border-bottom:1px solid #ddd;"
    "padding:4px 8px;text-align:left!important;vertical-align:top;white-space:normal}"
    "table.wb-table mark{background:#ffe08a;padding:0 2px}"
    "table.wb-table td.wb-nowrap{white-space:nowrap}"
    "div.wb-scroll{max-height:32rem;overflow:auto}"
    ".wb-note{color:#555;font-size:13px}</style>"
)
KIND_NAMES = {"entities": "name", "quantities": "quantity", "times": "time", "quotes": "quote",
              "claims": "claim"}


def setup(*, interactive: bool = True) -> None:
    """Display settings for a notebook: polars tables that show their text, offline charts.

    Charts are stored as Vega-Lite 5 specs, which JupyterLab draws offline and the report
    export draws with an inlined vega; ``interactive`` (JupyterLab) is kept for notebooks that
    pass it on.
    """
    pl.Config.set_tbl_rows(TABLE_ROWS)
    pl.Config.set_fmt_str_lengths(TEXT_CHARS)
    pl.Config.set_tbl_width_chars(160)
    pl.Config.set_tbl_hide_column_data_types(True)
    del interactive  # the same charts and tables in both; widgets are the explorer's choice
    charts.enable()


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


def note(text: str) -> HTML:
    """A line of text, escaped."""
    return HTML(f'{_STYLE}<p class="wb-note">{html.escape(text)}</p>')


def overview(corpus: Corpus) -> HTML:
    """How many articles, from where, over which dates; facts per kind; problems met."""
    articles = corpus.table("articles")
    origins = sorted({fact_table.origin(s, o) for s, o in
                      zip(articles["source"], articles["outlet"], strict=True)})
    dated = articles["published"].drop_nulls()
    if dated.is_empty():
        span = "no publication dates known"
    else:
        span = f"published {dated.min()!s} to {dated.max()!s}"
        if len(dated) < len(articles):
            span += f" ({len(articles) - len(dated):,} without a date)"
    counts = ", ".join(f"{len(corpus.table(kind)):,} {kind}" for kind in fact_table.KINDS)
    items = [
        f"{_count(len(articles), 'article')} from {_count(len(origins), 'source')}, {span}",
        f"facts: {counts}",
        f"sources: {'; '.join(origins) or 'none'}",
        f"problems met while reading: {len(corpus.problems)}",
    ]
    body = "".join(f"<li>{html.escape(item)}</li>" for item in items)
    return HTML(f'<ul class="wb-overview">{body}</ul>')


def _cell(value: object) -> str:
    """A value as people read it: ``10,000``, ``4 Nov 2024``, ``yes``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return format_count(value)
    if isinstance(value, date):
        return f"{value.day} {value:%b %Y}"
    if isinstance(value, (list, tuple)):
        return ", ".join(_cell(v) for v in value)
    return f"{value!s}"


def _order(value: object) -> str | None:
    """What a column sorts by when its text would sort wrongly (dates, formatted numbers)."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return repr(float(value))
    return None


def _link(text: str, url: object) -> str:
    """``text`` escaped, linked to ``url`` when it is a web address."""
    if isinstance(url, str) and url.startswith(("https://", "http://")):
        return (f'<a href="{html.escape(url, quote=True)}" target="_blank" rel="noopener">'
                f"{html.escape(text)}</a>")
    return html.escape(text)


class Table:
    """A table for people: every row (up to :data:`MAX_ROWS`), searchable, sortable and paged
    in the exported report (DataTables, inlined) and scrollable in JupyterLab.

    ``links`` maps a shown column to the column holding its URL (the URL column is not shown);
    ``marks`` maps a shown column to the two columns giving the span to mark in it.
    """

    def __init__(self, frame: pl.DataFrame, *, links: dict[str, str] | None = None,
                 marks: dict[str, tuple[str, str]] | None = None, empty: str = "Nothing to show.",
                 limit: int | None = None) -> None:
        self.frame = frame
        self.links = links or {}
        self.marks = marks or {}
        self.empty = empty
        self.limit = MAX_ROWS if limit is None else limit

    def shown(self) -> list[str]:
        hidden = set(self.links.values()) | {c for pair in self.marks.values() for c in pair}
        return [c for c in self.frame.columns if c not in hidden]

    def _td(self, name: str, row: dict[str, Any]) -> str:
        value = row[name]
        order = _order(value)
        attrs = f' data-order="{html.escape(order)}"' if order is not None else ""
        if isinstance(value, date) or (isinstance(value, (int, float))
                                       and not isinstance(value, bool)):
            attrs += ' class="wb-nowrap"'
        if name in self.marks and isinstance(value, str):
            first, last = (row[c] for c in self.marks[name])
            body = (highlight(value, first, last) if first is not None and last is not None
                    else html.escape(value))
        elif name in self.links:
            body = _link(_cell(value), row[self.links[name]])
        else:
            body = html.escape(_cell(value))
        return f"<td{attrs}>{body}</td>"

    def _repr_html_(self) -> str:
        if self.frame.is_empty():
            return note(self.empty).data
        columns = self.shown()
        head = "".join(f"<th>{html.escape(name.replace('_', ' '))}</th>" for name in columns)
        rows = "".join(
            "<tr>" + "".join(self._td(name, row) for name in columns) + "</tr>"
            for row in self.frame.head(self.limit).iter_rows(named=True))
        more = (f'<p class="wb-note">the first {self.limit:,} of {len(self.frame):,} rows; '
                f"every row: <code>workbench facts CORPUS --format parquet --out DIR</code> or "
                f"<code>workbench.load(CORPUS)</code></p>"
                if len(self.frame) > self.limit else "")
        return (f'{_STYLE}<div class="wb-scroll"><table class="wb-table wb-datatable">'
                f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div>{more}")

    @property
    def data(self) -> str:
        """The HTML, as :class:`IPython.display.HTML` holds it."""
        return self._repr_html_()

    def __repr__(self) -> str:
        return f"<Table: {len(self.frame):,} rows; {', '.join(self.shown())}>"


def table(frame: pl.DataFrame, *, limit: int | None = None, empty: str = "Nothing to show.",
          links: dict[str, str] | None = None,
          marks: dict[str, tuple[str, str]] | None = None) -> Table:
    """A DataFrame as a table for people: escaped, numbers and dates formatted, every row up to
    ``limit`` (default :data:`MAX_ROWS`)."""
    return Table(frame, links=links, marks=marks, empty=empty, limit=limit)


def articles(corpus: Corpus) -> Table:
    """One row per article: title (linked to the article), date and its basis, origin, facts
    per kind."""
    frame = corpus.table("articles")
    origins = [fact_table.origin(s, o) for s, o in
               zip(frame["source"], frame["outlet"], strict=True)]
    counts = [pl.col(f"n_{kind}").alias(kind) for kind in (*fact_table.KINDS, "checks")]
    frame = frame.with_columns(pl.Series("origin", origins, dtype=pl.String)).select(
        "title", "url", "published", pl.col("published_basis").alias("date from"), "origin",
        *counts,
    ).sort(["published", "title"], nulls_last=True)
    return table(frame, empty="No articles were read.", links={"title": "url"})


def _titles(corpus: Corpus) -> pl.DataFrame:
    return corpus.table("articles").select("article_id", "title", "url", "published")


def quotes(corpus: Corpus) -> Table:
    """Each quote with its speaker and verb, in article order."""
    frame = corpus.table("quotes").join(_titles(corpus), on="article_id", how="left")
    frame = frame.sort(["published", "article_id", "start"], nulls_last=True).select(
        pl.col("speaker").fill_null("(unknown)"), pl.col("text").alias("quote"),
        pl.col("cue").alias("verb"), pl.col("title").alias("article"), "url", "published")
    return table(frame, empty="No quotes were found.", links={"article": "url"})


def claims(corpus: Corpus) -> Table:
    """Each attributed claim with its source, cue and whether it is hedged."""
    frame = corpus.table("claims").join(_titles(corpus), on="article_id", how="left")
    frame = frame.sort(["published", "article_id", "start"], nulls_last=True).select(
        pl.col("source").fill_null("(unknown)"), pl.col("text").alias("claim"),
        pl.col("cue").alias("verb"), "hedged", pl.col("title").alias("article"), "url",
        "published")
    return table(frame, empty="No claims were found.", links={"article": "url"})


def problems(corpus: Corpus) -> Table:
    """Files and records that could not be read or extracted."""
    frame = corpus.table("problems").select(
        pl.col("source").alias("file"), "line", "article", "stage", "message")
    return table(frame, empty="No problems were met while reading.")


def highlight(sentence: str, start: int, end: int) -> str:
    """``sentence`` as escaped HTML with ``sentence[start:end]`` marked."""
    return highlight_all(sentence, [(start, end)])


def highlight_all(sentence: str, spans: list[tuple[int, int]]) -> str:
    """``sentence`` as escaped HTML with every span marked (overlapping spans merge)."""
    merged: list[list[int]] = []
    for start, end in sorted((max(s, 0), min(e, len(sentence))) for s, e in spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        elif start < end:
            merged.append([start, end])
    out, at = [], 0
    for start, end in merged:
        out += [html.escape(sentence[at:start]), "<mark>", html.escape(sentence[start:end]),
                "</mark>"]
        at = end
    out.append(html.escape(sentence[at:]))
    return "".join(out)


def by_sentence(found: pl.DataFrame) -> pl.DataFrame:
    """Facts from :func:`fact_table.facts` grouped by sentence: one row per sentence with the
    facts in it (``facts``, as "kind: words → detail") and their spans within it."""
    if found.is_empty():
        return pl.DataFrame(schema={"sentence": pl.String, "facts": pl.List(pl.String)})
    labelled = found.with_columns(
        (pl.col("kind").replace_strict(KIND_NAMES, default=pl.col("kind")) + ": "
         + pl.col("text") + pl.when(pl.col("detail").is_not_null()
                                    & (pl.col("detail") != pl.col("text")))
         .then(" → " + pl.col("detail")).otherwise(pl.lit(""))).alias("fact"),
        (pl.col("start") - pl.col("sentence_start")).alias("from"),
        (pl.col("end") - pl.col("sentence_start")).alias("to"))
    return (labelled.group_by("article_id", "sentence_start", maintain_order=True)
            .agg(pl.col("sentence").first(), pl.col("fact").unique(maintain_order=True)
                 .alias("facts"), pl.col("from"), pl.col("to"),
                 pl.col("title").first(), pl.col("url").first(),
                 pl.col("published").first(), pl.col("origin").first()))


def facts_html(found: pl.DataFrame, *, limit: int = TABLE_ROWS) -> str:
    """Facts from :func:`fact_table.facts` as an HTML table: one row per sentence, every fact
    marked in it, the article linked."""
    if found.is_empty():
        return _STYLE + '<p class="wb-note">No facts match.</p>'
    grouped = by_sentence(found)
    shown = grouped.head(limit)
    rows = []
    for row in shown.iter_rows(named=True):
        marked = highlight_all(row["sentence"], list(zip(row["from"], row["to"], strict=True)))
        facts = "<br>".join(html.escape(f) for f in row["facts"])
        order = row["published"].isoformat() if row["published"] else ""
        rows.append(
            f"<tr><td>{marked}</td><td>{facts}</td>"
            f"<td>{_link(row['title'] or '', row['url'])}</td>"
            f'<td class="wb-nowrap" data-order="{order}">{html.escape(_cell(row["published"]))}'
            f"</td><td>{html.escape(row['origin'] or '')}</td></tr>")
    count = (f"{len(found):,} facts in {len(grouped):,} sentences"
             + (f"; the first {limit:,} sentences shown" if len(grouped) > limit else ""))
    head = ("<thead><tr><th>sentence</th><th>facts</th><th>article</th><th>published</th>"
            "<th>origin</th></tr></thead>")
    return (f'{_STYLE}<p class="wb-note">{html.escape(count)}</p><div class="wb-scroll">'
            f'<table class="wb-table wb-datatable">{head}<tbody>{"".join(rows)}</tbody>'
            "</table></div>")


def _choice(value: str) -> str | None:
    return None if value == ANY else value


def explorer(corpus: Corpus, *, interactive: bool = True, limit: int | None = None) -> Any:
    """Facts by entity, source, unit, kind and dates, each marked in its sentence.

    In JupyterLab (``interactive``) a set of widgets; in a static report the facts in the
    sentences that name the most mentioned entity.
    """
    top = fact_table.top_entities(corpus, 1)
    if not interactive:
        limit = STATIC_SENTENCES if limit is None else limit
        if not top:
            return HTML(facts_html(fact_table.facts(corpus), limit=limit))
        heading = f"Facts in sentences naming {top[0]}"
        named = fact_table.facts(corpus, naming=top[0])  # only the articles that name it
        return HTML(f"<h4>{html.escape(heading)}</h4>"
                    + facts_html(fact_table.matching(named, entity=top[0]), limit=limit))
    every = fact_table.facts(corpus)
    return _widgets(corpus, every, default=top[0] if top else ANY,
                    limit=TABLE_ROWS if limit is None else limit)


def _widgets(corpus: Corpus, every: pl.DataFrame, *, default: str, limit: int) -> Any:
    import ipywidgets as w  # only JupyterLab sessions need widgets

    def options(values: list[Any]) -> list[str]:
        return [ANY, *sorted({str(v) for v in values if v is not None})]

    entity = w.Dropdown(options=[ANY, *fact_table.top_entities(corpus, 500)], value=default,
                        description="Entity")
    origin = w.Dropdown(options=options(every["origin"].to_list()), description="Source")
    quantities = every.filter(pl.col("kind") == "quantities")
    unit = w.Dropdown(options=options(quantities["detail"].to_list()), description="Unit")
    kind = w.Dropdown(options=[ANY, *fact_table.KINDS], description="Kind")
    since = w.DatePicker(description="From")
    until = w.DatePicker(description="To")
    result = w.HTML()

    def update(_change: object = None) -> None:
        found = fact_table.matching(
            every, entity=_choice(entity.value), origin=_choice(origin.value),
            unit=_choice(unit.value), kind=_choice(kind.value),
            since=since.value if isinstance(since.value, date) else None,
            until=until.value if isinstance(until.value, date) else None)
        result.value = facts_html(found, limit=limit)

    for control in (entity, origin, unit, kind, since, until):
        control.observe(update, names="value")
    update()
    return w.VBox([w.HBox([entity, origin, kind]), w.HBox([unit, since, until]), result])
