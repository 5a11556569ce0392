"""A plural unit before "-long" lasts an unstated number of that unit ("a decades-long feud":
``PXDE``), and a month's name used for a walk ("the annual March for Life") is no month
(sentences written for the tests, in several domains, each group with a negative case)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_times import found, one


@pytest.mark.parametrize(
    ("sentence", "text", "resolved"),
    [
        # diplomacy
        ("The decades-long border dispute ended with a handshake.", "decades-long", "PXDE"),
        # labour
        ("The months-long talks between the union and the port failed.", "months-long", "PXM"),
        # health
        ("The hospital cleared its years-long backlog of operations.", "years-long", "PXY"),
        # one unit keeps its number
        ("The decade-long war left the city in ruins.", "decade-long", "P10Y"),
    ],
)
def test_a_plural_long_adjective_lasts_an_unstated_number(nlp: Language, sentence: str,
                                                          text: str, resolved: str) -> None:
    t = one(nlp, sentence, "2021-06-15", text)
    assert (t.kind, t.resolved) == ("duration", resolved)


@pytest.mark.parametrize(
    "sentence",
    [
        # politics
        "The annual March for Life drew thousands of marchers to the capital.",
        # labour
        "Dock workers joined a March on the ministry after the strike vote.",
        # environment
        "Students led the March against pollution through the old town.",
    ],
)
def test_a_walk_named_like_a_month_is_no_month(nlp: Language, sentence: str) -> None:
    assert [t for t in found(nlp, sentence, "2021-06-15") if t.kind == "month"] == []


@pytest.mark.parametrize(
    ("sentence", "text", "resolved"),
    [
        # negative: a month after a date preposition stays a month whatever follows
        ("The bill passed in March for the second time.", "March", "2021-03"),
        ("Sales were higher in March on average, the retailer said.", "March", "2021-03"),
    ],
)
def test_a_month_after_its_preposition_stays_a_month(nlp: Language, sentence: str, text: str,
                                                     resolved: str) -> None:
    assert one(nlp, sentence, "2021-06-15", text).resolved == resolved
