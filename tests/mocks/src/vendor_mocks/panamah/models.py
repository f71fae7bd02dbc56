"""Panamah's 24 stream data models, read from the curated spec: validation and references per `tipo`.

Nothing here restates a model. Each component schema tagged `x-panamah-tipo` is the schema of
that `tipo`; stream `data` is validated against it with jsonschema (formats included; a
`date-time` may also come without an offset, as the official Python SDK sends it), and its
references to other models are read from the property descriptions, which the spec writes
uniformly as "Id of the ... (TIPO)" / "Ids of the ... (TIPO)" for every field holding the id
of another model (e.g. `VendaItem.produtoId`: "Id of the product (PRODUTO).").
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from fastjsonschema import JsonSchemaException
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from .._core.specs import follow_ref
from .compiled import compile_schema

__all__ = ["ModelCatalog", "Reference"]

TIPO_EXTENSION = "x-panamah-tipo"
SPEC_URI = "urn:panamah:openapi"
SCHEMAS_POINTER = "#/components/schemas/"
# A field naming another model: "Id of the product (PRODUTO)." or "Ids of the stores (LOJA) ...".
REFERENCE_DESCRIPTION = re.compile(r"^Ids? of\b[^()]*\(([A-Z_]+)\)")
# The model schemas nest at most two levels (Produto > composicao > itens); this only bounds the walk.
MAX_NESTING = 6
# An ISO 8601 local date-time (no offset), e.g. "2024-05-01T10:00:00": the official Python SDK
# sends every date this way and Panamah takes it (the spec's note on StreamOperation.data).
LOCAL_DATE_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,6})?")

JsonObject = Mapping[str, Any]


@dataclass(frozen=True)
class Reference:
    """One field of a model (possibly inside nested objects) that holds ids of another model."""

    name: str
    many: bool  # the value is an array (of ids, or of nested objects)
    target: str | None = None  # the tipo the id(s) refer to, for a field of string ids
    nested: tuple[Reference, ...] = ()  # reference fields of the nested object(s)


class ModelCatalog:
    """Schemas, validators and reference plans of the stream models, by `tipo`."""

    def __init__(self, spec: JsonObject) -> None:
        self._spec = spec
        schemas: JsonObject = spec["components"]["schemas"]
        self.tipos: tuple[str, ...] = tuple(schemas["StreamModelTipo"]["enum"])
        self.schema_names: dict[str, str] = {
            schema[TIPO_EXTENSION]: name for name, schema in schemas.items() if TIPO_EXTENSION in schema
        }
        registry: Registry[Any] = Registry().with_resource(
            SPEC_URI, Resource.from_contents(dict(spec), default_specification=DRAFT202012)
        )
        self._validators = {
            tipo: Draft202012Validator(
                {"$ref": f"{SPEC_URI}{SCHEMAS_POINTER}{name}"},
                registry=registry,
                format_checker=_format_checker(),
            )
            for tipo, name in self.schema_names.items()
        }
        self._references = {tipo: self._plan(schemas[name], 0) for tipo, name in self.schema_names.items()}
        checker = _format_checker()
        self._compiled = {
            tipo: compile_schema(schemas[name], schemas, checker) for tipo, name in self.schema_names.items()
        }
        self.compiled_batch = compile_schema(schemas["StreamBatch"], schemas, checker)

    def schema(self, tipo: str) -> JsonObject:
        schema: JsonObject = self._spec["components"]["schemas"][self.schema_names[tipo]]
        return schema

    def example(self, tipo: str) -> dict[str, Any]:
        """The spec's first example of the model (a fresh copy to build seeded records from)."""
        example: dict[str, Any] = copy.deepcopy(self.schema(tipo)["examples"][0])
        return example

    def errors(self, tipo: str, data: JsonObject) -> list[str]:
        """Why `data` is not a valid record of `tipo`, one line per problem; empty when valid.

        The compiled validator answers for valid data (one pass); jsonschema, for the messages,
        only when the compiled one refuses (see compiled.py)."""
        try:
            self._compiled[tipo](data)
            return []
        except JsonSchemaException:
            pass
        found = sorted(self._validators[tipo].iter_errors(data), key=lambda error: list(map(str, error.path)))
        return [f"{_dotted(['data', *error.absolute_path])}: {error.message}" for error in found]

    def references(self, tipo: str) -> tuple[Reference, ...]:
        return self._references.get(tipo, ())

    def referenced_ids(self, tipo: str, record: JsonObject) -> Iterator[tuple[str, str]]:
        """(target tipo, id) for every id of another record that `record` names."""
        yield from _walk(self.references(tipo), record)

    # --- reading the schemas -------------------------------------------------------------------

    def _resolve(self, schema: JsonObject) -> JsonObject:
        if not str(schema.get("$ref", "")).startswith(SCHEMAS_POINTER):
            return schema
        resolved: JsonObject = follow_ref(self._spec, schema)
        return resolved

    def _plan(self, schema: JsonObject, depth: int) -> tuple[Reference, ...]:
        if depth > MAX_NESTING:
            return ()
        plan: list[Reference] = []
        for name, declared in schema.get("properties", {}).items():
            field = self._field(name, declared, depth)
            if field is not None:
                plan.append(field)
        return tuple(plan)

    def _field(self, name: str, declared: JsonObject, depth: int) -> Reference | None:
        resolved = self._resolve(declared)
        many = resolved.get("type") == "array"
        item = self._resolve(resolved.get("items", {})) if many else resolved
        if item.get("type") == "string":
            # OpenAPI 3.1 allows a description next to `$ref`; the field's own description wins.
            description = str(declared.get("description") or resolved.get("description") or "")
            target = _target(description, self.tipos)
            return Reference(name, many, target=target) if target else None
        if item.get("type") == "object":
            nested = self._plan(item, depth + 1)
            return Reference(name, many, nested=nested) if nested else None
        return None


def _format_checker() -> FormatChecker:
    """JSON Schema's formats, with `date-time` taking RFC 3339 or an ISO 8601 local date-time."""
    standard = Draft202012Validator.FORMAT_CHECKER
    checker = FormatChecker()
    checker.checkers = dict(standard.checkers)

    def date_time(value: object) -> bool:
        if not isinstance(value, str) or standard.conforms(value, "date-time"):
            return True
        if LOCAL_DATE_TIME.fullmatch(value) is None:
            return False
        dt.datetime.fromisoformat(value)  # raises on day 31 of April, hour 25, ...
        return True

    checker.checks("date-time", raises=ValueError)(date_time)
    return checker


def _target(description: str, tipos: tuple[str, ...]) -> str | None:
    match = REFERENCE_DESCRIPTION.match(description)
    return match.group(1) if match and match.group(1) in tipos else None


def _walk(fields: tuple[Reference, ...], value: object) -> Iterator[tuple[str, str]]:
    if not isinstance(value, Mapping):
        return
    for field in fields:
        found = value.get(field.name)
        items = (found if isinstance(found, list) else []) if field.many else [found]
        for item in items:
            if field.target is not None and isinstance(item, str):
                yield field.target, item
            elif field.nested:
                yield from _walk(field.nested, item)


def _dotted(path: Any) -> str:
    return ".".join(str(part) for part in path)
