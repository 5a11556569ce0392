"""A count and the names that list what it counts: right after it past a dash, colon or
bracket, or before "the <count> <noun>" when the noun names the kind of the names listed.
Reported only when the count and the names agree."""

from __future__ import annotations

import pytest

from tests.compare.builders import E, Q, build
from tests.compare.checking import verdicts
from workbench.compare.checks import consistency
from workbench.model import Check


def checks(text: str, quantities: tuple[Q, ...], entities: tuple[E, ...]) -> list[Check]:
    facts = build(text, quantities=quantities, entities=entities)
    found = list(consistency.checks(facts))
    for check in found:
        assert facts.article.text[check.start:check.end] == check.text
    return found


def countries(*names: str) -> tuple[E, ...]:
    return tuple(E(name, "GPE") for name in names)


CASES = [
    # diplomacy: the list after a dash
    ("Talks resumed between Iran and five powers - Britain, China, France, Germany and Russia - "
     "in Vienna on a deal covering 300 kilograms of uranium.",
     (Q("five", 5, "power", object="powers"), Q("300 kilograms", 300, "kilogram")),
     (E("Iran"), *countries("Britain", "China", "France", "Germany", "Russia"), E("Vienna")),
     [("parts", True)]),
    # courts: the list after a colon, people
    ("The court convicted three defendants: Anna Berg, Tom Reyes and Li Wei, and fined 2 firms.",
     (Q("three", 3, "defendant", object="defendants"), Q("2", 2, "firm", object="firms")),
     (E("Anna Berg", "PERSON"), E("Tom Reyes", "PERSON"), E("Li Wei", "PERSON")),
     [("parts", True)]),
    # banking: "the four lenders" after the list in the sentence before
    ("Regulators fined Alpha Bank, Beta Bank, Gamma Bank and Delta Bank.\nThe four banks will "
     "pay 120 million euros.",
     (Q("four", 4, "bank", object="banks"), Q("120 million euros", 1.2e8, "eur")),
     (E("Alpha Bank", "ORG"), E("Beta Bank", "ORG"), E("Gamma Bank", "ORG"),
      E("Delta Bank", "ORG")), [("parts", True)]),
    # a count that the list does not bear out is not reported: the list may run on
    ("Regulators fined Alpha Bank, Beta Bank, Gamma Bank and Delta Bank.\nThe three banks will "
     "pay 120 million euros.",
     (Q("three", 3, "bank", object="banks"), Q("120 million euros", 1.2e8, "eur")),
     (E("Alpha Bank", "ORG"), E("Beta Bank", "ORG"), E("Gamma Bank", "ORG"),
      E("Delta Bank", "ORG")), []),
    # a noun of another kind: "the four cities" does not recall a list of banks
    ("Regulators fined Alpha Bank, Beta Bank, Gamma Bank and Delta Bank.\nThe four cities will "
     "get 120 million euros.",
     (Q("four", 4, "city", object="cities"), Q("120 million euros", 1.2e8, "eur")),
     (E("Alpha Bank", "ORG"), E("Beta Bank", "ORG"), E("Gamma Bank", "ORG"),
      E("Delta Bank", "ORG")), []),
    # a count with no "the": four other banks, not the ones listed
    ("Regulators fined Alpha Bank, Beta Bank, Gamma Bank and Delta Bank.\nFour banks were "
     "cleared and 120 million euros returned.",
     (Q("Four", 4, "bank", object="banks"), Q("120 million euros", 1.2e8, "eur")),
     (E("Alpha Bank", "ORG"), E("Beta Bank", "ORG"), E("Gamma Bank", "ORG"),
      E("Delta Bank", "ORG")), []),
    # names after a comma and other words are not the count's list
    ("Three ministers resigned on Friday, while France, Spain and Italy sent 40 observers.",
     (Q("Three", 3, "minister", object="ministers"), Q("40", 40, "observer", object="observers")),
     countries("France", "Spain", "Italy"), []),
]


@pytest.mark.parametrize(("text", "quantities", "entities", "expected"), CASES)
def test_a_count_and_the_names_it_counts(text: str, quantities: tuple[Q, ...],
                                          entities: tuple[E, ...],
                                          expected: list[tuple[str, bool]]) -> None:
    assert verdicts(checks(text, quantities, entities)) == expected


def test_the_check_counts_each_name_once() -> None:
    found = checks(CASES[0][0], CASES[0][1], CASES[0][2])
    assert (found[0].total, found[0].parts) == (5, (1.0,) * 5)
