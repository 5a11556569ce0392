"""Article text is data: markup in titles, captions, bodies, quotes and names shows as text in
every view, chart and report page, and never runs."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from tests.report.test_browser import chromium, needs_chromium, remote_references
from tests.report.test_report import sample_corpus
from workbench.display import charts, views
from workbench.display import facts as fact_table
from workbench.report import available, export, runner

# Each payload, if it ran, would write its label into the page title.
SCRIPT = "<script>document.title='XSS-{0}'</script>"
IMG = "<img src=x onerror=\"document.title='XSS-{0}'\">"
LINK = "<a href=\"javascript:document.title='XSS-{0}'\">link</a>"
BREAKOUT = "</script><script>document.title='XSS-{0}'</script>"
PAYLOADS = (SCRIPT, IMG, LINK, BREAKOUT)


def payload(label: str) -> str:
    return " ".join(p.format(f"{label}{n}") for n, p in enumerate(PAYLOADS))


def _no_live_markup(page: str) -> None:
    """No payload survives as markup in an HTML string."""
    assert "<script>document.title" not in page
    assert "<img src=x" not in page and '<img src="x"' not in page
    assert "<a href=\"javascript:" not in page


@pytest.fixture(scope="module")
def hostile() -> Any:
    return sample_corpus(name=f"Olena {payload('name')} Petrenko", place=f"Kyiv{IMG.format('p')}",
                         title=f"Drones {payload('title')}", outlet=f"News {SCRIPT.format('o')}")


@pytest.mark.parametrize("show", [
    views.overview, views.articles, views.quotes, views.claims, views.problems,
    lambda c: views.explorer(c, interactive=False),
])
def test_views_escape_every_value(hostile: Any, show: Any) -> None:
    page = show(hostile).data
    _no_live_markup(page)


def test_views_show_the_markup_as_text(hostile: Any) -> None:
    page = views.explorer(hostile, interactive=False).data
    assert "&lt;script&gt;document.title=&#x27;XSS-name0&#x27;&lt;/script&gt;" in page
    assert "<mark>" in page


def test_highlight_escapes_around_and_inside_the_mark() -> None:
    marked = views.highlight("a <b>c</b> d", 2, 10)
    assert marked == "a <mark>&lt;b&gt;c&lt;/b&gt;</mark> d"


def test_table_escapes_column_names_and_values() -> None:
    import polars as pl

    frame = pl.DataFrame({"<th>": ["<script>x</script>"], "n": [None]})
    page = views.table(frame).data
    assert "&lt;th&gt;" in page and "&lt;script&gt;x&lt;/script&gt;" in page
    assert "<script>" not in page.replace("<style>", "")


def test_interactive_explorer_escapes_too(hostile: Any) -> None:
    box = views.explorer(hostile, interactive=True)
    _no_live_markup(box.children[2].value)


def test_chart_specs_cannot_break_out_of_their_script(hostile: Any) -> None:
    specs = [chart.to_dict() for chart in (
        charts.top_entities(hostile), charts.mentions_over_time(hostile),
        charts.quantities_over_time(hostile), charts.quotes_per_speaker(hostile),
        charts.cooccurrence(hostile))]
    text = export.script_json(specs)
    assert "</script" not in text.lower() and "<" not in text
    assert json.loads(text) == json.loads(json.dumps(specs))
    assert "XSS-name0" in text, "the names are in the chart data"


def _hostile_page(corpus: Any, path: Path) -> Path:
    charts.enable(svg=False)

    def shown(obj: Any) -> Any:
        if hasattr(obj, "_repr_mimebundle_"):
            data = obj._repr_mimebundle_()
            data = data[0] if isinstance(data, tuple) else data
        else:
            data = {"text/html": obj.data, "text/plain": "<HTML>"}
        return new_output("display_data", data=data)

    objects = [views.overview(corpus), views.articles(corpus), views.quotes(corpus),
               views.claims(corpus), views.explorer(corpus, interactive=False),
               charts.top_entities(corpus), charts.quotes_per_speaker(corpus),
               charts.cooccurrence(corpus), charts.quantities_over_time(corpus)]
    nb = new_notebook(cells=[new_markdown_cell("# Hostile names"),
                             *[new_code_cell("x", outputs=[shown(o)]) for o in objects]])
    path.write_text(export.to_html(nb, title="Hostile names"), encoding="utf-8")
    return path


def _assert_inert(dom: str, title: str, *, shows_text: bool = True) -> None:
    assert f"<title>{title}</title>" in dom, re.findall(r"<title>.*?</title>", dom)
    assert "XSS-" not in "".join(re.findall(r"<title>.*?</title>", dom, re.DOTALL))
    body = re.sub(r"<script\b.*?</script>", "", dom, flags=re.DOTALL)
    assert not re.search(r"<img[^>]*\bsrc=\"?x\b", body)
    assert not re.search(r"<a[^>]*href=\"javascript:", body)
    if shows_text:
        assert "&lt;script&gt;document.title=" in body, "the markup is shown as text"


@pytest.mark.slow
@needs_chromium
def test_hostile_names_in_views_and_charts_stay_text(hostile: Any, tmp_path: Path) -> None:
    page = _hostile_page(hostile, tmp_path / "hostile.html")
    assert remote_references(page.read_text(encoding="utf-8")) == []
    dom = chromium(page)
    _assert_inert(dom, "Hostile names")
    assert dom.count('class="mark-') > 0, "the charts drew"


HOSTILE_SCRAPE = """\
Kyiv {title} talks

President Volodymyr Zelensky {caption} in Kyiv, Ukraine, 04 November 2024. EPA/Photographer {credit}
TT

Kyiv {title} talks
President Volodymyr Zelensky {caption} in Kyiv, Ukraine, 04 November 2024. EPA/Photographer {credit}

"We will never give up {quote} our land," Zelensky told reporters in Kyiv on Monday.

Ukraine's air force said Russia launched up to 30 drones {body} overnight, and officials in \
Odesa said about 12 of the drones were shot down.

Read the statement at {link} or javascript:document.title='XSS-bare'.
"""


@pytest.fixture(scope="module")
def hostile_reports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    corpus = tmp_path_factory.mktemp("hostile") / "corpus"
    corpus.mkdir()
    (corpus / "article.txt").write_text(HOSTILE_SCRAPE.format(
        title=payload("title"), caption=payload("caption"), credit=SCRIPT.format("credit"),
        quote=payload("quote"), body=payload("body"), link=LINK.format("link")),
        encoding="utf-8")
    record = {"id": "h1", "title": f"Talks {payload('jtitle')}", "published": "2024-11-05",
              "source": f"Outlet {payload('outlet')}", "url": "javascript:alert(1)",
              "body": f"Minister Anna Koval said {payload('jbody')} on Tuesday that 40 drones "
                      "attacked Kharkiv."}
    (corpus / "more.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    out = corpus.parent / "reports"
    runner.build(corpus=corpus, out=out, progress=False)
    return out


@pytest.mark.slow
def test_hostile_articles_reach_the_reports(hostile_reports: Path) -> None:
    page = (hostile_reports / "explore.html").read_text(encoding="utf-8")
    assert "XSS-title0" in page and "XSS-caption0" in page and "XSS-jbody0" in page
    _no_live_markup(re.sub(r"<script>.*?</script>", "", page, flags=re.DOTALL))


@pytest.mark.slow
@needs_chromium
@pytest.mark.parametrize("name", [*sorted(available()), "index"])
def test_hostile_articles_never_run_in_the_browser(hostile_reports: Path, name: str) -> None:
    page = hostile_reports / f"{name}.html"
    dom = chromium(page)
    title = re.search(r"<title>(.*?)</title>", page.read_text(encoding="utf-8"), re.DOTALL)
    assert title
    assert "XSS-" not in title.group(1)
    if name == "index":
        assert f"<title>{title.group(1)}</title>" in dom
        return
    # explore shows every article's title; other reports may show no article text at all.
    _assert_inert(dom, title.group(1), shows_text=name == "explore")


def test_hostile_corpus_has_payloads_in_every_kind(hostile: Any) -> None:
    facts = fact_table.facts(hostile)
    for kind in ("entities", "quotes", "claims"):
        texts = " ".join(facts.filter(facts["kind"] == kind)["sentence"].to_list())
        assert "XSS-name" in texts, kind


@pytest.mark.slow
@needs_chromium
def test_the_page_policy_stops_markup_that_escaped_escaping(tmp_path: Path) -> None:
    raw = new_output("display_data", data={"text/html": payload("raw"), "text/plain": "raw"})
    nb = new_notebook(cells=[new_markdown_cell("# Raw"), new_code_cell("x", outputs=[raw])])
    page = tmp_path / "raw.html"
    page.write_text(export.to_html(nb, title="Raw"), encoding="utf-8")
    assert "<script>document.title='XSS-raw0'</script>" not in page.read_text(), (
        "the export drops every script it did not write")
    dom = chromium(page)
    assert "<title>Raw</title>" in dom, "the onerror handler was refused by the policy"
