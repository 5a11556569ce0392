"""Hand-built ArticleFacts for the compare tests: facts placed by the words they cover, so a
test states a sentence and the numbers, names and times in it without running spaCy."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tests.conftest import make_article
from workbench.compare.estimates import qualify
from workbench.model import ArticleFacts, Claim, Entity, Quantity, TimeExpr


@dataclass(frozen=True)
class Q:
    """A quantity: the words of the number, its value and unit, optionally bounds and object."""

    words: str
    value: float
    unit: str | None = None
    qualifier: str = "exact"
    low: float | None = None
    high: float | None = None
    object: str | None = None
    nth: int = 0


@dataclass(frozen=True)
class E:
    words: str
    label: str = "GPE"
    canonical: str | None = None
    nth: int = 0


@dataclass(frozen=True)
class T:
    words: str
    resolved: str | None
    kind: str = "date"
    nth: int = 0


@dataclass(frozen=True)
class C:
    """A claim: its clause, its source's words and canonical name."""

    words: str
    source: str | None
    source_words: str | None = None
    hedged: bool = False


def find(text: str, words: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the ``nth`` occurrence of ``words`` as whole words."""
    found = list(re.finditer(rf"(?<!\w){re.escape(words)}(?!\w)", text))
    if len(found) <= nth:
        raise ValueError(f"{words!r} not in text")
    return found[nth].span()


def build(body: str, *, quantities: tuple[Q, ...] = (), entities: tuple[E, ...] = (),
          times: tuple[T, ...] = (), claims: tuple[C, ...] = (), title: str = "Headline",
          published: str | None = "2024-11-29", outlet: str | None = None,
          split: bool = False) -> ArticleFacts:
    """Facts over ``body``; with ``split``, the body's sentences (cut after ".", "!" or "?")
    stand for the parse's, else each paragraph is one sentence."""
    article = make_article(body, title=title, published=published)
    if outlet is not None:
        from dataclasses import replace

        article = replace(article, outlet=outlet)
    text = article.text
    found_q = []
    for q in quantities:
        start, end = find(text, q.words, q.nth)
        low, high = q.low, q.high
        if q.qualifier == "exact":
            low = q.value if low is None else low
            high = q.value if high is None else high
        obj_start = obj_end = None
        if q.object:
            obj_start = text.index(q.object, end)
            obj_end = obj_start + len(q.object)
        found_q.append(Quantity(start, end, text[start:end], "paragraph", q.value, low, high,
                                q.qualifier, q.unit, q.object, obj_start, obj_end))  # type: ignore[arg-type]
    found_e = []
    for e in entities:
        start, end = find(text, e.words, e.nth)
        country = qualify.country(e.words) if e.label in ("NORP", "GPE") else None
        canonical = e.canonical or (country if e.label == "GPE" and country else e.words)
        found_e.append(Entity(start, end, e.words, "paragraph", e.label, canonical, country))
    found_t = []
    for t in times:
        start, end = find(text, t.words, t.nth)
        found_t.append(TimeExpr(start, end, t.words, "paragraph", t.kind, t.resolved, "test"))  # type: ignore[arg-type]
    found_c = []
    for c in claims:
        start, end = find(text, c.words)
        s_start = s_end = None
        if c.source_words:
            s_start, s_end = find(text, c.source_words)
        indexes = tuple(i for i, q in enumerate(found_q) if start <= q.start < end)
        found_c.append(Claim(start, end, c.words, "paragraph", c.source, "say", c.hedged,
                             indexes, c.source_words, s_start, s_end))
    order = sorted(range(len(found_q)), key=lambda i: found_q[i].start)
    sentences = [m.span() for m in re.finditer(r"[^\s.!?][^.!?\n]*[.!?]*", text)] if split else []
    return ArticleFacts(article, entities=sorted(found_e, key=lambda e: e.start),
                        quantities=[found_q[i] for i in order], times=found_t,
                        claims=found_c, sentences=sentences)
