"""Bare virtual environments for the tests of what `make dist` builds.

Venvs are made with the pinned uv (fast); installs never touch a network index: our packages
come from the built `dist/`, third-party ones from the wheelhouse (`scripts/wheelhouse.py`).
"""

from __future__ import annotations

import glob
import json
import os
import shutil
import subprocess
import tomllib
from pathlib import Path

from client_pyproject import PYTHON_VERSIONS

from dist import UV
from speclib import REPO_ROOT, Vendor

__all__ = ["PYTHON_VERSIONS", "find_python", "installed", "make_venv", "overlay_extra", "uv_install"]


def find_python(version: str) -> str | None:
    """An interpreter of `version` on this machine (PATH, then pyenv's versions), or None."""
    candidates = [shutil.which(f"python{version}") or ""]
    pyenv_root = os.environ.get("PYENV_ROOT", str(Path.home() / ".pyenv"))
    candidates += sorted(glob.glob(f"{pyenv_root}/versions/{version}.*/bin/python{version}"), reverse=True)
    for candidate in filter(None, candidates):
        probe = subprocess.run(
            [candidate, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
            capture_output=True,
            text=True,
            check=False,
        )
        if probe.returncode == 0 and probe.stdout.strip() == version:
            return candidate
    return None


def make_venv(path: Path, python: str, *, seed: bool = False) -> Path:
    """A bare venv at `path` (with pip when `seed`); returns its interpreter."""
    command = [str(UV), "venv", "--quiet", "--python", python, str(path)]
    subprocess.run([*command, *(["--seed"] if seed else [])], check=True, timeout=120)
    return path / "bin" / "python"


def uv_install(python: Path, *requirements: str, find_links: list[Path]) -> None:
    links = [arg for directory in find_links for arg in ("--find-links", str(directory))]
    command = [str(UV), "pip", "install", "--quiet", "--no-index", *links, "--python", str(python), *requirements]
    subprocess.run(command, check=True, timeout=300)


def installed(python: Path) -> dict[str, str]:
    """Distribution name -> version of everything installed in the venv of `python`."""
    code = (
        "import importlib.metadata as m, json\n"
        "print(json.dumps({d.metadata['Name'].lower(): d.version for d in m.distributions()}))"
    )
    result = subprocess.run([str(python), "-c", code], capture_output=True, text=True, check=True, timeout=60)
    names: dict[str, str] = json.loads(result.stdout)
    return {name.replace("_", "-"): version for name, version in names.items() if name not in {"pip"}}


def overlay_extra(vendor: Vendor) -> str:
    """The overlay extra that requires `vendor`'s client (read from overlays/pyproject.toml)."""
    extras = tomllib.loads((REPO_ROOT / "overlays" / "pyproject.toml").read_text())["project"]["optional-dependencies"]
    found = [
        extra
        for extra, requirements in extras.items()
        if extra != "all" and any(req.startswith(vendor.project_name) for req in requirements)
    ]
    if len(found) != 1:
        raise LookupError(f"expected one overlay extra requiring {vendor.project_name}, found {found}")
    return str(found[0])
