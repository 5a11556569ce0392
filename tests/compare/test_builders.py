"""The hand-built facts of the compare tests sit on the words they name."""

from __future__ import annotations

import pytest

from tests.compare.builders import E, Q, T, build


def test_build_places_facts_by_their_words() -> None:
    facts = build("Russia launched 132 drones on Tuesday.",
                  quantities=(Q("132", 132, "drone", object="drones"),),
                  entities=(E("Russia"),), times=(T("on Tuesday", "2024-11-26"),))
    text = facts.article.text
    for fact in (*facts.quantities, *facts.entities, *facts.times):
        assert text[fact.start:fact.end] == fact.text
    assert facts.quantities[0].object_end is not None
    assert facts.entities[0].canonical == "Russia"


def test_build_refuses_words_not_in_the_text() -> None:
    with pytest.raises(ValueError, match="not in text"):
        build("Nothing here.", quantities=(Q("12", 12),))
