"""Re-run the notebooks in place so their stored outputs are those of the seed run.

    python -m workbench.report.refresh notebooks            # every notebook
    python -m workbench.report.refresh notebooks explore    # one

Each notebook runs with its own defaults in a fresh kernel started in its directory, as nbval
runs it. What is stored is the same on every run of the same input: no timings, no widget
views or widget state (their ids are random), execution counts from 1.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import nbformat

from workbench.report.export import WIDGET_VIEW
from workbench.report.runner import KERNEL, available, choose

VOLATILE_METADATA = ("papermill", "widgets")


def clean(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Drop what changes from run to run although the input did not."""
    for key in VOLATILE_METADATA:
        nb.metadata.pop(key, None)
    for cell in nb.cells:
        for key in ("execution", "papermill"):
            cell.metadata.pop(key, None)
        for output in cell.get("outputs", []):
            output.get("data", {}).pop(WIDGET_VIEW, None)
    return nb


def refresh(path: Path) -> None:
    """Execute ``path`` in its directory and store its outputs; raises if a cell fails."""
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, kernel_name=KERNEL, record_timing=False,
                            store_widget_state=False,
                            resources={"metadata": {"path": str(path.parent.resolve())}})
    client.execute()
    nbformat.write(clean(nb), path)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m workbench.report.refresh",
        description="Re-run notebooks in place and store their outputs (for nbval).",
        epilog="example:\n  python -m workbench.report.refresh notebooks\n"
               "  python -m workbench.report.refresh notebooks explore charts",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("directory", type=Path, help="the notebooks directory")
    parser.add_argument("names", nargs="*", help="notebooks to refresh (default: all)")
    args = parser.parse_args(argv)
    try:
        paths = choose(args.names or None, available(args.directory))
    except ValueError as err:
        print(f"refresh: error: {err}", file=sys.stderr)
        return 2
    for path in paths:
        print(f"refreshing {path}", file=sys.stderr)
        try:
            refresh(path)
        except Exception as err:  # a failed cell: report it and keep the stored outputs
            print(f"refresh: {path.name} failed; its stored outputs are unchanged:\n{err}",
                  file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
