"""Importing a vendor's overlay loads what `connect()` and a first call need, nothing more: the
generated models (and attrs with them) load one by one on first use, httpx-retries and asyncio
with the first client, the Panamah uploader and its disk queue, Panorays' webhook receiver and
the other vendors' spec facts on their first use. Each check runs in a fresh interpreter, which
then makes its first calls, sync and async, through `connect()` against the served mock."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator

import pytest

import vendor_mocks
from integration.served_mocks import environment, serve_all
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
    # attrs comes with the first model a call parses; httpx-retries (which imports asyncio) with
    # the first client; importlib.resources (and zipfile) only to list every vendor's spec facts.
    "attr",
    "attrs",
    "asyncio",
    "httpx_retries",
    "client_overlays._backoff",
    "importlib.resources",
    "zipfile",
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


# One harmless read per vendor: (module, function, positional arguments).
FIRST_CALLS = {
    "economic-suppliers": ("economic_suppliers_client.api.contacts", "get_all_contacts", ""),
    "panamah": ("panamah_client.api.admin", "get_assinante", "'78778932000157', "),
    "pandium": ("pandium_client.api.tenants", "list_tenants", ""),
    "panorays": ("panorays_client.api.supplier", "list_suppliers", ""),
    "paymentworks": ("paymentworks_client.api.updates", "list_updates", ""),
}
FIRST_CALLS_SCRIPT = """
import json, sys
import client_overlays.{overlay} as overlay
loaded = sorted(sys.modules)
from client_overlays import _redact
from client_overlays._specfacts import spec_facts
every = (_redact.secret_headers, _redact.spec_query_secrets)
facts = {{"own": spec_facts.cache_info().currsize, "every": sum(f.cache_info().currsize for f in every)}}
from {module} import {function} as operation
client = overlay.connect()
answers = [operation.sync_detailed({args}client=client)]
import asyncio
async def first_async_call():
    try:
        return await operation.asyncio_detailed({args}client=client)
    finally:
        await client.aclose()
answers.append(asyncio.run(first_async_call()))
# A list answer (Pandium's tenants) is shown by its first item.
first = [answer.parsed[0] if isinstance(answer.parsed, list) else answer.parsed for answer in answers]
parsed = [(answer.status_code, type(item).__module__) for answer, item in zip(answers, first)]
print(json.dumps({{"loaded": loaded, "facts": facts, "parsed": parsed}}))
"""


@pytest.fixture(scope="module")
def served() -> Iterator[dict[str, vendor_mocks.RunningMock]]:
    with serve_all() as running:
        yield running


@pytest.mark.parametrize("vendor", VENDORS, ids=lambda vendor: vendor.slug)
def test_importing_an_overlay_loads_no_model_and_nothing_a_first_call_does_not_need(
    vendor: object, served: dict[str, vendor_mocks.RunningMock]
) -> None:
    package, slug = vendor.package_name, vendor.slug  # type: ignore[attr-defined]
    module, function, args = FIRST_CALLS[slug]
    script = FIRST_CALLS_SCRIPT.format(overlay=OVERLAYS[slug], module=module, function=function, args=args)
    result = subprocess.run(
        [sys.executable, "-c", script],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, **environment(served)},
        timeout=60,
    )
    report = json.loads(result.stdout.splitlines()[-1])
    loaded = set(report["loaded"])
    assert f"{package}.models" in loaded
    models = {name for name in loaded if name.startswith(f"{package}.models.")}
    assert models <= AUTH_FLOW_MODELS.get(slug, set()), sorted(models)
    assert not loaded.intersection(NEVER_AT_IMPORT), sorted(loaded.intersection(NEVER_AT_IMPORT))
    # Its own spec facts only; every vendor's wait for the first redaction.
    assert report["facts"] == {"own": 1, "every": 0}
    # The first calls, sync then async, parse their answers into the generated models.
    assert [status for status, _ in report["parsed"]] == [200, 200], result.stdout
    assert all(where.startswith(f"{package}.models.") for _, where in report["parsed"]), report["parsed"]


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
