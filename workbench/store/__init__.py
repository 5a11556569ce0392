"""The fact store: every article's facts on disk, extracted once, read back by any command.

A store is a directory (``--store DIR``, ``$WORKBENCH_STORE``, else
``$XDG_CACHE_HOME/workbench/store`` or ``~/.cache/workbench/store``) of Parquet tables written in
partitions, and a manifest that names, per article content hash and extractor version, the
partition holding it. See ``core`` (update and read), ``partition`` (the unit of work),
``engine`` (inline, worker processes, Dask), ``manifest`` (SQLite), ``readback`` (tables and
records of a corpus) and ``linking`` (cross-article names, with polars).
"""

from workbench.store import codec, derived
from workbench.store.core import PARTITION_SIZE, Store, usable_cores
from workbench.store.engine import ENGINES
from workbench.store.location import SETTING, default_location, resolve
from workbench.store.readback import View
from workbench.store.version import extractor_version

__all__ = ["ENGINES", "PARTITION_SIZE", "SETTING", "Store", "View", "codec", "default_location",
           "derived", "extractor_version", "resolve", "usable_cores"]
