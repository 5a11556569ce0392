"""explore.ipynb in a real JupyterLab, driven by headless Chromium with the network blocked:
every cell runs, the chart of names shows its tooltip on hover, and the explorer's widgets
filter the table of facts. Screenshots go to test-artifacts/ for people to look at."""

from __future__ import annotations

import base64
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import nbformat
import pytest

from tests.conftest import ROOT
from tests.report.test_browser import ARTIFACTS, _DevTools, devtools, needs_chromium

LAB_START_SECONDS = 120
RUN_SECONDS = 240


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def jupyterlab(root: Path) -> Iterator[str]:
    """A JupyterLab server on ``root`` with its own settings; yields its URL with the token."""
    port, token = _free_port(), secrets.token_hex(16)
    home = root / ".jupyter-home"
    env = {**os.environ, "JUPYTER_CONFIG_DIR": str(home / "config"),
           "JUPYTER_DATA_DIR": str(home / "data"),
           "JUPYTER_RUNTIME_DIR": str(home / "runtime"), "JUPYTERLAB_WORKSPACES_DIR":
           str(home / "workspaces"), "JUPYTERLAB_SETTINGS_DIR": str(home / "settings")}
    server = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", f"--ServerApp.port={port}",
         "--ServerApp.ip=127.0.0.1", "--ServerApp.port_retries=0", "--allow-root",
         f"--IdentityProvider.token={token}",
         f"--ServerApp.root_dir={root}", "--LabApp.expose_app_in_browser=True",
         "--LabApp.news_url=", "--LabApp.check_for_updates_class="
         "jupyterlab.NeverCheckForUpdate"],
        cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        start_new_session=True)
    try:
        deadline = time.monotonic() + LAB_START_SECONDS
        while True:
            try:
                with urllib.request.urlopen(
                        f"http://127.0.0.1:{port}/api/status?token={token}", timeout=5):
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    assert server.stderr is not None
                    raise RuntimeError(
                        f"JupyterLab did not start: {server.stderr.read()[-3000:]}") from None
                time.sleep(0.5)
        yield f"http://127.0.0.1:{port}/lab/tree/notebooks/explore.ipynb?token={token}"
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGTERM)  # the server and the kernel it started
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait(timeout=30)


@pytest.fixture(scope="module")
def lab_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The notebooks and the seed, copied: JupyterLab saves what it runs."""
    root = tmp_path_factory.mktemp("lab")
    shutil.copytree(ROOT / "notebooks", root / "notebooks",
                    ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    shutil.copytree(ROOT / "seeds", root / "seeds")
    explore = root / "notebooks" / "explore.ipynb"
    notebook = nbformat.read(explore, as_version=4)
    for cell in notebook.cells:  # the stored outputs go: what shows is what JupyterLab ran
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    nbformat.write(notebook, explore)
    return root


KERNEL_IDLE = """(() => {
  const app = window.jupyterapp;
  const panel = app && app.shell.currentWidget;
  const kernel = panel && panel.sessionContext && panel.sessionContext.session
    && panel.sessionContext.session.kernel;
  return kernel && kernel.status === "idle" && panel.content && panel.content.widgets.length > 0;
})()"""
RUN_ALL = """(() => {
  window.jupyterapp.commands.execute("notebook:run-all-cells");
  return true;
})()"""
ALL_RAN = """(() => {
  const cells = window.jupyterapp.shell.currentWidget.content.widgets
    .filter(cell => cell.model.type === "code");
  const done = cells.every(cell => cell.model.executionCount !== null);
  const kernel = window.jupyterapp.shell.currentWidget.sessionContext.session.kernel;
  return done && kernel.status === "idle" ? cells.length : null;
})()"""
ERRORS = """[...document.querySelectorAll(".jp-OutputArea-output[data-mime-type*='error'], \
.jp-RenderedText[data-mime-type='application/vnd.jupyter.stderr']")].map(e => e.innerText)"""
# the first chart's plot area, scrolled into view (the chart of names comes first)
FIRST_CHART = """(() => {
  const chart = document.querySelector(".jp-OutputArea .vega-embed");
  if (!chart || !chart.querySelector("canvas, svg")) return null;
  chart.scrollIntoView({block: "center"});
  const box = (chart.querySelector("canvas, svg")).getBoundingClientRect();
  return [box.x, box.y, box.width, box.height];
})()"""
TOOLTIP = """(() => {
  const tip = document.getElementById("vg-tooltip-element");
  return tip && tip.classList.contains("visible") ? tip.innerText : null;
})()"""
EXPLORER = """(() => {
  const boxes = [...document.querySelectorAll(".widget-dropdown")];
  const find = label => boxes.find(b => b.querySelector("label").innerText.trim() === label);
  const entity = find("Entity"), kind = find("Kind");
  const note = [...document.querySelectorAll(".widget-html .wb-note")].pop();
  if (!entity || !kind || !note) return null;
  note.scrollIntoView({block: "center"});
  return {entities: [...entity.querySelector("select").options].map(o => o.value),
          note: note.innerText};
})()"""
ROWS = """[...document.querySelectorAll(".widget-html table tbody tr")].map(row =>
  [...row.cells].map(cell => cell.innerText))"""


def _choose(label: str, value: str) -> str:
    return f"""(() => {{
  const box = [...document.querySelectorAll(".widget-dropdown")]
    .find(b => b.querySelector("label").innerText.trim() === {json.dumps(label)});
  const select = box.querySelector("select");
  select.value = {json.dumps(value)};
  select.dispatchEvent(new Event("change", {{bubbles: true}}));
  return select.value;
}})()"""


def _note_other_than(note: str) -> str:
    return f"""(() => {{
  const note = [...document.querySelectorAll(".widget-html .wb-note")].pop();
  return note && note.innerText !== {json.dumps(note)} ? note.innerText : null;
}})()"""


def _hover_until_tooltip(page: _DevTools, box: list[float]) -> str:
    """Move the mouse over the chart's plot area, row by row, until a tooltip shows."""
    x, y, width, height = box
    for row in range(4, 40):
        for column in (0.3, 0.2, 0.4, 0.5):
            page.call("Input.dispatchMouseEvent", type="mouseMoved",
                      x=x + width * column, y=y + height * row / 40)
            time.sleep(0.05)
            tip = page.evaluate(TOOLTIP)
            if tip:
                return str(tip)
    raise AssertionError("no tooltip anywhere over the chart")


def _wait_loaded(page: _DevTools, expression: str, *, seconds: float) -> object:
    """Like ``page.wait_for``, while the page may still be loading (no context to evaluate in)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            value = page.evaluate(expression)
        except RuntimeError:
            value = None
        if value:
            return value
        time.sleep(0.5)
    raise TimeoutError(expression)


def _shot(page: _DevTools, name: str) -> None:
    shot = page.call("Page.captureScreenshot", format="png")
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / name).write_bytes(base64.b64decode(shot["data"]))


@pytest.mark.slow
@needs_chromium
def test_explore_runs_in_jupyterlab_with_tooltips_and_filtering_widgets(lab_copy: Path) -> None:
    with jupyterlab(lab_copy) as url, devtools(url, local=True, size="1400,1800") as page:
        _wait_loaded(page, KERNEL_IDLE, seconds=LAB_START_SECONDS)
        page.evaluate(RUN_ALL)
        cells = page.wait_for(ALL_RAN, seconds=RUN_SECONDS)
        assert cells >= 8
        assert page.evaluate(ERRORS) == []

        box = page.wait_for(FIRST_CHART)
        time.sleep(0.5)  # the scroll settles before the mouse moves
        tip = _hover_until_tooltip(page, page.evaluate(FIRST_CHART) or box)
        _shot(page, "jupyterlab-tooltip.png")
        assert "mentions" in tip and "first sentence" in tip, tip

        explorer = page.wait_for(EXPLORER)
        before = explorer["note"]
        assert re.match(r"[\d,]+ facts in [\d,]+ sentences", before), before
        assert page.evaluate(_choose("Kind", "times")) == "times"
        after = page.wait_for(_note_other_than(before))
        rows = page.evaluate(ROWS)
        _shot(page, "jupyterlab-widgets.png")
    assert rows, "the filtered table has rows"
    facts_before = int(before.split()[0].replace(",", ""))
    facts_after = int(after.split()[0].replace(",", ""))
    assert 0 < facts_after < facts_before, (before, after)
    # the facts column lists only times now, each as "time: words → value"
    facts = [line for _, cell, *_ in rows for line in cell.splitlines() if line.strip()]
    assert facts and all(line.startswith("time: ") for line in facts), facts
