"""The pipeline's attribute rules (spaCy's ``attribute_ruler``), applied the same way, faster.

spaCy's AttributeRuler runs one Matcher over all its rules, then sets every match's attributes
in Python, one match at a time through a new Span. Most of the English rules are about one
token's tag (and word): nearly every token is matched, often several times, and the ruler costs
about a tenth of parsing an article. :class:`Attributes` keeps the ruler's rules and their order
(a later rule's value wins), but tests each token once, from a table keyed by what the rules
read of it (tag, lower-cased word, whether it is a space, dependency label), and writes the
attributes of all tokens at once. A rule it cannot read that way (an operator, another
attribute) still goes through a Matcher. Tests hold it to the ruler token by token.
"""

from __future__ import annotations

import re
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

READ = {"TAG": 0, "LOWER": 1, "IS_SPACE": 2, "DEP": 3}  # what a rule may test, as keyed
COLUMNS = (POS, MORPH, LEMMA)  # what the rules set, written for all tokens at once
COLUMN_SET = frozenset(COLUMNS)
Key = tuple[str, str, bool, str]  # a token's tag, lower-cased word, is_space, dependency label
Condition = tuple[tuple[int, str, Any], ...]  # (what is read, how it is tested, value)


class Attributes:
    """What ``ruler`` does to a parsed Doc (see the module's note)."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.strings = ruler.vocab.strings
        self.attrs: list[dict[int, Any]] = list(ruler.attrs)
        self.indices: list[int] = list(ruler.indices)
        self.conditions: list[Condition] = []
        # (rule, its tokens' conditions by number in self.conditions)
        patterns: list[tuple[int, tuple[int, ...]]] = []
        self.matcher = Matcher(ruler.vocab)
        for rule in range(len(self.attrs)):
            found = ruler.matcher.get(str(rule))
            for pattern in (found[1] if found else []):
                read = [_condition(token) for token in pattern]
                if all(c is not None for c in read):
                    patterns.append((rule, tuple(self._number(c) for c in read
                                                      if c is not None)))
                else:
                    self.matcher.add(str(rule), [pattern])
        self.single = [(rule, steps[0]) for rule, steps in patterns if len(steps) == 1]
        self.longer: dict[int, list[tuple[int, tuple[int, ...]]]] = {}  # by first condition
        for rule, steps in patterns:
            if len(steps) > 1:
                self.longer.setdefault(steps[0], []).append((rule, steps))
        self.firsts = frozenset(self.longer)
        self._held: dict[Key, tuple[tuple[int, ...], frozenset[int]]] = {}
        self._merged: dict[tuple[int, ...], dict[int, Any]] = {}

    def _number(self, condition: Condition) -> int:
        if condition not in self.conditions:
            self.conditions.append(condition)
        return self.conditions.index(condition)

    def __call__(self, doc: Doc) -> Doc:
        arrays = doc.to_array([TAG, LOWER, IS_SPACE, DEP]).tolist()
        held = [self._holding((self.strings[t], self.strings[w], bool(s), self.strings[d]))
                for t, w, s, d in arrays]
        found: dict[int, set[int]] = {}
        for start, (_, met) in enumerate(held):
            for first in self.firsts & met:
                for rule, steps in self.longer[first]:
                    end = start + len(steps)
                    if end <= len(held) and all(step in held[start + k][1]
                                                for k, step in enumerate(steps)):
                        self._found(found, rule, start, end)
        if len(self.matcher):
            for match_id, start, end in self.matcher(doc, allow_missing=True, as_spans=False):
                self._found(found, int(self.strings[match_id]), start, end)
        columns = doc.to_array(list(COLUMNS)).tolist()
        one_by_one: list[tuple[int, dict[int, Any]]] = []
        for i, (rules, _) in enumerate(held):
            if i in found:
                rules = tuple(sorted(found[i].union(rules)))
            if not rules:
                continue
            merged = self._merge(rules)
            if merged.keys() <= COLUMN_SET:
                row = columns[i]
                for j, attr in enumerate(COLUMNS):
                    if attr in merged:
                        row[j] = merged[attr]
            else:
                one_by_one.append((i, merged))
        doc.from_array(list(COLUMNS), numpy.array(columns, dtype=numpy.uint64))  # type: ignore[arg-type]
        for i, merged in one_by_one:  # rules setting more than the columns (rare)
            set_token_attrs(doc[i], merged)
        return doc

    def _found(self, found: dict[int, set[int]], rule: int, start: int, end: int) -> None:
        """A match of a rule over tokens start..end: the token it sets."""
        index = self.indices[rule]
        at = start + index if index >= 0 else end + index
        if not start <= at < end:
            raise ValueError(f"attribute rule {rule}: index {index} outside its match")
        found.setdefault(at, set()).add(rule)

    def _holding(self, key: Key) -> tuple[tuple[int, ...], frozenset[int]]:
        """For a token read as ``key``: the one-token rules it matches (in order), and the
        conditions it meets."""
        known = self._held.get(key)
        if known is None:
            met = frozenset(n for n, c in enumerate(self.conditions) if _holds(c, key))
            known = (tuple(sorted({rule for rule, step in self.single if step in met})), met)
            self._held[key] = known
        return known

    def _merge(self, rules: tuple[int, ...]) -> dict[int, Any]:
        """The attributes the rules set, in their order: a later rule's value wins."""
        found = self._merged.get(rules)
        if found is None:
            found = {}
            for rule in rules:
                found.update(self.attrs[rule])
            self._merged[rules] = found
        return found


def _condition(token: dict[str, Any]) -> Condition | None:
    """One token of a rule as tests on what :data:`READ` keys, or None when it tests
    anything else (an operator, another attribute, another predicate)."""
    tests = []
    for name, value in token.items():
        if name not in READ:
            return None
        if not isinstance(value, dict):
            tests.append((READ[name], "==", value))
            continue
        if len(value) != 1 or next(iter(value)) not in ("IN", "NOT_IN", "REGEX"):
            return None
        how, wanted = next(iter(value.items()))
        tests.append((READ[name], how, frozenset(wanted) if how != "REGEX" else wanted))
    return tuple(sorted(tests, key=repr))


def _holds(condition: Condition, key: Key) -> bool:
    for at, how, value in condition:
        read = key[at]
        if how == "==" and read != value:
            return False
        if how == "IN" and read not in value:
            return False
        if how == "NOT_IN" and read in value:
            return False
        if how == "REGEX" and not re.search(value, str(read)):
            return False
    return True


@Language.factory("workbench_attributes")
def make_attributes(nlp: Language, name: str) -> Attributes:
    """The pipeline's own attribute ruler, made faster (registered for :func:`replace_ruler`)."""
    ruler = nlp.get_pipe("attribute_ruler")
    if not isinstance(ruler, AttributeRuler):
        raise TypeError(f"the pipeline's attribute_ruler is a {type(ruler).__name__}")
    return Attributes(ruler)


def replace_ruler(nlp: Language) -> None:
    """Run :class:`Attributes` in place of ``nlp``'s attribute ruler (kept, disabled)."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    nlp.add_pipe("workbench_attributes", after="attribute_ruler")
    nlp.disable_pipe("attribute_ruler")
