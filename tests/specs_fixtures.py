"""Parametrisation helpers: one test case per vendor, per operation or per schema, read from specs/."""

from __future__ import annotations

from typing import Any

import pytest

from speclib import Operation, Vendor, discover_vendors, iter_operations

VENDORS: list[Vendor] = discover_vendors()


def vendor_params() -> list[Any]:
    return [pytest.param(vendor, id=vendor.slug) for vendor in VENDORS]


def operation_params() -> list[Any]:
    return [
        pytest.param(vendor, operation, id=f"{vendor.slug}:{operation.operation_id or operation.path}")
        for vendor in VENDORS
        for operation in iter_operations(vendor.spec())
    ]


def operations_of(vendor: Vendor) -> list[Operation]:
    return list(iter_operations(vendor.spec()))


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow local `$ref`s (`#/components/...`) until a concrete object is reached."""
    seen = 0
    while isinstance(node, dict) and "$ref" in node:
        pointer = str(node["$ref"])
        if not pointer.startswith("#/"):
            raise ValueError(f"only local references are used in our specs, got {pointer}")
        node = spec
        for part in pointer[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        seen += 1
        if seen > 20:
            raise ValueError(f"reference cycle at {pointer}")
    return node
