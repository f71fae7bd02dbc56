"""From a generated `*_detailed` response to its parsed body, or a typed error.

The generated `Response` keeps the status, headers, content and parsed body but not the
request, which a useful error message needs (method and URL). The overlay's transport
therefore remembers, for each answer it passes up, which request it answered, keyed by the
answer's headers object: the generated `Response` holds that very object.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar, overload

import httpx

from ._exceptions import APIError, error_for_status

__all__ = [
    "RequestInfo",
    "error_from_response",
    "raise_for_status",
    "register_refinement",
    "remember_request",
    "request_of",
    "unwrap",
]

T = TypeVar("T")
# A vendor's refinement of the status -> error class mapping, from the parsed body
# (e-conomic tells an object-version conflict apart from other 409s this way).
Refine = Callable[[int, Any], "type[APIError] | None"]


@dataclass(frozen=True)
class RequestInfo:
    method: str
    url: str
    vendor: str = ""


class _GeneratedResponse(Protocol):
    @property
    def status_code(self) -> Any: ...
    @property
    def headers(self) -> Any: ...
    @property
    def content(self) -> bytes: ...
    @property
    def parsed(self) -> Any: ...


_requests: dict[int, RequestInfo] = {}
_refinements: dict[str, Refine] = {}
_lock = threading.Lock()


def register_refinement(vendor: str, refine: Refine) -> None:
    """Let `vendor`'s overlay pick a more specific error class from an error body."""
    _refinements[vendor] = refine


def remember_request(response: httpx.Response, vendor: str = "") -> None:
    """Record which request `response` answers, for as long as its headers object lives."""
    key = id(response.headers)
    with _lock:
        _requests[key] = RequestInfo(response.request.method, str(response.request.url), vendor)
    weakref.finalize(response.headers, _forget, key)


def _forget(key: int) -> None:
    with _lock:
        _requests.pop(key, None)


def request_of(headers: Any) -> RequestInfo | None:
    with _lock:
        return _requests.get(id(headers))


@overload
def unwrap(response: _GeneratedResponse, *, refine: Refine | None = None) -> Any: ...
@overload
def unwrap(response: _GeneratedResponse, expect: type[T], *, refine: Refine | None = None) -> T: ...
def unwrap(response: _GeneratedResponse, expect: type[Any] | None = None, *, refine: Refine | None = None) -> Any:
    """The parsed body of a successful answer; a typed `APIError` for an error status.

    ```python
    contact = unwrap(get_contact_by_id.sync_detailed(client=client, number=7), Contact)
    ```

    `expect` narrows the type (and checks it): a 2xx answer whose body is not an `expect`
    raises `TypeError` rather than handing back the wrong model.
    """
    raise_for_status(response, refine=refine)
    parsed = response.parsed
    if expect is not None and not isinstance(parsed, expect):
        raise TypeError(f"expected a {expect.__name__} body, got {type(parsed).__name__}")
    return parsed


def raise_for_status(response: _GeneratedResponse, *, refine: Refine | None = None) -> None:
    status = int(response.status_code)
    if status < 400:
        return
    info = request_of(response.headers)
    body = response.parsed if response.parsed is not None else response.content
    refine = refine or (_refinements.get(info.vendor) if info else None)
    error_class = (refine(status, response.parsed) if refine else None) or error_for_status(status)
    headers = response.headers if isinstance(response.headers, httpx.Headers) else httpx.Headers(response.headers)
    raise error_class(
        status_code=status,
        method=info.method if info else "",
        url=info.url if info else "",
        body=body,
        headers=headers,
    )


def error_from_response(response: httpx.Response) -> APIError:
    """The typed error for a raw httpx answer (used where no generated parser is involved,
    e.g. the token requests an auth flow sends itself)."""
    try:
        body: Any = response.json()
    except ValueError:
        body = response.text
    try:
        info: RequestInfo | None = RequestInfo(response.request.method, str(response.request.url))
    except RuntimeError:  # a response built without a request
        info = None
    vendor_info = request_of(response.headers)
    refine = _refinements.get(vendor_info.vendor) if vendor_info else None
    status = response.status_code
    error_class = (refine(status, body) if refine else None) or error_for_status(status)
    return error_class(
        status_code=status,
        method=info.method if info else "",
        url=info.url if info else "",
        body=body,
        headers=response.headers,
    )
