"""Shared fixtures: one spaCy pipeline per session, articles built from sentences."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language

from workbench import nlp as nlp_
from workbench.ingest.build import build_article
from workbench.model import Article
from workbench.store.location import SETTING

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session", autouse=True)
def fact_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One fact store for the session (commands started by tests inherit it), never the
    user's cache."""
    path = tmp_path_factory.mktemp("store")
    before = os.environ.get(SETTING)
    os.environ[SETTING] = str(path)
    yield path
    if before is None:
        os.environ.pop(SETTING, None)
    else:
        os.environ[SETTING] = before


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
