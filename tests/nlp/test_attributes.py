"""The pipeline's attribute rules, applied faster, give what spaCy's own ruler gives."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from workbench.nlp.attributes import Attributes

# invented sentences of several kinds of news, with the forms the English rules single out:
# contractions, "gonna", "let's", "y'all", "there is", "but" as an adverb, pronouns as subject
# and object, auxiliaries, spaces
TEXTS = [
    "The council said it ain't gonna raise the parking fee, but residents weren't convinced.",
    "\"Let's be honest, y'all know the striker didn't play well,\" the coach told reporters.",
    "There is a chance the court will rule by Friday; there were 12 appeals last year.",
    "I told them I had done nothing wrong,  the defendant said.\n\nShe asked you and me to wait.",
    "Shares of the chipmaker rose 4.2% after it said it had sold 1.3 million units.",
    "It was all but over: the rescue team got ta the village at 3 a.m. and c'mon, nothin' moved.",
    "Do you think they did? Health officials have said the vaccine does work.",
]


def _read(doc: Doc) -> list[tuple[str, str, str, str, str]]:
    return [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in doc]


def test_the_pipeline_runs_the_faster_rules_in_place_of_the_ruler(nlp: Language) -> None:
    assert "workbench_attributes" in nlp.pipe_names
    assert "attribute_ruler" not in nlp.pipe_names
    assert nlp.pipe_names.index("workbench_attributes") < nlp.pipe_names.index("workbench_lemmas")


@pytest.mark.parametrize("text", TEXTS)
def test_every_token_gets_what_spacys_ruler_gives(nlp: Language, spacys_own: Language,
                                                  text: str) -> None:
    assert _read(nlp(text)) == _read(spacys_own(text))


def _ruler_and_doc(patterns: list[dict]) -> tuple[AttributeRuler, Doc, Doc]:
    vocab = spacy.blank("en").vocab
    ruler = AttributeRuler(vocab)
    ruler.add_patterns(patterns)
    words = ["The", "mayor", "said", "the", "flood", "was", "very", "very", "bad", "."]
    tags = ["DT", "NN", "VBD", "DT", "NN", "VBD", "RB", "RB", "JJ", "."]
    return ruler, Doc(vocab, words=words, tags=tags), Doc(vocab, words=words, tags=tags)


def test_rules_it_cannot_read_as_a_table_go_through_a_matcher() -> None:
    # an operator ("+") and a later rule overriding an earlier one on the same token
    ruler, theirs, ours = _ruler_and_doc([
        {"patterns": [[{"TAG": "RB", "OP": "+"}, {"TAG": "JJ"}]], "attrs": {"LEMMA": "much"},
         "index": -1},
        {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
        {"patterns": [[{"LOWER": "flood"}]], "attrs": {"POS": "PROPN"}},
        {"patterns": [[{"LOWER": {"REGEX": "^may"}}]], "attrs": {"LEMMA": "mayor"}},
        {"patterns": [[{"TAG": {"NOT_IN": ["NN", "DT"]}, "LOWER": {"IN": ["said", "was"]}}]],
         "attrs": {"POS": "VERB"}},
    ])
    fast = Attributes(ruler)
    assert len(fast.matcher) == 1  # only the rule with an operator
    ruler(theirs)
    fast(ours)
    assert _read(ours) == _read(theirs)
    assert [t.pos_ for t in ours][:6] == ["", "NOUN", "VERB", "", "PROPN", "VERB"]
    assert ours[8].lemma_ == "much" and ours[1].lemma_ == "mayor"


def test_a_rule_whose_index_falls_outside_its_match_is_an_error() -> None:
    ruler, _, ours = _ruler_and_doc([
        {"patterns": [[{"LOWER": "the"}, {"TAG": "NN"}]], "attrs": {"POS": "DET"}, "index": 5},
    ])
    with pytest.raises(ValueError, match="outside its match"):
        Attributes(ruler)(ours)
