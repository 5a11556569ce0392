"""Fact extractors, one module per kind; each takes a parsed article and yields records.

    from workbench import extract
    extract.quantities(doc, article)

``doc`` is the spaCy parse of ``article.text``; extractors are pure and never re-parse.
"""

from workbench.extract.claims import claims
from workbench.extract.entities import entities
from workbench.extract.quantities import quantities
from workbench.extract.quotes import quotes
from workbench.extract.times import times

__all__ = ["claims", "entities", "quantities", "quotes", "times"]
