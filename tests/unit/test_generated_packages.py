"""The generated packages expose what their specs promise.

Names are derived with openapi-python-client's own naming rules from each spec, so a
renamed operationId or tag fails here, not in a user's import.
"""

from __future__ import annotations

import importlib
import inspect
import tomllib

import pytest
from versioning import spec_release

from client_readme import operation_module
from generate import FINGERPRINT_FILE, fingerprint
from speclib import Operation, Vendor
from specs_fixtures import operation_params, operations_of, vendor_params

ENTRY_POINTS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


@pytest.mark.parametrize(("vendor", "operation"), operation_params())
def test_operation_module_has_sync_and_async_entry_points(vendor: Vendor, operation: Operation) -> None:
    module = importlib.import_module(operation_module(vendor, operation))
    for name in ENTRY_POINTS:
        function = getattr(module, name, None)
        assert callable(function), f"{module.__name__}.{name}"
        assert "client" in inspect.signature(function).parameters
    for name in ("asyncio", "asyncio_detailed"):
        assert inspect.iscoroutinefunction(getattr(module, name))


@pytest.mark.parametrize(("vendor", "operation"), operation_params())
def test_operation_module_calls_the_documented_route(vendor: Vendor, operation: Operation) -> None:
    module = importlib.import_module(operation_module(vendor, operation))
    source = inspect.getsource(module)
    assert f'"method": "{operation.method}"' in source
    # Path parameters are formatted in; compare the literal prefix before the first one.
    literal = operation.path.split("{", 1)[0]
    assert f'"{literal}' in source or f'f"{literal}' in source, operation.path


@pytest.mark.parametrize("vendor", vendor_params())
def test_package_metadata_follows_the_spec(vendor: Vendor) -> None:
    root = vendor.output_dir()
    project = tomllib.loads((root / "pyproject.toml").read_text())["project"]
    assert project["name"] == vendor.project_name
    # `<spec info.version as X.Y.Z>.<generation>` (scripts/versioning.py)
    spec_version, _, generation = project["version"].rpartition(".")
    assert spec_version == spec_release(vendor.spec()["info"]["version"]) and generation.isdigit()
    assert (root / vendor.package_name / "py.typed").is_file()
    package = importlib.import_module(vendor.package_name)
    assert {"Client", "AuthenticatedClient"} <= set(dir(package))


@pytest.mark.parametrize("vendor", vendor_params())
def test_package_readme_is_true_to_the_spec(vendor: Vendor) -> None:
    readme = (vendor.output_dir() / "README.md").read_text()
    spec = vendor.spec()
    assert f"pip install ./generated/{vendor.project_name}" in readme
    for server in spec["servers"]:
        assert f"`{server['url']}`" in readme
    for scheme in spec["components"]["securitySchemes"].values():
        if scheme["type"] == "apiKey":
            assert f"`{scheme['name']}`" in readme
    for operation in operations_of(vendor):
        assert f"`{operation_module(vendor, operation)}`" in readme
    # The stock generator README advertises bearer tokens for every API; ours must not.
    assert "SuperSecretToken" not in readme


@pytest.mark.parametrize("vendor", vendor_params())
def test_generated_package_is_current(vendor: Vendor) -> None:
    """Fast guard; `make check-generated` does the byte-for-byte comparison."""
    recorded = (vendor.output_dir() / FINGERPRINT_FILE).read_text().strip()
    assert recorded == fingerprint(vendor), f"run `make generate VENDOR={vendor.slug}`"
