"""A time rule is skipped on a text without its words, and that never loses a match."""

from __future__ import annotations

import re

import pytest

from workbench.extract.times import patterns

# invented sentences of several kinds of news, together touching every gated rule, in the
# cases and spacings the rules accept
TEXTS = [
    "Revenue rose in the three months ended June 30, 2024, the chipmaker said; in the week "
    "to March 5 shares fell.",
    "The festival runs from 3rd to 5th March, and the court sits 12-14 October.",
    "The carrier expects a loss for the current fiscal year, and another in fiscal 2025 (FY26).",
    "Third-quarter profit beat the year-ago quarter; the first half was weak, and so was the "
    "quarter. The June quarter and last quarter were better.",
    "Prices last rose this fast in the 1990s, and fans of the '80s remember it.",
    "The council expects a decision by the end of the year, or the previous year's rule stands.",
    "The striker signed two weeks ago, and three days earlier the club had said no. Two "
    "years previously the stadium closed.",
    "Polls open at 9:30 a.m. EST and close at 7pm; the count starts at noon Friday.",
    "Rain is expected over the weekend, the forecaster said, after the latest week's floods.",
    "Analysts see the full year flat; year-end bonuses and year to date sales are down.",
    "The hearing is set for the week of May 4, and ran from January to March 3 last time.",
    "The vote is due in June next year, election officials said.",
    "The plant opened in May 2021 and shut later that year.",
    "The index covers July 2023 \u2013 June 2024 and from March 2020 to May 2021.",
    "AT NOON THE MAYOR SPOKE; TWO YEARS AGO HE LOST. The Quarter and FISCAL 2023 were good.",
    "No time words here at all, only 12 people and 4 cars.",
    "The  week\nof  May 4 and the three   months\nended June 30 were quiet.",
]


def _every_match(text: str) -> list[tuple[str, tuple[int, int]]]:
    return [(name, m.span()) for name, pattern in patterns.rules()
            for m in pattern.finditer(text)]


@pytest.mark.parametrize("text", TEXTS)
def test_gates_keep_every_match_of_every_rule(text: str) -> None:
    assert [(c.rule, c.match.span()) for c in patterns.candidates(text)] == _every_match(text)


def test_the_sentences_reach_every_gated_rule() -> None:
    fired = {name for text in TEXTS for name, _ in _every_match(text)}
    assert set(patterns.GATES) <= fired


def test_a_text_without_a_rules_words_skips_the_rule() -> None:
    text = "The ferry left on Monday with 40 passengers, the operator said."
    rules = {c.rule for c in patterns.candidates(text)}
    assert "weekday" in rules
    for name, gate in patterns.GATES.items():
        if isinstance(gate, tuple):
            assert not any(word in text.lower() for word in gate), name
        else:
            assert re.search(gate, text) is None, name


def test_every_gate_names_a_rule() -> None:
    assert set(patterns.GATES) <= {name for name, _ in patterns.rules()}
