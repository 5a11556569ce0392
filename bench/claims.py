"""Does ``compare.estimates`` find what a researcher asks for? Recall and precision per question.

    .venv/bin/python bench/claims.py                 # development questions (q1..q3)
    .venv/bin/python bench/claims.py --questions all # every question, the check set included
    .venv/bin/python bench/claims.py --detail q1     # every miss and false positive of q1
    .venv/bin/python bench/claims.py --gold OTHER.json --questions all   # another universe

The gold (``bench/gold/claims-questions.json``: ids, body offsets, values, bounds, source family,
scope; near misses; no article text) labels estimates over a fixed universe of 300 articles of
``../shared/corpora/ukraine-media-2022/articles.jsonl``; ``--gold PATH`` reads another gold file
of the same format, whose own ``universe`` (article ids of the same corpus) is measured. A
universe is extracted once and its facts cached in ``/tmp/workbench-claims/`` (keyed by the
extractors' source files and by the universe's ids, so two universes never mix), then every
question's query goes through ``compare.estimates(facts, query)``.

Per question:
- recall: gold estimates found (a row in the same article whose number overlaps the gold
  number; gold offsets are into the JSONL ``body``, fact offsets into the article ``text``,
  so the body is located inside the text and the offsets shifted);
- precision: returned rows that hit an estimate over rows that hit an estimate or a near miss
  (a near miss returned is a false positive; rows hitting neither are not judged);
- source family right and bounds right: over the estimates found.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import pickle
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from records import by_id

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "ukraine-media-2022" / "articles.jsonl"
GOLD = ROOT / "bench" / "gold" / "claims-questions.json"
CACHE = Path(tempfile.gettempdir()) / "workbench-claims"
DEVELOPMENT = ("q1", "q2", "q3")
# data read only by the comparison, never by the extractors: a change there keeps the cache
COMPARISON_DATA = ("compare.json", "concepts.json", "sources.json")


def _fingerprint() -> str:
    """Changes when anything the facts depend on changes (extractors, lexicon, data, model);
    the arithmetic checks stored with the facts may be stale, the estimates never read them."""
    digest = hashlib.sha256()
    for folder in ("extract", "lexicon", "data", "ingest", "nlp"):
        for path in sorted((ROOT / "workbench" / folder).rglob("*")):
            if path.suffix in (".py", ".json") and path.name not in COMPARISON_DATA:
                digest.update(path.read_bytes())
    for name in ("model.py", "pipeline.py"):
        digest.update((ROOT / "workbench" / name).read_bytes())
    return digest.hexdigest()[:16]


def _universe_key(ids: Sequence[str]) -> str:
    return hashlib.sha256("\n".join(sorted(ids)).encode("utf-8")).hexdigest()[:12]


def facts_of_universe(records: dict[str, dict[str, Any]]) -> list[Any]:
    """The universe's facts, from the cache when the extractors have not changed (one cache
    file per universe and extractor fingerprint)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    universe = _universe_key(list(records))
    cached = CACHE / f"facts-{universe}-{_fingerprint()}.pkl"
    if cached.exists():
        with cached.open("rb") as source:
            loaded: list[Any] = pickle.load(source)
        return loaded
    from workbench import pipeline

    jsonl = CACHE / f"universe-{universe}.jsonl"
    jsonl.write_text("".join(json.dumps(records[i]) + "\n" for i in sorted(records)),
                     encoding="utf-8")
    facts, problems = pipeline.run([jsonl])
    for problem in problems:
        print(f"problem: {problem}", file=sys.stderr)
    with cached.open("wb") as sink:
        pickle.dump(facts, sink)
    return facts


def body_map(text: str, body: str) -> list[int]:
    """For each offset of the JSONL body (and its end), the offset in the article text. The
    text is title, blank line, ..., body, with the body's whitespace sometimes tidied: the
    body is aligned with the text and every offset carried over."""
    at = text.find(body)
    if at != -1:
        return list(range(at, at + len(body) + 1))
    mapping = [-1] * (len(body) + 1)
    matcher = difflib.SequenceMatcher(None, body, text, autojunk=False)
    for tag, b_start, b_end, t_start, t_end in matcher.get_opcodes():
        for k in range(b_end - b_start):
            mapping[b_start + k] = t_start + min(k, max(t_end - t_start - 1, 0)) \
                if tag != "equal" else t_start + k
    mapping[len(body)] = len(text)
    for k in range(len(body) - 1, -1, -1):  # a deleted character maps to the next kept one
        if mapping[k] == -1:
            mapping[k] = mapping[k + 1]
    return mapping


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def bounds_right(row: dict[str, Any], gold: dict[str, Any]) -> bool:
    """Gold bounds: exact low = high = value; lower_bound low only; upper_bound high only;
    approx neither; range both ends."""
    def same(a: float | None, b: float | None) -> bool:
        if a is None or b is None:
            return a is None and b is None
        return abs(a - b) <= 1e-6 * max(1.0, abs(b))

    qualifier = gold["qualifier"]
    if qualifier == "approx":
        return row["qualifier"] == "approx" and same(row["value"], gold["value"])
    if qualifier == "exact":
        return row["qualifier"] == "exact" and same(row["value"], gold["value"])
    return same(row["low"], gold["low"]) and same(row["high"], gold["high"])


def score(question: dict[str, Any], table: Any, maps: dict[str, list[int]],
          detail: bool) -> dict[str, Any]:
    rows = table.to_dicts()
    # one row per report: every occurrence it groups counts for its article
    by_article: dict[str, list[tuple[tuple[int, int], dict[str, Any]]]] = {}
    for row in rows:
        for occurrence in row.get("occurrences") or [
                f"{row['article_id']}:{row['start']}-{row['end']}"]:
            article, _, where = occurrence.rpartition(":")
            start, end = (int(x) for x in where.split("-"))
            by_article.setdefault(article, []).append(((start, end), row))

    def span(item: dict[str, Any]) -> tuple[int, int]:
        mapping = maps[item["article"]]
        return mapping[item["start"]], max(mapping[item["end"]], mapping[item["start"]] + 1)

    found = family_right = bounds_ok = 0
    judged_rows: dict[int, str] = {}
    misses: list[str] = []
    for gold in question["estimates"]:
        hits = [r for where, r in by_article.get(gold["article"], [])
                if overlaps(where, span(gold))]
        for r in hits:
            judged_rows[id(r)] = "estimate"
        if not hits:
            misses.append(f"  MISS {gold['article']} {gold['value']:g} {gold['scope']} "
                          f"[{gold['source_family']}] {gold.get('scope_note', '')}")
            continue
        found += 1
        row = hits[0]
        if row.get("source_family") == gold["source_family"]:
            family_right += 1
        elif detail:
            misses.append(f"  FAMILY {gold['article']} {gold['value']:g}: "
                          f"{row.get('source_family')} ({row.get('source_body')}) "
                          f"!= {gold['source_family']} ({gold['source']})")
        if bounds_right(row, gold):
            bounds_ok += 1
        elif detail:
            misses.append(f"  BOUNDS {gold['article']} {gold['value']:g} {gold['qualifier']}"
                          f" {gold['low']}-{gold['high']}: got {row['qualifier']} "
                          f"{row['value']} {row['low']}-{row['high']}")
    false_positives = 0
    for near in question["near_misses"]:
        hits = [r for where, r in by_article.get(near["article"], [])
                if overlaps(where, span(near)) and id(r) not in judged_rows]
        if hits:
            false_positives += 1
            misses.append(f"  NEAR {near['article']} {near['value']:g}: {near['why']} "
                          f"| row: {hits[0]['measurable']} | {hits[0].get('match')}")
    total = len(question["estimates"])
    return {
        "id": question["id"], "query": question["query"], "estimates": total,
        "rows": len(rows), "recall": found / total if total else 1.0,
        "precision": found / (found + false_positives) if found + false_positives else 1.0,
        "family": family_right / found if found else 0.0,
        "bounds": bounds_ok / found if found else 0.0,
        "near_misses_returned": false_positives, "misses": misses,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--questions", default="dev",
                        help="dev (q1..q3), all, or ids separated by commas")
    parser.add_argument("--detail", default="", help="question ids whose misses to print")
    parser.add_argument("--gold", type=Path, default=GOLD,
                        help="gold file (questions and their universe); default: %(default)s")
    args = parser.parse_args(argv)
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    if args.questions == "dev":
        wanted = set(DEVELOPMENT)
    elif args.questions == "all":
        wanted = {q["id"] for q in gold["questions"]}
    else:
        wanted = set(args.questions.split(","))
    records = by_id(CORPUS, gold["universe"])
    missing = set(gold["universe"]) - set(records)
    if missing:
        print(f"{len(missing)} universe ids not in {CORPUS}: {sorted(missing)[:3]}...",
              file=sys.stderr)
    facts = facts_of_universe(records)
    maps = {f.article.id: body_map(f.article.text, records[f.article.id]["body"])
            for f in facts}
    from workbench import compare

    detail = set(args.detail.split(",")) - {""}
    print("| question | estimates | rows | recall | precision | source family | bounds |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for question in gold["questions"]:
        if question["id"] not in wanted:
            continue
        table = compare.estimates(facts, question["query"])
        result = score(question, table, maps, question["id"] in detail)
        print(f"| {result['id']} {result['query']} | {result['estimates']} | {result['rows']}"
              f" | {result['recall']:.2f} | {result['precision']:.2f} | {result['family']:.2f}"
              f" | {result['bounds']:.2f} |")
        if question["id"] in detail:
            print("\n".join(result["misses"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
