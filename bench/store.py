"""The fact store's speed, in one run: workers against bare spaCy, re-runs, peak memory.

    .venv/bin/python bench/store.py [--sample 1000] [--new 10]

On a fixed sample of ../shared/corpora/ukraine-media-2022 (every k-th line, so it spans outlets
and months), in this order: bare ``nlp.pipe`` of the pipeline in this process; the store filled
by 1 worker (in this process) and, in another store, by 2 worker processes, taking turns on
``--rounds`` consecutive slices (each round starts its 2 workers anew); the unchanged corpus
again (nothing to extract: read, hash, look up); the corpus plus ``--new`` articles it lacks
(1%, as a second file). Peak memory is ``ru_maxrss`` of this process (which also ran the bare
parse and the 1-worker store) and the largest any worker reported.
Figures are ratios measured in the same run; the machine may be shared, so say so with them.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from workbench import ingest, nlp, pipeline
from workbench.model import Article
from workbench.store import Store

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "ukraine-media-2022" / (
    "articles.jsonl")


def write_samples(corpus: Path, out: Path, size: int, new: int) -> tuple[Path, Path]:
    """``size`` articles (every k-th line) and ``new`` others, as two JSON Lines files."""
    lines = corpus.read_text(encoding="utf-8").splitlines()
    step = max(len(lines) // size, 1)
    picked = lines[::step][:size]
    extra = lines[step // 2::step][:new]
    main, added = out / "sample.jsonl", out / "new.jsonl"
    main.write_text("\n".join(picked) + "\n", encoding="utf-8")
    added.write_text("\n".join(extra) + "\n", encoding="utf-8")
    return main, added


def timed_update(root: Path, paths: list[Path], *, jobs: int) -> tuple[float, int, float]:
    """Seconds to bring ``paths`` up to date in the store at ``root``; articles extracted; the
    peak memory (MB) of the processes that extracted them."""
    start = time.perf_counter()
    with Store(root) as store:
        store.update(paths, jobs=jobs)
        added, peak = store.added, store.peak_mb
    return time.perf_counter() - start, added, peak


def split(path: Path, rounds: int) -> list[Path]:
    """``path`` cut into ``rounds`` files of consecutive lines."""
    lines = path.read_text(encoding="utf-8").splitlines()
    size = -(-len(lines) // rounds)
    pieces = []
    for i in range(rounds):
        piece = path.with_name(f"round-{i}.jsonl")
        piece.write_text("\n".join(lines[i * size:(i + 1) * size]) + "\n", encoding="utf-8")
        pieces.append(piece)
    return pieces


def peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # kB on Linux


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=1000)
    parser.add_argument("--new", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"bench: corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    scratch = Path(tempfile.mkdtemp(prefix="workbench-bench-store-"))
    corpus, new = write_samples(args.corpus, scratch, args.sample, args.new)
    model = nlp.load()
    list(model.pipe(["A warm-up sentence about 12 drones in Kyiv on Monday."] * 20))
    bare = one = two = 0.0
    peak_workers = 0.0
    n = 0
    # the three contenders take turns on each round, so that other work sharing the machine
    # weighs on them alike
    for piece in split(corpus, args.rounds):
        texts = [a.text for a in ingest.read([piece]) if isinstance(a, Article)]
        n += len(texts)
        start = time.perf_counter()
        for _ in model.pipe(texts, batch_size=pipeline.BATCH_SIZE):
            pass
        bare += time.perf_counter() - start
        seconds, _, _ = timed_update(scratch / "store-1", [piece], jobs=1)
        one += seconds
        seconds, _, peak = timed_update(scratch / "store-2", [piece], jobs=2)
        two += seconds
        peak_workers = max(peak_workers, peak)
    again, none, _ = timed_update(scratch / "store-2", [corpus], jobs=2)
    more, added, _ = timed_update(scratch / "store-2", [corpus, new], jobs=2)
    result = {
        "articles": n,
        "bare_nlp_pipe_articles_per_s": round(n / bare, 2),
        "one_worker_articles_per_s": round(n / one, 2),
        "two_workers_articles_per_s": round(n / two, 2),
        "ratio_two_to_one_worker": round(one / two, 3),
        "ratio_one_worker_to_bare": round(bare / one, 3),
        "first_run_s (2 workers)": round(two, 1),
        "unchanged_rerun_s": round(again, 2),
        "ratio_unchanged_rerun_to_first": round(again / two, 4),
        "articles_extracted_on_rerun": none,
        "new_articles": added,
        "adding_new_s": round(more, 2),
        "ratio_adding_new_to_first": round(more / two, 4),
        "their_share": round(added / n, 4),
        "peak_mb_main_process": round(peak_mb(resource.RUSAGE_SELF)),
        "peak_mb_largest_worker": round(peak_workers),
        "scratch": str(scratch),
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
