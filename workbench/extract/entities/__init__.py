"""Named entities: spaCy's mentions repaired (``mentions``, ``people``, ``place_mentions``),
then one canonical name per thing in an article and across a corpus (``linking``)."""

from workbench.extract.entities.find import entities
from workbench.extract.entities.linking import link_corpus

__all__ = ["entities", "link_corpus"]
