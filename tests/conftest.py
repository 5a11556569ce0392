"""Shared fixtures: one spaCy pipeline per session, articles built from sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from workbench import nlp as nlp_
from workbench.ingest.build import build_article
from workbench.model import Article

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp() -> Language:
    return nlp_.load()


def make_article(
    text: str, *, title: str = "Headline", published: str | None = "2024-11-29"
) -> Article:
    """An article whose body paragraphs are the lines of ``text``."""
    paragraphs = [p for p in text.split("\n") if p.strip()]
    return build_article(
        source="test",
        title=title,
        captions=[],
        credits=[],
        paragraphs=paragraphs,
        published=published,
    )
