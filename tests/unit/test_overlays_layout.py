"""client_overlays: one subpackage per vendor, each importing only its own generated client."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys

import pytest

from specs_fixtures import VENDORS

# Overlay subpackage -> the generated package it wraps (DESIGN.md's vendor table).
SUBPACKAGES = {
    "economic": "economic_suppliers_client",
    "panamah": "panamah_client",
    "panorays": "panorays_client",
    "paymentworks": "paymentworks_client",
    "pandium": "pandium_client",
}


def test_every_generated_package_has_an_overlay() -> None:
    assert sorted(SUBPACKAGES.values()) == sorted(vendor.package_name for vendor in VENDORS)


def test_top_level_package_imports_no_vendor_client() -> None:
    loaded = _modules_after_import("client_overlays")
    assert not {name.split(".")[0] for name in loaded if name.split(".")[0].endswith("_client")}


@pytest.mark.parametrize(("subpackage", "generated"), sorted(SUBPACKAGES.items()))
def test_subpackage_imports_only_its_own_client(subpackage: str, generated: str) -> None:
    loaded = _modules_after_import(f"client_overlays.{subpackage}")
    clients = {name.split(".")[0] for name in loaded if name.split(".")[0].endswith("_client")}
    assert clients == {generated}


@pytest.mark.parametrize("subpackage", sorted(SUBPACKAGES))
def test_public_names_are_declared_and_exist(subpackage: str) -> None:
    module = importlib.import_module(f"client_overlays.{subpackage}")
    assert module.__all__ == sorted(module.__all__, key=_isort_style), "ordered as ruff's RUF022 keeps it"
    assert len(set(module.__all__)) == len(module.__all__)
    for name in module.__all__:
        assert hasattr(module, name), name


def test_version_is_the_installed_distribution_version() -> None:
    import importlib.metadata

    import client_overlays

    assert client_overlays.__version__ == importlib.metadata.version("client-overlays")


def _isort_style(name: str) -> tuple[int, str]:
    """CONSTANTS, then Classes, then functions and modules."""
    return (0 if name.isupper() else 1 if name[:1].isupper() else 2, name)


def _modules_after_import(module: str) -> list[str]:
    # A fresh interpreter: this test process has already imported every client.
    code = f"import json, sys; import {module}; print(json.dumps(sorted(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    loaded: list[str] = json.loads(result.stdout)
    return loaded
