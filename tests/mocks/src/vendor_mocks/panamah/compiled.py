"""Compiled validators (fastjsonschema) for the stream's hot path: the batch envelope and each
`tipo`'s data, validated once per operation in generated Python code instead of by walking the
schema for every value.

They only ever answer "valid" early: the spec's schemas are inlined (`$ref` to components
resolved, annotations dropped) and compiled with the same format checks as the jsonschema
validators; anything the compiled code refuses goes to the full validator (openapi-core for
the envelope, jsonschema for data), whose verdict and messages are the answer. So the mock
accepts and refuses exactly what it did, and only a valid operation takes the fast path.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

import fastjsonschema
from jsonschema import FormatChecker

__all__ = ["compile_schema"]

SCHEMAS_POINTER = "#/components/schemas/"
# Keywords that only annotate: dropped, so that the compiled code carries validation only.
_ANNOTATIONS = {"description", "examples", "example", "title", "deprecated", "readOnly", "writeOnly"}
_MAX_DEPTH = 32  # the model schemas nest a few levels; a deeper walk means a reference cycle


def compile_schema(
    schema: Mapping[str, Any], schemas: Mapping[str, Any], checker: FormatChecker
) -> Callable[[Any], Any]:
    """A function that returns for a valid instance and raises `fastjsonschema.JsonSchemaException`
    otherwise; `schemas` resolves `#/components/schemas/...`, `checker` supplies every format."""
    inlined = _inline(schema, schemas, 0)
    # Compiling takes ~10 ms a schema and a test session builds hundreds of mocks: once per
    # process and schema (the checkers are the same functions for every mock).
    key = json.dumps([inlined, sorted(checker.checkers)], sort_keys=True)
    compiled = _COMPILED.get(key)
    if compiled is None:
        formats = {name: _format(checker, name) for name in checker.checkers}
        compiled = _COMPILED[key] = fastjsonschema.compile(inlined, formats=formats)
    return compiled


_COMPILED: dict[str, Callable[[Any], Any]] = {}


def _format(checker: FormatChecker, name: str) -> Callable[[str], bool]:
    return lambda value: checker.conforms(value, name)


def _inline(schema: Any, schemas: Mapping[str, Any], depth: int) -> Any:
    if depth > _MAX_DEPTH:
        raise ValueError("schema references nest too deep (a cycle?): not compiled")
    if not isinstance(schema, Mapping):
        return schema
    inlined: dict[str, Any] = {}
    for key, value in schema.items():
        if key in _ANNOTATIONS or key.startswith("x-") or key == "$ref":
            continue
        if key in ("properties", "patternProperties", "$defs"):
            inlined[key] = {name: _inline(sub, schemas, depth + 1) for name, sub in value.items()}
        elif key in ("allOf", "anyOf", "oneOf", "prefixItems"):
            inlined[key] = [_inline(sub, schemas, depth + 1) for sub in value]
        elif key in ("items", "additionalProperties", "not", "contains", "propertyNames", "if", "then", "else"):
            inlined[key] = _inline(value, schemas, depth + 1)
        else:
            inlined[key] = value
    reference = schema.get("$ref")
    if reference is None:
        return inlined
    if not isinstance(reference, str) or not reference.startswith(SCHEMAS_POINTER):
        raise ValueError(f"only references to components are inlined, not {reference!r}")
    target = _inline(schemas[reference.removeprefix(SCHEMAS_POINTER)], schemas, depth + 1)
    # In JSON Schema 2020-12 a `$ref` beside other keywords applies together with them.
    return {"allOf": [target, inlined]} if inlined else target
