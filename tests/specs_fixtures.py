"""Parametrisation helpers: one test case per vendor, per operation or per schema, read from specs/."""

from __future__ import annotations

from typing import Any

import pytest

from speclib import Operation, Vendor, discover_vendors, follow_ref, iter_operations

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
    return follow_ref(spec, node)
