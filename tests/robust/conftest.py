"""Hostile inputs: helpers to write them and to run the command line on them with a time limit.

Hypothesis profiles: ``bounded`` (the default, a few hundred examples, for ``make test``) and
``fuzz`` (10,000 examples, for ``make fuzz``); choose with ``HYPOTHESIS_PROFILE``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings

from tests.conftest import ROOT

TIMEOUT = 60  # seconds: a hang fails the test instead of blocking the suite (spaCy loads)

settings.register_profile(
    "bounded",
    max_examples=200,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)
settings.register_profile(
    "fuzz",
    max_examples=10_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "bounded"))


def run_cli(
    *args: str | os.PathLike[str], timeout: float = TIMEOUT, cwd: Path = ROOT
) -> subprocess.CompletedProcess[bytes]:
    """``workbench ARGS`` in a subprocess; output kept as bytes to check its encoding."""
    return subprocess.run(
        [sys.executable, "-m", "workbench.cli", *map(str, args)],
        capture_output=True,
        check=False,
        cwd=cwd,
        timeout=timeout,
    )


def _no_constants(name: str) -> Any:
    raise ValueError(f"not strict JSON: {name}")


def strict_records(stdout: bytes) -> list[dict[str, Any]]:
    """Each line as strict JSON: valid UTF-8, no NaN or Infinity."""
    text = stdout.decode("utf-8", errors="strict")
    # JSON Lines end at "\n" only: U+2028 and friends may stand raw inside a string
    return [json.loads(line, parse_constant=_no_constants) for line in text.split("\n") if line]


def write_bytes(path: Path, data: str | bytes) -> Path:
    """``data`` as written; text as UTF-8 with lone surrogates kept as their bytes."""
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass"))
    return path
