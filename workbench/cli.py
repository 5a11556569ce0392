"""The ``workbench`` command: a thin layer that parses, calls the library and writes.

workbench facts seeds/ --format jsonl
workbench report --corpus seeds/ -p top_n 15
workbench claims "Belarusian troops" seeds/
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import polars as pl

    from workbench.model import ArticleFacts, Problem
    from workbench.store import Store, View

MAX_PROBLEMS_SHOWN = 20
EXIT_BROKEN_PIPE = 128 + 13  # as a shell reports a command ended by SIGPIPE
STORE_SETTING = "WORKBENCH_STORE"
EXAMPLES = {
    "facts": "example:\n  workbench facts seeds/ --format jsonl > facts.jsonl\n"
    "  workbench facts corpus.jsonl --limit 500 --format parquet --out facts/\n"
    "  workbench facts corpus.jsonl --jobs 2 --store /data/store | head -1",
    "report": "example:\n  workbench report --corpus seeds/ --out reports/ -p top_n 15\n"
    '  workbench report claims -p topic "Russian soldiers killed" --corpus corpus.jsonl',
    "claims": 'example:\n  workbench claims "North Korean troops" seeds/ --format table',
}


def _count(text: str) -> int:
    """An argparse type: a whole number, zero or more."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, got {value}")
    return value


def _require(paths: Sequence[str], what: str = "input") -> None:
    """Stop with a message when an input path does not exist."""
    missing = [p for p in paths if not Path(p).exists()]
    if missing:
        raise FileNotFoundError(f"{what} not found: {', '.join(missing)}")


def _parameters_help() -> str:
    """Each notebook with the parameters it declares and their defaults."""
    import nbformat

    from workbench import report

    lines = ["notebooks and their parameters (-p NAME VALUE; corpus and interactive are set "
             "by the build):"]
    for name, path in report.available().items():
        declared = report.declared(nbformat.read(path, as_version=4))
        shown = ", ".join(f"{key}={value!r}" for key, value in declared.items()
                          if key not in ("corpus", "interactive"))
        lines.append(f"  {name:<10} {shown or '(no other parameters)'}")
    return "\n".join(lines)


class _ReportHelp(argparse.Action):
    """``report --help``: the usual help, then every notebook's parameters."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS,
                 default: str = argparse.SUPPRESS, help: str | None = None) -> None:
        super().__init__(option_strings=option_strings, dest=dest, default=default, nargs=0,
                         help=help)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        parser.epilog = f"{_parameters_help()}\n\n{parser.epilog or ''}"
        parser.print_help()
        parser.exit()


def _store_options(parser: argparse.ArgumentParser) -> None:
    """--store, --jobs, --engine, --scheduler, --batch-size: where facts are kept and made."""
    parser.add_argument(
        "--store",
        metavar="DIR",
        help="fact store directory (default: $WORKBENCH_STORE, else "
        "$XDG_CACHE_HOME/workbench/store or ~/.cache/workbench/store)",
    )
    parser.add_argument(
        "--jobs", type=int, help="worker processes extracting articles (default: usable cores)"
    )
    parser.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="local: worker processes here; dask: workers of a dask.distributed scheduler",
    )
    parser.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="dask scheduler (tcp://host:8786); without it --engine dask starts a local cluster",
    )
    parser.add_argument(
        "--batch-size",
        type=int,
        default=32,
        metavar="N",
        help="articles per stored partition (one unit of work)",
    )


def _open_store(args: argparse.Namespace) -> Store:
    from workbench.store import Store

    return Store.open(args.store)


def _update(store: Store, args: argparse.Namespace, paths: Sequence[str]) -> View:
    from workbench import corpus

    return corpus.stored(
        store,
        paths,
        limit=getattr(args, "limit", None),
        jobs=args.jobs,
        engine=args.engine,
        scheduler=args.scheduler,
        partition_size=args.batch_size,
        progress=not getattr(args, "quiet", False),
    )


def _interrupted(store: Store) -> int:
    print(
        f"workbench: interrupted; {store.count()} articles are stored in {store.root} "
        f"({store.added} from this run); a re-run resumes",
        file=sys.stderr,
    )
    return 130


def _show_problems(problems: Sequence[Problem]) -> None:
    for problem in problems[:MAX_PROBLEMS_SHOWN]:
        print(f"workbench: {problem}", file=sys.stderr)


def cmd_facts(args: argparse.Namespace) -> int:
    """Extract the facts of every article below PATH... (kept in the fact store, which
    extracts only what it lacks: a re-run on unchanged articles reads them back)."""
    from workbench import frames as tables
    from workbench import pipeline

    if args.format == "parquet" and not args.out:
        raise SystemExit("workbench facts: --format parquet needs --out DIR")
    if args.no_store:
        facts, problems = pipeline.run(args.paths, limit=args.limit)
        n = _write(args, iter(facts), tables.to_frames(facts, problems), problems)
        return _finish(args, n, problems)
    with _open_store(args) as store:
        try:
            view = _update(store, args, args.paths)
            frames = view.tables() if args.format == "parquet" else None
            n = _write(args, _reading(view.facts(), len(view), quiet=args.quiet), frames,
                       view.problems)
        except KeyboardInterrupt:
            return _interrupted(store)
    return _finish(args, n, view.problems)


def _reading(facts: Iterator[ArticleFacts], total: int, *, quiet: bool) -> Iterator[ArticleFacts]:
    """``facts`` with a progress bar (total and ETA) on stderr."""
    from tqdm import tqdm

    yield from tqdm(facts, total=total, desc="reading", unit="article", file=sys.stderr,
                    disable=quiet or None, dynamic_ncols=True)


def _write(
    args: argparse.Namespace,
    facts: Iterator[ArticleFacts],
    frames: dict[str, pl.DataFrame] | None,
    problems: Sequence[Problem],
) -> int:
    """The facts as JSON Lines on stdout, or the tables in ``--out``; how many articles."""
    from workbench import frames as tables

    _show_problems(problems)
    if args.format == "jsonl":
        out = sys.stdout
        n = 0
        for item in facts:
            out.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
            n += 1
        out.flush()
        return n
    assert frames is not None
    written = tables.write_parquet(frames, args.out)
    print(f"wrote {len(written)} tables to {args.out}", file=sys.stderr)
    return frames["articles"].height


def _finish(args: argparse.Namespace, n: int, problems: Sequence[Problem]) -> int:
    from workbench import pipeline

    print(f"{n} articles, {len(problems)} problems", file=sys.stderr)
    if problems:
        more = (
            f" (first {MAX_PROBLEMS_SHOWN} shown above)"
            if len(problems) > MAX_PROBLEMS_SHOWN
            else ""
        )
        print(f"problems: {pipeline.summarize(problems)}{more}", file=sys.stderr)
    if not n and problems:
        return 1
    return 1 if args.strict and problems else 0


def cmd_report(args: argparse.Namespace) -> int:
    """Run the notebooks headless and export each as one self-contained HTML file."""
    from workbench import report

    _require([args.corpus], "corpus")
    params = report.parse_parameters(args.parameter or [], args.yaml or [], args.parameters_file)
    if args.store:
        os.environ[STORE_SETTING] = str(Path(args.store).resolve())  # the kernel inherits it
    with _open_store(args) as store:  # extract what is missing first, with a progress bar
        try:
            _update(store, args, [args.corpus])
        except KeyboardInterrupt:
            return _interrupted(store)
    built = report.build(
        names=args.notebooks or None,
        corpus=args.corpus,
        out=Path(args.out),
        parameters=params,
        progress=not args.quiet,
    )
    for path in built:
        print(path)
    return 0


def cmd_claims(args: argparse.Namespace) -> int:
    """Estimates of one measurable across articles and sources, with their agreement."""
    from workbench import corpus
    from workbench.display import writers

    _require(args.paths)
    with _open_store(args) as store:
        try:
            view = corpus.stored(
                store,
                args.paths,
                limit=args.limit,
                jobs=args.jobs,
                engine=args.engine,
                scheduler=args.scheduler,
                progress=not args.quiet,
            )
        except KeyboardInterrupt:
            return _interrupted(store)
        table = corpus.estimates(view, args.topic, jobs=args.jobs,
                                 progress=None if not args.quiet else False)
    writers.write_estimates(table, sys.stdout, fmt=args.format)
    return 0


def _command(
    sub: argparse._SubParsersAction,
    name: str,
    help_text: str,
    func: Callable[[argparse.Namespace], int],
    *,
    add_help: bool = True,
) -> argparse.ArgumentParser:
    """A subcommand whose help is ``func``'s docstring followed by its example."""
    parser: argparse.ArgumentParser = sub.add_parser(
        name,
        help=help_text,
        description=func.__doc__,
        epilog=EXAMPLES[name],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        add_help=add_help,
    )
    parser.set_defaults(func=func)
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workbench",
        description="Facts from news articles, each tied to its words; claims compared across "
        "sources; offline HTML reports.",
        epilog="example:\n  workbench facts seeds/ --format jsonl | head -1\n"
        "  workbench report --corpus seeds/",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    from workbench import __version__

    parser.add_argument("--version", action="version", version=f"workbench {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    facts = _command(sub, "facts", "extract facts from articles", cmd_facts)
    facts.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="scrape .txt files, .jsonl/.jsonl.gz corpora or directories",
    )
    facts.add_argument(
        "--format",
        choices=("jsonl", "parquet"),
        default="jsonl",
        help="jsonl: one JSON object per article on stdout; parquet: one table per kind in --out",
    )
    facts.add_argument("--out", help="directory for --format parquet (one table per kind)")
    facts.add_argument("--limit", type=_count, help="read at most this many articles")
    facts.add_argument("--strict", action="store_true", help="exit 1 when any problem was met")
    facts.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    facts.add_argument(
        "--no-store", action="store_true", help="extract everything in memory; store nothing"
    )
    _store_options(facts)

    rep = _command(sub, "report", "build the HTML reports", cmd_report, add_help=False)
    rep.add_argument("-h", "--help", action=_ReportHelp,
                     help="show this help, with every notebook's parameters, and exit")
    rep.add_argument(
        "notebooks",
        nargs="*",
        metavar="NOTEBOOK",
        help="notebook names to build (default: all; listed below with their parameters)",
    )
    rep.add_argument("--corpus", default="seeds", help="articles to report on (default: seeds)")
    rep.add_argument("--out", default="reports", help="output directory (default: reports)")
    rep.add_argument(
        "-p",
        "--parameter",
        nargs=2,
        action="append",
        metavar=("NAME", "VALUE"),
        help="a notebook parameter (numbers and booleans are converted)",
    )
    rep.add_argument(
        "-y",
        "--yaml",
        action="append",
        metavar="YAML",
        help="parameters as a YAML mapping, for lists and dicts",
    )
    rep.add_argument("-f", "--parameters-file", help="parameters from a YAML file")
    rep.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    _store_options(rep)

    cl = _command(sub, "claims", "compare estimates of one measurable", cmd_claims)
    cl.add_argument("topic", help='words naming what is counted, e.g. "North Korean troops"')
    cl.add_argument("paths", nargs="+", metavar="PATH")
    cl.add_argument(
        "--format",
        choices=("table", "jsonl", "csv"),
        default="table",
        help="table: aligned text for reading; jsonl or csv: one estimate per row",
    )
    cl.add_argument("--limit", type=_count, help="read at most this many articles")
    cl.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    _store_options(cl)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        print(f"workbench {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away (``| head``): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except (ValueError, OSError, RuntimeError) as err:
        print(f"workbench {args.command}: error: {err}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
