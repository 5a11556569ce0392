"""An executed notebook as one self-contained HTML page that works offline.

* Charts are stored in the notebook as Vega-Lite specs; the page draws them with one inlined copy
  of vega (``vl_convert.javascript_bundle()``), whatever the number of charts.
* Every script of the nbconvert template (require.js, MathJax, mermaid, all from a CDN) is
  dropped, widget views give way to their text, and a Content-Security-Policy lets only the
  page's own two scripts run and no request leave the page.
* Tables (``table.wb-datatable``) get paging, sorting and search from DataTables, the build
  shipped inside ``itables``: inlined once, with its stylesheet, and started on every table.
* Specs are JSON inside ``<script type="application/json">`` with ``<``, ``>`` and ``&``
  written as ``\\u003c`` and so on: data cannot close the script.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import re
from functools import cache
from typing import Any

import nbformat

SPEC = re.compile(r"^application/vnd\.vegalite\.v\d+\+json$")
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
_SCRIPT = re.compile(r"<script\b[^>]*>.*?</script\s*>", re.DOTALL | re.IGNORECASE)
_CHART_DIV = '<div class="wb-chart" id="wb-chart-{n}"></div>'
_EMBED = """
(function () {
  var specs = JSON.parse(document.getElementById("wb-specs").textContent);
  specs.forEach(function (spec, n) {
    var target = document.getElementById("wb-chart-" + n);
    window.vegaEmbed(target, spec, {renderer: "svg", mode: "vega-lite",
      actions: {export: true, source: false, compiled: false, editor: false}})
      .catch(function (err) {
        target.classList.add("wb-chart-failed");
        target.textContent = "This chart could not be drawn: " + err;
      });
  });
})();
"""


_TABLES = """
document.querySelectorAll("table.wb-datatable").forEach(function (table) {
  new window.wbDataTables.DataTable(table, {
    pageLength: 25, lengthMenu: [10, 25, 100, 500], order: [], autoWidth: false,
    language: {search: "Search:", info: "_START_ to _END_ of _TOTAL_ rows",
               infoFiltered: "(of _MAX_)"}});
});
"""
_TABLE_STYLE = ("<style>div.wb-scroll{max-height:none!important;overflow:visible!important}"
                "table.wb-datatable th{cursor:pointer}</style>")


@cache
def datatables() -> tuple[str, str]:
    """DataTables as a script defining ``window.wbDataTables``, and its stylesheet.

    itables ships DataTables as one ES module ending in ``export{a as DataTable, ...}``; the
    export list becomes an object on ``window`` so the page's own script can use it offline.
    """
    from importlib.resources import files

    folder = files("itables") / "html"
    script = (folder / "dt_bundle.js").read_text(encoding="utf-8")
    style = (folder / "dt_bundle.css").read_text(encoding="utf-8")
    lists = list(re.finditer(r"\bexport\s*\{([^}]*)\}\s*;?", script))
    found = lists[-1] if lists else None  # the module's own export list is its last
    if (found is None or re.search(r"</script", script, re.IGNORECASE)
            or re.search(r"</style", style, re.IGNORECASE)):
        raise RuntimeError("itables' DataTables bundle changed shape; it cannot be inlined")
    pairs = [part.strip().split(" as ") for part in found.group(1).split(",")]
    names = {alias.strip(): local.strip() for local, alias in pairs}
    names.setdefault("DataTable", names.get("default", ""))
    exported = ",".join(f"{json.dumps(alias)}:{local}" for alias, local in names.items())
    return (script[:found.start()] + f"window.wbDataTables={{{exported}}};\n"
            + script[found.end():], style)


@cache
def vega_bundle() -> str:
    """vega, vega-lite and vega-embed in one script (made once per process)."""
    import vl_convert  # slow to load; only exports need it

    bundle: str = vl_convert.javascript_bundle("window.vegaEmbed = vegaEmbed;")
    if re.search(r"</script", bundle, re.IGNORECASE):
        raise RuntimeError("the vega bundle contains '</script'; it cannot be inlined")
    return bundle


def script_json(value: Any) -> str:
    """JSON that is safe inside ``<script>``: no ``<``, ``>`` or ``&`` characters."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def prepare(nb: nbformat.NotebookNode) -> tuple[nbformat.NotebookNode, list[dict[str, Any]]]:
    """A copy of ``nb`` ready for export, and the chart specs taken out of it, in order.

    Each chart output becomes an empty ``<div>`` to draw into; widget views and widget state go,
    so the text of a widget shows instead of a blank that needs a CDN.
    """
    nb = copy.deepcopy(nb)
    nb.metadata.pop("widgets", None)
    specs: list[dict[str, Any]] = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            data = output.get("data")
            if not data:
                continue
            data.pop(WIDGET_VIEW, None)
            spec_keys = [key for key in data if SPEC.match(key)]
            if spec_keys:
                spec = data[spec_keys[0]]
                output["data"] = nbformat.from_dict(
                    {"text/html": _CHART_DIV.format(n=len(specs))})
                specs.append(spec)
    return nb, specs


def _csp(scripts: list[str]) -> str:
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'"
        for s in scripts)
    policy = (f"default-src 'none'; script-src {hashes} 'unsafe-eval'; "
              "style-src 'unsafe-inline'; img-src data: blob:; font-src data:; "
              "base-uri 'none'; form-action 'none'")
    return f'<meta http-equiv="Content-Security-Policy" content="{policy}">'


def to_html(nb: nbformat.NotebookNode, *, title: str) -> str:
    """The notebook as one offline HTML page: outputs only, charts drawn in place."""
    from nbconvert import HTMLExporter  # slow to import: after the kernel has started

    prepared, specs = prepare(nb)
    exporter = HTMLExporter(template_name="lab", exclude_input=True,
                            exclude_input_prompt=True, exclude_output_prompt=True)
    body, _ = exporter.from_notebook_node(prepared, resources={"metadata": {"name": title}})
    body = _SCRIPT.sub("", body)
    scripts: list[str] = []
    head = ""
    tail = ""
    if specs:
        scripts = [vega_bundle(), _EMBED]
        head = f"<script>{scripts[0]}</script>\n"
        tail = (f'<script type="application/json" id="wb-specs">{script_json(specs)}</script>\n'
                f"<script>{scripts[1]}</script>\n")
    if 'class="wb-table wb-datatable"' in body:
        bundle, style = datatables()
        scripts += [bundle, _TABLES]
        head += f"<style>{style}</style>\n{_TABLE_STYLE}\n"
        # Module scripts run in order once the page is parsed: the tables exist by then.
        tail += (f'<script type="module">{bundle}</script>\n'
                 f'<script type="module">{_TABLES}</script>\n')
    csp = _csp(scripts)
    # Data is escaped in every output, so the template's own <head> and </body> are the
    # first and last of their kind.
    start = body.index("<head>") + len("<head>")
    body = body[:start] + "\n" + csp + "\n" + body[start:]
    end = body.index("</head>")
    body = body[:end] + head + body[end:]
    close = body.rindex("</body>")
    return body[:close] + tail + body[close:]
