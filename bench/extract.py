"""Extraction speed: full workbench extraction against bare ``nlp.pipe`` with the same pipeline.

    .venv/bin/python bench/extract.py [--sample 500] [--peer-sample 100]

Both run in this one process on the same fixed sample of ../shared/corpora/ukraine-media-2022
(every k-th article, so the sample spans outlets and months). The figure that matters is the
ratio workbench/bare (goal >= 0.7): the parse is the floor cost and the rules must be cheap.
If quantulum3 and dateparser are installed (``pip install -e '.[bench]'``) their combined
extraction of quantities and dates is timed on the first ``--peer-sample`` texts too.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from workbench import ingest, nlp, pipeline
from workbench.model import Article, ArticleFacts

CORPUS = (
    Path(__file__).resolve().parents[2]
    / "shared"
    / "corpora"
    / "ukraine-media-2022"
    / "articles.jsonl"
)


def sample(path: Path, size: int) -> list[Article]:
    total = sum(1 for _ in path.open(encoding="utf-8"))
    step = max(total // size, 1)
    picked = [a for a in ingest.read([path]) if isinstance(a, Article)][::step]
    return picked[:size]


def rate(count: int, seconds: float) -> float:
    return count / seconds if seconds else float("inf")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=500)
    parser.add_argument("--peer-sample", type=int, default=100)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"bench: corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    articles = sample(args.corpus, args.sample)
    texts = [a.text for a in articles]
    model = nlp.load()
    list(model.pipe(texts[:20]))  # warm up

    start = time.perf_counter()
    for _ in model.pipe(texts, batch_size=pipeline.BATCH_SIZE):
        pass
    bare = time.perf_counter() - start

    start = time.perf_counter()
    facts = [
        r for r in pipeline.extract_articles(articles, nlp=model) if isinstance(r, ArticleFacts)
    ]
    full = time.perf_counter() - start

    result: dict[str, object] = {
        "articles": len(articles),
        "characters": sum(map(len, texts)),
        "bare_nlp_pipe_articles_per_s": round(rate(len(texts), bare), 2),
        "workbench_articles_per_s": round(rate(len(facts), full), 2),
        "ratio_workbench_to_bare": round(bare / full, 3),
    }
    result.update(peers(texts[: args.peer_sample], model, workbench_rate=rate(len(facts), full)))
    print(json.dumps(result, indent=2))
    return 0


def peers(texts: list[str], model: object, *, workbench_rate: float) -> dict[str, object]:
    """quantulum3 + dateparser over the same texts, when installed."""
    try:
        import dateparser.search
        from quantulum3 import parser as qparser
    except ImportError:
        return {"peers": "quantulum3/dateparser not installed (pip install -e '.[bench]')"}
    qparser.parse("warm up 3 drones")
    start = time.perf_counter()
    for text in texts:
        qparser.parse(text)
        dateparser.search.search_dates(text, languages=["en"])
    seconds = time.perf_counter() - start
    peer_rate = rate(len(texts), seconds)
    return {
        "peer_articles": len(texts),
        "quantulum3_plus_dateparser_articles_per_s": round(peer_rate, 2),
        "ratio_workbench_to_peers": round(workbench_rate / peer_rate, 3),
    }


if __name__ == "__main__":
    sys.exit(main())
