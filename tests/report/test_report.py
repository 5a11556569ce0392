"""Reports: parameters as papermill reads them, notebooks chosen by name, offline HTML export,
the index page, refresh; slow tests run the notebooks."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from tests.conftest import ROOT
from workbench.corpus import Corpus
from workbench.display import charts, views
from workbench.display import facts as fact_table
from workbench.ingest.build import build_article
from workbench.model import ArticleFacts, Claim, Entity, Quantity, Quote
from workbench.report import export, index, params, refresh
from workbench.report import runner as build_mod

# ---------------------------------------------------------------- a corpus made by hand


def _at(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def sample_corpus(*, name: str = "Olena Petrenko", place: str = "Kyiv",
                  title: str = "Drones over Kyiv", outlet: str = "Daily News") -> Corpus:
    """Two articles with every fact kind; ``name`` and ``place`` are entity names."""
    items = []
    for day, count in (("2024-11-04", "up to 30"), ("2024-11-06", "about 12")):
        paragraphs = [
            f"{name} said {count} drones flew over {place} on Monday.",
            f'"We shot down most of them," {name} told reporters in {place}.',
        ]
        article = build_article(source=f"corpus/{day}.txt", title=f"{title} {day}",
                                captions=[f"{place} at night."], credits=["EPA/Someone"],
                                paragraphs=paragraphs, published=day, outlet=outlet)
        text = article.text
        ents = []
        for needle, label in ((name, "PERSON"), (place, "GPE")):
            for nth in range(text.count(needle)):
                s, e = _at(text, needle, nth)
                ents.append(Entity(s, e, needle, article.section_kind(s), label, needle))
        ents.sort(key=lambda ent: ent.start)
        qs, qe = _at(text, count)
        value = 30.0 if count.startswith("up") else 12.0
        quantity = Quantity(qs, qe, count, "paragraph", value, None,
                            value if count.startswith("up") else None,
                            "upper_bound" if count.startswith("up") else "approx", "drone",
                            "drones")
        ws, we = _at(text, "We shot down most of them,")
        quote = Quote(ws, we, "We shot down most of them,", "paragraph", name, "tell")
        cs, ce = _at(text, f"{count} drones flew over {place} on Monday")
        claim = Claim(cs, ce, text[cs:ce], "paragraph", name, "say", True, (0,))
        items.append(ArticleFacts(article, ents, [quantity], [], [quote], [claim]))
    return Corpus(items, [])


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return sample_corpus()


# ---------------------------------------------------------------- parameters


@pytest.mark.parametrize(("raw", "expected"), [
    ("7", 7), ("-3", -3), ("7.5", 7.5), ("1e3", 1000.0), ("True", True), ("False", False),
    ("None", None), ("drone", "drone"), ("true", "true"), ("['a', 'b']", "['a', 'b']"),
    ("", ""), ("7 drones", "7 drones"),
])
def test_p_values_convert_like_papermill(raw: str, expected: Any) -> None:
    value = params.convert(raw)
    assert value == expected and type(value) is type(expected)


def test_parameters_file_then_yaml_then_p(tmp_path: Path) -> None:
    file = tmp_path / "params.yaml"
    file.write_text("top_n: 3\nunit: troop\nsources: [a, b]\n")
    got = params.parse_parameters([("top_n", "12")], ["unit: person", "extra: {k: 1}"], file)
    assert got == {"top_n": 12, "unit": "person", "sources": ["a", "b"], "extra": {"k": 1}}


@pytest.mark.parametrize("text", ["[1, 2]", "just text", "a: [unclosed"])
def test_yaml_must_be_a_mapping(text: str) -> None:
    with pytest.raises(ValueError, match="-y"):
        params.parse_parameters([], [text])


def test_p_name_must_be_a_python_name() -> None:
    with pytest.raises(ValueError, match="not a Python name"):
        params.parse_parameters([("top-n", "3")])


def _notebook(*sources: str, tagged: int | None = 0) -> nbformat.NotebookNode:
    cells = [new_code_cell(src) for src in sources]
    if tagged is not None:
        cells[tagged].metadata["tags"] = ["parameters"]
    return new_notebook(cells=[new_markdown_cell("# A title\n\ntext"), *cells])


def test_declared_parameters_with_defaults() -> None:
    nb = _notebook('corpus = "../seeds"  # a path\ntop_n: int = 10\nunit = "drone"\n'
                   "limit = top_n * 2\nprint(corpus)", "x = 1")
    assert params.declared(nb) == {"corpus": "../seeds", "top_n": 10, "unit": "drone",
                                   "limit": "top_n * 2"}


def test_no_parameters_cell_declares_nothing() -> None:
    assert params.declared(_notebook("x = 1", tagged=None)) == {}


def test_only_declared_parameters_are_passed() -> None:
    given = {"topic": "troops", "top_n": 3, "corpus": "c"}
    assert params.select(given, ["corpus", "top_n", "unit"]) == {"top_n": 3, "corpus": "c"}


# ---------------------------------------------------------------- choosing notebooks


def test_the_repository_notebooks_declare_corpus_and_interactive() -> None:
    found = build_mod.available()
    assert {"explore", "charts"} <= set(found)
    for name in ("explore", "charts"):
        declared = params.declared(nbformat.read(found[name], as_version=4))
        assert {"corpus", "top_n", "interactive"} <= set(declared)
        assert declared["corpus"] == "../seeds" and declared["interactive"] is True
    charts_declared = params.declared(nbformat.read(found["charts"], as_version=4))
    assert charts_declared["unit"] == "drone"


@pytest.mark.parametrize("name", ["explore", "explore.ipynb", "notebooks/explore.ipynb"])
def test_choose_by_name(name: str) -> None:
    found = build_mod.available()
    assert build_mod.choose([name], found) == [found["explore"]]


def test_choose_unknown_name_lists_the_notebooks() -> None:
    with pytest.raises(ValueError, match=r"no notebook named 'nope'.*explore"):
        build_mod.choose(["nope"], build_mod.available())


def test_choose_none_means_all() -> None:
    found = build_mod.available()
    assert build_mod.choose(None, found) == list(found.values())


def test_corpus_parameter_is_relative_to_the_output(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    assert build_mod.corpus_parameter(tmp_path / "seeds", tmp_path / "reports") == "../seeds"
    far = tmp_path / "a" / "b" / "c"
    far.mkdir(parents=True)
    assert build_mod.corpus_parameter(tmp_path / "seeds", far) == str(tmp_path / "seeds")
    with pytest.raises(ValueError, match="corpus not found"):
        build_mod.corpus_parameter(tmp_path / "missing", tmp_path)


def test_a_parameter_no_notebook_declares_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no notebook declares the parameter 'topn'"):
        build_mod.build(corpus=ROOT / "seeds", out=tmp_path, parameters={"topn": 3},
                        progress=False)
    assert not list(tmp_path.iterdir())


def test_title_is_the_first_heading() -> None:
    assert build_mod.title_of(_notebook("x = 1"), "default") == "A title"
    assert build_mod.title_of(new_notebook(cells=[new_code_cell("1")]), "nb") == "nb"


# ---------------------------------------------------------------- export


def _chart_output(chart: Any) -> nbformat.NotebookNode:
    charts.enable(svg=False)
    data = chart._repr_mimebundle_()
    data = data[0] if isinstance(data, tuple) else data
    return new_output("display_data", data=data)


def _html_output(obj: Any) -> nbformat.NotebookNode:
    return new_output("display_data", data={"text/html": obj.data, "text/plain": "<HTML>"})


def test_chart_outputs_keep_only_the_spec(corpus: Corpus) -> None:
    out = _chart_output(charts.top_entities(corpus))
    assert set(out.data) == {charts.SPEC_MIMETYPE, "text/plain"}
    assert out.data[charts.SPEC_MIMETYPE]["title"] == "The 10 most mentioned names"


def test_prepare_replaces_charts_and_widget_views(corpus: Corpus) -> None:
    widget = new_output("display_data", data={
        export.WIDGET_VIEW: {"model_id": "abc", "version_major": 2, "version_minor": 0},
        "text/plain": "VBox(children=(...))"})
    nb = new_notebook(cells=[new_code_cell("x", outputs=[
        _chart_output(charts.top_entities(corpus)), widget,
        _chart_output(charts.quotes_per_speaker(corpus))])])
    nb.metadata["widgets"] = {"application/vnd.jupyter.widget-state+json": {"state": {}}}
    prepared, specs = export.prepare(nb)
    outputs = prepared.cells[0].outputs
    assert [o.data.get("text/html") for o in outputs] == [
        '<div class="wb-chart" id="wb-chart-0"></div>', None,
        '<div class="wb-chart" id="wb-chart-1"></div>']
    assert outputs[1].data == {"text/plain": "VBox(children=(...))"}
    assert "widgets" not in prepared.metadata
    assert [s["title"] for s in specs] == ["The 10 most mentioned names", "Quotes per speaker"]
    assert export.WIDGET_VIEW in nb.cells[0].outputs[1].data, "the input is not changed"


def test_script_json_cannot_close_a_script() -> None:
    text = export.script_json({"t": "</script><script>x()</script><!-- & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"t": "</script><script>x()</script><!-- & \u2028"}


@pytest.fixture(scope="module")
def exported(corpus: Corpus) -> str:
    cells = [
        new_markdown_cell("# Exported"),
        new_code_cell("c", outputs=[_html_output(views.overview(corpus))]),
        new_code_cell("c", outputs=[_chart_output(charts.top_entities(corpus))]),
        new_code_cell("c", outputs=[_chart_output(charts.quantities_over_time(corpus))]),
    ]
    return export.to_html(new_notebook(cells=cells), title="Exported")


def test_export_inlines_one_bundle_for_all_charts(exported: str) -> None:
    assert exported.count(export.vega_bundle()) == 1
    assert exported.count('class="wb-chart"') == 2
    assert len(exported) < 1_500_000


def test_export_leaves_no_remote_reference(exported: str) -> None:
    scripts = re.findall(r"<script\b[^>]*>", exported)
    assert scripts == ["<script>", '<script type="application/json" id="wb-specs">',
                       "<script>"]
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", exported)
    for cdn in ("cdnjs", "unpkg", "jsdelivr", "require.min.js"):
        assert cdn not in exported
    assert "Content-Security-Policy" in exported and "default-src 'none'" in exported


def test_export_policy_allows_exactly_the_page_scripts(exported: str) -> None:
    policy = re.search(r'content="(default-src[^"]*)"', exported)
    assert policy
    hashes = re.findall(r"'sha256-[^']+'", policy.group(1))
    assert len(hashes) == 2


def test_export_without_charts_has_no_bundle(corpus: Corpus) -> None:
    nb = new_notebook(cells=[new_code_cell("c", outputs=[_html_output(views.claims(corpus))])])
    page = export.to_html(nb, title="t")
    assert "vegaEmbed" not in page
    # a table brings DataTables (inlined) and the script that starts it, nothing else
    tags = re.findall(r"<script\b([^>]*)>.*?</script>", page, flags=re.DOTALL)
    assert tags == [' type="module"'] * 2 and "window.wbDataTables" in page


def test_index_escapes_and_links(tmp_path: Path) -> None:
    built = [index.Built("explore", tmp_path / "explore.html", tmp_path / "explore.ipynb",
                         {"top_n": 3, "topic": "<b>troops</b>"}, 1.25, "Explore a corpus")]
    page = index.render(built, corpus="<script>x</script>", built_at="2024-01-01 00:00:00 UTC",
                        version="0.1.0")
    assert '<a href="explore.html">Explore a corpus</a>' in page
    assert '<a href="explore.ipynb">notebook</a>' in page
    assert "&lt;script&gt;x&lt;/script&gt;" in page and "<script>" not in page
    assert "topic = &#x27;&lt;b&gt;troops&lt;/b&gt;&#x27;" in page
    assert "top_n = 3" in page and "1.2 s" in page


def test_refresh_drops_what_changes_between_runs() -> None:
    nb = new_notebook(cells=[new_code_cell("x", outputs=[new_output("display_data", data={
        export.WIDGET_VIEW: {"model_id": "f00"}, "text/plain": "w"})])])
    nb.metadata.update(papermill={"duration": 1.0}, widgets={"state": {}})
    nb.cells[0].metadata.update(execution={"iopub.status.idle": "2024"}, papermill={})
    cleaned = refresh.clean(nb)
    assert "papermill" not in cleaned.metadata and "widgets" not in cleaned.metadata
    assert cleaned.cells[0].metadata == {}
    assert cleaned.cells[0].outputs[0].data == {"text/plain": "w"}


# ---------------------------------------------------------------- slow: notebooks run


def _tiny_notebooks(directory: Path) -> None:
    directory.mkdir()
    good = new_notebook(cells=[new_markdown_cell("# Good"), new_code_cell("n = 2"),
                               new_code_cell("print(n * 21)")])
    good.cells[1].metadata["tags"] = ["parameters"]
    bad = new_notebook(cells=[new_markdown_cell("# Bad"), new_code_cell("n = 0"),
                              new_code_cell("ratio = 1 / n")])
    bad.cells[1].metadata["tags"] = ["parameters"]
    for name, nb in (("a_good", good), ("b_bad", bad)):
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                     "language": "python"}
        nbformat.write(nb, directory / f"{name}.ipynb")


@pytest.mark.slow
def test_a_failing_notebook_stops_the_build_and_keeps_its_evidence(tmp_path: Path) -> None:
    _tiny_notebooks(tmp_path / "nbs")
    out = tmp_path / "out"
    out.mkdir()
    (out / "b_bad.html").write_text("stale")
    with pytest.raises(build_mod.BuildError) as caught:
        build_mod.build(corpus=ROOT / "seeds", out=out, progress=False,
                        notebooks=tmp_path / "nbs", parameters={"n": 0})
    message = str(caught.value)
    assert "b_bad.ipynb" in message and "In [" in message and "ratio = 1 / n" in message
    assert "ZeroDivisionError" in message
    executed = nbformat.read(out / "b_bad.ipynb", as_version=4)
    assert any(o.get("ename") == "ZeroDivisionError"
               for c in executed.cells for o in c.get("outputs", []))
    assert not (out / "b_bad.html").exists(), "a stale page of a failed notebook goes"
    assert (out / "a_good.html").exists() and not (out / "index.html").exists()


@pytest.mark.slow
def test_parameters_reach_only_the_notebooks_that_declare_them(tmp_path: Path) -> None:
    _tiny_notebooks(tmp_path / "nbs")
    out = tmp_path / "out"
    built = build_mod.build(names=["a_good"], corpus=ROOT / "seeds", out=out, progress=False,
                            notebooks=tmp_path / "nbs", parameters={"n": 50})
    assert built == [out / "a_good.html", out / "index.html"]
    executed = nbformat.read(out / "a_good.ipynb", as_version=4)
    assert executed.metadata.papermill.parameters == {"n": 50}
    assert executed.cells[-1].outputs[0].text == "1050\n"
    page = (out / "index.html").read_text()
    assert "n = 50" in page and 'href="a_good.html"' in page


@pytest.mark.slow
def test_refresh_is_byte_for_byte_repeatable(tmp_path: Path) -> None:
    (tmp_path / "seeds").symlink_to(ROOT / "seeds")
    shutil.copytree(ROOT / "notebooks", tmp_path / "notebooks",
                    ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    runs = []
    for _ in range(2):
        assert refresh.main([str(tmp_path / "notebooks"), "explore", "charts"]) == 0
        runs.append({p.name: p.read_bytes() for p in (tmp_path / "notebooks").glob("*.ipynb")})
    assert runs[0]["explore.ipynb"] == runs[1]["explore.ipynb"]
    assert runs[0]["charts.ipynb"] == runs[1]["charts.ipynb"]
    stored = nbformat.reads(runs[0]["explore.ipynb"].decode(), as_version=4)
    counts = [c.execution_count for c in stored.cells if c.cell_type == "code"]
    assert counts == list(range(1, len(counts) + 1))


def test_views_and_context_agree_on_the_sample(corpus: Corpus) -> None:
    facts = fact_table.facts(corpus)
    assert set(facts["kind"]) == {"entities", "quantities", "quotes", "claims"}
    assert (facts["text"] == [s[a - b:c - b] for s, a, b, c in zip(
        facts["sentence"], facts["start"], facts["sentence_start"], facts["end"],
        strict=True)]).all()


# ---------------------------------------------------------------- sentences, filters, charts


@pytest.mark.parametrize(("filters", "kinds"), [
    ({}, ["entities"] * 12 + ["quantities", "claims", "quotes"] * 2),
    ({"unit": "drone"}, ["quantities", "quantities"]),
    ({"unit": "troop"}, []),
    ({"kind": "quotes"}, ["quotes", "quotes"]),
    ({"entity": "Olena Petrenko", "kind": "quotes"}, ["quotes", "quotes"]),
    ({"entity": "Nobody"}, []),
    ({"since": "2024-11-05"}, ["entities"] * 6 + ["quantities", "claims", "quotes"]),
    ({"until": "2024-11-04", "kind": "claims"}, ["claims"]),
    ({"origin": "Daily News", "kind": "claims"}, ["claims", "claims"]),
    ({"origin": "Other", "kind": "claims"}, []),
])
def test_matching_filters(corpus: Corpus, filters: dict[str, Any], kinds: list[str]) -> None:
    from datetime import date

    for key in ("since", "until"):
        if key in filters:
            filters[key] = date.fromisoformat(filters[key])
    found = fact_table.matching(fact_table.facts(corpus), **filters)
    assert sorted(found["kind"].to_list()) == sorted(kinds)


def test_unknown_fact_kind_is_refused(corpus: Corpus) -> None:
    with pytest.raises(ValueError, match="unknown fact kind 'people'"):
        fact_table.facts(corpus, ["people"])


def test_facts_html_marks_each_fact_in_its_sentence(corpus: Corpus) -> None:
    found = fact_table.matching(fact_table.facts(corpus), unit="drone")
    page = views.facts_html(found)
    assert "2 facts" in page
    assert "Olena Petrenko said <mark>up to 30</mark> drones flew over Kyiv on Monday." in page
    assert views.facts_html(found, limit=1).count("<mark>") == 1
    assert "2 facts in 2 sentences; the first 1 sentences shown" in views.facts_html(found, limit=1)
    assert "No facts match." in views.facts_html(found.clear())


def test_static_explorer_shows_the_most_mentioned_name(corpus: Corpus) -> None:
    shown = views.explorer(corpus, interactive=False)
    assert "<h4>Facts in sentences naming Kyiv</h4>" in shown.data


def test_interactive_explorer_filters_on_change(corpus: Corpus) -> None:
    box = views.explorer(corpus, interactive=True)
    (entity, origin, kind), (unit, _since, _until) = (box.children[0].children,
                                                      box.children[1].children)
    result = box.children[2]
    assert entity.value == "Kyiv" and "<mark>" in result.value
    unit.value = "drone"
    assert result.value.count("<mark>") == 2
    kind.value = "quotes"
    assert "No facts match." in result.value
    assert origin.options == ("(any)", "Daily News")


def test_tables_show_each_article_and_fact(corpus: Corpus) -> None:
    articles = views.articles(corpus).data
    assert articles.count("<tr>") == 3 and "Drones over Kyiv 2024-11-04" in articles
    assert "We shot down most of them," in views.quotes(corpus).data
    assert "<td>yes</td>" in views.claims(corpus).data
    assert "No problems were met while reading." in views.problems(corpus).data
    overview = views.overview(corpus).data
    assert "2 articles from 1 source, published 2024-11-04 to 2024-11-06" in overview
    assert "facts: 12 entities, 2 quantities, 0 times, 2 quotes, 2 claims" in overview


def _spec(chart: Any) -> dict[str, Any]:
    spec: dict[str, Any] = chart.to_dict()
    return spec


def _encodings(spec: dict[str, Any]) -> list[dict[str, Any]]:
    layers = spec.get("layer", [spec])
    return [layer["encoding"] for layer in layers if "encoding" in layer]


@pytest.mark.parametrize(("build", "title", "sentence_field"), [
    (lambda c: charts.top_entities(c, n=5), "The 5 most mentioned names", "example"),
    (lambda c: charts.mentions_over_time(c, n=5), "Mentions of the 5 most mentioned names "
     "over time", "example"),
    (lambda c: charts.quantities_over_time(c, unit="drone"), "Quantities of unit “drone” over "
     "time", "sentence"),
    (charts.quotes_per_speaker, "Quotes per speaker", "example"),
    (lambda c: charts.cooccurrence(c, n=5), "The 5 most mentioned names, named in the same "
     "sentence", "example"),
])
def test_each_chart_is_titled_labelled_with_sentence_tooltips(
        corpus: Corpus, build: Any, title: str, sentence_field: str) -> None:
    spec = _spec(build(corpus))
    assert spec["title"] == title
    for encoding in _encodings(spec):
        for axis in ("x", "y"):
            if axis in encoding and "field" in encoding[axis]:
                assert encoding[axis].get("title"), (axis, encoding[axis])
        fields = [t["field"] for t in encoding["tooltip"]]
        assert sentence_field in fields
    rows = next(iter(spec["datasets"].values()))
    assert rows and all(row[sentence_field] for row in rows)


def test_quantity_chart_spans_the_stated_bounds(corpus: Corpus) -> None:
    rows = next(iter(_spec(charts.quantities_over_time(corpus))["datasets"].values()))
    assert [(r["date"], r["value"], r["from"], r["to"], r["qualifier"]) for r in rows] == [
        ("2024-11-04", 30.0, 0.0, 30.0, "upper_bound"),
        ("2024-11-06", 12.0, 12.0, 12.0, "approx")]


@pytest.mark.parametrize("build", [
    lambda c: charts.quantities_over_time(c, unit="troop"), charts.top_entities,
    charts.mentions_over_time, charts.quotes_per_speaker, charts.cooccurrence])
def test_a_chart_with_no_data_says_so(build: Any) -> None:
    spec = _spec(build(Corpus([], [])))
    assert spec["mark"]["type"] == "text"
    message = next(iter(spec["datasets"].values()))[0]["message"]
    assert message.startswith("No ")


def test_chart_data_is_the_same_on_every_run(corpus: Corpus) -> None:
    assert _spec(charts.cooccurrence(corpus)) == _spec(charts.cooccurrence(sample_corpus()))


@pytest.mark.slow
def test_the_command_exits_non_zero_naming_the_notebook_and_cell(tmp_path: Path) -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "workbench.cli", "report", "explore", "--corpus", "seeds",
         "--out", str(tmp_path), "-p", "top_n", "many", "-q"],
        capture_output=True, text=True, cwd=ROOT, check=False)
    assert result.returncode == 2
    assert "explore.ipynb failed at cell In [" in result.stderr
    assert "top_n" in result.stderr
    assert (tmp_path / "explore.ipynb").exists() and not (tmp_path / "explore.html").exists()
