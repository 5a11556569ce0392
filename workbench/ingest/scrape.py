"""The scrape text format: articles separated by blank lines, captions repeated, a ``TT`` marker.

A scraped article looks like::

    Title
    <blank>
    Caption. EPA/Photographer          (captions, often repeated)
    TT
    <blank>
    Title                               (title and captions again)
    Caption. EPA/Photographer
    <blank>
    Body paragraph, separated by blank lines or single newlines.

Real scrapes vary: no captions, a title repeated without captions, no ``TT``, CRLF line ends,
a BOM, curly quotes. Articles are separated by two or more blank lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from workbench.ingest.build import clean_line
from workbench.ingest.captions import looks_like_caption, split_credit

_ARTICLE_BREAK = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
MARKERS = frozenset({"TT"})


@dataclass(frozen=True, slots=True)
class ScrapedParts:
    title: str
    captions: list[str]
    credits: list[str]
    caption_lines: list[str]  # each caption once as printed, its credit included
    paragraphs: list[str]
    line: int


def split_articles(text: str) -> Iterator[tuple[int, str]]:
    """``(first line number, chunk)`` for each article in a scrape file."""
    pos = 0
    for match in [*_ARTICLE_BREAK.finditer(text), None]:
        end = match.start() if match else len(text)
        chunk = text[pos:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip("\n \t"))
            line = text.count("\n", 0, pos + lead) + 1
            yield line, chunk
        if match:
            pos = match.end()


def parse_article(chunk: str, *, line: int = 1) -> ScrapedParts:
    """Title, captions (each once, credits split off) and paragraphs of one article.

    A chunk without a visible line gives an empty title and no paragraphs.
    """
    lines = [clean_line(raw) for raw in chunk.split("\n")]
    lines = [ln for ln in lines if ln]
    if not lines:  # only invisible characters (zero-width spaces, bidi controls)
        return ScrapedParts("", [], [], [], [], line)
    title = lines[0]
    rest = lines[1:]
    head: list[str]
    if any(ln in MARKERS for ln in rest):
        cut = next(i for i, ln in enumerate(rest) if ln in MARKERS)
        head, body = rest[:cut], rest[cut + 1 :]
    else:
        head, body = [], rest
    # captions: header lines, repeated lines at the top of the body, or lines ending in a credit
    seen_head = {title, *head}
    captions_raw = [ln for ln in head if ln != title]
    i = 0
    while i < len(body):
        ln = body[i]
        if ln in seen_head or ln == title:
            i += 1
            continue
        repeated = i + 1 < len(body) and body[i + 1] == ln
        if repeated or looks_like_caption(ln):
            captions_raw.append(ln)
            seen_head.add(ln)
            i += 1
            continue
        break
    paragraphs = [ln for ln in body[i:] if ln not in MARKERS]
    captions: list[str] = []
    credits: list[str] = []
    caption_lines: list[str] = []
    for raw in captions_raw:
        caption, credit = split_credit(raw)
        if caption and caption not in captions:
            captions.append(caption)
            caption_lines.append(raw)
        if credit and credit not in credits:
            credits.append(credit)
    return ScrapedParts(title, captions, credits, caption_lines, paragraphs, line)
