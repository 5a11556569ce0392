"""Reproductions of issue 12's defects whose fixes belong outside the readers and the report
parameters, each a test that failed before its fix."""

from __future__ import annotations

import cProfile
import json
import pstats
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

from spacy.language import Language

from tests.conftest import ROOT
from tests.robust.conftest import TIMEOUT, run_cli, strict_records, write_bytes
from workbench import ingest, pipeline
from workbench.model import Article

STOP_SECONDS = 20  # after Ctrl-C, a run ends within this time
GOOD = json.dumps({"id": "good", "body": "Russia launched 30 drones on Monday, officials said."})


def test_dates_at_the_calendar_edge_keep_their_article(tmp_path: Path, nlp: Language) -> None:
    path = write_bytes(tmp_path / "edge.txt",
                       "Edge\n\nThe deal runs to 31 December 9999, officials said on Friday.\n\n\n"
                       "Zero\n\nIt began on 1 January 0000, a historian said on Monday.\n")
    facts, problems = pipeline.run([path], nlp=nlp)
    assert problems == [] and len(facts) == 2


def test_a_body_over_max_length_is_split_or_a_problem(tmp_path: Path, nlp: Language) -> None:
    sentence = "Officials said drones flew. "
    long_body = (sentence * (nlp.max_length // len(sentence) + 1))[: nlp.max_length + 10]
    path = write_bytes(tmp_path / "a.jsonl",
                       GOOD + "\n" + json.dumps({"id": "long", "body": long_body}) + "\n")
    result = run_cli("facts", path, "-q", timeout=180)
    assert result.returncode == 0, result.stderr.decode()
    ids = {r["id"] for r in strict_records(result.stdout)}
    assert "good" in ids
    assert "long" in ids or "[long]" in result.stderr.decode()  # a problem naming the article


def test_numbers_past_float_range_are_no_infinity(tmp_path: Path) -> None:
    body = "The army lost 1" + "0" * 400 + " drones, officials said."
    path = write_bytes(tmp_path / "a.jsonl", json.dumps({"id": "inf", "body": body}) + "\n")
    result = run_cli("facts", path, "-q")
    strict_records(result.stdout)  # raises on Infinity


def _rules_calls(path: Path, nlp: Language) -> int:
    """Python calls the rules make on the article in ``path`` (parsed beforehand, the word
    tables loaded beforehand): a count of work that the machine's load cannot change."""
    (article,) = [r for r in ingest.read([path]) if isinstance(r, Article)]
    doc = nlp(article.text)
    profile = cProfile.Profile()
    profile.enable()
    facts = pipeline.facts_of(doc, article)
    profile.disable()
    assert facts.sentences  # the rules ran over the whole text
    return pstats.Stats(profile).total_calls  # type: ignore[attr-defined]


def _growth(tmp_path: Path, nlp: Language, text_of: Callable[[int], str], size: int) -> float:
    """How much the rules' work grows when the input doubles: about 2 when linear, 4 when
    quadratic (a scan of every time for every number made it 2.9 on the captions)."""
    warm = write_bytes(tmp_path / "warm.txt",
                       "Warm\n\nOfficials said on Monday that 3 drones fell.\n")
    pipeline.run([warm], nlp=nlp)  # the word tables loaded
    small = write_bytes(tmp_path / "small.txt", text_of(size))
    large = write_bytes(tmp_path / "large.txt", text_of(2 * size))
    return _rules_calls(large, nlp) / _rules_calls(small, nlp)


def _quote_flood(size: int) -> str:
    return "Quotes\n\nOfficials said " + '" ' * size + "it rained, he said.\n"


def _captions(size: int) -> str:
    captions = "\n".join(f"Troops at post {i}, 04 November 2024. EPA/Jane Doe"
                         for i in range(size))
    return (f"Front Holds\n\n{captions}\nTT\n\n"
            "The army said on Tuesday that 30 drones were downed.\n")


def test_a_quote_flood_is_near_linear(tmp_path: Path, nlp: Language) -> None:
    assert _growth(tmp_path, nlp, _quote_flood, 11_000) < 2.5


def test_thousands_of_captions_are_near_linear(tmp_path: Path, nlp: Language) -> None:
    assert _growth(tmp_path, nlp, _captions, 2_000) < 2.5


FULL_DISK = textwrap.dedent("""
    import errno, sys
    import polars as pl
    from workbench import cli
    real = pl.DataFrame.write_parquet
    calls = []
    def full(self, file, *args, **kwargs):
        calls.append(file)
        if len(calls) == 3:
            with open(file, "wb") as handle:
                handle.write(b"PAR1 half")
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self, file, *args, **kwargs)
    pl.DataFrame.write_parquet = full
    sys.exit(cli.main(sys.argv[1:]))
""")


def test_a_full_disk_leaves_the_old_tables_and_no_temp_file(tmp_path: Path) -> None:
    out = tmp_path / "facts"
    first = run_cli("facts", "seeds", "--format", "parquet", "--out", out, "-q")
    assert first.returncode == 0, first.stderr.decode()
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    result = subprocess.run([sys.executable, "-c", FULL_DISK, "facts", "seeds", "--format",
                             "parquet", "--out", str(out), "-q"], capture_output=True,
                            cwd=ROOT, timeout=TIMEOUT, check=False)
    stderr = result.stderr.decode()
    assert result.returncode == 2 and "No space left" in stderr and "Traceback" not in stderr
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_ctrl_c_with_two_jobs_ends_the_run(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"n{i}", "body": "Russia launched 30 drones on Monday, "
                         f"officials in region {i} said."}) for i in range(3000)]
    path = write_bytes(tmp_path / "many.jsonl", "\n".join(lines) + "\n")
    proc = subprocess.Popen([sys.executable, "-m", "workbench.cli", "facts", str(path), "-q",
                             "--jobs", "2"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, cwd=ROOT, start_new_session=True)
    children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children")
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline and len(children.read_text().split()) < 2:
        time.sleep(0.2)  # until spaCy's worker processes run
    time.sleep(2)
    proc.send_signal(signal.SIGINT)
    try:
        code = proc.wait(timeout=STOP_SECONDS)
    except subprocess.TimeoutExpired:
        import os

        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        raise AssertionError("the run did not end after Ctrl-C") from None
    assert code in (1, 2, 130, -signal.SIGINT)
