"""`make bench QUICK=1` runs: every benchmark's code path works (its numbers are not checked)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from speclib import REPO_ROOT

pytestmark = pytest.mark.slow


def test_quick_benchmarks_run_and_print_their_table() -> None:
    result = subprocess.run(
        [sys.executable, "scripts/bench.py", "--quick"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "| measure | baseline in the same run | result | goal | met |" in result.stdout
    assert result.stdout.count("\n| ") >= 5
