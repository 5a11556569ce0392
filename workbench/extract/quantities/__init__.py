"""Quantities: numbers read from words and digits (``numbers``), numbers that count nothing
dropped (``filters``), what they count (``units``) and the bounds they imply (``bounds``)."""

from workbench.extract.quantities.find import quantities

__all__ = ["quantities"]
