"""Download the third-party runtime dependencies of every package (all extras) into `wheelhouse/`, once.

    python scripts/wheelhouse.py [--dir DIR]

With `dist/` (our packages) and `wheelhouse/` (everything they depend on, at the versions
`uv.lock` pins) a machine without network access installs any client or the mocks:
`pip install --no-index --find-links dist --find-links wheelhouse "client-overlays[pandium]"`.
Wheels are fetched with `pip download` for each Python version the packages claim, so a
compiled dependency (rpds-py, under jsonschema) is there for each. A stamp file named after the
requirements' hash makes a second run a no-op until `uv.lock` changes those pins.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

from client_pyproject import PYTHON_VERSIONS

from dist import UV
from speclib import REPO_ROOT

__all__ = ["DEFAULT_DIR", "ensure_wheelhouse", "runtime_requirements"]

DEFAULT_DIR = REPO_ROOT / "wheelhouse"
_PIP = REPO_ROOT / ".tools" / "bin" / "pip"
OVERLAY = "client-overlays"


def runtime_requirements(extra: str | None = None) -> list[str]:
    """Pinned third-party requirements from uv.lock: of the overlay with `extra`, or (None) of
    every workspace package with all its extras (the clients, the overlay, the mocks)."""
    selection = ["--all-packages", "--all-extras"] if extra is None else ["--package", OVERLAY, "--extra", extra]
    command = [str(UV), "export", "--frozen", *selection, "--no-dev", "--no-emit-workspace"]
    command += ["--no-hashes", "--no-header", "--no-annotate"]
    result = subprocess.run(command, capture_output=True, text=True, check=True, cwd=REPO_ROOT)
    return [line.strip() for line in result.stdout.splitlines() if line.strip() and not line.startswith("#")]


def ensure_wheelhouse(directory: Path = DEFAULT_DIR) -> Path:
    requirements = runtime_requirements()
    digest = hashlib.sha256("\n".join([*requirements, *PYTHON_VERSIONS]).encode()).hexdigest()[:16]
    stamp = directory / f".complete-{digest}"
    if stamp.is_file():
        return directory
    if directory.exists():
        shutil.rmtree(directory)  # pins changed: drop wheels of versions no longer locked
    directory.mkdir(parents=True)
    pip = str(_PIP) if _PIP.is_file() else shutil.which("pip")
    if pip is None:
        raise SystemExit("pip not found: run `make setup` first")
    listing = directory / "requirements.txt"
    listing.write_text("\n".join(requirements) + "\n", encoding="utf-8")
    for version in PYTHON_VERSIONS:
        command = [pip, "download", "--quiet", "--disable-pip-version-check", "--no-deps", "--only-binary", ":all:"]
        command += ["--python-version", version, "--dest", str(directory), "--requirement", str(listing)]
        subprocess.run(command, check=True)
    stamp.write_text("\n".join(requirements) + "\n", encoding="utf-8")
    return directory


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    args = parser.parse_args(argv)
    directory = ensure_wheelhouse(args.dir)
    print(f"{len(list(directory.glob('*.whl')))} wheels in {directory}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
