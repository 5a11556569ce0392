"""Estimates across articles: every counted number keyed by its measurable (``measurables``),
matched to a researcher's query (``matching``), judged for agreement (``agreement``)."""

from workbench.compare.estimates.table import estimates, verdicts

__all__ = ["estimates", "verdicts"]
