"""Freed memory goes back to the system between partitions, where the C library allows it."""

from __future__ import annotations

import platform

import pytest

from workbench.store import memory


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="malloc_trim is glibc's")
def test_freed_memory_is_given_back_on_glibc() -> None:
    blocks = [bytearray(64 * 1024) for _ in range(2000)]  # 128 MB of small allocations
    del blocks
    assert memory.release() is True


def test_without_the_c_librarys_trim_nothing_happens(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(memory, "_libc", lambda: None)
    assert memory.release() is False
