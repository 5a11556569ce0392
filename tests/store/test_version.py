"""The extractor's version changes with what decides the stored facts, and only with that."""

from __future__ import annotations

import shutil
from pathlib import Path

from workbench.store import version

PACKAGE = Path(version.__file__).resolve().parents[1]


def _copy(tmp_path: Path) -> Path:
    copy = tmp_path / "workbench"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__", "notebooks"))
    return copy


def test_the_code_hash_follows_the_rules_not_the_display(tmp_path: Path) -> None:
    copy = _copy(tmp_path)
    before = version.code_hash(copy)
    assert version.code_hash(copy) == before  # the same files, the same hash
    (copy / "display" / "views.py").write_text("# a new look\n", encoding="utf-8")
    (copy / "compare" / "estimates" / "table.py").write_text("# asked later\n", encoding="utf-8")
    assert version.code_hash(copy) == before, "what only reads the store changes nothing"
    (copy / "extract" / "quantities" / "bounds.py").write_text("# new rule\n", encoding="utf-8")
    after_rule = version.code_hash(copy)
    assert after_rule != before
    (copy / "store" / "partition.py").write_text("# written otherwise\n", encoding="utf-8")
    assert version.code_hash(copy) != after_rule
    (copy / "compare" / "checks" / "extra.py").write_text("# a new check\n", encoding="utf-8")
    assert version.code_hash(copy) not in (before, after_rule)


def test_the_version_names_code_data_and_pipeline() -> None:
    version.extractor_version.cache_clear()  # computed once per process: this one's code now
    name = version.extractor_version()
    assert f"+code.{version.code_hash()}+data.{version.data_hash()}+" in name
