"""A vendor adding an enum value or a field never breaks a deployed client.

For every JSON response schema of every operation of every spec, instances (the spec's examples,
and one built from the schema so no response goes untested) are mutated: every enum value
replaced by one the spec does not list, and an extra field added to every object (a valid value
where the object types its additional properties). The generated operation parses each mutated
answer into its model (no `ValueError`, no `KeyError`), keeps the new enum values as members of
their enum (`is_known` False, known members still compare as before) and keeps the new fields
in `additional_properties`: `to_dict()` gives the mutated document back.
"""

from __future__ import annotations

import enum
import importlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from openapi_python_client.strings import snake_case

from speclib import Operation, Vendor, follow_ref, iter_operations
from specs_fixtures import VENDORS, same_instants

NEW_FIELD = "fieldAddedByTheVendor"
NEW_TEXT = "value-added-by-the-vendor"
NEW_NUMBER = 424242
FORMATTED = {"date-time": "2024-05-01T10:00:00Z", "date": "2024-05-01", "uuid": "6f1c2b7e-0c1d-4e5f-9a8b-1c2d3e4f5a6b"}


@dataclass
class Mutations:
    enums: int = 0
    objects: int = 0
    unknown_values: list[Any] = field(default_factory=list)
    enum_kinds: set[tuple[Any, ...]] = field(default_factory=set)  # the value lists of the enums mutated


def _branches(spec: dict[str, Any], schema: dict[str, Any]) -> list[dict[str, Any]]:
    options = schema.get("anyOf") or schema.get("oneOf") or []
    return [follow_ref(spec, option) for option in options]


def _types(schema: dict[str, Any]) -> set[str]:
    declared = schema.get("type")
    if declared is None:
        return set()
    return {declared} if isinstance(declared, str) else set(declared)


def _properties(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    merged = dict(schema.get("properties") or {})
    for part in schema.get("allOf") or []:
        merged.update(_properties(spec, follow_ref(spec, part)))
    return merged


def _required(spec: dict[str, Any], schema: dict[str, Any]) -> list[str]:
    names = list(schema.get("required") or [])
    for part in schema.get("allOf") or []:
        names += _required(spec, follow_ref(spec, part))
    return names


def build(spec: dict[str, Any], schema: Any, depth: int = 0, *, every: bool = False) -> Any:
    """A small valid instance of `schema`: its required properties (`every`: all of them, while
    nesting stays shallow), the first enum value, one list item."""
    schema = follow_ref(spec, schema)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return next(value for value in schema["enum"] if value is not None)
    if "examples" in schema and depth > 0 and not every:
        return schema["examples"][0]
    branches = [branch for branch in _branches(spec, schema) if _types(branch) != {"null"}]
    if branches:
        return build(spec, branches[0], depth + 1, every=every)
    types = _types(schema) - {"null"}
    properties = _properties(spec, schema)
    if "object" in types or properties or (not types and schema.get("allOf")):
        names = list(properties) if every and depth < 4 else _required(spec, schema)
        return {name: build(spec, properties[name], depth + 1, every=every) for name in names if name in properties}
    if "array" in types:
        return [build(spec, schema.get("items", {}), depth + 1, every=every)] if depth < 6 else []
    if "integer" in types:
        return max(1, int(schema.get("minimum", 1)))
    if "number" in types:
        return 1.5
    if "boolean" in types:
        return True
    if "string" in types:
        formats = {
            "date-time": "2024-05-01T10:00:00Z",
            "date": "2024-05-01",
            "uuid": "6f1c2b7e-0c1d-4e5f-9a8b-1c2d3e4f5a6b",
        }
        return formats.get(schema.get("format", ""), "text")
    return {}


def mutate(spec: dict[str, Any], schema: Any, value: Any, seen: Mutations) -> Any:
    """`value` with every enum value unknown and an extra field on every object."""
    schema = follow_ref(spec, schema)
    if "enum" in schema and value is not None and not isinstance(value, bool):
        seen.enums += 1
        seen.enum_kinds.add(tuple(schema["enum"]))
        unknown = NEW_TEXT if isinstance(value, str) else NEW_NUMBER if isinstance(value, int) else value
        seen.unknown_values.append(unknown)
        return unknown
    if value is None:
        return None
    branches = _branches(spec, schema)
    if branches:
        for branch in branches:
            if _fits(branch, value):
                return mutate(spec, branch, value, seen)
        return value
    if isinstance(value, dict):
        properties = _properties(spec, schema)
        result = {
            name: mutate(spec, properties[name], item, seen) if name in properties else item
            for name, item in value.items()
        }
        extra = schema.get("additionalProperties", True)
        if extra is not False:
            seen.objects += 1
            result[NEW_FIELD] = build(spec, extra, 1) if isinstance(extra, dict) and extra else {"nested": [1, "two"]}
            if isinstance(extra, dict) and extra:  # typed additional properties: mutate the existing ones too
                result = {name: mutate(spec, extra, item, seen) if name not in properties else item
                          for name, item in result.items()}  # fmt: skip
        return result
    if isinstance(value, list):
        return [mutate(spec, schema.get("items", {}), item, seen) for item in value]
    return value


def _fits(schema: dict[str, Any], value: Any) -> bool:
    types = _types(schema)
    if "enum" in schema:
        return value in schema["enum"]
    if isinstance(value, dict):
        return "object" in types or bool(schema.get("properties")) or bool(schema.get("allOf"))
    if isinstance(value, list):
        return "array" in types
    if isinstance(value, bool):
        return "boolean" in types
    if isinstance(value, int):
        return bool(types & {"integer", "number"})
    if isinstance(value, str):
        return "string" in types
    return not types


@dataclass(frozen=True)
class Answer:
    vendor: Vendor
    operation: Operation
    status: int
    schema: dict[str, Any]
    instances: tuple[Any, ...]

    @property
    def id(self) -> str:
        return f"{self.vendor.slug}:{self.operation.operation_id}:{self.status}"


def _answers() -> Iterator[Answer]:
    for vendor in VENDORS:
        spec = vendor.spec()
        for operation in iter_operations(spec):
            for status, response in (operation.data.get("responses") or {}).items():
                if not str(status).isdigit():
                    continue
                media = (follow_ref(spec, response).get("content") or {}).get("application/json")
                if not media or "schema" not in media:
                    continue
                schema = media["schema"]
                instances: list[Any] = []
                if "example" in media:
                    instances.append(media["example"])
                instances += [follow_ref(spec, ex).get("value") for ex in (media.get("examples") or {}).values()]
                target = follow_ref(spec, schema)
                instances += list(target.get("examples") or [])
                items = follow_ref(spec, target.get("items", {})) if "array" in _types(target) else {}
                instances += [[example] for example in items.get("examples") or []]
                instances += [build(spec, schema), build(spec, schema, every=True)]
                yield Answer(vendor, operation, int(status), schema, tuple(instances))


ANSWERS = list(_answers())


def _plain(parsed: Any) -> Any:
    if hasattr(parsed, "to_dict"):
        return parsed.to_dict()
    if isinstance(parsed, list):
        return [_plain(item) for item in parsed]
    if isinstance(parsed, enum.Enum):
        return parsed.value
    return parsed


def _enum_members(parsed: Any) -> Iterator[enum.Enum]:
    if isinstance(parsed, enum.Enum):
        yield parsed
    elif isinstance(parsed, list):
        for item in parsed:
            yield from _enum_members(item)
    elif hasattr(parsed, "__attrs_attrs__"):
        for attribute in parsed.__attrs_attrs__:
            yield from _enum_members(getattr(parsed, attribute.name))
        for item in getattr(parsed, "additional_properties", {}).values():
            yield from _enum_members(item)


def test_every_spec_has_enums_and_objects_to_mutate() -> None:
    by_vendor: dict[str, Mutations] = {}
    for answer in ANSWERS:
        seen = by_vendor.setdefault(answer.vendor.slug, Mutations())
        for instance in answer.instances:
            mutate(answer.vendor.spec(), answer.schema, instance, seen)
    assert set(by_vendor) == {vendor.slug for vendor in VENDORS}
    assert all(seen.objects > 0 for seen in by_vendor.values()), by_vendor
    for vendor in VENDORS:
        spec = vendor.spec()
        reachable: set[tuple[Any, ...]] = set()
        for answer in ANSWERS:
            if answer.vendor == vendor:
                _reachable_enums(spec, answer.schema, reachable, set())
        missed = reachable - by_vendor[vendor.slug].enum_kinds
        assert not missed, f"{vendor.slug}: enums in responses never mutated: {missed}"
    assert sum(seen.enums for seen in by_vendor.values()) >= 20


def _reachable_enums(spec: dict[str, Any], schema: Any, found: set[tuple[Any, ...]], visited: set[str]) -> None:
    """The value lists of every enum a response schema can contain."""
    if isinstance(schema, dict) and "$ref" in schema:
        if schema["$ref"] in visited:
            return
        visited.add(schema["$ref"])
    schema = follow_ref(spec, schema)
    if not isinstance(schema, dict):
        return
    if "enum" in schema:
        found.add(tuple(schema["enum"]))
    children = list((schema.get("properties") or {}).values())
    children += [schema[key] for key in ("items", "additionalProperties") if isinstance(schema.get(key), dict)]
    children += [part for key in ("anyOf", "oneOf", "allOf") for part in schema.get(key) or []]
    for child in children:
        _reachable_enums(spec, child, found, visited)


@pytest.mark.parametrize("answer", ANSWERS, ids=lambda answer: answer.id)
def test_a_mutated_answer_parses_and_keeps_what_is_new(answer: Answer) -> None:
    vendor, spec = answer.vendor, answer.vendor.spec()
    tag = snake_case(answer.operation.tag)
    module = importlib.import_module(
        f"{vendor.package_name}.api.{tag}.{snake_case(answer.operation.operation_id or '')}"
    )
    client = importlib.import_module(vendor.package_name).Client(base_url="http://vendor.invalid")
    for instance in answer.instances:
        seen = Mutations()
        mutated = mutate(spec, answer.schema, instance, seen)
        request = httpx.Request(answer.operation.method.upper(), "http://vendor.invalid/")
        response = httpx.Response(answer.status, json=mutated, request=request)
        parsed = module._parse_response(client=client, response=response)
        assert parsed is not None, f"{answer.id}: the documented answer was not parsed"
        if not isinstance(parsed, int | float | str | bool):
            assert same_instants(_plain(parsed)) == same_instants(mutated), "new values and fields are kept"
        members = list(_enum_members(parsed))
        unknown = [member for member in members if not getattr(member, "is_known", True)]
        assert len(unknown) == sum(1 for value in seen.unknown_values if value in (NEW_TEXT, NEW_NUMBER))
        for member in unknown:
            known = next(iter(type(member)))
            assert member != known and known == type(member)(known.value) and known.is_known  # type: ignore[attr-defined]
