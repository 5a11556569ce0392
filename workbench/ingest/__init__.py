"""Reading news articles: scrape text files, JSON Lines corpora (also gzipped), directories."""

from workbench.ingest.reader import SUPPORTED, InputError, read, read_file

__all__ = ["SUPPORTED", "InputError", "read", "read_file"]
