"""spaCy's own pipeline, unchanged, to hold the faster components to (once per session)."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from workbench import nlp as nlp_


@pytest.fixture(scope="session")
def spacys_own() -> Language:
    return spacy.load(nlp_.model_name())
