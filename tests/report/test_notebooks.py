"""The shipped notebooks: each declares its parameters, and every report is built on a corpus
that is not the seed, with a topic, and shows that corpus's articles and that topic."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import papermill as pm
import pytest

from tests.conftest import ROOT
from workbench.report import available

ARTICLES = [
    {"id": "a1", "title": "Floods close the Lindenfeld bridge", "published": "2023-03-02",
     "source": "Valley Courier", "url": "https://example.org/lindenfeld-bridge",
     "body": "Up to 40 families left their homes in Lindenfeld on Tuesday, the mayor said.\n\n"
             "\"The water rose faster than anyone expected,\" Mayor Anna Kessler told reporters."},
    {"id": "a2", "title": "Lindenfeld counts the cost of the floods", "published": "2023-03-05",
     "source": "Hill Gazette", "url": "https://example.org/lindenfeld-cost",
     "body": "About 35 families were still away from home in Lindenfeld, officials said on "
             "Friday.\n\nEngineers from Germany inspected the bridge, the council said."},
]
TOPIC = "families left their homes"


@pytest.mark.parametrize("name", sorted(available()))
def test_every_notebook_declares_its_parameters(name: str) -> None:
    declared = pm.inspect_notebook(str(available()[name]))
    assert "corpus" in declared, f"{name} has no cell tagged 'parameters' setting corpus"
    undocumented = [p["name"] for p in declared.values() if not p["help"]]
    assert not undocumented, f"{name}: say what {undocumented} is in a comment"


def test_claims_declares_its_topic() -> None:
    assert "topic" in pm.inspect_notebook(str(available()["claims"]))


@pytest.fixture(scope="module")
def other_reports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("other")
    corpus = folder / "floods.jsonl"
    corpus.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    out = folder / "reports"
    result = subprocess.run(
        [sys.executable, "-m", "workbench.cli", "report", "--corpus", str(corpus), "--out",
         str(out), "-p", "topic", TOPIC, "-q"],
        capture_output=True, text=True, cwd=folder, check=False)
    assert result.returncode == 0, result.stderr
    return out


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(available()))
def test_every_report_shows_the_corpus_it_was_given(other_reports: Path, name: str) -> None:
    page = (other_reports / f"{name}.html").read_text(encoding="utf-8")
    if name in ("explore", "overview", "claims"):
        for article in ARTICLES:
            assert article["title"] in page
            assert f'href="{article["url"]}"' in page, "the title links to the article"
    else:
        assert any(a["title"] in page for a in ARTICLES), "chart tooltips name an article"
    assert "Japan Expresses Concern" not in page and "000_5425e7d97a0aa84e" not in page, \
        "no seed article"
    if name == "claims":
        assert TOPIC in page
    executed = json.loads((other_reports / f"{name}.ipynb").read_text(encoding="utf-8"))
    assert executed["metadata"]["papermill"]["parameters"]["corpus"].endswith("floods.jsonl")


@pytest.mark.slow
def test_the_index_lists_the_topic(other_reports: Path) -> None:
    page = (other_reports / "index.html").read_text(encoding="utf-8")
    assert "floods.jsonl" in page and TOPIC in page


@pytest.mark.slow
def test_pip_install_then_report_from_another_folder(tmp_path: Path) -> None:
    """A regular (not editable) install into a fresh venv ships the notebooks.

    Uses pip's cache and the packages of this environment (``--system-site-packages`` keeps it
    to about a minute); the notebooks found must be those inside the installed package.
    """
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)],
                   check=True)
    python = venv / "bin" / "python"
    # the interpreter running the tests sees the project's dependencies; the new venv sees them
    # through a .pth file, and gets workbench itself only from the wheel built here
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path("
                           "'purelib'))"], capture_output=True, text=True, check=True)
    deps = subprocess.run([sys.executable, "-c", "import sysconfig; print(sysconfig.get_path("
                           "'purelib'))"], capture_output=True, text=True, check=True)
    Path(site.stdout.strip(), "deps.pth").write_text(deps.stdout.strip() + "\n")
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--no-deps",
         "--ignore-installed", str(ROOT)], capture_output=True, text=True, check=False)
    assert install.returncode == 0, install.stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    where = subprocess.run([str(python), "-c", "import workbench.report as r; print(r.NOTEBOOKS)"],
                           capture_output=True, text=True, cwd=elsewhere, check=True)
    assert str(venv) in where.stdout, "the notebooks come from the installed package"
    out = tmp_path / "x"
    # nbconvert's templates are data files of the environment providing the dependencies
    env = {**os.environ, "JUPYTER_PATH": str(Path(sys.prefix, "share", "jupyter"))}
    result = subprocess.run(
        [str(venv / "bin" / "workbench"), "report", "overview", "--corpus", str(ROOT / "seeds"),
         "--out", str(out), "-q"], capture_output=True, text=True, cwd=elsewhere, check=False,
        env=env)
    assert result.returncode == 0, result.stderr
    assert (out / "overview.html").exists() and (out / "index.html").exists()
