"""Giving freed memory back to the system between units of work.

A long-lived worker parses article after article: each parse allocates and frees many blocks of
C memory (the model's arrays, the Doc's tokens), and glibc's allocator keeps the freed pages for
later rather than return them, so the process's resident size creeps up by a hundred MB or more
over a corpus. :func:`release` asks the allocator to hand them back (``malloc_trim``) after each
partition; where the C library is not glibc it does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from functools import cache
from typing import Any


@cache
def _libc() -> Any | None:
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name or "libc.so.6")
    except OSError:
        return None
    return libc if hasattr(libc, "malloc_trim") else None


def release() -> bool:
    """Return the C heap's free pages to the system; whether the C library could."""
    libc = _libc()
    if libc is None:
        return False
    libc.malloc_trim(0)
    return True
