"""From a generated `*_detailed` response to its parsed body, or a typed error.

Every typed error is built by one factory, `make_status_error`. A `connect()` client raises it
for every error status as the httpx answer arrives (`_raising.py`), where the request (method
and URL for the message) and the vendor's error classifier are at hand; a generated `Response`
keeps neither, so an error made from one outside a `connect()` client names no request.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any, Protocol, TypeVar, overload

import httpx

from ._exceptions import APIError, error_for_status

__all__ = ["Classify", "DetailedResponse", "make_status_error", "raise_for_status", "unwrap"]

T = TypeVar("T")
B_co = TypeVar("B_co", covariant=True)
# A vendor's refinement of the status -> error class mapping, from the parsed body
# (e-conomic tells an object-version conflict apart from other 409s this way).
Classify = Callable[[int, Any], "type[APIError] | None"]


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


def make_status_error(
    response: DetailedResponse[Any] | httpx.Response,
    *,
    parse: Callable[[httpx.Request, int, Any], Any] | None = None,
    classify: Classify | None = None,
) -> APIError:
    """The typed error for an answer with an error status: the class from its status (refined by
    the vendor's `classify`), its request's method and URL, and its parsed body (for a raw httpx
    answer, `parse(request, status, json)` makes the vendor's error model of it where one applies)."""
    status = int(response.status_code)
    method = url = ""
    if isinstance(response, httpx.Response):
        try:
            body: Any = response.json()
        except ValueError:
            body = response.text
        else:
            model = parse(response.request, status, body) if parse is not None else None
            body = body if model is None else model
        with contextlib.suppress(RuntimeError):  # a response built without a request
            method, url = response.request.method, str(response.request.url)
    else:
        body = response.parsed if response.parsed is not None else response.content
    headers = response.headers if isinstance(response.headers, httpx.Headers) else httpx.Headers(response.headers)
    error_class = (classify(status, body) if classify else None) or error_for_status(status)
    return error_class(status_code=status, method=method, url=url, body=body, headers=headers)
