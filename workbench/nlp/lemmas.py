"""The pipeline's lemmatizer (spaCy's rule lemmatizer), applied the same way, faster.

spaCy's rule lemmatizer remembers a word's lemma by (word, part of speech, morphology), but only
after the full rule path: the words it settles early (a proper noun, a singular noun, a verb in
its base form, a word of a part of speech without rules) are worked out again every time they
occur, one Token at a time, and each lemma is written through the Token. Its answer depends on
nothing but that triple, so :class:`Lemmas` remembers every answer by it, reads the triples of a
whole Doc at once and writes all its lemmas at once. A token that already has a lemma (set by
the attribute rules) keeps it, as spaCy's does unless told to overwrite. Tests hold it to the
lemmatizer token by token.
"""

from __future__ import annotations

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

Key = tuple[int, int, int]  # a token's word, part of speech and morphology, as the Doc keeps them
# answers remembered at most, with spaCy's own: a worker's memory must not grow with the corpus
# (a whole corpus's words would take tens of MB); past it both start again, warm in an article
LIMIT = 50_000


class Lemmas:
    """What ``lemmatizer`` (in its ``rule`` mode) does to a Doc (see the module's note)."""

    def __init__(self, lemmatizer: Lemmatizer, *, limit: int = LIMIT) -> None:
        if lemmatizer.mode != "rule":
            raise ValueError(f"only the rule lemmatizer is remembered, not {lemmatizer.mode!r}")
        self.lemmatizer = lemmatizer
        self.strings = lemmatizer.vocab.strings
        self._known: dict[Key, int] = {}
        self.limit = limit

    def __call__(self, doc: Doc) -> Doc:
        if not self.lemmatizer._validated:
            self.lemmatizer._validate_tables()
        overwrite = self.lemmatizer.overwrite
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma and not overwrite:
                lemmas.append(lemma)
                continue
            key = (orth, pos, morph)
            found = self._known.get(key)
            if found is None:
                if len(self._known) >= self.limit:
                    self._known.clear()
                    self.lemmatizer.cache.clear()
                found = self.strings.add(self.lemmatizer.lemmatize(doc[i])[0])
                self._known[key] = found
            lemmas.append(found)
        doc.from_array([LEMMA], numpy.array(lemmas, dtype=numpy.uint64))  # type: ignore[arg-type]
        return doc


@Language.factory("workbench_lemmas")
def make_lemmas(nlp: Language, name: str) -> Lemmas:
    """The pipeline's own lemmatizer, made faster (registered for :func:`replace_lemmatizer`)."""
    lemmatizer = nlp.get_pipe("lemmatizer")
    if not isinstance(lemmatizer, Lemmatizer):
        raise TypeError(f"the pipeline's lemmatizer is a {type(lemmatizer).__name__}")
    return Lemmas(lemmatizer)


def replace_lemmatizer(nlp: Language) -> None:
    """Run :class:`Lemmas` in place of ``nlp``'s rule lemmatizer (kept, disabled)."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if not isinstance(lemmatizer, Lemmatizer) or lemmatizer.mode != "rule":
        return
    nlp.add_pipe("workbench_lemmas", after="lemmatizer")
    nlp.disable_pipe("lemmatizer")
