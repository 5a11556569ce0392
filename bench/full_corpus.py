"""The whole shared corpus through the store, then a question and the reports read from it.

    .venv/bin/python bench/full_corpus.py [--store DIR] [--jobs 2] [--topic "civilians killed"]

In one run, on ../shared/corpora/ukraine-media-2022 (11,127 articles): the store filled with
``--jobs`` workers, then its estimates read once for all questions, as ``workbench facts``
does (seconds of each and together, articles per second, the peak resident memory of this
process, of the largest worker, and of all of them together sampled every quarter second);
``workbench claims TOPIC`` on the stored corpus, then ``--then`` questions (wall seconds of each
command, start-up included); ``workbench report`` on it (wall seconds, the size of each page);
last, the peer the fill is judged against: bare ``nlp.pipe`` of the same pipeline with as many
processes as ``--jobs``, on every ``--reference-every``-th article, projected to the corpus by its
share of the characters (the fill's ratio to it says what the rules and the store add).
A store that already holds the corpus is reused (its fill time is then that of a re-run); pass
a fresh ``--store`` to measure the first fill.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

from workbench import ingest, nlp, pipeline
from workbench.model import Article
from workbench.store import Store, derived

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "ukraine-media-2022" / "articles.jsonl"
WORKBENCH = [sys.executable, "-m", "workbench.cli"]
THEN = ["refugees who fled Ukraine", "Russian tanks destroyed", "civilians killed"]


def timed(command: list[str], *,
          env: dict[str, str]) -> tuple[float, subprocess.CompletedProcess[str]]:
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT,
                          check=False)
    if done.returncode != 0:
        raise SystemExit(f"bench: {' '.join(command)} failed:\n{done.stderr[-3000:]}")
    return time.perf_counter() - start, done


class Sampler(threading.Thread):
    """The resident memory of this process and all its children together, sampled every
    ``interval`` seconds: the peak of the whole run, not a sum of per-process peaks."""

    def __init__(self, interval: float = 0.25) -> None:
        super().__init__(daemon=True)
        self.interval, self.peak_mb = interval, 0.0
        self.done = threading.Event()

    def run(self) -> None:
        me = psutil.Process()
        while not self.done.wait(self.interval):
            total = 0
            for process in [me, *me.children(recursive=True)]:
                try:
                    total += process.memory_info().rss
                except psutil.Error:
                    continue  # ended between the listing and the reading
            self.peak_mb = max(self.peak_mb, total / 2**20)


def bare_parse(corpus: Path, *, jobs: int, every: int) -> dict[str, float]:
    """Seconds bare ``nlp.pipe`` takes on every ``every``-th article with ``jobs`` processes,
    and that time projected to the whole corpus by characters."""
    texts = [a.text for a in ingest.read([corpus]) if isinstance(a, Article)]
    sample = texts[::every]
    model = nlp.load()
    start = time.perf_counter()
    for _ in model.pipe(sample, batch_size=pipeline.BATCH_SIZE, n_process=jobs):
        pass
    seconds = time.perf_counter() - start
    share = sum(map(len, sample)) / sum(map(len, texts))
    return {"bare_parse_sample_articles": len(sample), "bare_parse_sample_s": round(seconds, 1),
            "bare_parse_projected_s": round(seconds / share, 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--store", type=Path, default=None)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--topic", default="civilians killed")
    parser.add_argument("--then", nargs="*", default=THEN,
                        help="questions asked after the first (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=None, help="report pages (default: temp)")
    parser.add_argument("--reference-every", type=int, default=20,
                        help="bare parse of every k-th article as the peer (0: none)")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"bench: corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    root = args.store or Path(tempfile.mkdtemp(prefix="workbench-bench-full-"))
    out = args.out or Path(tempfile.mkdtemp(prefix="workbench-bench-pages-"))
    sampler = Sampler()
    sampler.start()
    start = time.perf_counter()
    with Store(root) as store:
        view = store.update([args.corpus], jobs=args.jobs)
        added, worker_peak = store.added, store.peak_mb
        fill = time.perf_counter() - start
        derived.complete(view, jobs=args.jobs)  # what `workbench facts` does after the fill
    stored = time.perf_counter() - start
    sampler.done.set()
    main_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    env = {**os.environ, "WORKBENCH_STORE": str(root)}
    asked = []  # every question reads the estimates the store keeps
    for topic in (args.topic, *args.then):
        seconds, done = timed([*WORKBENCH, "claims", topic, str(args.corpus), "-q",
                               "--format", "csv", "--jobs", str(args.jobs)], env=env)
        asked.append({"topic": topic, "s": round(seconds, 2),
                       "rows": max(len(done.stdout.splitlines()) - 1, 0)})
    report_s, _ = timed([*WORKBENCH, "report", "--corpus", str(args.corpus), "--out", str(out),
                         "-q", "-p", "topic", args.topic], env=env)
    pages = {page.name: round(page.stat().st_size / 1e6, 2) for page in sorted(out.glob("*.html"))}
    result = {
        "articles_extracted": added,
        "store_fill_s": round(fill, 1),
        "estimates_s": round(stored - fill, 1),
        "stored_s": round(stored, 1),
        "articles_per_s": round(added / fill, 2) if added else None,
        "jobs": args.jobs,
        "peak_mb_main_process": round(main_peak),
        "peak_mb_largest_worker": round(worker_peak),
        "peak_mb_all_processes_at_most": round(main_peak + args.jobs * worker_peak),
        "peak_mb_all_processes_sampled": round(sampler.peak_mb),
        "claims": asked,
        "report_s": round(report_s, 1),
        "pages_mb": pages,
        "store": str(root),
        "pages": str(out),
    }
    if args.reference_every > 0:
        reference = bare_parse(args.corpus, jobs=args.jobs, every=args.reference_every)
        result.update(reference)
        if added:
            result["ratio_fill_to_bare_parse"] = round(
                fill / reference["bare_parse_projected_s"], 3)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
