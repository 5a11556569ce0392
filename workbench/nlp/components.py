"""The pipeline's own components, registered with spaCy when this module is imported (by
:func:`workbench.nlp.load`, and by a worker process that unpickles a pipeline holding them)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

PARAGRAPHS = "paragraph_breaks"
PARAGRAPH_BREAK = "\n\n"
CLOSING_QUOTES = frozenset({'"', "\u201d", "'", "\u2019"})
SENTENCE_STOPS = frozenset({".", "!", "?", "\u2026"})


@Language.component(PARAGRAPHS)
def paragraph_breaks(doc: Doc) -> Doc:
    """A paragraph that ends in an abbreviation's full stop ("... pharmacies in the U.S.") or
    in a stop and a closing quote mark ('... led the charge."') ends its sentence there: the
    parser otherwise runs it into the next paragraph's first sentence."""
    for tok in doc[2:-1]:
        before, stop = doc[tok.i - 1].text, doc[tok.i - 2].text
        if tok.is_space and PARAGRAPH_BREAK in tok.text and (
                (len(before) > 1 and before.endswith("."))
                or (before in CLOSING_QUOTES and stop[-1:] in SENTENCE_STOPS)):
            doc[tok.i + 1].is_sent_start = True
            if before in CLOSING_QUOTES:
                doc[tok.i - 1].is_sent_start = False  # the mark closes the sentence before
    return doc
