"""Which call each client's smoke test makes: read from the spec, so no vendor is listed here.

For each vendor: the first GET operation without required parameters whose 200 answer has a
JSON example (the spec's, or one assembled from its schema's examples). The bare-venv smoke
script (`dist_smoke.py`) calls it through the installed wheel against an `httpx.MockTransport`
answering that example, and checks the generated model parsed it.
"""

from __future__ import annotations

from typing import Any

from client_readme import operation_module
from speclib import Vendor
from specs_fixtures import operations_of, resolve

__all__ = ["smoke_plan"]


def _example(spec: dict[str, Any], node: Any, depth: int = 0) -> Any:
    schema = resolve(spec, node)
    if depth > 8 or not isinstance(schema, dict):
        raise LookupError("no example")
    if schema.get("examples"):
        return schema["examples"][0]
    if "example" in schema:
        return schema["example"]
    if schema.get("type") == "array":
        return [_example(spec, schema["items"], depth + 1)]
    if "properties" in schema:
        required = schema.get("required", [])
        return {name: _example(spec, schema["properties"][name], depth + 1) for name in required}
    raise LookupError("no example")


def _answer(spec: dict[str, Any], operation_data: dict[str, Any]) -> Any:
    media = (resolve(spec, operation_data.get("responses", {}).get("200", {})).get("content") or {}).get(
        "application/json"
    )
    if media is None:
        raise LookupError("no JSON answer")
    if "example" in media:
        return media["example"]
    if media.get("examples"):
        return resolve(spec, next(iter(media["examples"].values())))["value"]
    return _example(spec, media["schema"])


def smoke_plan(vendor: Vendor) -> dict[str, Any]:
    spec = vendor.spec()
    for operation in operations_of(vendor):
        parameters = [resolve(spec, p) for p in operation.data.get("parameters", [])]
        if operation.method != "get" or any(p.get("required") for p in parameters) or "{" in operation.path:
            continue
        try:
            answer = _answer(spec, operation.data)
        except LookupError:
            continue
        return {
            "package": vendor.package_name,
            "module": operation_module(vendor, operation),
            "path": operation.path,
            "answer": answer,
        }
    raise LookupError(f"{vendor.slug}: no GET operation without required parameters has a JSON example")
