"""Notebook parameters: read from the command line like papermill, declared by each notebook.

``-p NAME VALUE`` converts ``True``/``False``/``None``, integers and finite floats and keeps
anything else as text (papermill's rule: ``-p topic "['a']"`` is the text ``['a']``, not a list).
Lists and mappings come from ``-y`` YAML text or a YAML file. Later sources win: file, then
``-y``, then ``-p``.

Only plain values reach a notebook: text, finite numbers, booleans, None, and lists and mappings
of them. YAML tags (``!!binary``, ``!!set``, ``!!python/...``), anchors and aliases are refused,
and each value is written into the notebook as a Python literal (:func:`literal`) that reads
back as the same value, so nothing a parameter holds ever runs.
"""

from __future__ import annotations

import ast
import keyword
import math
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import nbformat
import yaml

PARAMETERS_TAG = "parameters"
_YAML = "tag:yaml.org,2002:"
# tags YAML gives plain values by itself; a timestamp becomes its ISO text
PLAIN_TAGS = frozenset(_YAML + t for t in ("str", "int", "float", "bool", "null", "seq", "map",
                                           "timestamp"))


def convert(value: str) -> Any:
    """A ``-p`` value as papermill reads it; a number that is not finite stays text."""
    if value in {"True", "False"}:
        return value == "True"
    if value == "None":
        return None
    try:
        return int(value)
    except ValueError:
        pass
    try:
        number = float(value)
    except ValueError:
        return value
    return number if math.isfinite(number) else value


def plain(value: Any, *, where: str) -> Any:
    """``value`` if it is a plain literal (dates as ISO text), else a ValueError naming where."""
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError(f"{where}: text that is not valid UTF-8") from None
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{where}: {value} is not a finite number")
        return value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return [plain(item, where=where) for item in value]
    if isinstance(value, dict):
        if not all(isinstance(key, str) for key in value):
            raise ValueError(f"{where}: mapping keys must be text")
        return {key: plain(item, where=f"{where}: {key}") for key, item in value.items()}
    raise ValueError(f"{where}: a {type(value).__name__} is not a plain value "
                     "(text, number, true/false, null, list or mapping)")


def literal(value: Any) -> str:
    """``value`` as Python source that evaluates to nothing but the same plain value."""
    value = plain(value, where="parameter")
    text = repr(value)
    if ast.literal_eval(text) != value:
        raise ValueError(f"parameter {text[:80]} does not read back as itself")
    return text


def _check_node(root: yaml.Node, *, where: str) -> None:
    """Refuse tags other than the plain ones, and anchors or aliases (a node met twice)."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        at = f"{where}, line {node.start_mark.line + 1}"
        if id(node) in seen:
            raise ValueError(f"{at}: anchors and aliases are not accepted in parameters")
        seen.add(id(node))
        if node.tag not in PLAIN_TAGS:
            tag = node.tag.replace(_YAML, "!!")
            raise ValueError(f"{at}: the YAML tag {tag} is not accepted; parameters are plain "
                             "text, numbers, true/false, null, lists and mappings")
        if isinstance(node, yaml.SequenceNode):
            stack.extend(reversed(node.value))
        elif isinstance(node, yaml.MappingNode):
            for key, item in reversed(node.value):
                stack.extend((item, key))


def _load(text: str, *, where: str) -> Any:
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _check_node(node, where=where)
        return loader.construct_document(node)
    except yaml.YAMLError as err:
        raise ValueError(f"{where}: not YAML: {err}") from None
    except RecursionError:
        raise ValueError(f"{where}: nested too deeply") from None
    finally:
        loader.dispose()


def _name(name: str, *, where: str) -> str:
    if not name.isidentifier() or keyword.iskeyword(name):
        raise ValueError(f"{where}: parameter name {name!r} is not a Python name")
    return name


def _mapping(text: str, *, where: str) -> dict[str, Any]:
    try:
        loaded = _load(text, where=where)
    except ValueError as err:  # e.g. an integer of more digits than Python converts
        if str(err).startswith(where):
            raise
        raise ValueError(f"{where}: {err}") from None
    if loaded is None:
        return {}
    if not isinstance(loaded, dict) or not all(isinstance(k, str) for k in loaded):
        raise ValueError(f"{where}: expected a mapping of parameter names to values")
    return {_name(k, where=where): plain(v, where=f"{where}: {k}") for k, v in loaded.items()}


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
        params[_name(name, where="-p")] = plain(convert(value), where=f"-p {name}")
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
