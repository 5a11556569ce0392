"""``index.html``: the built reports, the corpus they read, their parameters and the build time."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:60rem;margin:2rem auto;
padding:0 1rem;color:#222}
table{border-collapse:collapse;width:100%}
td,th{border-bottom:1px solid #ddd;padding:.4rem .6rem;text-align:left;vertical-align:top}
code{background:#f4f4f4;padding:0 .2rem;white-space:pre-wrap}
.meta{color:#555}
"""
_CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
        "form-action 'none'")


@dataclass(frozen=True)
class Built:
    """One report as built: its name, files, the parameters passed and how long it took."""

    name: str
    html: Path
    notebook: Path
    parameters: dict[str, Any] = field(default_factory=dict)
    seconds: float = 0.0
    title: str = ""


def _escape(value: object) -> str:
    return html.escape(str(value), quote=True)


def _parameters(params: dict[str, Any]) -> str:
    if not params:
        return "<span class=\"meta\">defaults</span>"
    lines = (f"{name} = {value!r}" for name, value in sorted(params.items()))
    return "<br>".join(f"<code>{_escape(line)}</code>" for line in lines)


def render(reports: Sequence[Built], *, corpus: str, built_at: str, version: str) -> str:
    """The index page; every value from outside is escaped."""
    rows = "\n".join(
        f'<tr><td><a href="{_escape(r.html.name)}">{_escape(r.title or r.name)}</a>'
        f'<div class="meta">{_escape(r.name)} · <a href="{_escape(r.notebook.name)}">'
        f"notebook</a></div></td><td>{_parameters(r.parameters)}</td>"
        f"<td>{r.seconds:.1f} s</td></tr>"
        for r in reports)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Reports</title>
<style>{_STYLE}</style>
</head>
<body>
<h1>Reports</h1>
<p class="meta">Corpus <code>{_escape(corpus)}</code> · built {_escape(built_at)} ·
workbench {_escape(version)}</p>
<table>
<tr><th>report</th><th>parameters</th><th>run time</th></tr>
{rows}
</table>
</body>
</html>
"""
