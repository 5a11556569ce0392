"""Sentences: the parser's sentences, never running across a section (a headline, a caption
and a paragraph are apart even when the parse joins them). The one sentence cutter: the
extractors read its token spans, the article's facts keep its character spans.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span

from workbench.model import Article


def pieces(doc: Doc, article: Article) -> list[Span]:
    """The parser's sentences, cut where a section ends, in text order (a sentence outside
    every section is kept whole)."""
    bounds: list[tuple[int, int]] = []
    for section in article.sections:
        span = doc.char_span(section.start, section.end, alignment_mode="expand")
        if span is not None:
            bounds.append((span.start, span.end))
    bounds.sort()
    starts = [a for a, _ in bounds]
    found: list[Span] = []
    for sent in doc.sents:
        first = max(bisect_right(starts, sent.start) - 1, 0)  # sections before may still overlap
        cut = [(max(sent.start, a), min(sent.end, b)) for a, b in _overlapping(bounds, first, sent)]
        found.extend(doc[a:b] for a, b in cut or [(sent.start, sent.end)])
    return found


def _overlapping(bounds: list[tuple[int, int]], first: int, sent: Span) -> list[tuple[int, int]]:
    """The section bounds from ``first`` on that overlap ``sent``; sections never overlap each
    other, so the scan stops at the first one past the sentence."""
    hits: list[tuple[int, int]] = []
    for a, b in bounds[first:]:
        if a >= sent.end:
            break
        if b > sent.start:
            hits.append((a, b))
    return hits


def sentence_spans(doc: Doc, article: Article) -> list[tuple[int, int]]:
    """Character spans of :func:`pieces` inside their sections, without surrounding spaces."""
    sections = sorted((s.start, s.end) for s in article.sections)
    starts = [a for a, _ in sections]
    spans: list[tuple[int, int]] = []
    for piece in pieces(doc, article):
        lo, hi = piece.start_char, piece.end_char
        i = max(bisect_right(starts, lo) - 1, 0)
        for a, b in sections[i:]:
            if a >= hi:
                break
            start, end = max(lo, a), min(hi, b)
            text = article.text[start:end]
            if end > start and text.strip():
                lead = len(text) - len(text.lstrip())
                spans.append((start + lead, start + len(text.rstrip())))
    return sorted(set(spans))
