"""Sentences: the parser's sentences, never running across a section (a headline, a caption and
a paragraph are apart even when the parse joins them)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from workbench.model import Article


def pieces(doc: Doc, article: Article) -> Iterator[Span]:
    """The parser's sentences, cut where a section ends (a headline is not the body's start)."""
    bounds = []
    for section in article.sections:
        span = doc.char_span(section.start, section.end, alignment_mode="expand")
        if span is not None:
            bounds.append((span.start, span.end))
    for sent in doc.sents:
        pieces = [(max(sent.start, a), min(sent.end, b)) for a, b in bounds
                  if a < sent.end and b > sent.start]
        for a, b in pieces or [(sent.start, sent.end)]:
            yield doc[a:b]


def sentence_spans(doc: Doc, article: Article) -> list[tuple[int, int]]:
    """The parse's sentences cut at section ends, without surrounding spaces."""
    spans: list[tuple[int, int]] = []
    for sent in doc.sents:
        for section in article.sections:
            start, end = max(sent.start_char, section.start), min(sent.end_char, section.end)
            piece = article.text[start:end]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                spans.append((start + lead, start + len(piece.rstrip())))
    return spans
