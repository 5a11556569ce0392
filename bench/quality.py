"""Extraction quality on the hand-labelled multi-domain sets of bench/gold/.

    .venv/bin/python bench/quality.py                      # every set whose texts are here
    .venv/bin/python bench/quality.py --pages PAGES.jsonl  # the pages set's texts, kept apart
    .venv/bin/python bench/quality.py --set bench/gold/multidomain-quotes6.json \
        --texts PAGES.jsonl --detail                        # one set, every miss and extra

The labels hold ids, character offsets into each article's body and values, never article
text: quotes, claims and times are located by offsets. This script reads the texts (the
Reuters stories from ../shared/corpora, the pages set from a JSONL kept outside the project),
rebuilds the snippet form ../shared/tools/score.py reads, runs `workbench facts` on the
articles and prints each set's precision, recall and F1 per fact kind.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from records import by_id

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD = ROOT / "bench" / "gold"
KINDS = ("entities", "quantities", "times", "quotes", "claims")


def scorer() -> Any:
    spec = importlib.util.spec_from_file_location("score", SHARED / "tools" / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit("quality: ../shared/tools/score.py not found")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def snippet_gold(gold: dict[str, Any], texts: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The labels with their offsets turned into the words they point at, in memory only."""
    articles = []
    for label in gold["articles"]:
        record = texts[label["id"]]
        body, title = record["body"], record["title"]

        def cut(item: dict[str, Any], body: str = body, title: str = title) -> str:
            return (title if item.get("in") == "title" else body)[item["start"]:item["end"]]

        article = dict(label, title=record["title"])
        for kind, key in (("times", "text"), ("optional_times", "text"), ("quotes", "contains"),
                          ("claims", "contains"), ("optional_claims", "contains")):
            article[kind] = [dict(item, **{key: cut(item)}) for item in label.get(kind, [])]
        articles.append(article)
    return {"about": gold.get("about", ""), "articles": articles}


def facts(articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "articles.jsonl"
        path.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
        command = [sys.executable, "-m", "workbench.cli", "facts", str(path),
                   "--format", "jsonl", "-q", "--no-store"]
        out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def speakers_right(gold: dict[str, Any], preds: list[dict[str, Any]],
                   score: Any) -> tuple[int, int]:
    """Of the labelled quotes whose words some quote holds, how many have a right speaker."""
    by_title = {score.norm(a.get("title")): a for a in preds}
    found = right = 0
    for label in gold["articles"]:
        quotes = by_title.get(score.norm(label["title"]), {}).get("quotes") or []
        for q in label["quotes"]:
            held = [p for p in quotes if score.contains(q["contains"], p.get("text"))]
            found += bool(held)
            right += any(score.in_alts(p.get("speaker"), q["speaker"]) for p in held)
    return right, found


def measure(name: str, gold_file: Path, *sources: Path, detail: bool = False) -> None:
    """One set's figures; its texts are read from every source (a set may mix corpus stories
    and pages kept apart)."""
    missing = [source for source in sources if not source.exists()]
    if missing:
        print(f"{name}: texts not found at {missing[0]}; skipped", file=sys.stderr)
        return
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    texts: dict[str, dict[str, Any]] = {}
    for source in sources:
        texts.update(by_id(source, (a["id"] for a in gold["articles"])))
    score, snippets, preds = scorer(), snippet_gold(gold, texts), facts(list(texts.values()))
    result = score.score(snippets, preds)
    kinds = gold.get("kinds", KINDS)  # a set may label only some kinds
    cells = "  ".join(f"{kind} {result[kind]['f1']:.3f}" for kind in kinds)
    print(f"{name} ({len(texts)} articles): {cells}")
    if detail:
        right, found = speakers_right(snippets, preds, score)
        print(f"  quote speakers right: {right}/{found} of the labelled quotes found")
        for kind in kinds:
            figures = result[kind]
            print(f"  {kind}: precision {figures['precision']:.3f} recall {figures['recall']:.3f}")
            for miss in result["_detail"][kind]["missed"]:
                print(f"  miss  {kind}: {miss}")
            for extra in result["_detail"][kind]["extra"]:
                print(f"  extra {kind}: {extra}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path,
                        default=ROOT.parent / "eval" / "multidomain" / "pages-articles.jsonl",
                        help="the pages set's articles (JSONL kept outside the project)")
    parser.add_argument("--pages-tqt6", type=Path,
                        default=ROOT.parent / "eval" / "tqt6" / "articles.jsonl",
                        help="the pages of multidomain-tqt6 (JSONL kept outside the project)")
    parser.add_argument("--set", type=Path, help="score this one gold file of bench/gold/ instead")
    parser.add_argument("--texts", type=Path, nargs="+",
                        help="the JSONL files holding the --set articles' texts")
    parser.add_argument("--detail", action="store_true", help="list every miss and every extra")
    args = parser.parse_args(argv)
    reuters = SHARED / "corpora" / "reuters-21578" / "articles.jsonl"
    if args.set:
        measure(args.set.stem, args.set, *(args.texts or [args.pages]), detail=args.detail)
        return 0
    measure("reuters", GOLD / "multidomain-reuters.json", reuters)
    measure("pages", GOLD / "multidomain-pages.json", args.pages)
    measure("tqt6", GOLD / "multidomain-tqt6.json", reuters, args.pages_tqt6)
    return 0


if __name__ == "__main__":
    sys.exit(main())
