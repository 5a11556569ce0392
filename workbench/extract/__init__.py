"""Fact extractors, one subpackage per kind; each takes a parsed article and yields records.

    from workbench import extract
    extract.quantities(doc, article)

``doc`` is the spaCy parse of ``article.text``; extractors are pure and never re-parse.

| folder | decides |
|---|---|
| ``entities/`` | names, their labels and one canonical name per thing (``linking``) |
| ``quantities/`` | numbers, units and bounds (``bounds``: "up to", "at least", ranges) |
| ``times/`` | dates, durations and their resolution against the publication date |
| ``attribution/`` | who said what: cues, speakers (``speakers``), quotes and claims |
"""

from workbench.extract.attribution import attributed, claims, quotes
from workbench.extract.entities import entities, link_corpus
from workbench.extract.quantities import quantities
from workbench.extract.sentences import sentence_spans
from workbench.extract.times import times

__all__ = ["attributed", "claims", "entities", "link_corpus", "quantities", "quotes",
           "sentence_spans", "times"]
