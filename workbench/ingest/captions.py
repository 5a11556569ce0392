"""Photo captions: tell a caption line from body text and split its credit off."""

from __future__ import annotations

import re
from functools import cache

from workbench import lexicon

# a caption's credit is its last sentence, or a parenthesised tail
_TAIL_SENTENCE = re.compile(r"(?<=[.!?\"”’)])\s+(?=[A-Z(])")
_PAREN_TAIL = re.compile(r"\s*\(([^()]{3,160})\)\s*$")


@cache
def _agency_pattern() -> re.Pattern[str]:
    names = sorted(lexicon.load("photo_credits")["agencies"], key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


def _markers() -> tuple[str, ...]:
    return tuple(lexicon.load("photo_credits")["markers"])


def is_credit(tail: str) -> bool:
    """Does this short text read as a photo credit ("EPA/Name / Agency", "... via REUTERS")?"""
    tail = tail.strip()
    if not tail or len(tail) > 200:
        return False
    if tail.startswith(_markers()):
        return True
    agency = _agency_pattern().search(tail)
    if agency is None:
        return False
    if "/" in tail or re.search(r"\bvia\b", tail):
        return True
    # the whole tail is an agency name, e.g. "REUTERS" or "Getty Images"
    return agency.group(0) == tail.rstrip(".")


def split_credit(caption: str) -> tuple[str, str | None]:
    """``(caption without credit, credit or None)``."""
    paren = _PAREN_TAIL.search(caption)
    if paren and is_credit(paren.group(1)):
        return caption[: paren.start()].rstrip(), paren.group(1).strip()
    pieces = _TAIL_SENTENCE.split(caption)
    if len(pieces) > 1 and is_credit(pieces[-1]):
        body = caption[: caption.rfind(pieces[-1])].rstrip()
        return body, pieces[-1].strip()
    return caption, None


def looks_like_caption(line: str) -> bool:
    """A line that ends in a photo credit is a caption even where it is not repeated."""
    return split_credit(line)[1] is not None
