"""The pipeline's own components, registered with spaCy when this module is imported (by
:func:`workbench.nlp.load`, and by a worker process that unpickles a pipeline holding them)."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

PARAGRAPHS = "paragraph_breaks"
ACUTES = "acute_apostrophes"
PARAGRAPH_BREAK = "\n\n"
CLOSING_QUOTES = frozenset({'"', "\u201d", "'", "\u2019"})
SENTENCE_STOPS = frozenset({".", "!", "?", "\u2026"})
# some wire copy writes its apostrophes as acute accents ("Ukraine\u00b4s", "doesn\u00b4t")
ACUTE, APOSTROPHE, CURLY = "\u00b4", "'", "\u2019"


@Language.component(PARAGRAPHS)
def paragraph_breaks(doc: Doc) -> Doc:
    """A paragraph that ends in an abbreviation's full stop ("... pharmacies in the U.S.") or
    in a stop and a closing quote mark ('... led the charge."') ends its sentence there: the
    parser otherwise runs it into the next paragraph's first sentence. So does the first
    paragraph, a headline, which has no stop of its own ("UN panel will probe prison killings"
    before "The United Nations chief said ...")."""
    headline = True
    for tok in doc[2:-1]:
        if headline and tok.is_space and PARAGRAPH_BREAK in tok.text:
            headline = False
            if doc[tok.i + 1].text[:1].isupper():
                doc[tok.i + 1].is_sent_start = True
                if tok.i + 2 < len(doc) and doc[tok.i + 2].is_alpha:
                    doc[tok.i + 2].is_sent_start = False  # no one-word sentence: "Four"
        before, stop = doc[tok.i - 1].text, doc[tok.i - 2].text
        if tok.is_space and PARAGRAPH_BREAK in tok.text and (
                (len(before) > 1 and before.endswith("."))
                or (before in CLOSING_QUOTES and stop[-1:] in SENTENCE_STOPS)):
            doc[tok.i + 1].is_sent_start = True
            if before in CLOSING_QUOTES:
                doc[tok.i - 1].is_sent_start = False  # the mark closes the sentence before
    return doc


def split_acute_apostrophes(tokenizer: Tokenizer) -> None:
    """An acute accent written for an apostrophe is split off and expanded as the apostrophe
    is: "Ukraine\u00b4s" is "Ukraine" and a possessive, "doesn\u00b4t" is "does" and "not"."""
    for text, pieces in list(tokenizer.rules.items()):
        if CURLY in text:
            tokenizer.add_special_case(text.replace(CURLY, ACUTE), [
                {**piece, ORTH: piece[ORTH].replace(CURLY, ACUTE)} for piece in pieces])
    search = tokenizer.suffix_search
    pattern = getattr(getattr(search, "__self__", None), "pattern", None)
    if isinstance(pattern, str) and ACUTE + "[sS]" not in pattern:
        tokenizer.suffix_search = re.compile(pattern + "|" + ACUTE + "[sS]$").search


@Language.component(ACUTES)
def acute_apostrophes(doc: Doc) -> Doc:
    """The tagger reads an acute accent written for an apostrophe as the apostrophe: its
    words' norms hold the apostrophe ("\u00b4s" is "'s"); the text is unchanged."""
    if ACUTE in doc.text:
        for tok in doc:
            if ACUTE in tok.text:
                tok.norm_ = tok.norm_.replace(ACUTE, APOSTROPHE)
    return doc
