"""The command line on hostile inputs: the batch goes on, every record is named, the output is
strict UTF-8 JSON, and a closed pipe ends the run quietly. (Issue 12, defects 2, 4, 5, 6, 9.)"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import polars as pl

from tests.conftest import ROOT
from tests.robust.conftest import TIMEOUT, run_cli, strict_records, write_bytes

BODY = "KYIV, 3 March 2023 - Russia launched 30 drones overnight, officials said on Friday."


def test_a_hostile_batch_goes_on_and_writes_strict_utf8(tmp_path: Path) -> None:
    lines = [
        '{"id": "s\\ud800", "source": "\\udc00CBB\\u202e", "url": "http://x/\\ud83d", '
        f'"body": "{BODY}"}}',
        json.dumps({"id": "empty", "body": "\u0081"}),
        "[" * 100_000,
        '{"id": ' + "9" * 5000 + ', "body": "x"}',
        json.dumps({"id": "bidi", "source": "\u202eCBB", "body": BODY + " Again."}),
    ]
    write_bytes(tmp_path / "a.jsonl", "\n".join(lines) + "\n")
    write_bytes(tmp_path / "b.txt", "Talks Resume\n\nThe talks resumed.\n\n\n\u200b\n")
    write_bytes(tmp_path / "c.txt", "\u00a0\u3000\n")
    with open(os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt"), "wb") as handle:
        handle.write(b"Cafe Opens\n\nThe cafe opened on Monday, its owner said.\n")
    result = run_cli("facts", tmp_path, "-q")
    stderr = result.stderr.decode("utf-8")
    assert result.returncode == 0, stderr
    records = strict_records(result.stdout)
    assert {r["title"] for r in records} >= {"Talks Resume", "Cafe Opens"}
    assert {r["outlet"] for r in records} >= {"CBB"}
    assert any(r["source"].endswith("caf\ufffd.txt") for r in records)
    for where in ("a.jsonl:2", "a.jsonl:3", "a.jsonl:4", "b.txt:6", "c.txt"):
        assert where in stderr, where
    assert "4 articles" in stderr


def test_bad_published_metadata_still_gives_parquet_tables(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "y", "published": "yesterday", "body": BODY}),
             json.dumps({"id": "z", "published": "2024-02-30", "body": BODY + " More."})]
    write_bytes(tmp_path / "a.jsonl", "\n".join(lines) + "\n")
    out = tmp_path / "facts"
    result = run_cli("facts", tmp_path / "a.jsonl", "--format", "parquet", "--out", out, "-q")
    assert result.returncode == 0, result.stderr.decode()
    articles = pl.read_parquet(out / "articles.parquet")
    assert articles["published"].cast(pl.String).to_list() == ["2023-03-03", "2023-03-03"]
    assert "2 articles, 2 problems" in result.stderr.decode()


def test_only_bad_inputs_exit_1_and_strict_exits_1_on_any_problem(tmp_path: Path) -> None:
    write_bytes(tmp_path / "blank.txt", "\u3000\n")
    assert run_cli("facts", tmp_path / "blank.txt", "-q").returncode == 1
    write_bytes(tmp_path / "a.jsonl", json.dumps({"id": "a", "published": "soon", "body": BODY}))
    assert run_cli("facts", tmp_path / "a.jsonl", "-q").returncode == 0
    assert run_cli("facts", tmp_path / "a.jsonl", "-q", "--strict").returncode == 1


def test_a_closed_pipe_ends_the_run_quietly() -> None:
    proc = subprocess.Popen([sys.executable, "-m", "workbench.cli", "facts", "seeds", "-q"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    stderr = proc.stderr.read().decode()
    assert proc.wait(timeout=TIMEOUT) == 128 + signal.SIGPIPE
    assert "Traceback" not in stderr and "Broken pipe" not in stderr
