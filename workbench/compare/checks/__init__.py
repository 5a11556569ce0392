"""Arithmetic inside one article: totals and their parts, records, changes, comparisons."""

from workbench.compare.checks.consistency import checks

__all__ = ["checks"]
