"""Request validation driven by the curated spec (openapi-core), never by hand-written schemas.

Each mock validates parameters and bodies against its vendor's spec (shipped in this package,
see `specs.py`) and turns openapi-core's errors into `Problem`s, which the vendor mock then renders in the
vendor's own error format and status code. Authentication is left to the vendor mock,
because vendors check credentials before they look at the request.

A request that passes is read with per-operation plans (`spec_cache.py`: openapi-core's own
objects and steps, with what does not depend on the request worked out once); a request the
plans do not cover or that has any problem goes through openapi-core itself, which names them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, cast
from urllib.parse import urljoin

from openapi_core import Config, OpenAPI
from openapi_core.casting.schemas.exceptions import CastError
from openapi_core.contrib.starlette.requests import StarletteOpenAPIRequest
from openapi_core.datatypes import Parameters
from openapi_core.deserializing.media_types.exceptions import MediaTypeDeserializeError
from openapi_core.deserializing.media_types.util import data_form_loads
from openapi_core.templating.media_types.exceptions import MediaTypeNotFound
from openapi_core.templating.paths.exceptions import OperationNotFound, PathError, PathNotFound
from openapi_core.unmarshalling.request import unmarshallers
from openapi_core.validation.request import exceptions as request_errors
from openapi_core.validation.request import validators
from openapi_core.validation.schemas.exceptions import InvalidSchemaValue
from starlette.requests import Request
from werkzeug.datastructures import ImmutableMultiDict

from .spec_cache import ParameterPlans, RememberingPathFinder
from .specs import load_spec

__all__ = ["Problem", "RequestInvalid", "SpecValidator", "ValidatedRequest"]


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a request: where (`query`, `path`, `header`, `body`), which field, why."""

    location: str
    name: str
    message: str

    @property
    def pointer(self) -> list[str | int]:
        """FastAPI-style `loc`: `["query", "limit"]`, `["body", "items", 0, "name"]`."""
        parts: list[str | int] = [self.location]
        for part in self.name.split(".") if self.name else []:
            parts.append(int(part) if part.isdigit() else part)
        return parts


class RequestInvalid(Exception):
    def __init__(self, problems: list[Problem], *, status: int | None = None) -> None:
        super().__init__("; ".join(f"{p.location} {p.name}: {p.message}" for p in problems))
        self.problems = problems
        self.status = status  # e.g. 415 for an unsupported media type; None: the vendor decides


@dataclass
class ValidatedRequest:
    parameters: dict[str, dict[str, Any]] = field(default_factory=dict)  # location -> name -> value
    body: Any = None

    def query(self, name: str, default: Any = None) -> Any:
        return self.parameters.get("query", {}).get(name, default)

    def path(self, name: str) -> Any:
        return self.parameters["path"][name]

    def header(self, name: str, default: Any = None) -> Any:
        return self.parameters.get("header", {}).get(name, default)


_SPECS_CHECKED: set[str] = set()  # vendors whose spec openapi-core has validated in this process


class SpecValidator:
    """Validates requests against one vendor's spec, served from the mock's own root."""

    def __init__(self, slug: str) -> None:
        self.slug = slug
        self.spec = load_spec(slug)
        # The mock serves every path from its root, whatever host the vendor uses.
        self.spec["servers"] = [{"url": "/", "description": f"{slug} mock"}]
        # openapi-core checks the whole spec on every construction (about 0.3 s): once per vendor
        # and process is enough, the packaged spec files do not change under a running process.
        checked = slug in _SPECS_CHECKED
        self._openapi = OpenAPI.from_dict(self.spec, config=Config(spec_validator_cls=None) if checked else None)
        _SPECS_CHECKED.add(slug)
        self._parameters = unmarshallers.V31RequestParametersUnmarshaller(self._openapi.spec)
        deserializers: dict[str, Callable[[bytes], Any]] = {"multipart/form-data": _multipart_as_text}
        self._body = unmarshallers.V31RequestBodyUnmarshaller(
            self._openapi.spec, extra_media_type_deserializers=deserializers
        )
        # Validating a JSON body is ~25x faster than unmarshalling it (which rebuilds every value
        # through the schema); JSON bodies are validated, then read with json.loads.
        self._json_body = validators.V31RequestBodyValidator(
            self._openapi.spec, extra_media_type_deserializers=deserializers
        )
        # One remembering path finder for all three checks, and each operation's parameter
        # definitions read once (see `spec_cache`); openapi-core still decides every failure.
        self._finder = RememberingPathFinder(self._openapi.spec)
        for checker in (self._parameters, self._body, self._json_body):
            checker.path_finder = self._finder
        self._plans = ParameterPlans(self._parameters)

    async def validate(self, request: Request) -> ValidatedRequest:
        raw_body = await request.body()
        openapi_request = _OpenAPIRequest(request, body=raw_body)
        return self._planned(openapi_request, raw_body) or self._checked(openapi_request, raw_body)

    def _planned(self, request: _OpenAPIRequest, raw_body: bytes) -> ValidatedRequest | None:
        """A request whose parameters and JSON body (if any) all pass, read with the cached
        plans; None for anything else (another body type, a missing path, any problem), which
        `_checked` then handles."""
        try:
            found = self._finder.find(request.method, urljoin(request.host_url, request.path))
        except PathError:
            return None
        body = None
        if raw_body:
            accepted, body = self._plans.json_body(found, request.method, request.content_type, raw_body)
            if not accepted:
                return None
        elif self._plans.takes_body(found, request.method):
            return None  # openapi-core decides whether a missing body is allowed
        request.parameters.path = request.parameters.path or found.path_result.variables
        located = self._plans.unmarshal(found, request.method, request.parameters)
        return None if located is None else _validated(located, body)

    def _checked(self, openapi_request: _OpenAPIRequest, raw_body: bytes) -> ValidatedRequest:
        """openapi-core's own checks, which also name every problem."""
        parameters = self._parameters.unmarshal(openapi_request)
        body_errors, body = self._check_body(openapi_request, raw_body)
        problems: list[Problem] = []
        status: int | None = None
        for error in [*parameters.errors, *body_errors]:
            if isinstance(error, PathNotFound | OperationNotFound):
                raise error
            if isinstance(error.__cause__, MediaTypeNotFound):
                status = 415
            problems += _problems_from(error)
        if problems:
            raise RequestInvalid(problems, status=status)
        return _validated(parameters.parameters, body)

    def _check_body(self, request: StarletteOpenAPIRequest, raw: bytes) -> tuple[list[Exception], Any]:
        if raw and _is_json(request.content_type):
            errors = list(self._json_body.iter_errors(request))
            return errors, (None if errors else json.loads(raw))
        result = self._body.unmarshal(request)
        return list(result.errors), result.body


def _validated(located: Parameters, body: Any) -> ValidatedRequest:
    return ValidatedRequest(
        parameters={
            "query": dict(located.query),
            "path": dict(located.path),
            "header": dict(located.header),
            "cookie": dict(located.cookie),
        },
        body=body,
    )


class _OpenAPIRequest(StarletteOpenAPIRequest):
    """The path as the server decoded it (`scope["path"]`), with the characters that URL parsing
    would lose kept percent-encoded: `urllib.parse.urlsplit` (behind Starlette's `request.url`
    and openapi-core's matching) drops tabs and line breaks (WHATWG rules) and cuts a `;` and
    what follows off the last segment as RFC 2396 "path parameters", so `/v2/tags/%0D` or
    `/v2/suppliers/;` would match with an empty id. No vendor here uses matrix parameters."""

    _KEEP = str.maketrans({";": "%3B", "\t": "%09", "\r": "%0D", "\n": "%0A"})

    @property
    def path(self) -> str:
        return str(self.request.scope["path"]).translate(self._KEEP)


def _is_json(content_type: str) -> bool:
    media_type = content_type.split(";", 1)[0].strip().lower()
    return media_type == "application/json" or media_type.endswith("+json")


def _multipart_as_text(value: bytes, **parameters: str) -> Mapping[str, Any]:
    """Multipart parts as text: a `format: binary` file part is a string to JSON Schema 2020-12,
    while openapi-core's own multipart reader yields bytes, which no `type: string` accepts.
    Undecodable bytes become U+FFFD, so the handler always sees printable text."""
    try:
        form = data_form_loads(value, **parameters)
    except (AssertionError, ValueError, TypeError) as error:  # openapi-core asserts on malformed parts
        raise MediaTypeDeserializeError("multipart/form-data", value) from error
    return ImmutableMultiDict(
        [
            (name, part.decode("utf-8", "replace") if isinstance(part, bytes) else part)
            for name, part in cast("ImmutableMultiDict[str, Any]", form).items(multi=True)
        ]
    )


def _problems_from(error: Exception) -> list[Problem]:
    cause = error.__cause__
    if isinstance(error, request_errors.ParameterValidationError):
        location, name = error.location, error.name
        if isinstance(cause, InvalidSchemaValue):
            return [Problem(location, name, _schema_message(schema_error)) for schema_error in cause.schema_errors]
        if isinstance(error, request_errors.MissingRequiredParameter):
            return [Problem(location, name, "field required")]
        if isinstance(cause, CastError):
            return [Problem(location, name, f"value {cause.value!r} is not a valid {cause.type}")]
        return [Problem(location, name, _describe(cause or error))]
    if isinstance(error, request_errors.MissingRequiredRequestBody):
        return [Problem("body", "", "request body required")]
    if isinstance(cause, InvalidSchemaValue):
        return [
            Problem("body", _dotted(getattr(schema_error, "absolute_path", ())), _schema_message(schema_error))
            for schema_error in cause.schema_errors
        ]
    return [Problem("body", "", _describe(cause or error))]


def _dotted(path: Any) -> str:
    return ".".join(str(part) for part in path)


def _schema_message(error: Exception) -> str:
    """jsonschema's one-line message (openapi-core types these errors loosely)."""
    return str(getattr(error, "message", error))


def _describe(error: BaseException) -> str:
    # Some openapi-core errors decode the offending bytes in __str__ and fail on invalid UTF-8.
    try:
        return str(error)
    except UnicodeDecodeError:
        return f"{type(error).__name__}: the body is not valid UTF-8"
