"""The facts contract on the seed: every fact anchored in its text; the seed gold's floors hold."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT, SHARED
from workbench import pipeline
from workbench.model import FACT_KINDS, ArticleFacts

SCORER = SHARED / "tools" / "score.py"
FLOORS = "entities=0.95,quantities=0.95,times=0.95,quotes=0.95,claims=0.90,articles.published=1"


@pytest.fixture(scope="module")
def seed_facts() -> list[ArticleFacts]:
    facts, problems = pipeline.run([ROOT / "seeds"])
    assert problems == []
    return facts


def test_every_fact_is_anchored_in_its_text(seed_facts: list[ArticleFacts]) -> None:
    checked = 0
    for item in seed_facts:
        text = item.article.text
        for kind in (*FACT_KINDS, "checks"):
            for fact in getattr(item, kind):
                assert text[fact.start : fact.end] == fact.text, (kind, fact)
                if hasattr(fact, "section"):
                    assert fact.section == item.article.section_kind(fact.start)
                checked += 1
    assert checked > 50


def test_contract_fields(seed_facts: list[ArticleFacts]) -> None:
    required = {
        "id",
        "source",
        "title",
        "published",
        "published_basis",
        "captions",
        "credits",
        "text",
        "sections",
        *FACT_KINDS,
    }
    for item in seed_facts:
        record = json.loads(json.dumps(item.to_dict()))
        assert required <= record.keys()
        for section in record["sections"]:
            assert section["kind"] in ("title", "caption", "paragraph")


@pytest.mark.skipif(
    not SCORER.exists(), reason="../shared/tools/score.py is absent (a user's clone)"
)
@pytest.mark.parametrize("gold", ["seed"])
def test_seed_gold_floors(seed_facts: list[ArticleFacts], gold: str) -> None:
    lines = "".join(json.dumps(f.to_dict()) + "\n" for f in seed_facts)
    result = subprocess.run(
        [
            sys.executable,
            str(SCORER),
            "--gold",
            str(SHARED / "gold" / f"{gold}.json"),
            "-",
            "--min",
            FLOORS,
            "--detail",
        ],
        input=lines,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "offset errors 0" in result.stdout
