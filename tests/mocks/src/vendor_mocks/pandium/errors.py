"""Pandium's error bodies, as FastAPI renders them.

Request validation failures answer 422 `{"detail": [{"loc", "msg", "type"}]}` with pydantic v2
wording; the mock turns the spec validator's `Problem`s (jsonschema and openapi-core messages)
into that shape. Pandium's own handlers answer `{"message": ...}`; FastAPI's `HTTPException`s
(auth, routing, the proxy endpoints) answer `{"detail": ...}`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from starlette.responses import PlainTextResponse, Response

from .._core import Problem, json_response

__all__ = [
    "ValidationItem",
    "detail_response",
    "message_response",
    "problem_item",
    "server_error",
    "validation_response",
]

ValidationItem = dict[str, Any]  # one entry of FastAPI's `detail` list: {loc, msg, type}

_TYPE_NAMES = {
    "integer": ("int_type", "Input should be a valid integer"),
    "number": ("float_type", "Input should be a valid number"),
    "string": ("string_type", "Input should be a valid string"),
    "boolean": ("bool_type", "Input should be a valid boolean"),
    "object": ("dict_type", "Input should be a valid dictionary"),
    "array": ("list_type", "Input should be a valid list"),
}
_PARSING = {
    "integer": ("int_parsing", "Input should be a valid integer, unable to parse string as an integer"),
    "boolean": ("bool_parsing", "Input should be a valid boolean, unable to interpret input"),
    "number": ("float_parsing", "Input should be a valid number, unable to parse string as a number"),
}

Classified = tuple[str, str, list[str | int]]  # (type, msg, extra loc parts)
_Rule = tuple[re.Pattern[str], Callable[[re.Match[str]], Classified]]


def _required(match: re.Match[str]) -> Classified:
    # jsonschema reports a missing property on its parent; FastAPI's loc names the property.
    return "missing", "Field required", [match.group(1)]


def _choices(listing: str) -> str:
    names = re.findall(r"'([^']*)'", listing)
    if len(names) < 2:
        return f"Input should be {listing}"
    quoted = [f"'{name}'" for name in names]
    return f"Input should be {', '.join(quoted[:-1])} or {quoted[-1]}"


# Ordered: the first matching rule wins. Messages come from jsonschema and openapi-core.
_RULES: list[_Rule] = [
    (re.compile(r"^field required$|^request body required$"), lambda m: ("missing", "Field required", [])),
    (re.compile(r"^'([^']+)' is a required property$"), _required),
    (
        re.compile(r"^value .* is not a valid (\w+)$"),
        lambda m: (*_PARSING.get(m.group(1), ("value_error", m.group(0))), []),
    ),
    (
        re.compile(r"is less than the minimum of (\S+)$"),
        lambda m: ("greater_than_equal", f"Input should be greater than or equal to {m.group(1)}", []),
    ),
    (
        re.compile(r"is greater than the maximum of (\S+)$"),
        lambda m: ("less_than_equal", f"Input should be less than or equal to {m.group(1)}", []),
    ),
    (
        re.compile(r"does not match '(.*)'$"),
        lambda m: ("string_pattern_mismatch", f"String should match pattern '{m.group(1)}'", []),
    ),
    (re.compile(r"is not one of \[(.*)\]$"), lambda m: ("enum", _choices(m.group(1)), [])),
    (
        re.compile(r"should be non-empty$|is too short$|cannot be empty"),
        lambda m: ("string_too_short", "String should have at least 1 character", []),
    ),
    (
        re.compile(r"is not of type '(\w+)'"),
        lambda m: (*_TYPE_NAMES.get(m.group(1), ("value_error", m.group(0))), []),
    ),
    (re.compile(r"Expecting|JSON|decode", re.IGNORECASE), lambda m: ("json_invalid", "JSON decode error", [])),
]


def problem_item(problem: Problem) -> ValidationItem:
    """One `Problem` as FastAPI reports it: `loc` from its pointer, pydantic's type and wording."""
    kind, message, extra = _classify(problem.message)
    return {"loc": [*problem.pointer, *extra], "msg": message, "type": kind}


def _classify(message: str) -> Classified:
    for pattern, build in _RULES:
        match = pattern.search(message)
        if match:
            return build(match)
    return "value_error", message, []


def validation_response(items: Sequence[ValidationItem]) -> Response:
    return json_response({"detail": list(items)}, 422)


def message_response(status: int, message: str) -> Response:
    """An error raised by Pandium's own handlers: `{"message": ...}`."""
    return json_response({"message": message}, status)


def detail_response(status: int, detail: str, headers: dict[str, str] | None = None) -> Response:
    """An error raised as FastAPI's `HTTPException`: `{"detail": ...}`."""
    return json_response({"detail": detail}, status, headers)


def server_error() -> Response:
    """Starlette's own answer to an unhandled exception: plain text, not JSON."""
    return PlainTextResponse("Internal Server Error", status_code=500)
