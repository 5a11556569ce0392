"""Report parameters never run code: only plain scalars, lists and mappings of them reach a
notebook, each written as a Python literal that reads back as the same value. (Issue 12, defect 1.)
"""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from tests.conftest import ROOT
from tests.robust.conftest import run_cli
from workbench import report


def touch(marker: Path) -> str:
    """Python that creates ``marker`` if it ever runs, written to break out of a "..." literal."""
    return f'"+__import__("os").system("touch {marker}")+"'


def yaml_tagged(tag: str, marker: Path) -> str:
    code = touch(marker)
    if tag == "!!binary":
        return f"unit: !!binary {base64.b64encode(code.encode()).decode()}\n"
    if tag == "!!set":
        return f"unit: !!set {{{json.dumps(code)}: null}}\n"
    if tag == "!!omap":
        return f"unit: !!omap [{{a: {json.dumps(code)}}}]\n"
    if tag == "!!python/object/apply":
        return f'unit: !!python/object/apply:os.system ["touch {marker}"]\n'
    if tag == "!!python/name":
        return "unit: !!python/name:os.system\n"
    if tag == "!!python/bytes":
        return f"unit: !!python/bytes {base64.b64encode(code.encode()).decode()}\n"
    if tag == "!custom":
        return f"unit: !custom {json.dumps(code)}\n"
    raise AssertionError(tag)


TAGS = ["!!binary", "!!set", "!!omap", "!!python/object/apply", "!!python/name",
        "!!python/bytes", "!custom"]


@pytest.mark.parametrize("tag", TAGS)
def test_yaml_tags_are_refused_through_y_and_f(tmp_path: Path, tag: str) -> None:
    marker = tmp_path / "PWNED"
    text = yaml_tagged(tag, marker)
    file = tmp_path / "p.yaml"
    file.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match="tag") as caught:
        report.parse_parameters([], [text])
    assert "-y" in str(caught.value) and "line 1" in str(caught.value)
    with pytest.raises(ValueError, match="tag") as caught:
        report.parse_parameters([], [], file)
    assert str(file) in str(caught.value)
    assert not marker.exists()


@pytest.mark.parametrize("how", ["-f", "-y"])
def test_the_command_refuses_a_tagged_parameter(tmp_path: Path, how: str) -> None:
    marker = tmp_path / "PWNED"
    text = yaml_tagged("!!binary" if how == "-f" else "!!set", marker)
    file = tmp_path / "p.yaml"
    file.write_text(text, encoding="utf-8")
    value = str(file) if how == "-f" else text
    result = run_cli("report", "charts", "--corpus", ROOT / "seeds", "--out", tmp_path / "out",
                     "-q", how, value)
    stderr = result.stderr.decode()
    assert result.returncode == 2, stderr
    assert "tag" in stderr and "Traceback" not in stderr
    assert not marker.exists()
    assert not (tmp_path / "out" / "charts.ipynb").exists()


@pytest.mark.parametrize("text", [
    "unit: .inf", "unit: .nan", "unit: [1, -.inf]", "unit: {1: a}", "'x = 1\\nimport os': 1",
    "import: 1", "unit: &a [1]\nother: *a",
])
def test_values_that_are_no_plain_literal_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="-y"):
        report.parse_parameters([], [text])


def test_p_values_never_become_non_finite_numbers() -> None:
    got = report.parse_parameters([("a", "nan"), ("b", "inf"), ("c", "1" + "0" * 5000),
                                   ("d", "-Infinity")])
    assert got == {"a": "nan", "b": "inf", "c": "1" + "0" * 5000, "d": "-Infinity"}


def test_yaml_dates_arrive_as_iso_text() -> None:
    assert report.parse_parameters([], ["when: 2024-02-29\nat: 2024-02-29 10:00:00"]) == {
        "when": "2024-02-29", "at": "2024-02-29T10:00:00"}


# Strings that break papermill-style quoting when written naively.
HOSTILE = [
    '"; import os; os.system("touch {m}"); "',
    "\\\"; import os; os.system('touch {m}'); \\\"",
    "x\n__import__('os').system('touch {m}')\n",
    "'''\"\"\"\\\\\\n\\x00{m}",
    "\\",
    "\u202e\u2028\u2029\x00\x1b[31m {m}",
    "{{{m}}}",
]


def _echo_notebook(directory: Path) -> None:
    directory.mkdir()
    nb = new_notebook(cells=[
        new_markdown_cell("# Echo"),
        new_code_cell('text = ""\nlisted = []\ntable = {}\nnumber = 0'),
        new_code_cell("import json\nprint(json.dumps([text, listed, table, number]))"),
    ])
    nb.cells[1].metadata["tags"] = ["parameters"]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    nbformat.write(nb, directory / "echo.ipynb")


@pytest.mark.slow
def test_quotes_newlines_and_backslashes_arrive_as_text(tmp_path: Path) -> None:
    marker = tmp_path / "PWNED"
    hostile = [h.format(m=marker) for h in HOSTILE]
    file = tmp_path / "p.yaml"
    file.write_text(json.dumps({"table": {h: h for h in hostile}}), encoding="utf-8")
    given = report.parse_parameters(
        [("text", hostile[0]), ("number", "12")],
        [json.dumps({"listed": [*hostile, 1, 2.5, True, None, [hostile[1]]]})],
        file,
    )
    _echo_notebook(tmp_path / "nbs")
    out = tmp_path / "out"
    report.build(corpus=ROOT / "seeds", out=out, progress=False, notebooks=tmp_path / "nbs",
                 parameters=given)
    executed = nbformat.read(out / "echo.ipynb", as_version=4)
    printed: Any = json.loads(executed.cells[-1].outputs[0].text)
    assert printed == [hostile[0], [*hostile, 1, 2.5, True, None, [hostile[1]]],
                       {h: h for h in hostile}, 12]
    assert not marker.exists()


@pytest.mark.slow
def test_a_quote_through_p_reaches_the_real_notebook_as_text(tmp_path: Path) -> None:
    marker = tmp_path / "PWNED"
    result = run_cli("report", "charts", "--corpus", ROOT / "seeds", "--out", tmp_path / "out",
                     "-q", "-p", "unit", touch(marker), timeout=120)
    assert result.returncode == 0, result.stderr.decode()
    assert not marker.exists()
    executed = nbformat.read(tmp_path / "out" / "charts.ipynb", as_version=4)
    assert executed.metadata.papermill.parameters["unit"] == touch(marker)
