"""From a generated `*_detailed` response to its parsed body, or a typed error.

The generated `Response` keeps the status, headers, content and parsed body but not the
request, which a useful error message needs (method and URL). The overlay's innermost
transport therefore hands each answer up with `AnsweredHeaders`: its own headers, carrying the
request they answer and the vendor's error classifier. The generated `Response` keeps that
very headers object, so the request travels with the answer and nothing is looked up elsewhere.
Every typed error is built by one factory, `make_status_error`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar, overload

import httpx

from ._exceptions import APIError, error_for_status

__all__ = ["AnsweredHeaders", "Classify", "DetailedResponse", "make_status_error", "raise_for_status", "unwrap"]

T = TypeVar("T")
B_co = TypeVar("B_co", covariant=True)
# A vendor's refinement of the status -> error class mapping, from the parsed body
# (e-conomic tells an object-version conflict apart from other 409s this way).
Classify = Callable[[int, Any], "type[APIError] | None"]


class AnsweredHeaders(httpx.Headers):
    """An answer's headers, with the request they answer and how its vendor types errors."""

    def __init__(self, response: httpx.Response, request: httpx.Request, classify: Classify | None) -> None:
        super().__init__(response.headers)
        self.method = request.method
        self.url = str(request.url)
        self.classify = classify


class DetailedResponse(Protocol[B_co]):
    """What a generated `*_detailed` function returns (its `types.Response[...]`).

    Covariant in the body, so a vendor helper typed with a protocol of its page model
    (`DetailedResponse[SomePage[T] | Error]`) infers the item type from the operation.
    """

    status_code: Any
    headers: Any
    content: bytes

    @property
    def parsed(self) -> B_co | None: ...


@overload
def unwrap(response: DetailedResponse[Any]) -> Any: ...
@overload
def unwrap(response: DetailedResponse[Any], expect: type[T]) -> T: ...
def unwrap(response: DetailedResponse[Any], expect: type[Any] | None = None) -> Any:
    """The parsed body of a successful answer; a typed `APIError` for an error status.

    ```python
    contact = unwrap(get_contact_by_id.sync_detailed(client=client, number=7), Contact)
    ```

    `expect` narrows the type (and checks it): a 2xx answer whose body is not an `expect`
    raises `TypeError` rather than handing back the wrong model.
    """
    raise_for_status(response)
    parsed = response.parsed
    if expect is not None and not isinstance(parsed, expect):
        raise TypeError(f"expected a {expect.__name__} body, got {type(parsed).__name__}")
    return parsed


def raise_for_status(response: DetailedResponse[Any] | httpx.Response) -> None:
    """Raise the typed error for an error status (a generated response or a raw httpx one)."""
    if int(response.status_code) >= 400:
        raise make_status_error(response)


def make_status_error(response: DetailedResponse[Any] | httpx.Response) -> APIError:
    """The typed error for an answer with an error status: the class from its status (refined by
    the vendor's classifier), its request's method and URL, and its parsed body."""
    status = int(response.status_code)
    if isinstance(response, httpx.Response):
        try:
            body: Any = response.json()
        except ValueError:
            body = response.text
    else:
        body = response.parsed if response.parsed is not None else response.content
    headers = response.headers if isinstance(response.headers, httpx.Headers) else httpx.Headers(response.headers)
    method, url, classify = _request_of(response, headers)
    error_class = (classify(status, body) if classify else None) or error_for_status(status)
    return error_class(status_code=status, method=method, url=url, body=body, headers=headers)


def _request_of(response: object, headers: httpx.Headers) -> tuple[str, str, Classify | None]:
    if isinstance(headers, AnsweredHeaders):
        return headers.method, headers.url, headers.classify
    if isinstance(response, httpx.Response):
        try:
            return response.request.method, str(response.request.url), None
        except RuntimeError:  # a response built without a request
            pass
    return "", "", None
