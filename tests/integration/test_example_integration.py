"""The example integration (tests/example_integration) passes against installed distributions only.

As a user would have it: the five clients, the overlay, the mocks and the example project are
built as wheels and installed into a bare virtual environment (no workspace, no repository on
the path), third-party packages come from a local wheelhouse (filled once from the lock file,
offline afterwards), and the example's tests run from a copy outside the repository with the
fixtures of the installed mocks' pytest plugin.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dist import UV
from speclib import REPO_ROOT

pytestmark = pytest.mark.slow

EXAMPLE = REPO_ROOT / "tests" / "example_integration"
WHEELHOUSE = REPO_ROOT / ".cache" / "wheelhouse"  # third-party wheels, downloaded once


def _run(*command: str | Path, cwd: Path = REPO_ROOT, timeout: float = 300) -> str:
    env = {name: value for name, value in os.environ.items() if name not in ("PYTHONPATH", "VIRTUAL_ENV")}
    result = subprocess.run(
        [str(part) for part in command], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    if result.returncode != 0:
        pytest.fail(f"{' '.join(map(str, command))} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result.stdout


def built_distributions(uv: str, out: Path) -> Path:
    """Wheels of every workspace member (clients, overlay, mocks) and of the example project.
    The one place that makes them: when `make dist` exists, this becomes that folder."""
    _run(uv, "build", "--quiet", "--all-packages", "--wheel", "--out-dir", out)
    _run(uv, "build", "--quiet", "--wheel", "--out-dir", out, EXAMPLE)
    return out


def third_party_wheelhouse(uv: str) -> Path:
    """The locked versions of what the installed distributions and pytest need, as wheels."""
    exported = _run(
        uv, "export", "--frozen", "--quiet", "--no-hashes", "--no-header", "--no-dev", "--no-emit-workspace",
        "--package", "vendor-api-mocks", "--extra", "clients",
    )  # fmt: skip
    pins = [line for line in exported.splitlines() if line and not line.startswith(("#", " ", "-e", "."))]
    import pytest as installed_pytest  # the same locked version the workspace runs

    requirements = "\n".join(sorted([*pins, f"pytest=={installed_pytest.__version__}"])) + "\n"
    stamp = WHEELHOUSE / f"requirements-{hashlib.sha256(requirements.encode()).hexdigest()[:16]}.txt"
    if not stamp.is_file():
        WHEELHOUSE.mkdir(parents=True, exist_ok=True)
        (WHEELHOUSE / "requirements.in").write_text(requirements)
        pip = REPO_ROOT / ".tools" / "bin" / "pip"
        _run(pip, "download", "--quiet", "--disable-pip-version-check", "--only-binary", ":all:",
             "--dest", WHEELHOUSE, "-r", WHEELHOUSE / "requirements.in")  # fmt: skip
        stamp.write_text(requirements)
    return WHEELHOUSE


def test_example_project_passes_against_installed_distributions(tmp_path: Path) -> None:
    uv = str(UV)  # the pinned uv `make` uses
    wheelhouse = third_party_wheelhouse(uv)
    dist = built_distributions(uv, tmp_path / "dist")
    venv = tmp_path / "venv"
    _run(uv, "venv", "--quiet", "--python", sys.executable, venv)
    python = venv / "bin" / "python"
    _run(uv, "pip", "install", "--quiet", "--python", python, "--no-index",
         "--find-links", dist, "--find-links", wheelhouse, "acme-vendor-sync[test]")  # fmt: skip

    # The installed copies, with the specs inside the wheel, not this repository.
    where = _run(python, "-c", "import vendor_mocks, acme_vendor_sync; print(vendor_mocks.__file__)", cwd=tmp_path)
    assert Path(where.strip()).is_relative_to(venv), where
    assert "economic" in _run(venv / "bin" / "vendor-mock", "--help", cwd=tmp_path)

    project = tmp_path / "project"
    shutil.copytree(EXAMPLE / "tests", project / "tests")
    shutil.copy(EXAMPLE / "pyproject.toml", project / "pyproject.toml")
    output = _run(python, "-m", "pytest", "-q", "-p", "no:cacheprovider", cwd=project)
    assert "10 passed" in output, output
