"""Every request example of every spec is accepted by its mock, as users copy them.

For each operation the test builds requests from the spec's own examples: parameter examples
(on the parameter or its schema) and each request body example (on the media type or on the
body's schema). A read is sent once with its required parameters and once more for each
optional parameter example (filters combined at random would name nothing); a write carries
all its examples at once. Writes go first, so the examples that read, update or delete a
record find the one another example created; deletes go last. Each request must answer a
status its operation documents as a success (2xx, or a documented 3xx such as a redirect),
or the status an example of an error names in `x-expected-status`. A PUT sends the
`objectVersion` of the latest GET, as e-conomic documents it. (That every response example
validates against its schema is `tests/unit/test_spec_examples.py`.)
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from specs_fixtures import VENDORS, resolve
from vendor_mocks import FakeClock, VendorMock, create_mock
from vendor_mocks.panamah import PanamahMock

# Writes first (they create what the other examples name), deletes last.
METHOD_ORDER = {"post": 0, "put": 1, "patch": 2, "get": 3, "head": 3, "delete": 4}
PANAMAH_EXAMPLE_SECRET = "s3cr3t-parceiro-0f9a"  # the secret the spec's StreamAuthRequest examples were signed with
PANAMAH_EXAMPLE_TS = 1_714_990_500  # their `ts`
PANAMAH_EXAMPLE_SUBSCRIBER = "35472867000228"

Json = dict[str, Any]


@dataclass
class ExampleRequest:
    operation: str
    method: str
    path: str  # template
    path_parameters: dict[str, Any]
    query: dict[str, Any]
    headers: dict[str, str]
    body: Any = None
    media_type: str | None = None
    expected: int | None = None  # None: a success status the operation documents
    successes: frozenset[int] = frozenset()
    where: str = ""
    missing: list[str] = field(default_factory=list)

    @property
    def url(self) -> str:
        path = self.path
        for name, value in self.path_parameters.items():
            path = path.replace("{" + name + "}", str(value))
        return path


def _parameter_example(spec: Json, parameter: Json) -> tuple[bool, Any]:
    if "example" in parameter:
        return True, parameter["example"]
    if parameter.get("examples"):
        return True, resolve(spec, next(iter(parameter["examples"].values())))["value"]
    schema = resolve(spec, parameter.get("schema", {}))
    if "example" in schema:
        return True, schema["example"]
    if schema.get("examples"):
        return True, schema["examples"][0]
    if schema.get("type") == "array":
        items = resolve(spec, schema.get("items", {}))
        if items.get("examples"):
            return True, [items["examples"][0]]
    return False, None


def _body_examples(spec: Json, media: Json) -> Iterator[tuple[str, Any, int | None]]:
    """(name, value, expected status) of every example of one request media type."""
    if "example" in media:
        yield "example", media["example"], None
        return
    if media.get("examples"):
        for name, example in media["examples"].items():
            resolved = resolve(spec, example)
            yield name, resolved["value"], resolved.get("x-expected-status")
        return
    schema = resolve(spec, media.get("schema", {}))
    for index, value in enumerate(schema.get("examples", [])):
        yield f"schema example {index}", value, None


def _is_required(spec: Json, item: Json, operation: Json, name: str) -> bool:
    for raw in [*item.get("parameters", []), *operation.get("parameters", [])]:
        parameter = resolve(spec, raw)
        if parameter["name"] == name and parameter["in"] == "query":
            return bool(parameter.get("required"))
    return False


def example_requests(spec: Json) -> list[ExampleRequest]:
    requests: list[ExampleRequest] = []
    for path, item in spec["paths"].items():
        shared = item.get("parameters", [])
        for method, operation in item.items():
            if method not in METHOD_ORDER:
                continue
            path_parameters: dict[str, Any] = {}
            query: dict[str, Any] = {}
            headers: dict[str, str] = {}
            missing: list[str] = []
            for raw in [*shared, *operation.get("parameters", [])]:
                parameter = resolve(spec, raw)
                found, value = _parameter_example(spec, parameter)
                if not found:
                    if parameter.get("required"):
                        missing.append(f"{parameter['in']} {parameter['name']}")
                    continue
                target = {"path": path_parameters, "query": query, "header": headers}.get(parameter["in"])
                if target is not None:
                    target[parameter["name"]] = value
            successes = frozenset(
                int(code) for code in operation.get("responses", {}) if code.isdigit() and 200 <= int(code) < 400
            )
            base = ExampleRequest(operation["operationId"], method, path, path_parameters, {}, headers)
            base.missing, base.successes = missing, successes
            if method in ("get", "head"):
                # One request with the required parameters, one more per optional example.
                required = {name for name in query if _is_required(spec, item, operation, name)}
                base.query = {name: value for name, value in query.items() if name in required}
                requests.append(base)
                for name, value in query.items():
                    if name not in required:
                        variant = copy.deepcopy(base)
                        variant.query[name], variant.where = value, f"query {name}"
                        requests.append(variant)
                continue
            base.query = query
            body = resolve(spec, operation.get("requestBody", {}))
            content = body.get("content", {})
            if not content:
                requests.append(base)
                continue
            for media_type, media in content.items():
                for name, value, expected in _body_examples(spec, media):
                    request = copy.deepcopy(base)
                    request.body, request.media_type, request.expected = value, media_type, expected
                    request.where = f"{media_type} {name}"
                    requests.append(request)
                if body.get("required") and not any(True for _ in _body_examples(spec, media)):
                    base.missing.append(f"{media_type} body")
                    requests.append(base)
    return sorted(requests, key=lambda r: (METHOD_ORDER[r.method], r.path))


# --- how each vendor is called ------------------------------------------------------------------


def _static_headers(mock: VendorMock, names: tuple[str, ...]) -> Callable[[ExampleRequest], dict[str, str]]:
    # Read per request: PaymentWorks' token rotation example changes the token the mock accepts.
    return lambda request: {name: mock.credentials()[name] for name in names}


def _echo_challenges(request: httpx.Request) -> httpx.Response:
    """The webhook receiver at the spec's example URL: it answers the handshake's challenge."""
    return httpx.Response(200, content=request.content, headers={"Content-Type": "application/json"})


def _panamah_mock() -> PanamahMock:
    # The spec's auth examples were signed with this secret at this time: a mock that shares both
    # accepts them as Panamah would accept a fresh key.
    return PanamahMock(clock=FakeClock(start=PANAMAH_EXAMPLE_TS), partner_secret=PANAMAH_EXAMPLE_SECRET)


def _panamah_headers(mock: PanamahMock) -> Callable[[ExampleRequest], dict[str, str]]:
    def headers(request: ExampleRequest) -> dict[str, str]:
        if request.path == "/stream/auth/refresh":
            token = mock.tokens.issue(PANAMAH_EXAMPLE_SUBSCRIBER)["refreshToken"]
        elif request.path.startswith("/stream/") and request.path != "/stream/auth":
            token = mock.tokens.issue(PANAMAH_EXAMPLE_SUBSCRIBER)["accessToken"]
        else:
            token = mock.partner_token
        return {"Authorization": token, "x-sdk-identity": "panamah-api1.0.0"}

    return headers


def vendor_setup(slug: str) -> tuple[VendorMock, Callable[[ExampleRequest], dict[str, str]]]:
    if slug == "panamah":
        panamah = _panamah_mock()
        return panamah, _panamah_headers(panamah)
    per_vendor: dict[str, dict[str, Any]] = {
        # The trigger-status example names the trigger the sync examples start: with no debounce
        # its run exists at once, as it does a few seconds later at Pandium.
        "pandium": {"debounce_seconds": 0.0},
        # The handshake example registers https://hooks.example.com/panorays: a receiver there.
        "panorays": {"webhook_client": httpx.Client(transport=httpx.MockTransport(_echo_challenges))},
    }
    mock = create_mock(slug, clock=FakeClock(), **per_vendor.get(slug, {}))
    names = {
        "panorays": ("Authorization",),
        "pandium": ("X-API-KEY",),
        "paymentworks": ("Authorization",),
        "economic-suppliers": ("X-AppSecretToken", "X-AgreementGrantToken"),
    }[slug]
    return mock, _static_headers(mock, names)


def send(client: httpx.Client, request: ExampleRequest, auth: dict[str, str]) -> httpx.Response:
    headers = {**auth, **request.headers}
    kwargs: dict[str, Any] = {"params": request.query, "headers": headers}
    if request.media_type == "multipart/form-data":
        files = {name: (f"{name}.csv", str(value).encode()) for name, value in request.body.items()}
        kwargs["files"] = files
    elif request.media_type is not None:
        kwargs["json"] = request.body
    return client.request(request.method.upper(), request.url, **kwargs)


def _latest_version(client: httpx.Client, request: ExampleRequest, auth: dict[str, str]) -> Any:
    """The record's current `objectVersion` (e-conomic: "Send the value from the latest GET")."""
    current = client.get(f"{request.path}/{request.body['number']}", headers=auth)
    return current.json().get("objectVersion") if current.is_success else request.body["objectVersion"]


@pytest.mark.parametrize("slug", [vendor.slug for vendor in VENDORS])
def test_every_request_example_is_accepted(slug: str) -> None:
    spec = next(vendor for vendor in VENDORS if vendor.slug == slug).spec()
    mock, auth = vendor_setup(slug)
    requests = example_requests(spec)
    assert requests, f"{slug}: the spec has no operations"
    refused: list[str] = []
    with httpx.Client(transport=mock.transport(), base_url="http://mock.invalid", follow_redirects=False) as client:
        for request in requests:
            where = f", {request.where}" if request.where else ""
            label = f"{request.method.upper()} {request.path} ({request.operation}{where})"
            if request.missing:
                refused.append(f"{label}: no example for required {', '.join(request.missing)}")
                continue
            if request.method == "put" and isinstance(request.body, dict) and "objectVersion" in request.body:
                # A new dict: the body is the spec's own example, which other tests read too.
                request.body = {**request.body, "objectVersion": _latest_version(client, request, auth(request))}
            response = send(client, request, auth(request))
            if request.expected:
                ok = response.status_code == request.expected
            else:
                ok = response.is_success or response.status_code in request.successes
            if not ok:
                refused.append(f"{label}: {response.status_code} {response.text[:300]}")
    assert not refused, f"{slug}: examples the mock refuses:\n" + "\n".join(refused)
