"""workbench: facts from news articles, each tied to its words; claims compared across sources."""

from workbench.corpus import Corpus, load
from workbench.model import (
    Article,
    ArticleFacts,
    Check,
    Claim,
    Entity,
    Problem,
    Quantity,
    Quote,
    TimeExpr,
)

__all__ = [
    "Article", "ArticleFacts", "Check", "Claim", "Corpus", "Entity", "Problem", "Quantity",
    "Quote", "TimeExpr", "load",
]
__version__ = "0.1.0"
