"""openapi-core's request checks with what does not depend on the request worked out once.

openapi-core re-reads the spec for every request: it tries every path template, walks each
parameter's definition through `$ref`-resolving accessors and builds a fresh style deserializer,
schema validator and unmarshaller per parameter (each validator deep-copies its format checker).
That is milliseconds of CPU per request, more than the mocks spend answering.

Two caches keep its answers while skipping that work:

- `RememberingPathFinder`: openapi-core's own path finder, remembering its answer per
  (method, URL), so the parameter and body checks of one request and repeated requests find
  their operation once.
- `ParameterPlans`: per operation, each parameter's definition read once and openapi-core's own
  deserializer and unmarshaller for it built once. `ParameterPlans.unmarshal` runs the same steps
  as openapi-core's `_get_parameters` with those objects and gives up (returns None) at the first
  thing that is not a clean success: a missing required parameter, a value that does not
  deserialize, cast or validate, an empty query value, or an operation using features the plan
  does not cover (`content` parameters, deprecated ones, `allowEmptyValue`). The caller then asks
  openapi-core itself, so every error answer is exactly openapi-core's.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from jsonschema_path import SchemaPath
from openapi_core.datatypes import Parameters, RequestParameters
from openapi_core.deserializing.media_types.util import json_loads
from openapi_core.deserializing.styles.datatypes import DeserializerCallable
from openapi_core.deserializing.styles.deserializers import StyleDeserializer
from openapi_core.schema.parameters import get_style_and_explode
from openapi_core.templating.datatypes import TemplateResult
from openapi_core.templating.paths.datatypes import Path, PathOperation, PathOperationServer
from openapi_core.templating.paths.exceptions import PathsNotFound
from openapi_core.templating.paths.finders import APICallPathFinder
from openapi_core.templating.paths.iterators import TemplatePathsIterator, TemplateServersIterator
from openapi_core.templating.paths.util import template_path_len
from openapi_core.unmarshalling.request.unmarshallers import V31RequestParametersUnmarshaller
from openapi_core.unmarshalling.schemas.unmarshallers import SchemaUnmarshaller
from openapi_core.util import BOOLEAN_FALSE_VALUES, BOOLEAN_TRUE_VALUES, forcebool
from openapi_core.validation.schemas.validators import SchemaValidator

__all__ = ["ParameterPlans", "RememberingPathFinder"]

_REMEMBERED_URLS = 4096  # bounded: ids in paths make URLs unbounded; forgetting all is cheap


class _ListedPaths(TemplatePathsIterator):
    """openapi-core's `TemplatePathsIterator` (the same steps) over the spec's path items listed
    once: listing them through the spec's accessors is most of a lookup's cost."""

    def __init__(self, paths_part: str) -> None:
        super().__init__(paths_part)
        self._listed: list[tuple[str, SchemaPath]] | None = None

    def __call__(self, name: str, spec: SchemaPath, base_url: str | None = None) -> Iterator[Path]:
        if self._listed is None:
            paths = spec / self.paths_part
            if not paths.exists():
                raise PathsNotFound(paths.as_uri())
            self._listed = list(paths.str_items())
        template_paths: list[Path] = []
        for path_pattern, path in self._listed:
            if name.endswith(path_pattern):  # a simple path is the most concrete: at once
                yield Path(path, TemplateResult(path_pattern, {}))
            else:
                result = self._get_path_parser(path_pattern).search(name)
                if result:
                    template_paths.append(Path(path, TemplateResult(path_pattern, result.named)))
        yield from sorted(template_paths, key=template_path_len)  # fewer variables: more concrete


class _RememberingServers(TemplateServersIterator):
    """openapi-core's `TemplateServersIterator`, whose answer for an operation depends only on the
    URL before the matched path (the same for every request to one server), remembered."""

    def __init__(self) -> None:
        self._answers: dict[tuple[tuple[str, ...], str, str | None], list[tuple[Any, Any]]] = {}

    def __call__(
        self, name: str, operations_iter: Iterator[PathOperation], spec: SchemaPath, base_url: str | None = None
    ) -> Iterator[PathOperationServer]:
        for path, operation, path_result in operations_iter:
            key = (tuple(operation.parts), name.rsplit(path_result.resolved, 1)[0], base_url)
            if key not in self._answers:
                if len(self._answers) >= _REMEMBERED_URLS:
                    self._answers.clear()
                candidate = iter([PathOperation(path, operation, path_result)])
                self._answers[key] = [
                    (found.server, found.server_result)
                    for found in super().__call__(name, candidate, spec, base_url=base_url)
                ]
            for server, server_result in self._answers[key]:
                yield PathOperationServer(path, operation, server, path_result, server_result)


class RememberingPathFinder(APICallPathFinder):
    """openapi-core's path finder, remembering each (method, URL) it found (not the misses), and
    finding new ones over path items listed once and server matches remembered."""

    def __init__(self, spec: SchemaPath, base_url: str | None = None) -> None:
        super().__init__(spec, base_url=base_url)
        self._found: dict[tuple[str, str], PathOperationServer] = {}
        # Per finder (the class attributes are shared by every spec's finder).
        self.paths_iterator = _ListedPaths("paths")
        self.servers_iterator = _RememberingServers()

    def find(self, method: str, name: str) -> PathOperationServer:
        found = self._found.get((method, name))
        if found is None:
            found = super().find(method, name)
            if len(self._found) >= _REMEMBERED_URLS:
                self._found.clear()
            self._found[(method, name)] = found
        # A fresh variables dict each time: openapi-core hands it to the request as its path
        # parameters, and nothing the request does may change the remembered answer.
        result = found.path_result
        return found._replace(path_result=TemplateResult(result.pattern, dict(result.variables or {})))


_NO_DEFAULT = object()


# Keywords of a schema for one plain value that openapi-core casts with its type alone and
# unmarshals as the value itself (unless its format has an unmarshaller, e.g. `date`): no
# composition (`oneOf`, ...), no `$ref`, no `nullable`, which would send it down other branches.
_PLAIN_KEYWORDS = frozenset(
    {
        "type", "format", "enum", "const", "default", "pattern", "minLength", "maxLength",
        "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
        "title", "description", "example", "examples", "readOnly", "writeOnly",
    }
)  # fmt: skip


def _as_boolean(value: str) -> bool:
    """openapi-core's BooleanCaster: its accepted spellings, else an error."""
    if value.lower() not in BOOLEAN_TRUE_VALUES + BOOLEAN_FALSE_VALUES:
        raise ValueError("not a boolean format")
    return forcebool(value)


def _as_string(value: str) -> str:
    return value


# openapi-core's casters for these types (casting/schemas/casters.py).
_CASTS: dict[str, Callable[[str], Any]] = {
    "integer": int,
    "number": float,
    "boolean": _as_boolean,
    "string": _as_string,
}


@dataclass(frozen=True)
class _Plain:
    """One plain value read and checked as openapi-core does, without its per-call spec walks:
    the style's own loader, the type's cast, the parameter's own jsonschema validator."""

    loads: DeserializerCallable
    explode: bool
    schema_type: str
    cast: Callable[[str], Any]
    validator: SchemaValidator


@dataclass(frozen=True)
class _Parameter:
    name: str
    location: str
    required: bool
    default: Any  # _NO_DEFAULT when the schema has none
    deserializer: Any  # openapi-core's StyleDeserializer: reads the raw value(s) and casts them
    unmarshaller: Any  # openapi-core's SchemaUnmarshaller: validates, then applies formats
    plain: _Plain | None  # the shortcut for plain values, None when openapi-core's objects are needed

    def read(self, source: Mapping[str, Any]) -> Any:
        """The value as openapi-core's deserializer gives it (KeyError when absent)."""
        if self.plain is None:
            return self.deserializer.deserialize(source)
        return self.plain.cast(self.plain.loads(self.plain.explode, self.name, self.plain.schema_type, source))

    def unmarshal(self, value: Any) -> Any:
        if self.plain is None:
            return self.unmarshaller.unmarshal(value)
        self.plain.validator.validate(value)
        return value


class ParameterPlans:
    """Each operation's parameters as openapi-core reads them, built on first use."""

    def __init__(self, unmarshaller: V31RequestParametersUnmarshaller) -> None:
        self._openapi = unmarshaller
        # None: the operation uses something the plan does not cover; openapi-core checks it.
        self._plans: dict[tuple[str, str], tuple[_Parameter, ...] | None] = {}
        self._bodies: dict[tuple[str, str], bool] = {}
        self._json_bodies: dict[tuple[str, str], dict[str, SchemaValidator | None]] = {}

    def json_body(self, found: PathOperationServer, method: str, content_type: str, raw: bytes) -> tuple[bool, Any]:
        """(True, the body) when openapi-core would accept `raw` as the operation's JSON body;
        (False, None) when it must decide. Covers a `Content-Type` that is exactly (up to case and
        trailing blanks, as openapi-core compares) `application/json`, listed by the operation;
        with parameters (`; charset=...`) it is openapi-core's, which parses them its own way."""
        key = (found.path_result.pattern, method)
        if key not in self._json_bodies:
            self._json_bodies[key] = self._json_schemas(found.operation) if self.takes_body(found, method) else {}
        media_type = content_type.lower().rstrip()  # openapi-core's reading of a type without parameters
        if media_type not in self._json_bodies[key]:
            return False, None
        validator = self._json_bodies[key][media_type]
        try:
            body = json_loads(raw)
            if validator is not None:
                validator.validate(body)
        except Exception:  # not JSON, or not valid: openapi-core's to report
            return False, None
        return True, body

    def _json_schemas(self, operation: SchemaPath) -> dict[str, SchemaValidator | None]:
        """openapi-core's validator per JSON media type of the request body (None: no schema)."""
        openapi = self._openapi
        schemas: dict[str, SchemaValidator | None] = {}
        for media_type, definition in (operation / "requestBody" / "content").str_items():
            if media_type != "application/json":
                continue  # other types (and wildcards) are matched and read by openapi-core
            schemas[media_type] = (
                openapi.schema_validators_factory.create(
                    openapi.spec,
                    definition / "schema",
                    format_validators=openapi.format_validators,
                    extra_format_validators=openapi.extra_format_validators,
                    forbid_unspecified_additional_properties=openapi.forbid_unspecified_additional_properties,
                    enforce_properties_required=openapi.enforce_properties_required,
                )
                if "schema" in definition
                else None
            )
        return schemas

    def takes_body(self, found: PathOperationServer, method: str) -> bool:
        """Whether the operation defines a request body (openapi-core skips body checks if not)."""
        key = (found.path_result.pattern, method)
        if key not in self._bodies:
            self._bodies[key] = "requestBody" in found.operation
        return self._bodies[key]

    def unmarshal(self, found: PathOperationServer, method: str, parameters: RequestParameters) -> Parameters | None:
        """The operation's parameters exactly as openapi-core unmarshals them, or None when
        openapi-core must decide (something is missing or invalid, or the plan does not apply)."""
        key = (found.path_result.pattern, method)
        if key not in self._plans:
            self._plans[key] = self._plan(found.operation, found.path)
        plan = self._plans[key]
        if plan is None:
            return None
        located = Parameters()
        for parameter in plan:
            source: Mapping[str, Any] = getattr(parameters, parameter.location)
            try:
                value = parameter.read(source)
            except KeyError:
                if parameter.default is not _NO_DEFAULT:
                    value = copy.deepcopy(parameter.default)  # openapi-core reads it afresh each time
                elif parameter.required:
                    return None
                else:
                    continue
            except Exception:
                return None
            else:
                if parameter.location == "query" and value == "":
                    return None  # openapi-core's EmptyQueryParameterValue
            try:
                value = parameter.unmarshal(value)
            except Exception:
                return None
            getattr(located, parameter.location)[parameter.name] = value
        return located

    def _plan(self, operation: SchemaPath, path: SchemaPath) -> tuple[_Parameter, ...] | None:
        """openapi-core's `_get_parameters` order: the operation's parameters, then the path
        item's ones not overridden by name and location."""
        plan: list[_Parameter] = []
        seen: set[tuple[str, str]] = set()
        for source in (operation, path):
            for definition in source.get("parameters", SchemaPath.from_dict({})):
                name, location = (definition / "name").read_str(), (definition / "in").read_str()
                if (name, location) in seen:
                    continue
                seen.add((name, location))
                try:
                    parameter = self._parameter(definition, name, location)
                except Exception:  # e.g. a type list: openapi-core answers (or fails) as it does
                    return None
                if parameter is None:
                    return None
                plan.append(parameter)
        return tuple(plan)

    def _parameter(self, definition: SchemaPath, name: str, location: str) -> _Parameter | None:
        unsupported = (
            "content" in definition
            or "allowEmptyValue" in definition
            or (definition / "deprecated").read_bool(default=False)
            or location not in {"query", "path", "header", "cookie"}
            or "schema" not in definition
        )
        if unsupported:
            return None
        schema = definition / "schema"
        if (schema / "deprecated").read_bool(default=False):
            return None  # openapi-core warns about it on every request
        openapi = self._openapi
        style, explode = get_style_and_explode(definition)
        deserializer = openapi.style_deserializers_factory.create(openapi.spec, schema, style, explode, name=name)
        unmarshaller = openapi.schema_unmarshallers_factory.create(
            openapi.spec,
            schema,
            format_validators=openapi.format_validators,
            extra_format_validators=openapi.extra_format_validators,
            forbid_unspecified_additional_properties=openapi.forbid_unspecified_additional_properties,
            enforce_properties_required=openapi.enforce_properties_required,
            format_unmarshallers=openapi.format_unmarshallers,
            extra_format_unmarshallers=openapi.extra_format_unmarshallers,
        )
        return _Parameter(
            name=name,
            location=location,
            required=(definition / "required").read_bool(default=False),
            default=(schema / "default").read_value() if "default" in schema else _NO_DEFAULT,
            deserializer=deserializer,
            unmarshaller=unmarshaller,
            plain=_plain(schema, deserializer, unmarshaller),
        )


def _plain(schema: SchemaPath, deserializer: StyleDeserializer, unmarshaller: SchemaUnmarshaller) -> _Plain | None:
    with schema.resolve() as resolved:
        contents = resolved.contents
    if not isinstance(contents, dict) or any(
        key not in _PLAIN_KEYWORDS and not key.startswith("x-") for key in contents
    ):
        return None
    schema_type = contents.get("type")
    if not isinstance(schema_type, str) or schema_type not in _CASTS or deserializer.deserializer_callable is None:
        return None
    schema_format = contents.get("format")
    transforms = schema_format is not None and unmarshaller.formats_unmarshaller.get_unmarshaller(schema_format)
    if schema_type == "string" and transforms:
        return None  # e.g. `date`: openapi-core turns the text into an object
    return _Plain(
        loads=deserializer.deserializer_callable,
        explode=deserializer.explode,
        schema_type=schema_type,
        cast=_CASTS[schema_type],
        validator=unmarshaller.schema_validator,
    )
