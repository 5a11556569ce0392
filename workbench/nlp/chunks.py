"""Parsing long texts in pieces, so a worker's memory is bounded by the batch, not the article.

The parser's and the entity recogniser's working arrays grow with the length of the text they
read at once: one article of 125,000 characters took a worker from 550 MB to 920 MB, two of them
in one batch to 1.3 GB, and an article near spaCy's limit (a million characters) would take
gigabytes. :func:`pipe` cuts a text longer than ``limit`` characters into pieces at paragraph
breaks (where a sentence cannot run on), parses the pieces like any other texts and joins their
Docs back into one (:meth:`spacy.tokens.Doc.from_docs`): the joined Doc's text is the text, its
tokens are those of the whole text, and what the rules read (sentences, entities, tags,
dependencies) stays within paragraphs as it would. A paragraph longer than ``limit`` on its own
is cut after a sentence's end, else after a space.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

LIMIT = 20_000  # characters parsed at once; about 4,000 tokens, some 70 MB of working arrays

_PARAGRAPH = re.compile(r"\n\s*(?=\S)")  # after a line break and the blank run following it
_SENTENCE = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+(?=\S)")
_SPACE = re.compile(r"\s+(?=\S)")


def pieces(text: str, limit: int = LIMIT) -> list[str]:
    """``text`` cut into pieces of at most ``limit`` characters where it can be; joined, they
    are ``text``. Each cut follows a whitespace run, so no token is split and no whitespace
    token is parted."""
    if len(text) <= limit:
        return [text]
    out: list[str] = []
    start = 0
    while len(text) - start > limit:
        end = _cut(text, start, start + limit)
        out.append(text[start:end])
        start = end
    out.append(text[start:])
    return out


def _cut(text: str, start: int, stop: int) -> int:
    """The best place to end a piece that begins at ``start``, at most at ``stop``: the last
    paragraph break of the window's second half, else its last sentence end, else the last of
    either anywhere in the window, else its last space."""
    half = start + (stop - start) // 2
    for lowest, patterns in ((half, (_PARAGRAPH, _SENTENCE)), (start + 1, (_PARAGRAPH, _SENTENCE)),
                             (start + 1, (_SPACE,))):
        for pattern in patterns:
            last = None
            for last in pattern.finditer(text, lowest, stop):  # noqa: B007 (the last one)
                pass
            if last is not None and start < last.end() <= stop:
                return last.end()
    return stop  # one word of ``limit`` characters: cut inside it


def pipe(nlp: Language, texts: Iterable[str], *, batch_size: int, n_process: int = 1,
         limit: int = LIMIT) -> Iterator[Doc]:
    """One Doc per text, as ``nlp.pipe`` gives, with long texts parsed in pieces."""
    counts: deque[int] = deque()

    def split() -> Iterator[str]:
        for text in texts:
            parts = pieces(text, limit)
            counts.append(len(parts))
            yield from parts

    docs = iter(nlp.pipe(split(), batch_size=batch_size, n_process=n_process))
    for first in docs:
        n = counts.popleft()
        if n == 1:
            yield first
            continue
        parts = [first, *islice(docs, n - 1)]
        yield Doc.from_docs(parts, ensure_whitespace=False)
