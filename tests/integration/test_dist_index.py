"""Installing from a real package index: `dist/` and the wheelhouse served by pypiserver on 127.0.0.1.

The server runs with `--disable-fallback`, so a name it does not hold is an error rather than
a redirect to the public index: every package comes from what this repository built or pinned.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from integration.dist_env import installed, make_venv, overlay_extra
from specs_fixtures import VENDORS

pytestmark = pytest.mark.slow

_START_TIMEOUT_S = 20.0


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def index_url(dist_dir: Path, wheelhouse: Path) -> Iterator[str]:
    port = _free_port()
    server = Path(sys.executable).parent / "pypi-server"
    command = [str(server), "run", "--disable-fallback", "-i", "127.0.0.1", "-p", str(port), "--log-stream", "none"]
    process = subprocess.Popen([*command, str(dist_dir), str(wheelhouse)])
    url = f"http://127.0.0.1:{port}/simple/"
    try:
        deadline = time.monotonic() + _START_TIMEOUT_S
        while True:
            try:
                with urllib.request.urlopen(url, timeout=2):
                    break
            except (urllib.error.URLError, ConnectionError):
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"pypiserver did not answer on {url}") from None
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_pip_installs_each_vendor_from_a_local_index(index_url: str, tmp_path: Path) -> None:
    """One `pip install --index-url` per vendor, each in its own bare venv (run side by side)."""
    pythons = {vendor: make_venv(tmp_path / vendor.slug, sys.executable, seed=True) for vendor in VENDORS}
    runs = {
        vendor: subprocess.Popen(
            [
                *(str(python), "-m", "pip", "install", "--isolated", "--disable-pip-version-check", "--quiet"),
                *("--no-compile", "--index-url", index_url, f"client-overlays[{overlay_extra(vendor)}]"),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for vendor, python in pythons.items()
    }
    for vendor, run in runs.items():
        output, _ = run.communicate(timeout=300)
        assert run.returncode == 0, f"{vendor.slug}: {output}"
        versions = installed(pythons[vendor])
        assert {"client-overlays", vendor.project_name} <= set(versions), vendor.slug
        clients = {name for name in versions if name.endswith("-client")}
        assert clients == {vendor.project_name}, f"{vendor.slug}: only this vendor's client, got {clients}"
