"""Parametrisation helpers: one test case per vendor, per operation or per schema, read from specs/."""

from __future__ import annotations

import datetime as dt
import re
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


_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T")


def same_instants(value: Any) -> Any:
    """`value` with every date-time string read as a datetime, so documents compare by instant
    (`Z` and `+00:00` are the same time)."""
    if isinstance(value, str) and _DATETIME.match(value):
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, dict):
        return {key: same_instants(item) for key, item in value.items()}
    if isinstance(value, list):
        return [same_instants(item) for item in value]
    return value
