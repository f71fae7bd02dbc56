"""Importing a vendor's overlay loads what `connect()` and a first call need, nothing more: the
generated models load one by one on first use, the Panamah uploader and its disk queue, Panorays'
webhook receiver and asyncio wait for their first use. Each check runs in a fresh interpreter."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from specs_fixtures import VENDORS

OVERLAYS = {
    "economic-suppliers": "economic",
    "panamah": "panamah",
    "panorays": "panorays",
    "paymentworks": "paymentworks",
    "pandium": "pandium",
}
# The only models an overlay imports with itself: those its auth flow sends and reads on the
# first call (Panamah's stream token exchange).
AUTH_FLOW_MODELS = {"panamah": {"panamah_client.models.stream_auth_request", "panamah_client.models.stream_tokens"}}
# Loaded by none of the overlays at import (the uploader's
# modules and jsonschema wait for an Uploader; importlib.metadata for the version).
NEVER_AT_IMPORT = [
    "jsonschema",
    "fastjsonschema",
    "filelock",
    "importlib.metadata",
    "client_overlays.panamah._uploader",
    "client_overlays.panamah._queue",
    "client_overlays.panamah._reconcile",
    "client_overlays.panorays.webhooks",
    # The resources (`client.<resource>`) load on first attribute use; the console commands'
    # runner only under a command. (rich is not listed: httpx imports it itself, for its own
    # command line, whenever it is installed.)
    "client_overlays._resources",
    "client_overlays._cli",
    *(f"client_overlays._generated.{overlay}_resources" for overlay in OVERLAYS.values()),
    *(f"client_overlays.{overlay}.cli" for overlay in OVERLAYS.values()),
]


def _loaded_after(code: str) -> set[str]:
    script = f"import sys, json\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True)
    return set(json.loads(result.stdout.splitlines()[-1]))


@pytest.mark.parametrize("vendor", VENDORS, ids=lambda vendor: vendor.slug)
def test_importing_an_overlay_loads_no_model_and_nothing_a_first_call_does_not_need(vendor: object) -> None:
    package = vendor.package_name  # type: ignore[attr-defined]
    loaded = _loaded_after(f"import client_overlays.{OVERLAYS[vendor.slug]}")  # type: ignore[attr-defined]
    assert f"{package}.models" in loaded
    models = {name for name in loaded if name.startswith(f"{package}.models.")}
    assert models <= AUTH_FLOW_MODELS.get(vendor.slug, set()), sorted(models)  # type: ignore[attr-defined]
    assert not loaded.intersection(NEVER_AT_IMPORT), sorted(loaded.intersection(NEVER_AT_IMPORT))


@pytest.mark.parametrize("vendor", VENDORS, ids=lambda vendor: vendor.slug)
def test_every_model_name_resolves_on_first_use(vendor: object) -> None:
    package = vendor.package_name  # type: ignore[attr-defined]
    code = f"""
import {package}.models as models
names = models.__all__
assert sorted(names) == sorted(set(names)) and names, names
assert set(names) <= set(dir(models))
for name in names:
    value = getattr(models, name)
    assert value.__name__ == name and value.__module__.startswith("{package}.models."), (name, value)
    assert vars(models)[name] is value  # cached: the module __getattr__ runs once per name
from {package}.models import {{first}}
try:
    models.NoSuchModel
except AttributeError as error:
    assert "NoSuchModel" in str(error)
else:
    raise AssertionError("an unknown name must raise AttributeError")
"""
    first = __import__(f"{package}.models", fromlist=["__all__"]).__all__[0]
    _loaded_after(code.replace("{first}", first))


def test_lazy_overlay_names_resolve() -> None:
    loaded = _loaded_after(
        "from client_overlays import panamah, panorays, __version__\n"
        "assert panamah.Uploader.__name__ == 'Uploader' and panamah.BatchLimits().max_operations\n"
        "assert callable(panamah.reconcile) and panorays.webhooks.__name__.endswith('webhooks')\n"
        "assert __version__.count('.') >= 1\n"
        "from client_overlays.panamah import REFUSED_ON_STREAM, QueueError\n"
    )
    assert "client_overlays.panamah._uploader" in loaded and "filelock" in loaded


def test_a_clients_first_resource_loads_its_resources_module() -> None:
    """`client.<resource>` is what imports the resource classes (and every endpoint module they
    name): the import of the overlay and `connect()` alone do not."""
    loaded = _loaded_after(
        "from client_overlays import pandium\n"
        "client = pandium.connect('key')\n"
        "assert 'client_overlays._generated.pandium_resources' not in sys.modules\n"
        "client.tenants\n"
    )
    assert "client_overlays._generated.pandium_resources" in loaded
    assert "pandium_client.api.tenants.list_tenants" in loaded
