"""Run the notebooks with papermill and export each as one offline HTML page, plus an index.

Everything happens in one Python process, and the notebooks share one kernel: imports and the
spaCy pipeline load once. Between notebooks the kernel's namespace is cleared, so each notebook
still sees only its own variables.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import nbformat
from tqdm import tqdm

from workbench.report import export, index, params

KERNEL = "python3"
# The notebooks ship inside the package (``workbench/report/notebooks``); in a source checkout
# that folder is a link to the repository's ``notebooks/``, where researchers open them.
NOTEBOOKS = Path(__file__).resolve().parent / "notebooks"
# Run in the shared kernel before each notebook: a clean namespace, charts kept as specs.
PRELUDE = ("%reset -f\nfrom workbench.display import charts as _charts\n_charts.enable()\n"
           "del _charts")


WARM_UP = "import workbench.display.views, workbench.report.params"


class BuildError(RuntimeError):
    """A notebook failed; its executed copy, with the error, is kept beside the reports."""


def available(directory: Path = NOTEBOOKS) -> dict[str, Path]:
    """``{name: path}`` of the notebooks in ``directory``, by name."""
    if not directory.is_dir():
        raise ValueError(f"no notebooks directory at {directory}")
    return {p.stem: p for p in sorted(directory.glob("*.ipynb"))}


def choose(names: Sequence[str] | None, found: Mapping[str, Path]) -> list[Path]:
    """The notebooks named (``explore``, ``explore.ipynb`` or a path), or all of them."""
    if not names:
        if not found:
            raise ValueError("no notebooks to build")
        return list(found.values())
    chosen = []
    for name in names:
        stem = Path(name).name.removesuffix(".ipynb")
        if stem not in found:
            raise ValueError(f"no notebook named {name!r}; choose from {', '.join(found)}")
        chosen.append(found[stem])
    return chosen


def corpus_parameter(corpus: str | Path, out: Path) -> str:
    """The corpus path as the kernel (running in ``out``) should see it."""
    path = Path(corpus).resolve()
    if not path.exists():
        raise ValueError(f"corpus not found: {corpus}")
    relative = os.path.relpath(path, out.resolve())
    return relative if relative.count("..") <= 1 else str(path)


def title_of(nb: nbformat.NotebookNode, default: str) -> str:
    """The first markdown heading of the notebook."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("#"):
                    return line.lstrip("#").strip()
    return default


def _check_known(parameters: Mapping[str, Any], notebooks: Mapping[str, Path]) -> None:
    known: set[str] = {"corpus"}
    for path in notebooks.values():
        known |= set(params.declared(nbformat.read(path, as_version=4)))
    unknown = sorted(set(parameters) - known)
    if unknown:
        raise ValueError(f"no notebook declares the parameter {unknown[0]!r}; "
                         f"known: {', '.join(sorted(known))}")


def _use_literal_parameters() -> None:
    """Papermill writes each parameter as :func:`params.literal` makes it, never by ``str()``."""
    from papermill.translators import PythonTranslator, papermill_translators

    class LiteralTranslator(PythonTranslator):
        @classmethod
        def translate(cls, val: Any) -> str:
            return params.literal(val)

    for name in (KERNEL, "python"):
        papermill_translators.register(name, LiteralTranslator)


def _failure(err: Exception, path: Path, executed: Path) -> BuildError:
    count = getattr(err, "exec_count", None)
    source = (getattr(err, "source", "") or "").strip().splitlines()
    where = f"cell In [{count}]" if count is not None else "a cell"
    if source:
        where += f" ({source[0][:80]})"
    what = f"{getattr(err, 'ename', type(err).__name__)}: {getattr(err, 'evalue', err)}"
    return BuildError(f"{path.name} failed at {where}: {what}; "
                      f"the executed notebook with the error is {executed}")


class _Kernel:
    """One kernel, started in ``cwd``, reused by every notebook of a build."""

    def __init__(self, cwd: Path) -> None:
        from jupyter_client.manager import AsyncKernelManager
        from jupyter_core.utils import run_sync

        self._run_sync = run_sync
        self.manager = AsyncKernelManager(kernel_name=KERNEL)
        # The kernel loads the heavy modules while this process goes on with its own imports.
        run_sync(self.manager.start_kernel)(
            cwd=str(cwd), stderr=subprocess.DEVNULL,
            extra_arguments=[f"--IPKernelApp.exec_lines={WARM_UP}"])

    def reset(self) -> None:
        from nbclient import NotebookClient

        prelude = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(PRELUDE)])
        NotebookClient(prelude, km=self.manager, kernel_name=KERNEL).execute()

    def close(self) -> None:
        self._run_sync(self.manager.shutdown_kernel)(now=False)


def build(
    *,
    names: Sequence[str] | None = None,
    corpus: str | Path = "seeds",
    out: Path = Path("reports"),
    parameters: Mapping[str, Any] | None = None,
    progress: bool = True,
    notebooks: Path = NOTEBOOKS,
) -> list[Path]:
    """Build ``out/<name>.ipynb`` and ``out/<name>.html`` per notebook, then ``out/index.html``.

    ``corpus`` goes to every notebook declaring a ``corpus`` parameter, ``interactive=False`` to
    every notebook declaring ``interactive``; any other parameter only to the notebooks that
    declare it. A failing notebook stops the build with :class:`BuildError`.
    """
    from workbench import __version__

    found = available(notebooks)
    chosen = choose(names, found)
    given = {name: params.plain(value, where=f"parameter {name}")
             for name, value in (parameters or {}).items()}
    _check_known(given, found)
    out.mkdir(parents=True, exist_ok=True)
    corpus_value = corpus_parameter(corpus, out)
    built: list[index.Built] = []
    # The kernel starts and the vega bundle is made while papermill is imported.
    kernel = _Kernel(out.resolve())
    threading.Thread(target=export.vega_bundle, daemon=True).start()
    bar = tqdm(chosen, desc="reports", unit="notebook", file=sys.stderr,
               disable=not progress, dynamic_ncols=True)
    try:
        import papermill as pm  # slow to import; only builds need it

        _use_literal_parameters()

        for path in bar:
            bar.set_postfix_str(path.stem)
            started = time.perf_counter()
            source = nbformat.read(path, as_version=4)
            declared = params.declared(source)
            passed = params.select({**given, "corpus": corpus_value, "interactive": False},
                                   declared)
            executed_path = (out / f"{path.stem}.ipynb").resolve()
            html_path = out / f"{path.stem}.html"
            kernel.reset()
            try:
                executed = pm.execute_notebook(
                    str(path), str(executed_path), parameters=passed, kernel_name=KERNEL,
                    km=kernel.manager, progress_bar=False, cwd=str(out.resolve()),
                    request_save_on_cell_execute=False)
            except pm.PapermillExecutionError as err:
                html_path.unlink(missing_ok=True)
                raise _failure(err, path, executed_path) from None
            except Exception as err:  # the kernel died or timed out: name the notebook
                html_path.unlink(missing_ok=True)
                raise BuildError(f"{path.name} could not be run: {type(err).__name__}: "
                                 f"{err}") from err
            title = title_of(source, path.stem)
            html_path.write_text(export.to_html(executed, title=title), encoding="utf-8")
            built.append(index.Built(path.stem, html_path, executed_path, passed,
                                     time.perf_counter() - started, title))
    finally:
        bar.close()
        kernel.close()
    built_at = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    page = index.render(built, corpus=str(corpus), built_at=built_at, version=__version__)
    index_path = out / "index.html"
    index_path.write_text(page, encoding="utf-8")
    return [b.html for b in built] + [index_path]
