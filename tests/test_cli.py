"""The command line: facts as JSON Lines and Parquet, problems counted, help with examples."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

from tests.conftest import ROOT
from workbench import frames as tables

WORKBENCH = [sys.executable, "-m", "workbench.cli"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*WORKBENCH, *args], capture_output=True, text=True, check=False, cwd=ROOT
    )


def test_facts_jsonl_from_seeds() -> None:
    result = run("facts", "seeds/", "--format", "jsonl", "-q")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 2
    assert all(r["source"] == "seeds/000_5425e7d97a0aa84e.txt" for r in records)
    assert "2 articles, 0 problems" in result.stderr


def test_facts_parquet_tables_and_problems(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "body": "Kyiv was quiet on Monday, officials said."}\nnot json\n')
    out = tmp_path / "facts"
    result = run(
        "facts",
        "seeds/",
        str(bad),
        str(tmp_path / "missing.txt"),
        "--format",
        "parquet",
        "--out",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    assert "3 articles, 2 problems" in result.stderr
    assert f"{bad}:2" in result.stderr and "missing.txt" in result.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{k}.parquet" for k in tables.KINDS)
    for kind, schema in tables.SCHEMAS.items():
        frame = pl.read_parquet(out / f"{kind}.parquet")
        assert dict(frame.schema) == schema, kind
    articles = pl.read_parquet(out / "articles.parquet")
    assert articles.height == 3
    problems = pl.read_parquet(out / "problems.parquet")
    assert problems["line"].to_list() == [2, None]
    entities = pl.read_parquet(out / "entities.parquet")
    assert set(entities["article_id"]) <= set(articles["article_id"])


def test_facts_parquet_needs_out() -> None:
    result = run("facts", "seeds/", "--format", "parquet")
    assert result.returncode != 0
    assert "--out" in result.stderr


def test_all_inputs_bad_exits_nonzero(tmp_path: Path) -> None:
    result = run("facts", str(tmp_path / "missing.txt"), "-q")
    assert result.returncode == 1
    assert "no such file" in result.stderr


def test_strict_fails_on_any_problem(tmp_path: Path) -> None:
    result = run("facts", "seeds/", str(tmp_path / "missing.txt"), "-q", "--strict")
    assert result.returncode == 1


@pytest.mark.parametrize("command", ["facts", "report", "claims"])
def test_help_has_an_example(command: str) -> None:
    result = run(command, "--help")
    assert result.returncode == 0
    assert "example:" in result.stdout
    assert f"workbench {command}" in result.stdout


def test_top_level_help_has_an_example() -> None:
    result = run("--help")
    assert result.returncode == 0 and "example:" in result.stdout


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.startswith("workbench ")


def test_claims_on_a_missing_path_fails_with_a_message(tmp_path: Path) -> None:
    result = run("claims", "troops", str(tmp_path / "missing.jsonl"))
    assert result.returncode == 2 and "not found" in result.stderr


def test_report_on_a_missing_corpus_fails_with_a_message(tmp_path: Path) -> None:
    result = run("report", "--corpus", str(tmp_path / "missing"), "--out", str(tmp_path))
    assert result.returncode == 2 and "corpus not found" in result.stderr


@pytest.mark.parametrize("command", [["facts", "seeds/"], ["claims", "troops", "seeds/"]])
def test_negative_limit_is_refused(command: list[str]) -> None:
    result = run(*command, "--limit", "-1")
    assert result.returncode == 2 and "must be 0 or more" in result.stderr


def test_report_help_lists_every_notebooks_parameters() -> None:
    from workbench.report import available

    result = run("report", "--help")
    assert result.returncode == 0
    for name in available():
        assert f"\n  {name} " in result.stdout
    assert "topic='North Korean troops'" in result.stdout and "top_n=" in result.stdout


def test_parquet_files_are_readable_by_others(tmp_path: Path) -> None:
    import os

    old = os.umask(0o022)
    try:
        tables.write_parquet(tables.to_frames([], []), tmp_path)
    finally:
        os.umask(old)
    modes = {p.name: p.stat().st_mode & 0o777 for p in tmp_path.glob("*.parquet")}
    assert modes and set(modes.values()) == {0o644}


def test_times_table_has_typed_days() -> None:
    frame = tables.to_frames([], [])["times"]
    assert frame.schema["resolved_start"] == pl.Date and frame.schema["resolved_kind"] == pl.String
