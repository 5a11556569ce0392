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
from collections.abc import Callable, Sequence
from pathlib import Path

from tqdm import tqdm

MAX_PROBLEMS_SHOWN = 20
EXIT_BROKEN_PIPE = 128 + 13  # as a shell reports a command ended by SIGPIPE
EXAMPLES = {
    "facts": "example:\n  workbench facts seeds/ --format jsonl > facts.jsonl\n"
    "  workbench facts corpus.jsonl --limit 500 --format parquet --out facts/",
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


def _progress(total: int | None, desc: str, *, quiet: bool) -> tqdm:
    return tqdm(
        total=total,
        desc=desc,
        unit="article",
        file=sys.stderr,
        disable=quiet or None,
        dynamic_ncols=True,
    )


def cmd_facts(args: argparse.Namespace) -> int:
    """Extract the facts of every article below PATH..."""
    from workbench import frames as tables
    from workbench import pipeline
    from workbench.model import ArticleFacts, Problem

    if args.format == "parquet" and not args.out:
        raise SystemExit("workbench facts: --format parquet needs --out DIR")
    shown = 0

    with _progress(args.limit, "extracting", quiet=args.quiet) as bar:

        def on_record(record: ArticleFacts | Problem) -> None:
            nonlocal shown
            if isinstance(record, Problem):
                shown += 1
                if shown <= MAX_PROBLEMS_SHOWN:
                    bar.write(f"workbench: {record}", file=sys.stderr)
            else:
                bar.update(1)

        facts, problems = pipeline.run(
            args.paths, limit=args.limit, n_process=args.jobs, on_record=on_record
        )
    if args.format == "jsonl":
        out = sys.stdout
        for item in facts:
            out.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
        out.flush()
    else:
        written = tables.write_parquet(tables.to_frames(facts, problems), args.out)
        print(f"wrote {len(written)} tables to {args.out}", file=sys.stderr)
    print(f"{len(facts)} articles, {len(problems)} problems", file=sys.stderr)
    if problems:
        more = f" (first {MAX_PROBLEMS_SHOWN} shown above)" if shown > MAX_PROBLEMS_SHOWN else ""
        print(f"problems: {pipeline.summarize(problems)}{more}", file=sys.stderr)
    if not facts and problems:
        return 1
    return 1 if args.strict and problems else 0


def cmd_report(args: argparse.Namespace) -> int:
    """Run the notebooks headless and export each as one self-contained HTML file."""
    from workbench import report

    _require([args.corpus], "corpus")
    params = report.parse_parameters(args.parameter or [], args.yaml or [], args.parameters_file)
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
    from workbench import compare, corpus
    from workbench.display import writers

    _require(args.paths)
    loaded = corpus.load(args.paths, limit=args.limit)
    table = compare.estimates(loaded, args.topic)
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
    facts.add_argument("--jobs", type=int, default=1, help="spaCy worker processes")
    facts.add_argument("--strict", action="store_true", help="exit 1 when any problem was met")
    facts.add_argument("-q", "--quiet", action="store_true", help="no progress bar")

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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except BrokenPipeError:  # the reader went away (``| head``): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except (ValueError, OSError, RuntimeError) as err:
        print(f"workbench {args.command}: error: {err}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
