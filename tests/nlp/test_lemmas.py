"""The pipeline's lemmatizer, remembered, gives what spaCy's own lemmatizer gives."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

from workbench.nlp.lemmas import Lemmas

# invented sentences of several kinds of news: irregular verbs and plurals, proper nouns,
# comparatives, words that are a noun in one sentence and a verb in the next, numbers, spaces
TEXTS = [
    "The mayor's aides were told the ferries had been running late; children ran to the buses.",
    "Shares fell 3.4% as the chipmaker said its best-selling phones sold worse than feared.",
    "Witnesses saw the striker leave; the club says it leaves the decision to the league.",
    "Floods struck three villages; the rescuers' boats were the only way out.\n\nMore rain falls.",
    "The judge ruled that the geese, mice and oxen on the farm were better fed than claimed.",
    "Dr. Okafor's studies found that larger doses worked best; the studies were published Tuesday.",
    "The council will review the bids again, reviewing each of them as it reviewed the last ones.",
]


def _read(doc: Doc) -> list[tuple[str, str, str]]:
    return [(t.text, t.pos_, t.lemma_) for t in doc]


def test_the_pipeline_remembers_lemmas_in_place_of_the_lemmatizer(nlp: Language) -> None:
    assert "workbench_lemmas" in nlp.pipe_names
    assert "lemmatizer" not in nlp.pipe_names
    assert nlp.pipe_names.index("workbench_attributes") < nlp.pipe_names.index("workbench_lemmas")


@pytest.mark.parametrize("text", TEXTS)
def test_every_token_gets_the_lemma_spacy_gives(nlp: Language, spacys_own: Language,
                                                text: str) -> None:
    assert _read(nlp(text)) == _read(spacys_own(text))


def test_a_word_met_again_is_not_worked_out_again(nlp: Language) -> None:
    lemmas = nlp.get_pipe("workbench_lemmas")
    assert isinstance(lemmas, Lemmas)
    calls = []
    original = lemmas.lemmatizer.lemmatize

    def counting(token):  # type: ignore[no-untyped-def]
        calls.append(token.text)
        return original(token)

    lemmas.lemmatizer.lemmatize = counting  # type: ignore[method-assign]
    try:
        text = "The wardens counted the quokkas; the quokkas had crossed the bridges twice."
        nlp(text)
        assert "quokkas" in calls  # a word never met before is worked out...
        calls.clear()
        nlp(text)
        assert calls == []  # ...once
    finally:
        lemmas.lemmatizer.lemmatize = original  # type: ignore[method-assign]


def test_a_lemma_already_set_by_the_attribute_rules_is_kept(nlp: Language,
                                                            spacys_own: Language) -> None:
    # contractions get their lemma from the attribute rules ("'s" -> "be", "n't" -> "not")
    doc = nlp("She's sure the team isn't done, and it's the council's call.")
    assert [t.lemma_ for t in doc] == [t.lemma_ for t in spacys_own(doc.text)]
    assert "not" in [t.lemma_ for t in doc]


def test_only_the_rule_lemmatizer_is_remembered() -> None:
    lookup = Lemmatizer(spacy.blank("en").vocab, model=None, mode="lookup")
    with pytest.raises(ValueError, match="only the rule lemmatizer"):
        Lemmas(lookup)


def test_what_is_remembered_is_bounded_and_the_lemmas_stay_the_same(
        nlp: Language, spacys_own: Language) -> None:
    lemmatizer = nlp.get_pipe("workbench_lemmas")
    assert isinstance(lemmatizer, Lemmas)
    small = Lemmas(lemmatizer.lemmatizer, limit=5)
    for text in TEXTS:
        doc = nlp.make_doc(text)
        for _, step in nlp.pipeline:
            doc = small(doc) if step is lemmatizer else step(doc)
        assert _read(doc) == _read(spacys_own(text))
        assert len(small._known) <= 5
