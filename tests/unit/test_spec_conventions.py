"""Conventions every curated spec follows, checked on the specs themselves.

These are the promises later work relies on: generated function names come from
operationIds, contract tests chain calls through links, the overlay reads e-conomic's
filter/sort metadata from `x-filterable`/`x-sortable`, and every operation says where it
comes from.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from speclib import Operation, Vendor, iter_operations
from specs_fixtures import VENDORS, operation_params, operations_of, resolve, vendor_params

ECONOMIC = "economic-suppliers"
FILTER_OPERATORS = {"eq", "ne", "lt", "lte", "gt", "gte", "in", "nin", "like"}
PROBLEM_DETAIL_CODES = ("400", "401", "403", "404", "409", "415", "500")


def test_every_vendor_has_a_spec() -> None:
    assert {vendor.slug for vendor in VENDORS} == {
        "economic-suppliers",
        "panamah",
        "pandium",
        "panorays",
        "paymentworks",
    }


@pytest.mark.parametrize("vendor", vendor_params())
def test_one_openapi_version_and_described_servers(vendor: Vendor) -> None:
    spec = vendor.spec()
    assert spec["openapi"] == "3.1.0"
    assert spec["info"]["version"]
    assert spec["servers"], "at least the production server"
    for server in spec["servers"]:
        assert server["url"].startswith("https://"), server["url"]
        assert not server["url"].endswith("/"), server["url"]
        assert server.get("description"), server["url"]


@pytest.mark.parametrize("vendor", vendor_params())
def test_operation_ids_are_unique(vendor: Vendor) -> None:
    ids = [operation.operation_id for operation in operations_of(vendor)]
    assert None not in ids
    assert len(ids) == len(set(ids)), sorted(str(i) for i in ids if ids.count(i) > 1)


@pytest.mark.parametrize(("vendor", "operation"), operation_params())
def test_operation_has_id_provenance_security_and_responses(vendor: Vendor, operation: Operation) -> None:
    spec = vendor.spec()
    data = operation.data
    assert operation.operation_id, "operationId names the generated function"
    assert operation.summary

    provenance = data.get("x-provenance")
    assert isinstance(provenance, dict), "x-provenance: {source, status, note}"
    assert isinstance(provenance.get("source"), str) and provenance["source"].strip()
    assert provenance.get("status") in {"documented", "inferred"}
    assert isinstance(provenance.get("note"), str) and provenance["note"].strip()

    security = data.get("security")
    assert isinstance(security, list) and security, "security is set on the operation itself"
    schemes = spec["components"]["securitySchemes"]
    for requirement in security:
        assert requirement, "an empty requirement would make auth optional"
        for name in requirement:
            assert name in schemes, f"undefined security scheme {name}"

    codes = [str(code) for code in data["responses"]]
    assert any(code.startswith("2") for code in codes), codes
    assert any(code.startswith("4") for code in codes), codes


@pytest.mark.parametrize("vendor", vendor_params())
def test_links_point_at_real_operations_and_parameters(vendor: Vendor) -> None:
    spec = vendor.spec()
    by_id = {operation.operation_id: operation for operation in iter_operations(spec)}
    for operation in iter_operations(spec):
        for code, response in operation.data["responses"].items():
            for name, link in (resolve(spec, response).get("links") or {}).items():
                link = resolve(spec, link)
                target = by_id.get(link.get("operationId"))
                assert target is not None, f"{operation.operation_id} {code} link {name}"
                target_params = {
                    resolve(spec, param)["name"]
                    for param in (target.data.get("parameters") or []) + _path_item_params(spec, target)
                }
                for param in link.get("parameters") or {}:
                    assert param in target_params, f"{name}: {target.operation_id} has no parameter {param}"


def _path_item_params(spec: dict[str, Any], operation: Operation) -> list[Any]:
    return list(spec["paths"][operation.path].get("parameters") or [])


@pytest.mark.parametrize("vendor", [v for v in vendor_params() if v.id != "paymentworks"])
def test_create_operations_link_to_the_operations_taking_their_id(vendor: Vendor) -> None:
    """Stateful contract tests chain create -> get/delete through these links."""
    spec = vendor.spec()
    creates = [op for op in iter_operations(spec) if op.method == "post" and "{" not in op.path]
    linked = [
        op for op in creates if any(resolve(spec, response).get("links") for response in op.data["responses"].values())
    ]
    assert linked, f"{vendor.slug}: no create operation carries links"


def _walk_properties(spec: dict[str, Any], schema: Any, where: str) -> list[tuple[str, dict[str, Any]]]:
    """Every (location, property schema) under `schema`, following nested objects and arrays."""
    found: list[tuple[str, dict[str, Any]]] = []
    if not isinstance(schema, dict) or "$ref" in schema:
        return found
    for name, prop in (schema.get("properties") or {}).items():
        found.append((f"{where}.{name}", prop))
        found += _walk_properties(spec, prop, f"{where}.{name}")
    if isinstance(schema.get("items"), dict):
        found += _walk_properties(spec, schema["items"], f"{where}[]")
    return found


def _economic() -> Vendor:
    return next(vendor for vendor in VENDORS if vendor.slug == ECONOMIC)


def test_economic_every_property_has_filterable_and_sortable() -> None:
    spec = _economic().spec()
    properties = [
        found
        for name, schema in spec["components"]["schemas"].items()
        for found in _walk_properties(spec, schema, name)
    ]
    assert len(properties) > 20
    for where, prop in properties:
        filterable = prop.get("x-filterable")
        assert isinstance(filterable, str), f"{where}: x-filterable missing"
        if filterable != "not filterable":
            operators = [op.strip() for op in filterable.split(",")]
            assert operators and set(operators) <= FILTER_OPERATORS, f"{where}: {filterable!r}"
            assert len(operators) == len(set(operators)), where
        assert isinstance(prop.get("x-sortable"), bool), f"{where}: x-sortable missing"


def test_economic_cursor_results_declare_page_size() -> None:
    spec = _economic().spec()
    cursor_lists = [op for op in iter_operations(spec) if re.fullmatch(r"GetAll\w+", op.operation_id or "")]
    assert len(cursor_lists) == 2
    for operation in cursor_lists:
        schema = resolve(spec, operation.data["responses"]["200"]["content"]["application/json"]["schema"])
        assert isinstance(schema.get("x-cursor-page-size"), int) and schema["x-cursor-page-size"] > 0


def test_economic_tags_carry_roles_and_error_codes() -> None:
    spec = _economic().spec()
    for tag in spec["tags"]:
        for key in ("x-required-roles", "x-error-codes"):
            assert isinstance(tag.get(key), list) and tag[key], f"{tag['name']}: {key}"
            assert all(isinstance(value, str) and value for value in tag[key])


def test_economic_writes_take_idempotency_key_and_answer_cache_header() -> None:
    spec = _economic().spec()
    writes = [op for op in iter_operations(spec) if op.method != "get"]
    assert len(writes) == 6
    for operation in writes:
        params = [resolve(spec, p) for p in operation.data.get("parameters") or []]
        keys = [p for p in params if p["name"] == "Idempotency-Key"]
        assert len(keys) == 1 and keys[0]["in"] == "header" and not keys[0].get("required"), operation.operation_id
        successes = [resolve(spec, r) for c, r in operation.data["responses"].items() if str(c).startswith("2")]
        assert any("X-ResultFromCache" in (r.get("headers") or {}) for r in successes), operation.operation_id


def test_economic_errors_are_problem_details() -> None:
    spec = _economic().spec()
    seen_codes: set[str] = set()
    for operation in iter_operations(spec):
        for code, response in operation.data["responses"].items():
            if str(code) not in PROBLEM_DETAIL_CODES:
                continue
            seen_codes.add(str(code))
            content = resolve(spec, response)["content"]
            for media in content.values():
                schema = resolve(spec, media["schema"])
                assert {"type", "title", "status", "detail", "errors", "traceId"} <= set(schema["properties"])
    assert seen_codes == set(PROBLEM_DETAIL_CODES)
