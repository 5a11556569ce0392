"""Arithmetic checks against the hand-labelled ones, and every alarm on the fixed corpus samples.

    .venv/bin/python bench/checks.py                 # found / labelled per set, unmatched checks
    .venv/bin/python bench/checks.py --alarms        # also every inconsistent check on the 500
                                                     # + 500 fixed corpus articles
    .venv/bin/python bench/checks.py --alarms --all  # ... and the corpus checks that hold
    .venv/bin/python bench/checks.py --detail        # also each labelled check, found or not

The labelled checks are the `consistency` lists of ../shared/gold/dev2.json (keyed by article
title) and of bench/gold/multidomain-{reuters,pages}.json (keyed by id). Each is either a total
and its parts ({total, parts}), a comparison ({kind: comparison, greater, lesser}), a unit
conversion ({kind: conversion, per_barrel, per_gallon}), a change ({kind: change, old, new,
percent?}), any relation named by its stated figures ({kind, values}), or a relation without
numbers ({kind: ratio | same_figure}). A labelled check is *found* when the tool reports, in the
same article, a check of its own (one check never counts for two labels) over the same numbers
within rounding: the total and every part, or both
compared values, or both converted values, or the old and new level (and the percentage when
one is labelled), or every stated figure; a relation without numbers is found by a check of its
kind. `--gold PATH` adds a set labelled the same way ({articles: [{id, corpus, consistency}]},
the texts read from ../shared/corpora/CORPUS/articles.jsonl by id). The checks the tool reports
that match no labelled one are listed: the labels are not exhaustive, so these are read, not
counted as wrong.

Extraction goes through the fact store (`--store`, as `workbench facts`), once per input and
extractor: the facts are then cached under the system temporary directory, keyed by the inputs
and by every file the extractors read (not the comparison's code and data); the checks are
recomputed from those facts on every run, so a change to workbench/compare/checks or to
workbench/data/compare.json is measured in seconds.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from records import by_id
from same_output import sets

import workbench
from workbench import compare
from workbench.model import ArticleFacts, Check

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD = ROOT / "bench" / "gold"
CACHE = Path(tempfile.gettempdir()) / "workbench-checks-bench"
TOLERANCE = 0.005  # relative: "within rounding" of a labelled value
# data files the checks alone read: a change to them needs no new extraction
CHECK_DATA = ("compare.json", "checks.json")
NUMBERLESS = {"ratio": {"conversion", "ratio"}, "same_figure": {"same_figure"}}


# -- inputs -----------------------------------------------------------------------------------

def labelled_sets(pages: Path) -> dict[str, tuple[list[dict[str, Any]], dict[str, list[dict]]]]:
    """Each labelled set: its article records and its labelled checks by article id."""
    found: dict[str, tuple[list[dict[str, Any]], dict[str, list[dict]]]] = {}
    dev2 = json.loads((SHARED / "gold" / "dev2.json").read_text(encoding="utf-8"))
    articles = [json.loads(line) for line in
                (SHARED / "gold" / "dev2-articles.jsonl").read_text(encoding="utf-8").splitlines()
                if line.strip()]
    by_title = {a["title"]: a["id"] for a in articles}
    labels: dict[str, list[dict]] = {}
    for item in dev2.get("consistency", []):
        labels.setdefault(by_title[item["title"]], []).append(item)
    found["dev2"] = (articles, labels)
    for name, source in (("reuters", SHARED / "corpora" / "reuters-21578" / "articles.jsonl"),
                         ("pages", pages)):
        gold = json.loads((GOLD / f"multidomain-{name}.json").read_text(encoding="utf-8"))
        if not source.exists():
            print(f"{name}: texts not found at {source}; skipped", file=sys.stderr)
            continue
        texts = by_id(source, (a["id"] for a in gold["articles"]))
        labels = {a["id"]: a.get("consistency", []) for a in gold["articles"]}
        found[name] = ([texts[i] for i in labels if i in texts], labels)
    return found


def extra_set(path: Path) -> tuple[list[dict[str, Any]], dict[str, list[dict]]]:
    """A labelled set kept elsewhere: its articles (read from the shared corpora by id) and its
    labelled checks by article id."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    labels = {a["id"]: a.get("consistency", []) for a in gold["articles"]}
    texts: dict[str, dict[str, Any]] = {}
    for corpus in sorted({a["corpus"] for a in gold["articles"]}):
        source = SHARED / "corpora" / corpus / "articles.jsonl"
        texts |= by_id(source, (a["id"] for a in gold["articles"] if a["corpus"] == corpus))
    return [texts[i] for i in labels if i in texts], labels


def _extractor_key(inputs: bytes) -> str:
    digest = hashlib.sha256(inputs)
    package = ROOT / "workbench"
    for path in sorted(package.rglob("*")):
        if not path.is_file() or path.suffix not in (".py", ".json"):
            continue
        relative = path.relative_to(package).as_posix()
        if relative.startswith("compare/") or relative.removeprefix("data/") in CHECK_DATA:
            continue
        digest.update(relative.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def extracted(name: str, lines: Sequence[str], *, store: Path | None) -> list[ArticleFacts]:
    """The facts of the JSON Lines ``lines``, from the cache when the extractors are unchanged,
    else from the fact store ``store`` (extracting what it lacks); their checks are left to
    :func:`checked`."""
    body = "".join(line.rstrip("\n") + "\n" for line in lines)
    key = _extractor_key(body.encode())
    cached = CACHE / f"{name}-{key}.pickle"
    if cached.exists():
        loaded: list[ArticleFacts] = pickle.loads(cached.read_bytes())
        return loaded
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"{name}.jsonl"
    path.write_text(body, encoding="utf-8")
    facts = [replace(f, checks=[]) for f in workbench.load(path, store=store, jobs=1)]
    cached.write_bytes(pickle.dumps(facts))
    return facts


def checked(facts: Iterable[ArticleFacts]) -> dict[str, list[Check]]:
    return {f.article.id: list(compare.checks(f)) for f in facts}


# -- matching ---------------------------------------------------------------------------------

def close(a: float, b: float) -> bool:
    return abs(a - b) <= TOLERANCE * max(abs(a), abs(b)) + 1e-9


def numbers_of(check: Check) -> list[float]:
    """Every number a check relates: its total, its parts, and the sum or value it compares."""
    found = [float(p) for p in check.parts]
    for extra in (check.total, check.expected, check.actual):
        if extra is not None:
            found.append(float(extra))
    return found


def _covers(pool: Sequence[float], wanted: Sequence[float]) -> bool:
    """Is every wanted value in ``pool`` (each pool value used once)?"""
    left = list(pool)
    for value in wanted:
        hit = next((i for i, v in enumerate(left) if close(v, value)), None)
        if hit is None:
            return False
        left.pop(hit)
    return True


def matches(label: dict[str, Any], check: Check) -> bool:
    kind = label.get("kind")
    if kind in NUMBERLESS:
        return check.kind in NUMBERLESS[kind]
    if "values" in label:
        return _covers(numbers_of(check), label["values"])
    if kind == "change":
        wanted = [label["old"], label["new"]]
        return _covers(numbers_of(check), wanted + ([label["percent"]] if "percent" in label
                                                    else []))
    if kind == "comparison":
        return _covers(numbers_of(check), [label["greater"], label["lesser"]])
    if kind == "conversion":
        return _covers(numbers_of(check), [label["per_barrel"], label["per_gallon"]])
    if check.total is None or not close(float(check.total), float(label["total"])):
        return False
    parts = [float(p) for p in check.parts]
    return len(parts) == len(label["parts"]) and _covers(parts, label["parts"])


def one_to_one(labels: Sequence[dict[str, Any]], checks: Sequence[Check]) -> dict[int, int]:
    """The most labels matched each to a check of its own (label index -> check index): one
    reported check never counts for two labels."""
    options = [[i for i, c in enumerate(checks) if matches(label, c)] for label in labels]
    owner: dict[int, int] = {}  # check -> label

    def place(label: int, seen: set[int]) -> bool:
        for check in options[label]:
            if check in seen:
                continue
            seen.add(check)
            if check not in owner or place(owner[check], seen):
                owner[check] = label
                return True
        return False

    for label in range(len(labels)):
        place(label, set())
    return {label: check for check, label in owner.items()}


def describe(label: dict[str, Any]) -> str:
    kind = label.get("kind", "total")
    if "values" in label:
        return f"{kind} over " + ", ".join(f"{v:g}" for v in label["values"])
    if kind == "comparison":
        return f"comparison {label['greater']:g} > {label['lesser']:g}"
    if kind == "conversion":
        return f"conversion {label['per_barrel']:g} / {label['per_gallon']:g}"
    if kind in NUMBERLESS:
        return kind
    if kind == "change":
        stated = f" ({label['percent']:g}%)" if "percent" in label else ""
        return f"change {label['old']:g} to {label['new']:g}{stated}"
    return f"total {label['total']:g} = " + " + ".join(f"{p:g}" for p in label["parts"])


def show(check: Check) -> str:
    verdict = "ok" if check.consistent else "ALARM"
    return f"[{check.kind} {verdict}] {check.note}"


def score(name: str, labels: dict[str, list[dict]], found: dict[str, list[Check]], *,
          detail: bool) -> tuple[int, int]:
    hits = total = agreed = 0
    unmatched: list[str] = []
    for article, items in labels.items():
        checks = found.get(article, [])
        pairs = one_to_one(items, checks)
        used = set(pairs.values())
        for at, label in enumerate(items):
            total += 1
            hit = pairs.get(at)
            if hit is not None:
                hits += 1
                agreed += checks[hit].consistent == label.get("consistent", True)
            if detail:
                mark = "FOUND" if hit is not None else "missed"
                print(f"  {mark:6} {article} {describe(label)}")
        unmatched += [f"  {article} {show(c)}" for i, c in enumerate(checks) if i not in used]
    for article, checks in found.items():  # articles without labelled checks
        if article not in labels:
            unmatched += [f"  {article} {show(c)}" for c in checks]
    print(f"{name}: {hits} / {total} labelled checks found ({agreed} with the labelled "
          f"verdict); {len(unmatched)} reported checks match no label")
    for line in unmatched:
        print(line)
    return hits, total


def alarms(*, context: int, store: Path | None, every: bool = False) -> int:
    """Every check flagged inconsistent on the fixed corpus samples, with its words (with
    ``every``, the checks that hold too), and the checks counted by kind."""
    count = 0
    for name, path in sets().items():
        if name not in ("ukraine-media-2022", "reuters-21578"):
            continue
        facts = extracted(name, path.read_text(encoding="utf-8").splitlines(), store=store)
        flagged = 0
        kinds: Counter[str] = Counter()
        for f in facts:
            for check in compare.checks(f):
                kinds[check.kind] += 1
                if check.consistent and not every:
                    continue
                flagged += not check.consistent
                words = " ".join(check.text.split())
                if len(words) > context:
                    words = words[:context] + " ..."
                print(f"{name} {f.article.id} {show(check)}\n    {words}")
        tally = ", ".join(f"{kind} {n}" for kind, n in sorted(kinds.items()))
        print(f"{name}: {flagged} alarms in {len(facts)} articles; checks: {tally}")
        count += flagged
    print(f"alarms: {count}")
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path,
                        default=ROOT.parent / "eval" / "multidomain" / "pages-articles.jsonl",
                        help="the pages set's articles (JSONL kept outside the project)")
    parser.add_argument("--alarms", action="store_true",
                        help="also list every alarm on the fixed corpus samples")
    parser.add_argument("--all", action="store_true",
                        help="with --alarms, list the corpus checks that hold as well")
    parser.add_argument("--store", type=Path, default=None,
                        help="fact store to extract into (default: the workbench default)")
    parser.add_argument("--detail", action="store_true", help="list each labelled check")
    parser.add_argument("--gold", type=Path, action="append", default=[],
                        help="an extra labelled set (JSON: articles with id, corpus, consistency)")
    parser.add_argument("--context", type=int, default=600,
                        help="characters of each alarm's sentences shown")
    args = parser.parse_args(argv)
    hits = total = 0
    todo = labelled_sets(args.pages)
    for path in args.gold:
        todo[f"{path.parent.name}-{path.stem}"] = extra_set(path)
    for name, (articles, labels) in todo.items():
        facts = extracted(name, [json.dumps(a) for a in articles], store=args.store)
        h, t = score(name, labels, checked(facts), detail=args.detail)
        hits, total = hits + h, total + t
    print(f"all: {hits} / {total} found ({hits / max(total, 1):.2f})")
    if args.alarms:
        alarms(context=args.context, store=args.store, every=args.all)
    return 0


if __name__ == "__main__":
    sys.exit(main())
