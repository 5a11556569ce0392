"""From articles to facts: one spaCy parse per article (batched), then every extractor.

A failure inside one article becomes a :class:`Problem` and the batch goes on.
"""

from __future__ import annotations

import logging
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from itertools import tee
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from workbench import compare, extract, ingest
from workbench import nlp as nlp_
from workbench.model import Article, ArticleFacts, Problem
from workbench.nlp import chunks

log = logging.getLogger(__name__)

# texts the parser takes at once (a long one in pieces: nlp.chunks): its working memory grows
# with the batch (the 96 longest of 4,000 corpus articles peaked 1.2 GB above the process at
# 32, 70 MB at 4) while its speed does not (the same CPU time at 4 and 32 on 150 articles)
BATCH_SIZE = 4


def facts_of(doc: Doc, article: Article) -> ArticleFacts:
    """Every fact of one parsed article."""
    entities = extract.entities(doc, article)
    quantities = list(extract.quantities(doc, article))
    times = list(extract.times(doc, article))
    read = extract.attributed(doc, article, entities)  # one reading for quotes and claims
    quotes = list(extract.quotes(doc, article, entities=entities, read=read))
    claims = list(extract.claims(doc, article, entities=entities, quantities=quantities,
                                 quotes=quotes, read=read))
    facts = ArticleFacts(article, entities, quantities, times, quotes, claims,
                         sentences=extract.sentence_spans(doc, article))
    facts.checks = list(compare.checks(facts))
    return facts


def extract_articles(
    records: Iterable[Article | Problem],
    *,
    nlp: Language | None = None,
    batch_size: int = BATCH_SIZE,
    n_process: int = 1,
) -> Iterator[ArticleFacts | Problem]:
    """Facts for each article, problems passed through, in input order (the parser reads
    ahead, so a problem met while it does waits for the articles before it)."""
    pipeline = nlp if nlp is not None else nlp_.load()
    pending: deque[tuple[int, Problem]] = deque()

    def articles() -> Iterator[tuple[int, Article]]:
        for position, record in enumerate(records):
            if isinstance(record, Problem):
                pending.append((position, record))
            elif len(record.text) > pipeline.max_length:
                pending.append((position, Problem(
                    record.source, "extract",
                    f"text of {len(record.text):,} characters is longer than the parser takes "
                    f"({pipeline.max_length:,}); not extracted", article=record.id)))
            else:
                yield position, record

    stream_a, stream_b = tee(articles())
    texts = (a.text for _, a in stream_a)
    for (position, article), doc in zip(
        stream_b, chunks.pipe(pipeline, texts, batch_size=batch_size, n_process=n_process),
        strict=True
    ):
        while pending and pending[0][0] < position:
            yield pending.popleft()[1]
        try:
            yield facts_of(doc, article)
        except Exception as err:  # one bad article never stops a batch
            log.debug("extraction failed", exc_info=True)
            yield Problem(
                article.source, "extract", f"{type(err).__name__}: {err}", article=article.id
            )
    yield from (problem for _, problem in pending)


def link_corpus(facts: list[ArticleFacts]) -> list[ArticleFacts]:
    """Cross-article name linking: a bare surname takes the full name the corpus gives it."""
    linked = extract.link_corpus([f.entities for f in facts])
    return [replace(f, entities=ents) for f, ents in zip(facts, linked, strict=True)]


def run(
    paths: Iterable[str | Path],
    *,
    limit: int | None = None,
    nlp: Language | None = None,
    n_process: int = 1,
    on_record: Callable[[ArticleFacts | Problem], None] | None = None,
) -> tuple[list[ArticleFacts], list[Problem]]:
    """Read ``paths``, extract every article's facts and link names across them.

    ``on_record`` sees each article's facts or problem as it is produced (for progress).
    An article whose text repeats an earlier one is kept once; the repeat is a problem.
    """
    facts: list[ArticleFacts] = []
    problems: list[Problem] = []
    seen: set[str] = set()
    records = ingest.read(paths, limit=limit)
    for record in extract_articles(records, nlp=nlp, n_process=n_process):
        if isinstance(record, ArticleFacts) and record.article.id in seen:
            record = Problem(
                record.article.source,
                "read",
                "duplicate of an earlier article with the same id; kept once",
                article=record.article.id,
            )
        if isinstance(record, Problem):
            problems.append(record)
        else:
            seen.add(record.article.id)
            facts.append(record)
        if on_record is not None:
            on_record(record)
    return link_corpus(facts), problems


def summarize(problems: Iterable[Problem]) -> str:
    """Problems counted by stage and message kind: ``"3 read (not JSON: 2, empty file: 1)"``."""
    counts: dict[str, Counter[str]] = {}
    for problem in problems:
        kind = problem.message.split(":")[0].split(" at ")[0]
        counts.setdefault(problem.stage, Counter())[kind] += 1
    parts = []
    for stage, kinds in counts.items():
        detail = ", ".join(f"{kind}: {n}" for kind, n in kinds.most_common())
        parts.append(f"{sum(kinds.values())} {stage} ({detail})")
    return "; ".join(parts)
