"""The extractor's version: what must change for a stored article to be extracted again.

It joins the package version, a hash of the code that decides what is stored (every module
but those that only read the store: the display, the reports, the command line, the corpus
and the store, and the cross-article estimates, which are computed when asked), a hash of
every file in ``workbench/data/`` (the word lists and tables the rules read) and the spaCy
pipeline's name and version. Any of them changing makes every article count as missing; the
old partitions stay until nothing names them.
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import metadata
from pathlib import Path

from workbench import nlp

PACKAGE = Path(__file__).resolve().parents[1]
DATA = PACKAGE / "data"
# what only reads stored facts: changing it never changes what is stored
READ_SIDE = ("display", "report", "store", "compare/estimates", "cli.py", "corpus.py",
             "__main__.py")
WRITE_SIDE = ("store/partition.py",)  # inside a read side, but writes the partitions


def data_hash(directory: Path = DATA) -> str:
    """Twelve hex digits of the SHA-256 of every data file's name and bytes, in name order."""
    digest = hashlib.sha256()
    for path in sorted(p for p in directory.rglob("*") if p.is_file()):
        digest.update(path.relative_to(directory).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:12]


def code_hash(package: Path = PACKAGE) -> str:
    """Twelve hex digits of the SHA-256 of the modules whose code decides what is stored."""
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package).as_posix()
        read_only = any(relative == side or relative.startswith(side + "/")
                        for side in READ_SIDE)
        if read_only and relative not in WRITE_SIDE:
            continue
        digest.update(relative.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:12]


def _package_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "unknown"


@cache
def extractor_version() -> str:
    """``"0.1.0+code.8d1e0f2a3b4c+data.3f2a9c1d0e4b+en_core_web_sm-3.8.0"``."""
    model = nlp.model_name()
    return (f"{_package_version('workbench')}+code.{code_hash()}+data.{data_hash()}"
            f"+{model}-{_package_version(model.replace('_', '-'))}")


# what the estimates a stored corpus keeps per partition are computed by, besides its facts
ESTIMATES_SIDE = ("compare", "lexicon", "model.py", "store/derived.py", "store/codec.py")


@cache
def estimates_version() -> str:
    """The extractor's version joined with a hash of the estimates' own code: a change to
    either makes every stored partition's estimates count as missing."""
    digest = hashlib.sha256(extractor_version().encode() + b"\0")
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        if any(relative == side or relative.startswith(side + "/") for side in ESTIMATES_SIDE):
            digest.update(relative.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]
