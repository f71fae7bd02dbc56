"""A user's script per vendor, written from the README alone (tests/user_scripts/): `mypy --strict`
accepts it (its `assert_type`s pin what mypy infers for resources, pages and models), and it runs
as a user runs it, `python <script>`, against the mocks served on 127.0.0.1."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import vendor_mocks
from integration.served_mocks import environment, serve_all
from speclib import REPO_ROOT

pytestmark = pytest.mark.slow  # a mypy run and a Python process per script

SCRIPTS = REPO_ROOT / "tests" / "user_scripts"
NAMES = sorted(path.stem for path in SCRIPTS.glob("*.py") if path.stem != "__init__")


def test_there_is_a_script_per_vendor() -> None:
    assert NAMES == ["economic", "panamah", "pandium", "panorays", "paymentworks"]


def test_mypy_strict_accepts_every_script() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *(str(SCRIPTS / f"{n}.py") for n in NAMES)],
        capture_output=True, text=True, cwd=REPO_ROOT, check=False, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture(scope="module")
def served() -> Iterator[dict[str, vendor_mocks.RunningMock]]:
    with serve_all() as running:
        yield running


@pytest.mark.parametrize("name", NAMES)
def test_the_script_runs_against_the_mocks(name: str, served: dict[str, vendor_mocks.RunningMock]) -> None:
    env = {key: value for key, value in os.environ.items() if not key.endswith(("_BASE_URL", "_LOG"))}
    result = subprocess.run(
        [sys.executable, str(SCRIPTS / f"{name}.py")],
        capture_output=True, text=True, cwd=Path(SCRIPTS), env={**env, **environment(served)},
        check=False, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip(), "the script reports what it did"
