"""The bounds a qualifier gives a number, across the ways news writes them."""

from __future__ import annotations

import pytest

from workbench.extract.quantities.bounds import bounds


@pytest.mark.parametrize(("qualifier", "vague", "want"), [
    ("exact", False, ("exact", 40.0, 40.0)),          # 40 people
    ("upper_bound", False, ("upper_bound", None, 40.0)),  # up to 40 troops, fewer than 40%
    ("lower_bound", False, ("lower_bound", 40.0, None)),  # at least 40, more than $40m
    ("approx", False, ("approx", None, None)),        # about 40 stores
    ("range", False, ("range", 40.0, 60.0)),          # 40-60 seats, between 40 and 60 mph
    ("exact", True, ("approx", None, None)),          # dozens of flights: vague, so approximate
    ("lower_bound", True, ("lower_bound", 40.0, None)),  # more than dozens: the bound stays
])
def test_bounds(qualifier: str, vague: bool, want: tuple[str, float | None, float | None]) -> None:
    assert bounds(qualifier, 40.0, 60.0, vague=vague) == want
