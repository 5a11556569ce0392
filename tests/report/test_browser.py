"""Every built report opened in headless Chromium with the network blocked: charts drawn, no
script failed to load, a screenshot kept in test-artifacts/ for people to look at."""

from __future__ import annotations

import base64
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT
from workbench.report import available

ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = next((found for name in ("chromium", "chromium-browser", "google-chrome")
                 if (found := shutil.which(name))), None)
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None,
    reason="Chromium is not installed (apt-get install chromium; .ci/run installs it)")
# No network at all: every host name fails to resolve; no background or component traffic.
OFFLINE = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--host-resolver-rules=MAP * ~NOTFOUND", "--virtual-time-budget=8000",
]


def chromium(page: Path, *, screenshot: Path | None = None) -> str:
    """The DOM of ``page`` after its scripts ran, or a screenshot of it."""
    if CHROMIUM is None:
        raise RuntimeError("no Chromium")
    # Chromium's helper processes may still write to the profile as it exits
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as profile:
        args = [CHROMIUM, *OFFLINE, f"--user-data-dir={profile}"]
        if screenshot is not None:
            args += ["--window-size=1200,2400", f"--screenshot={screenshot}"]
        else:
            args.append("--dump-dom")
        result = subprocess.run([*args, page.as_uri()], capture_output=True, text=True,
                                timeout=180, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"chromium failed on {page}: {result.stderr[-2000:]}")
    return result.stdout


def remote_references(page: str) -> list[str]:
    """Attributes that would make the browser fetch something from elsewhere."""
    return re.findall(r"""\b(?:src|href|action|data)\s*=\s*["']?\s*(?:https?:)?//[^"'\s>]*""",
                      page)


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("reports")
    result = subprocess.run(
        [sys.executable, "-m", "workbench.cli", "report", "--corpus", "seeds", "--out",
         str(out), "-q"], capture_output=True, text=True, cwd=ROOT, check=False)
    assert result.returncode == 0, result.stderr
    return out


@pytest.mark.slow
def test_reports_build_every_notebook_and_the_index(reports: Path) -> None:
    names = sorted(available())
    assert sorted(p.stem for p in reports.glob("*.html")) == sorted([*names, "index"])


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(available()))
def test_every_report_is_self_contained(reports: Path, name: str) -> None:
    page = (reports / f"{name}.html").read_text(encoding="utf-8")
    assert remote_references(page) == []
    # the bundles hold no "</script": each tag ends at its own end
    tags = re.findall(r"<script\b([^>]*)>.*?</script>", page, flags=re.DOTALL)
    assert tags.count("") <= 2, "at most the vega bundle and the embedding script"
    assert tags.count(' type="module"') <= 2, "at most DataTables and the script starting it"
    assert len(page.encode()) <= 3_000_000, "a page stays under 3 MB"


@pytest.mark.slow
@needs_chromium
@pytest.mark.parametrize("name", [*sorted(available()), "index"])
def test_every_report_draws_offline(reports: Path, name: str) -> None:
    page = reports / f"{name}.html"
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / f"{name}.png"
    shot.unlink(missing_ok=True)
    chromium(page, screenshot=shot)
    assert shot.stat().st_size > 10_000
    dom = chromium(page)
    charts = page.read_text(encoding="utf-8").count('class="wb-chart"')
    drawn = re.findall(r'<div class="wb-chart[^"]*" id="wb-chart-\d+"[^>]*>(.*?)</svg>', dom,
                       re.DOTALL)
    assert len(drawn) == charts, "every chart is drawn as SVG"
    assert all('class="mark-' in svg for svg in drawn)
    assert "wb-chart-failed" not in re.sub(r"<script.*?</script>", "", dom, flags=re.DOTALL)
    assert "Error loading script" not in dom


class _DevTools:
    """Just enough of the DevTools protocol to move the mouse and read the page."""

    def __init__(self, url: str) -> None:
        import websocket

        # no Origin header: Chromium refuses DevTools connections from other origins
        self.socket = websocket.create_connection(url, timeout=30, suppress_origin=True)
        self.calls = 0

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        self.calls += 1
        self.socket.send(json.dumps({"id": self.calls, "method": method, "params": params}))
        while True:
            reply = json.loads(self.socket.recv())
            if reply.get("id") == self.calls:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                result: dict[str, Any] = reply["result"]
                return result

    def evaluate(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result["result"].get("value")

    def wait_for(self, expression: str, *, seconds: float = 20) -> Any:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            value = self.evaluate(expression)
            if value:
                return value
            time.sleep(0.2)
        raise TimeoutError(expression)


@contextmanager
def devtools(page: Path | str, *, local: bool = False,
             size: str = "1200,1600") -> Iterator[_DevTools]:
    """``page`` (a file, or a URL) open in headless Chromium, offline, driven over the DevTools
    protocol; ``local`` lets this machine's own address (127.0.0.1) through."""
    if CHROMIUM is None:
        raise RuntimeError("no Chromium")
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as profile:
        flags = [f for f in OFFLINE if not f.startswith("--virtual-time-budget")]
        if local:  # every name but this machine's fails to resolve
            flags = [f for f in flags if not f.startswith("--host-resolver-rules")]
            flags.append("--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1")
        browser = subprocess.Popen(
            [CHROMIUM, *flags, "--remote-debugging-port=0", f"--user-data-dir={profile}",
             f"--window-size={size}", page.as_uri() if isinstance(page, Path) else page],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
            start_new_session=True)
        try:
            assert browser.stderr is not None
            port = None
            for _ in range(200):
                found = re.search(r"DevTools listening on ws://127\.0\.0\.1:(\d+)/",
                                  browser.stderr.readline())
                if found:
                    port = found.group(1)
                    break
            assert port, "Chromium did not open its DevTools port"
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list") as response:
                targets = json.load(response)
            url = next(t["webSocketDebuggerUrl"] for t in targets if t["type"] == "page")
            tools = _DevTools(url)
            try:
                yield tools
            finally:
                tools.socket.close()
        finally:
            os.killpg(browser.pid, signal.SIGTERM)  # the browser and its helper processes
            browser.wait(timeout=30)


FIRST_BAR = """(() => {
  const bar = document.querySelector("#wb-chart-0 .mark-rect path");
  // measured once the tables are laid out: DataTables moves what follows them
  if (!bar || document.querySelector("table.wb-datatable:not(.dataTable)")) return null;
  bar.scrollIntoView({block: "center"});
  const box = bar.getBoundingClientRect();
  return [box.x + box.width / 2, box.y + box.height / 2];
})()"""
TOOLTIP = """(() => {
  const tip = document.getElementById("vg-tooltip-element");
  return tip && tip.classList.contains("visible") ? tip.innerText : null;
})()"""


@pytest.mark.slow
@needs_chromium
def test_hovering_a_bar_shows_its_sentence(reports: Path) -> None:
    with devtools(reports / "explore.html") as page:
        x, y = page.wait_for(FIRST_BAR)
        page.call("Input.dispatchMouseEvent", type="mouseMoved", x=x, y=y)
        tip = page.wait_for(TOOLTIP)
        shot = page.call("Page.captureScreenshot", format="png")
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "tooltip.png").write_bytes(base64.b64decode(shot["data"]))
    assert "first sentence" in tip and "mentions" in tip
    sentence = tip.split("first sentence", 1)[1].splitlines()
    assert any(len(line.split()) >= 3 for line in sentence), tip


QUOTES_TABLE = """(() => {
  const tables = [...document.querySelectorAll("table.wb-datatable.dataTable")];
  const table = tables.find(t => t.querySelector("th").innerText.trim() === "speaker");
  if (!table) return null;
  table.id = "quotes";
  const th = table.querySelectorAll("thead th")[1];
  th.scrollIntoView({block: "center"});
  const box = th.getBoundingClientRect();
  return [box.x + box.width / 2, box.y + box.height / 2];
})()"""
FIRST_QUOTES = """[...document.querySelectorAll("#quotes tbody tr")]
  .map(row => row.cells[1] ? row.cells[1].innerText : "")"""
SEARCH_BOX = """(() => {
  const box = document.querySelector("#quotes").closest(".dt-container")
    .querySelector("input[type=search]");
  box.focus();
  return true;
})()"""


@pytest.mark.slow
@needs_chromium
def test_a_table_sorts_and_searches_offline(reports: Path) -> None:
    with devtools(reports / "explore.html") as page:
        x, y = page.wait_for(QUOTES_TABLE)
        before = page.evaluate(FIRST_QUOTES)
        assert len(before) > 1, "the quotes table has rows to sort"
        page.call("Input.dispatchMouseEvent", type="mousePressed", x=x, y=y, button="left",
                  clickCount=1)
        page.call("Input.dispatchMouseEvent", type="mouseReleased", x=x, y=y, button="left",
                  clickCount=1)
        after = page.wait_for(f"(() => {{ const q = {FIRST_QUOTES}; "
                              f"return q.join() !== {json.dumps(before)}.join() ? q : null; }})()")
        assert after == sorted(before, key=str.casefold), "a click on the header sorts"
        word = max(after[0].split(), key=len)
        page.wait_for(SEARCH_BOX)
        page.call("Input.insertText", text=word)
        rows = ('[...document.querySelectorAll("#quotes tbody tr")].map(r => r.innerText)')
        found = page.wait_for(f"(() => {{ const q = {rows}; "
                              f"return q.length < {len(after)} ? q : null; }})()")
        assert found and all(word.casefold() in row.casefold() for row in found)
        shot = page.call("Page.captureScreenshot", format="png")
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "table-search.png").write_bytes(base64.b64decode(shot["data"]))
