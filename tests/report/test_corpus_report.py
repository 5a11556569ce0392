"""Reports on 1,000 real articles: ``workbench report`` on a fixed sample of the shared 2022
corpus builds every page, each under 3 MB, showing what a reader would look for: that corpus's
articles (linked to their addresses), its article count and outlets, and nothing of the seed
article. The topic is a parameter of the claims page alone (the others are about the whole
corpus): that page titles its estimates with it and the index lists it beside that page.

The sample is drawn once (a seeded choice of lines, kept in file order) and written to a
temporary JSONL; the raw corpus is only read. One build, with a private store, serves every
test here: extracting 1,000 articles is most of the cost.
"""

from __future__ import annotations

import html
import json
import os
import random
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, SHARED
from workbench.report import available

CORPUS = SHARED / "corpora" / "ukraine-media-2022" / "articles.jsonl"
SIZE = 1_000
SEED = 2022
TOPIC = "Russian soldiers killed"
MAX_BYTES = 3_000_000
SHOWN = 300  # rows a report table keeps (workbench.display.views.MAX_ROWS)
SEED_FILE = ROOT / "seeds" / "000_5425e7d97a0aa84e.txt"

pytestmark = [pytest.mark.slow, pytest.mark.corpus]


def corpus_lines() -> list[str]:
    """The shared corpus, line by line; absent, a failure in CI and a skip elsewhere."""
    if not CORPUS.exists():
        message = (f"the shared corpus is absent: {CORPUS} (CI clones the repository with "
                   f"../shared beside it)")
        if os.environ.get("CI"):
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    return CORPUS.read_text(encoding="utf-8").splitlines()


@dataclass(frozen=True)
class Page:
    """One built page as a reader meets it."""

    raw: str
    text: str  # the visible text: no scripts, no styles, no tags, entities decoded
    links: list[tuple[str, str]]  # (address, text) of every link, in page order
    specs: list[dict[str, Any]]  # the charts drawn on the page

    @classmethod
    def read(cls, path: Path) -> Page:
        raw = path.read_text(encoding="utf-8")
        body = re.sub(r"<(script|style)\b.*?</\1>", " ", raw, flags=re.DOTALL)
        text = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", body)))
        links = [(html.unescape(href), html.unescape(re.sub(r"<[^>]+>", "", inner)))
                 for href, inner in re.findall(r'<a href="([^"]*)"[^>]*>(.*?)</a>', body,
                                               flags=re.DOTALL)]
        found = re.search(r'<script type="application/json" id="wb-specs">(.*?)</script>', raw,
                          flags=re.DOTALL)
        specs = json.loads(found.group(1)) if found else []
        return cls(raw, text, links, specs)

    def chart(self, title: str) -> list[dict[str, Any]]:
        """The rows of the chart whose title starts with ``title``."""
        spec = next((s for s in self.specs if str(s.get("title", "")).startswith(title)), None)
        drawn = [s.get("title") for s in self.specs]
        assert spec is not None, f"no chart titled {title!r}; the charts: {drawn}"
        return [row for rows in spec["datasets"].values() for row in rows]


@dataclass(frozen=True)
class Built:
    sample: list[dict[str, Any]]
    path: Path
    out: Path

    def page(self, name: str) -> Page:
        return Page.read(self.out / f"{name}.html")

    @property
    def titles(self) -> set[str]:
        return {a["title"] for a in self.sample}

    @property
    def urls(self) -> dict[str, str]:
        return {a["url"]: a["title"] for a in self.sample}

    @property
    def outlets(self) -> list[str]:
        return sorted({a["source"] for a in self.sample})

    @property
    def dated(self) -> list[dict[str, Any]]:
        """The dated articles in the order of the articles table: date, then title."""
        return sorted((a for a in self.sample if a["published"]),
                      key=lambda a: (a["published"], a["title"]))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    lines = corpus_lines()
    chosen = sorted(random.Random(SEED).sample(range(len(lines)), SIZE))
    folder = tmp_path_factory.mktemp("ukraine")
    path = folder / "ukraine-1000.jsonl"
    path.write_text("".join(lines[i] + "\n" for i in chosen), encoding="utf-8")
    out = folder / "reports"
    result = subprocess.run(
        [sys.executable, "-m", "workbench.cli", "report", "--corpus", str(path), "--out",
         str(out), "--store", str(folder / "store"), "--jobs", "2", "--engine", "local",
         "-p", "topic", TOPIC, "-q"],
        capture_output=True, text=True, cwd=folder, check=False, timeout=3600)
    assert result.returncode == 0, result.stderr[-4000:]
    return Built([json.loads(lines[i]) for i in chosen], path, out)


def test_the_sample_is_a_thousand_articles_from_most_outlets(built: Built) -> None:
    assert len(built.sample) == SIZE and len({a["id"] for a in built.sample}) == SIZE
    assert len(built.outlets) >= 10, "a seeded sample reaches most outlets"


@pytest.mark.parametrize("name", sorted(available()))
def test_every_page_is_built_small_from_that_corpus_without_the_seed(
        built: Built, name: str) -> None:
    path = built.out / f"{name}.html"
    assert path.exists(), f"{name}.html was not built"
    assert path.stat().st_size < MAX_BYTES, f"{name}.html is {path.stat().st_size:,} bytes"
    page = built.page(name)
    seed_title = SEED_FILE.read_text(encoding="utf-8").splitlines()[0]
    assert seed_title and seed_title not in page.raw, "the seed article is not shown"
    assert SEED_FILE.stem not in page.raw
    assert page.specs or 'class="wb-table' in page.raw, "a page shows charts or tables"
    for href, text in page.links:
        assert built.urls.get(href) == text, f"{name} links {text!r} to {href}: not the sample's"
    executed = json.loads((built.out / f"{name}.ipynb").read_text(encoding="utf-8"))
    passed = executed["metadata"]["papermill"]["parameters"]
    assert passed["corpus"].endswith(built.path.name)


def _articles_table_is_the_first_rows_of_the_sample(built: Built, page: Page) -> None:
    """The articles table: the oldest 300 articles by date then title, each linked."""
    expected = [(a["url"], a["title"]) for a in built.dated[:SHOWN]]
    assert page.links[:SHOWN] == expected
    assert f"the first {SHOWN} of {SIZE:,} rows" in page.text


def test_overview_counts_the_articles_and_charts_every_outlet(built: Built) -> None:
    page = built.page("overview")
    days = [a["published"] for a in built.dated]
    # the corpus as read: articles, dates, outlets, problems
    summary = (f"Corpus articles {SIZE:,} published {days[0]} to {days[-1]} "
               f"outlets {len(built.outlets)} ")
    assert summary in page.text
    assert "problems 0 " in page.text and "No problems were met while reading." in page.text
    # one chart row per outlet, every dated article counted once, undated ones said
    undated = SIZE - len(days)
    rows = page.chart(f"Articles per outlet per day ({undated} without a date not shown)")
    assert sorted({r["outlet"] for r in rows}) == built.outlets
    assert sum(r["articles"] for r in rows) == len(days)
    assert {r["example"] for r in rows} <= built.titles
    _articles_table_is_the_first_rows_of_the_sample(built, page)


def test_explore_lists_the_outlets_and_the_facts_of_the_most_named(built: Built) -> None:
    page = built.page("explore")
    days = [a["published"] for a in built.dated]
    assert (f"{SIZE:,} articles from {len(built.outlets)} sources, published {days[0]} to "
            f"{days[-1]} ({SIZE - len(days):,} without a date)") in page.text
    assert f"sources: {'; '.join(built.outlets)} " in page.text
    _articles_table_is_the_first_rows_of_the_sample(built, page)
    names = sorted(page.chart("The 10 most mentioned names"), key=lambda r: r["rank"])
    assert {r["article"] for r in names if r["group"] == "named"} <= built.titles
    top = names[0]["canonical"]
    assert f"Facts in sentences naming {top}" in page.text


def test_charts_draw_data_from_that_corpus(built: Built) -> None:
    page = built.page("charts")
    titles = ["Mentions of the 8 most mentioned names over time",
              "Quantities of unit “drone” over time", "Quotes per speaker",
              "The 8 most mentioned names, named in the same sentence"]
    assert [s["title"] for s in page.specs] == titles
    shown: set[str] = set()
    for title in titles:
        rows = page.chart(title)
        assert rows and not any("message" in r for r in rows), f"{title}: no data"
        articles = {r["article"] for r in rows if r.get("article") is not None}
        assert articles and articles <= built.titles, f"{title}: tooltips name other articles"
        shown |= articles
    assert len(shown) >= 50, "the charts' tooltips name many of the sample's articles"


def test_claims_compares_estimates_of_the_topic(built: Built) -> None:
    page = built.page("claims")
    assert page.specs[0]["title"] == f"Estimates of “{TOPIC}”", "the chart names the topic"
    rows = page.chart(f"Estimates of “{TOPIC}”")
    assert rows and not any("message" in r for r in rows), "estimates were found"
    assert {r["title"] for r in rows} <= built.titles
    assert any("killed" in r["measurable"] for r in rows), "estimates of a count of the killed"
    assert f"No estimates of “{TOPIC}” were found." not in page.text
    # the estimates table links each estimate's article; the checks table follows it
    estimated = {r["title"] for r in rows}
    linked = {text for _, text in page.links}
    assert estimated <= linked
    executed = json.loads((built.out / "claims.ipynb").read_text(encoding="utf-8"))
    assert executed["metadata"]["papermill"]["parameters"]["topic"] == TOPIC


def test_the_index_names_the_corpus_the_pages_and_the_topic(built: Built) -> None:
    page = built.page("index")
    assert built.path.name in page.text
    assert {href for href, _ in page.links} >= {f"{n}.html" for n in available()}
    assert f"topic = '{TOPIC}'" in page.text
