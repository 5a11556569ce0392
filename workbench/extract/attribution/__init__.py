"""Who said what. One index per article (``index``: sentences, quoted stretches, the entity
at each token), quote marks read (``marks``), attribution cues read once (``cues``) with what
they report (``reported``), their subjects (``subjects``) and their speakers resolved
(``speakers``; ``naming`` for the words that name a source), shared by the quotes and the
claims through :func:`attributed`."""

from workbench.extract.attribution.claims import claims
from workbench.extract.attribution.quotes import Attributed, attributed, quotes

__all__ = ["Attributed", "attributed", "claims", "quotes"]
