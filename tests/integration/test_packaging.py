"""Each generated package installs alone into a bare virtual environment and works there.

This is what a user does (`pip install ./generated/<vendor>-client`): no workspace, no other
vendor, no dev tools. Installing goes through the package's own build backend, so a broken
pyproject or a missing file fails here.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from versioning import read_generation

from dist import UV
from speclib import REPO_ROOT, Vendor
from specs_fixtures import vendor_params

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("vendor", vendor_params())
def test_package_installs_alone_in_a_bare_venv(vendor: Vendor, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    uv = str(UV)  # the pinned uv in .tools/, which `make test` installs
    subprocess.run([uv, "venv", "--quiet", "--python", sys.executable, str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    subprocess.run(
        [uv, "pip", "install", "--quiet", "--python", str(python), str(vendor.output_dir())],
        check=True,
        timeout=300,
    )
    code = (
        "import importlib.metadata, json, sys\n"
        f"import {vendor.package_name}, {vendor.package_name}.api, {vendor.package_name}.models\n"
        "others = sorted({m.split('.')[0] for m in sys.modules if m.split('.')[0].endswith('_client')})\n"
        f"print(json.dumps([importlib.metadata.version('{vendor.project_name}'), others]))\n"
    )
    result = subprocess.run([str(python), "-c", code], capture_output=True, text=True, check=True, timeout=60)
    version, clients = json.loads(result.stdout)
    recorded = read_generation(vendor)
    assert recorded is not None and version == recorded.version
    assert clients == [vendor.package_name]
    installed = subprocess.run(
        [uv, "pip", "list", "--python", str(python), "--format", "freeze"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    names = {line.split("==")[0].lower() for line in installed.splitlines() if line}
    assert names.isdisjoint({"client-overlays", "openapi-python-client", "pytest"}), names


OVERLAY_EXTRAS = {
    "economic-suppliers": ("economic", "client_overlays.economic"),
    "panamah": ("panamah", "client_overlays.panamah"),
    "panorays": ("panorays", "client_overlays.panorays"),
    "paymentworks": ("paymentworks", "client_overlays.paymentworks"),
    "pandium": ("pandium", "client_overlays.pandium"),
}


@pytest.mark.parametrize("vendor", vendor_params())
def test_overlay_installs_with_one_vendor_only(vendor: Vendor, tmp_path: Path) -> None:
    """`pip install "./overlays[<vendor>]"` beside that vendor's client: nothing else needed."""
    extra, module = OVERLAY_EXTRAS[vendor.slug]
    venv = tmp_path / "venv"
    uv = str(UV)  # the pinned uv in .tools/, which `make test` installs
    subprocess.run([uv, "venv", "--quiet", "--python", sys.executable, str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    overlay = f"{REPO_ROOT / 'overlays'}[{extra}]"
    subprocess.run(
        [uv, "pip", "install", "--quiet", "--python", str(python), str(vendor.output_dir()), overlay],
        check=True,
        timeout=300,
    )
    code = (
        "import json, sys, importlib.resources\n"
        f"import {module}\n"
        "clients = sorted({m.split('.')[0] for m in sys.modules if m.split('.')[0].endswith('_client')})\n"
        "data = [str(p.name) for p in importlib.resources.files('client_overlays').rglob('*.json')]\n"
        "print(json.dumps([clients, data]))\n"
    )
    result = subprocess.run([str(python), "-c", code], capture_output=True, text=True, check=True, timeout=60)
    clients, data_files = json.loads(result.stdout)
    assert clients == [vendor.package_name]
    if vendor.slug == "panamah":
        assert "panamah_stream_models.json" in data_files, "spec metadata ships inside the wheel"
    assert f"{vendor.slug}.spec.json" in data_files, "the spec facts ship inside the wheel"
