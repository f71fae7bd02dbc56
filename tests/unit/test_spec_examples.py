"""Every example in every spec is valid, and every generated model round-trips it.

Examples are what users copy and what the mocks serve, so an example that breaks its own
schema is a bug; and a model that cannot read back the documented shape would fail on the
vendor's real answers.
"""

from __future__ import annotations

import enum
import importlib
from collections.abc import Iterator
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from openapi_python_client.strings import ClassName
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from speclib import Vendor
from specs_fixtures import VENDORS, same_instants

SPEC_URI = "urn:spec"
# Maps keyed by names chosen by the spec's author rather than by OpenAPI keywords.
_NAME_MAPS = {
    "properties",
    "paths",
    "schemas",
    "responses",
    "parameters",
    "headers",
    "content",
    "securitySchemes",
    "links",
    "callbacks",
    "webhooks",
    "requestBodies",
    "patternProperties",
    "$defs",
    "pathItems",
}


_SCHEMA_KEYWORDS = {"type", "$ref", "enum", "const", "properties", "items", "format", "anyOf", "oneOf", "allOf"}


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def _iter_examples(node: Any, pointer: str = "", *, names: bool = False) -> Iterator[tuple[str, str, Any]]:
    """(example location, pointer of the schema it must satisfy, example value).

    `names` is true for maps whose keys are names (`properties`, `paths`, ...), where a key
    called "example" is a property, not an example.
    """
    if isinstance(node, dict) and not names:
        # Media types, parameters and headers: `schema` beside `example` / `examples` (a map).
        if isinstance(node.get("schema"), dict):
            schema_pointer = f"{pointer}/schema"
            if "example" in node:
                yield f"{pointer}/example", schema_pointer, node["example"]
            if isinstance(node.get("examples"), dict):
                for name, example in node["examples"].items():
                    if isinstance(example, dict) and "value" in example:
                        yield f"{pointer}/examples/{name}", schema_pointer, example["value"]
        # Schemas: JSON Schema 2020-12 `examples` is a list of instances.
        else:
            if isinstance(node.get("examples"), list):
                for index, example in enumerate(node["examples"]):
                    yield f"{pointer}/examples/{index}", pointer, example
            if "example" in node and _SCHEMA_KEYWORDS.intersection(node):
                yield f"{pointer}/example", pointer, node["example"]
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("example", "examples") and not names:
                continue  # examples are data, not schemas: nothing inside them to check
            child_names = not names and key in _NAME_MAPS
            yield from _iter_examples(value, f"{pointer}/{_escape(str(key))}", names=child_names)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _iter_examples(value, f"{pointer}/{index}")


def _example_params() -> list[Any]:
    return [
        pytest.param(vendor, schema_pointer, example, id=f"{vendor.slug}:{where}")
        for vendor in VENDORS
        for where, schema_pointer, example in _iter_examples(vendor.spec())
    ]


def _validator(vendor: Vendor, schema_pointer: str) -> Draft202012Validator:
    spec = vendor.spec()
    # Rewrite local refs ("#/components/...") to the registered document.
    resource = Resource.from_contents(spec, default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
    return Draft202012Validator(
        {"$ref": f"{SPEC_URI}#{schema_pointer}"},
        registry=registry,
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


@pytest.mark.parametrize(("vendor", "schema_pointer", "example"), _example_params())
def test_example_validates_against_its_schema(vendor: Vendor, schema_pointer: str, example: Any) -> None:
    errors = sorted(_validator(vendor, schema_pointer).iter_errors(example), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)


def test_specs_carry_examples() -> None:
    for vendor in VENDORS:
        schemas = vendor.spec()["components"]["schemas"]
        objects = [name for name, schema in schemas.items() if schema.get("type") == "object"]
        missing = [name for name in objects if not schemas[name].get("examples")]
        assert not missing, f"{vendor.slug}: object schemas without examples: {missing}"


def _model_params() -> list[Any]:
    params = []
    for vendor in VENDORS:
        for name, schema in vendor.spec()["components"]["schemas"].items():
            for index, example in enumerate(schema.get("examples") or []):
                params.append(pytest.param(vendor, name, example, id=f"{vendor.slug}:{name}:{index}"))
    return params


@pytest.mark.parametrize(("vendor", "schema_name", "example"), _model_params())
def test_model_round_trips_example(vendor: Vendor, schema_name: str, example: Any) -> None:
    models = importlib.import_module(f"{vendor.package_name}.models")
    class_name = ClassName(schema_name, prefix="field_")
    model = getattr(models, class_name, None)
    if model is None:
        schema = vendor.spec()["components"]["schemas"][schema_name]
        # Only objects and enums become classes; a bare array or scalar alias does not.
        assert schema.get("type") not in ("object", None) and "enum" not in schema, (
            f"{vendor.package_name}.models has no {class_name} for {schema_name}"
        )
        pytest.skip(f"{schema_name} is a {schema.get('type')} alias without a model class")
    properties = vendor.spec()["components"]["schemas"][schema_name].get("properties") or {}
    if any(prop.get("format") == "binary" for prop in properties.values()):
        # A multipart body: its file part is bytes on the wire, never a JSON value.
        pytest.skip(f"{schema_name} is a multipart body with a binary part")
    if isinstance(model, type) and issubclass(model, enum.Enum):
        assert model(example).value == example
        return
    parsed = model.from_dict(example)
    assert same_instants(parsed.to_dict()) == same_instants(example)
