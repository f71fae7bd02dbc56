"""The mocks' cached request checks answer exactly as openapi-core does on its own.

`SpecValidator` reads most requests with per-operation plans (`_core/spec_cache.py`) and asks
openapi-core only when a plan does not apply or something is wrong. For a seeded set of requests
per vendor, built from each operation's parameters (valid values, boundary and wrong values,
missing and unknown parameters, odd paths, bodies), its answer (the validated values with their
types, or the problems with status, pointer and message) must equal that of a validator that
always asks openapi-core, with openapi-core's own path finder.
"""

from __future__ import annotations

import asyncio
import copy
import json
import random
import urllib.parse
import uuid
from collections.abc import Iterator, Mapping
from typing import Any

import pytest
from openapi_core.templating.paths.finders import APICallPathFinder
from starlette.requests import Request
from starlette.types import Message

from vendor_mocks._core.spec import RequestInvalid, SpecValidator, ValidatedRequest, _OpenAPIRequest
from vendor_mocks._core.specs import HTTP_METHODS, VENDOR_SLUGS, follow_ref, load_spec

# Texts that probe casting and validation edges: numbers in many spellings, booleans, blanks,
# long and non-ASCII text, and the `$`/`:` of e-conomic filters.
_ODD_TEXTS = [
    "", " ", "0", "-1", "1", "7", "100", "101", "2147483648", "1.5", "1e3", " 5 ", "٣", "abc",
    "true", "False", "yes", "maybe", "null", "x" * 300, "ü", "number$gte:1$and:number$lt:6251",
    "name$like:a", "-number", "name,-number", "2024-01-01", "2024-01-01T00:00:00Z",
]  # fmt: skip


class _OpenAPICoreOnly(SpecValidator):
    """The reference: openapi-core's checks for every request, with its own path finder."""

    def __init__(self, slug: str) -> None:
        super().__init__(slug)
        finder = APICallPathFinder(self._openapi.spec)
        for checker in (self._parameters, self._body, self._json_body):
            checker.path_finder = finder

    def _planned(self, request: _OpenAPIRequest, raw_body: bytes) -> ValidatedRequest | None:
        return None


def _values(schema: Mapping[str, Any], spec: Mapping[str, Any], rng: random.Random) -> tuple[list[str], list[str]]:
    """Texts for one parameter: likely valid ones from its schema (enum, example, default,
    bounds), and likely invalid or odd ones (just past the bounds, and a sample of odd texts)."""
    schema = follow_ref(spec, schema)
    items = follow_ref(spec, schema.get("items", {})) if schema.get("type") == "array" else schema
    valid: list[str] = []
    odd = rng.sample(_ODD_TEXTS, 6)
    for value in [*items.get("enum", []), items.get("example"), items.get("default")]:
        if value is not None:
            valid.append(str(value).lower() if isinstance(value, bool) else str(value))
    low, high = items.get("minimum"), items.get("maximum")
    if isinstance(low, int):
        valid += [str(low), str(low + 1)]
        odd.append(str(low - 1))
    if isinstance(high, int):
        valid.append(str(high))
        odd.append(str(high + 1))
    shortest, longest = items.get("minLength", 0), items.get("maxLength")
    if isinstance(longest, int):
        odd.append("a" * (longest + 1))
    formatted = {"date": "2024-01-31", "date-time": "2024-01-31T10:00:00Z", "uuid": str(uuid.UUID(int=7))}
    if items.get("format") in formatted:
        valid.append(formatted[items["format"]])
    elif items.get("type", "string") == "string" and "enum" not in items:
        valid.append("a" * max(shortest, 1))
    elif items.get("type") in ("integer", "number"):
        valid += ["0", "0.5"]
    return valid or odd, odd


# Spellings of a JSON type that openapi-core reads in its own ways, and types it does not take.
_CONTENT_TYPES = ["application/json", "application/json; charset=utf-8", "Application/JSON", "application/json ",
                  " application/json", "application/json;", "text/plain", "application/*"]  # fmt: skip


def _example_bodies(content: Mapping[str, Any], spec: Mapping[str, Any], rng: random.Random) -> list[bytes]:
    """The spec's own example bodies (likely valid), and each with one property dropped or retyped."""
    examples: list[Any] = []
    for media in content.values():
        examples += [media["example"]] if "example" in media else []
        examples += follow_ref(spec, media.get("schema", {})).get("examples", [])
    bodies = []
    for example in examples:
        bodies.append(json.dumps(example).encode())
        if isinstance(example, dict) and example:
            name = rng.choice(sorted(example))
            bodies.append(json.dumps({k: v for k, v in example.items() if k != name}).encode())
            bodies.append(json.dumps({**example, name: rng.choice([123, "x", None, [], 1.5])}).encode())
    return bodies


def _requests(
    slug: str, spec: Mapping[str, Any], seed: int, per_operation: int
) -> Iterator[tuple[str, str, list[tuple[str, str]], list[tuple[str, str]], bytes]]:
    """(method, path, query pairs, headers, body) per generated request."""
    rng = random.Random(f"{slug}:{seed}")
    for template, item in spec["paths"].items():
        for method in (m for m in HTTP_METHODS if m in item):
            operation = item[method]
            definitions = [follow_ref(spec, p) for p in [*operation.get("parameters", []), *item.get("parameters", [])]]
            choices: dict[tuple[str, str], tuple[list[str], list[str]]] = {}
            required = {(p["name"], p["in"]) for p in definitions if p.get("required")}
            for p in definitions:  # the operation's own definition first, as openapi-core reads them
                choices.setdefault((p["name"], p["in"]), _values(p.get("schema", {}), spec, rng))
            content = follow_ref(spec, operation.get("requestBody", {})).get("content", {})
            bodies = [b"{}", b"{", b"[]", b'{"name": "a", "id": 1}', *_example_bodies(content, spec, rng)]
            for index in range(per_operation):
                path, query, headers = template, [], []
                # The first requests use likely valid values only, the others mix in odd ones.
                odd_share = 0.0 if index < per_operation // 3 else 0.3
                for (name, location), (valid, odd) in choices.items():
                    if location != "path" and rng.random() < (0.1 if (name, location) in required else 0.3):
                        continue  # absent: its default, or a missing required parameter
                    value = rng.choice(odd if rng.random() < odd_share else valid)
                    if location == "path":
                        path = path.replace("{" + name + "}", urllib.parse.quote(value, safe=""))
                    elif location == "query":
                        query += [(name, value)] * (2 if rng.random() < 0.1 else 1)
                    elif location == "header":
                        headers.append((name, value.encode("latin-1", "replace").decode("latin-1")))
                if index >= per_operation // 3 and rng.random() < 0.2:
                    query.append((rng.choice(["unknown", "LIMIT", "Filter "]), rng.choice(_ODD_TEXTS)))
                if index == 0 and "{" in template:
                    path = template.split("{", 1)[0] + "%20/x"  # a path no template matches
                elif index == 1:  # paths that match another template, or none, or oddly
                    bare = template.replace("{", "").replace("}", "")
                    path = rng.choice([path + "/", "/x" + path, "/" + path, path.upper(), path.rstrip("/") + "/;",
                                       bare, template.split("{", 1)[0]])  # fmt: skip
                body, content_type = b"", None
                if content and rng.random() < 0.8:
                    content_type = rng.choice([*content, *_CONTENT_TYPES])
                    body = rng.choice(bodies)
                if content_type:
                    headers.append(("content-type", content_type))
                yield method.upper(), urllib.parse.unquote(path), query, headers, body


def _request(
    method: str, path: str, query: list[tuple[str, str]], headers: list[tuple[str, str]], body: bytes
) -> Request:
    scope = {
        "type": "http",
        "method": method,
        "path": path,
        "raw_path": urllib.parse.quote(path).encode(),
        "query_string": urllib.parse.urlencode(query, quote_via=urllib.parse.quote).encode(),
        "headers": [(name.lower().encode(), value.encode("latin-1")) for name, value in headers],
        "scheme": "http",
        "server": ("127.0.0.1", 80),
        "root_path": "",
    }

    async def receive() -> Message:
        return {"type": "http.request", "body": body, "more_body": False}

    return Request(scope, receive)


async def _answer(validator: SpecValidator, request: Request) -> tuple[Any, ...]:
    try:
        valid = await validator.validate(request)
    except RequestInvalid as error:
        return ("invalid", error.status, [(p.location, p.name, p.message, p.pointer) for p in error.problems])
    except Exception as error:  # e.g. PathNotFound, which the mocks turn into 404s
        return ("raised", type(error).__name__, str(error))
    # repr keeps types apart (1, 1.0 and True are equal but answer differently) and key order.
    return ("valid", repr(valid.parameters), repr(valid.body))


def _compare(slug: str, spec: Mapping[str, Any], per_operation: int) -> tuple[int, int]:
    """Asserts equal answers for each generated request; (answered by the plans, total)."""
    cached, reference = SpecValidator(slug), _OpenAPICoreOnly(slug)

    async def compare() -> tuple[int, int]:
        planned = total = 0
        for seed in range(2):  # the second round meets remembered paths and built plans
            for method, path, query, headers, body in _requests(slug, spec, seed, per_operation):
                request = (method, path, query, headers, body)
                answer = await _answer(cached, _request(*request))
                assert answer == await _answer(reference, _request(*request)), request
                raw = _request(*request)
                planned += cached._planned(_OpenAPIRequest(raw, body=body), body) is not None
                total += 1
        return planned, total

    return asyncio.run(compare())


@pytest.mark.slow
@pytest.mark.parametrize("slug", VENDOR_SLUGS)
def test_cached_checks_answer_as_openapi_core_does(slug: str) -> None:
    planned, total = _compare(slug, load_spec(slug), per_operation=12)
    # The comparison means something only if the plans answered a good share of the requests.
    assert planned >= total // 10, f"{slug}: the plans answered {planned} of {total} requests"


def _parameter(name: str, location: str, schema: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"name": name, "in": location, "schema": schema, **extra}


# What the vendors' specs do not use (yet) but a plan must get right or leave to openapi-core:
# required query and header parameters, defaults, formats that become objects, arrays, type
# lists, composition, deprecated and `content` parameters, path-level parameters overridden.
_SYNTHETIC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "synthetic", "version": "1"},
    "paths": {
        "/things/{id}": {
            "parameters": [
                _parameter("id", "path", {"type": "integer", "minimum": 1}, required=True),
                _parameter("mode", "query", {"type": "string"}),
            ],
            "get": {
                "parameters": [
                    _parameter("mode", "query", {"type": "integer", "maximum": 3, "default": 2}),
                    _parameter("q", "query", {"type": "string", "minLength": 2}, required=True),
                    _parameter(
                        "X-Key", "header", {"type": "string", "pattern": "^k[0-9]+$", "example": "k12"}, required=True
                    ),
                    _parameter("on", "query", {"type": "boolean", "default": False}),
                    _parameter("ratio", "query", {"type": "number", "exclusiveMaximum": 1}),
                    _parameter("day", "query", {"type": "string", "format": "date"}),
                    _parameter("tags", "query", {"type": "array", "items": {"type": "integer"}, "maxItems": 2}),
                ],
                "responses": {"200": {"description": "ok"}},
            },
        },
        # Listed before the more concrete template that `/pairs/1/fixed` also matches.
        "/pairs/{a}/{b}": {
            "get": {
                "parameters": [
                    _parameter("a", "path", {"type": "integer"}, required=True),
                    _parameter("b", "path", {"type": "integer"}, required=True),
                ],
                "responses": {"200": {"description": "ok"}},
            },
        },
        "/pairs/{a}/fixed": {
            "get": {
                "parameters": [_parameter("a", "path", {"type": "string", "example": "7"}, required=True)],
                "responses": {"200": {"description": "ok"}},
            },
        },
        "/composed": {
            "get": {
                "parameters": [
                    _parameter("one", "query", {"oneOf": [{"type": "integer"}, {"type": "string", "format": "date"}]}),
                    _parameter("ref", "query", {"$ref": "#/components/schemas/Small"}),
                ],
                "responses": {"200": {"description": "ok"}},
            },
        },
        "/odd": {
            "get": {
                "parameters": [
                    _parameter("either", "query", {"type": ["integer", "null"]}),
                    _parameter("old", "query", {"type": "string"}, deprecated=True),
                    {"name": "doc", "in": "query", "content": {"application/json": {"schema": {"type": "object"}}}},
                ],
                "responses": {"200": {"description": "ok"}},
            },
        },
    },
    "components": {"schemas": {"Small": {"type": "integer", "maximum": 5, "default": 1}}},
}


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # openapi-core's warning for `old`
def test_cached_checks_answer_as_openapi_core_does_for_what_the_vendors_do_not_use(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import vendor_mocks._core.spec as spec_module

    monkeypatch.setattr(spec_module, "load_spec", lambda slug: copy.deepcopy(_SYNTHETIC))
    planned, total = _compare("synthetic", _SYNTHETIC, per_operation=60)
    # Only `/things/{id}` and `/pairs/...` have plans (the others use composition, a type list,
    # `content`): a good share of their requests must have been answered by them.
    assert planned >= 100, f"the plans answered {planned} of {total} requests"
