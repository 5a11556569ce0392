"""Is `workbench facts` output the same as before a change?

    .venv/bin/python bench/same_output.py snapshot DIR   # run facts on every set, keep it in DIR
    .venv/bin/python bench/same_output.py diff OLD NEW   # list every article whose facts differ

The sets: the seed, the dev and dev2 gold articles, and 500 fixed articles of each shared corpus
(every k-th line, so a sample spans outlets and months). A structural change must leave every
set's output identical; a behaviour change lists its differences here, one line per fact.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLE = 500
SCRATCH = Path(tempfile.gettempdir()) / "workbench-same-output"  # samples, one place


def sets() -> dict[str, Path]:
    """Every input set by name; corpus samples are written into ``SCRATCH`` once, so every
    snapshot names the same input paths."""
    SCRATCH.mkdir(parents=True, exist_ok=True)
    found = {
        "seed": ROOT / "seeds",
        "dev": SHARED / "gold" / "dev-articles.jsonl",
        "dev2": SHARED / "gold" / "dev2-articles.jsonl",
    }
    for name in ("ukraine-media-2022", "reuters-21578"):
        corpus = SHARED / "corpora" / name / "articles.jsonl"
        if not corpus.exists():
            continue
        picked = SCRATCH / f"{name}-{SAMPLE}.jsonl"
        if not picked.exists():
            lines = corpus.read_text(encoding="utf-8").splitlines()
            step = max(len(lines) // SAMPLE, 1)
            picked.write_text("\n".join(lines[::step][:SAMPLE]) + "\n", encoding="utf-8")
        found[name] = picked
    return {name: path for name, path in found.items() if path.exists()}


def snapshot(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    workbench = Path(sys.executable).with_name("workbench")
    for name, path in sets().items():
        with (out / f"{name}.facts.jsonl").open("w", encoding="utf-8") as sink:
            subprocess.run(
                [str(workbench), "facts", str(path), "--format", "jsonl", "-q"],
                stdout=sink,
                check=True,
            )
        print(f"{name}: written", file=sys.stderr)


def records(path: Path) -> dict[str, dict[str, object]]:
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line)
    return {str(row.get("id")): row for row in rows}


def diff(old: Path, new: Path) -> int:
    changed = 0
    for before_path in sorted(old.glob("*.facts.jsonl")):
        after_path = new / before_path.name
        before, after = records(before_path), records(after_path)
        for article in sorted(set(before) | set(after)):
            a, b = before.get(article, {}), after.get(article, {})
            for row in (a, b):  # older snapshots kept their samples apart
                if isinstance(row.get("source"), str):
                    row["source"] = Path(str(row["source"]).split(":")[0]).name
            for key in sorted(set(a) | set(b)):
                if a.get(key) == b.get(key):
                    continue
                old_items = a.get(key) if isinstance(a.get(key), list) else [a.get(key)]
                new_items = b.get(key) if isinstance(b.get(key), list) else [b.get(key)]
                for item in old_items or []:
                    if item not in (new_items or []):
                        changed += 1
                        print(f"{before_path.stem} {article} {key} - {json.dumps(item)[:300]}")
                for item in new_items or []:
                    if item not in (old_items or []):
                        changed += 1
                        print(f"{before_path.stem} {article} {key} + {json.dumps(item)[:300]}")
        print(f"{before_path.stem}: {len(before)} articles compared", file=sys.stderr)
    print(f"{changed} differences", file=sys.stderr)
    return 1 if changed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("snapshot").add_argument("dir", type=Path)
    compare = commands.add_parser("diff")
    compare.add_argument("old", type=Path)
    compare.add_argument("new", type=Path)
    args = parser.parse_args(argv)
    if args.command == "snapshot":
        snapshot(args.dir)
        return 0
    return diff(args.old, args.new)


if __name__ == "__main__":
    sys.exit(main())
