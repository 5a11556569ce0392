"""Assemble an :class:`Article` from its parts: one text, sections with offsets, a stable id."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from workbench.ingest.published import infer_published
from workbench.model import Article, PublishedBasis, Section, SectionKind

_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f]+")


def clean_line(line: str) -> str:
    """One line of text: NFC, no control, format (bidi) or surrogate characters, single spaces.

    Article text and metadata (id, outlet, url) alike; the result is always valid UTF-8.
    """
    line = unicodedata.normalize("NFC", _without_surrogates(line))
    line = "".join(ch for ch in line if ch in "\t" or unicodedata.category(ch)[0] != "C")
    return _SPACES.sub(" ", line).strip()


def _without_surrogates(text: str) -> str:
    """Lone surrogates (from JSON escapes or undecodable names) dropped; NFC cannot take them."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "".join(ch for ch in text if not "\ud800" <= ch <= "\udfff")
    return text


def hidden_characters(text: str) -> int:
    """How many control, format (bidi) or surrogate characters :func:`clean_line` removes."""
    return sum(1 for ch in text if ch != "\t" and unicodedata.category(ch)[0] == "C")


def has_visible_text(text: str) -> bool:
    """Does ``text`` hold a letter, digit, mark, punctuation or symbol (not only spaces)?"""
    return any(unicodedata.category(ch)[0] not in "CZ" for ch in text)


def article_id(title: str, paragraphs: list[str]) -> str:
    """Stable id from the article's own words: same text, same id, on any machine."""
    digest = hashlib.sha1("\n".join([title, *paragraphs]).encode("utf-8")).hexdigest()
    return f"art-{digest[:16]}"


def build_article(
    *,
    source: str,
    title: str,
    captions: list[str],
    credits: list[str],
    paragraphs: list[str],
    caption_lines: list[str] | None = None,
    article_id_: str | None = None,
    published: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
) -> Article:
    """Join title, captions and paragraphs into one text with sections; infer the date.

    A caption's section holds it as printed (``caption_lines``), its credit included, so that
    the agencies a credit names stay anchored in the text; ``captions`` lists them without.
    """
    parts: list[tuple[SectionKind, str]] = [("title", title)]
    parts += [("caption", c) for c in (caption_lines or captions)]
    parts += [("paragraph", p) for p in paragraphs]
    chunks: list[str] = []
    sections: list[Section] = []
    offset = 0
    for kind, chunk in parts:
        if not chunk:
            continue
        if chunks:
            offset += 2
        sections.append(Section(kind, offset, offset + len(chunk)))
        chunks.append(chunk)
        offset += len(chunk)
    text = "\n\n".join(chunks)
    basis: PublishedBasis | None = "metadata" if published else None
    if not published:
        published, basis = infer_published(captions=captions, paragraphs=paragraphs)
    return Article(
        id=article_id_ or article_id(title, paragraphs),
        source=source,
        title=title,
        text=text,
        sections=tuple(sections),
        captions=tuple(captions),
        credits=tuple(credits),
        published=published,
        published_basis=basis,
        outlet=outlet,
        url=url,
    )
