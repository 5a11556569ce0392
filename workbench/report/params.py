"""Notebook parameters: read from the command line like papermill, declared by each notebook.

``-p NAME VALUE`` converts ``True``/``False``/``None``, integers and floats and keeps anything
else as text (papermill's rule: ``-p topic "['a']"`` is the text ``['a']``, not a list). Lists
and mappings come from ``-y`` YAML text or a YAML file. Later sources win: file, then ``-y``,
then ``-p``.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import nbformat
import yaml

PARAMETERS_TAG = "parameters"


def convert(value: str) -> Any:
    """A ``-p`` value as papermill reads it."""
    if value in {"True", "False"}:
        return value == "True"
    if value == "None":
        return None
    for kind in (int, float):
        try:
            return kind(value)
        except ValueError:
            continue
    return value


def _mapping(text: str, *, where: str) -> dict[str, Any]:
    try:
        loaded = yaml.safe_load(text)
    except yaml.YAMLError as err:
        raise ValueError(f"{where}: not YAML: {err}") from None
    if loaded is None:
        return {}
    if not isinstance(loaded, dict) or not all(isinstance(k, str) for k in loaded):
        raise ValueError(f"{where}: expected a mapping of parameter names to values")
    return loaded


def parse_parameters(
    pairs: Iterable[Sequence[str]],
    yaml_texts: Iterable[str] = (),
    parameters_file: str | Path | None = None,
) -> dict[str, Any]:
    """Parameters from ``-p NAME VALUE`` pairs, ``-y`` YAML texts and a YAML file."""
    params: dict[str, Any] = {}
    if parameters_file:
        path = Path(parameters_file)
        params.update(_mapping(path.read_text(encoding="utf-8"), where=str(path)))
    for text in yaml_texts:
        params.update(_mapping(text, where="-y"))
    for pair in pairs:
        if len(pair) != 2:
            raise ValueError(f"-p takes a NAME and a VALUE, got {list(pair)!r}")
        name, value = pair
        if not name.isidentifier():
            raise ValueError(f"parameter name {name!r} is not a Python name")
        params[name] = convert(value)
    return params


def parameters_cell(nb: nbformat.NotebookNode) -> nbformat.NotebookNode | None:
    """The cell tagged ``parameters``, if any."""
    for cell in nb.cells:
        if cell.cell_type == "code" and PARAMETERS_TAG in cell.get("metadata", {}).get("tags", []):
            return cell
    return None


def declared(nb: nbformat.NotebookNode) -> dict[str, Any]:
    """Names the ``parameters`` cell assigns, with their default values where literal."""
    cell = parameters_cell(nb)
    if cell is None:
        return {}
    names: dict[str, Any] = {}
    for node in ast.parse(cell.source).body:
        targets: list[ast.expr] = []
        value: ast.expr | None = None
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign):
            targets, value = [node.target], node.value
        for target in targets:
            if isinstance(target, ast.Name):
                names[target.id] = _literal(value)
    return names


def _literal(node: ast.expr | None) -> Any:
    if node is None:
        return None
    try:
        return ast.literal_eval(node)
    except ValueError:
        return ast.unparse(node)


def select(params: Mapping[str, Any], accepted: Iterable[str]) -> dict[str, Any]:
    """The parameters a notebook declares; the others are not passed to it."""
    names = set(accepted)
    return {name: value for name, value in params.items() if name in names}
