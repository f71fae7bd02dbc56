"""Every error status raises, whichever way a `connect()` client is called.

The generated operations return a vendor's documented error answers as models (`sync()` hands
back an `ErrorMessage` where the caller expected a list), so a forgotten `unwrap` fails later
and far away. A `connect()` client therefore raises the typed error itself, for the generated
functions (`sync`, `sync_detailed`, `asyncio`, ...), the resources and raw httpx calls alike.

It happens in an `httpx.Auth` wrapped around the vendor's own flow: auth flows run above the
transports (so the retries below have already had every attempt they were allowed) and see
the final answer only after the vendor's flow is done with it (Panamah's flow must see a 403
to refresh its token and replay). An exception raised by an auth flow closes the answer and
propagates from the httpx call, so nothing else of httpx or the generated code changes.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from typing import TypeVar

import httpx

from ._responses import make_status_error

__all__ = ["RaiseForStatus", "inner_auth", "vendor_auth"]

A = TypeVar("A", bound=httpx.Auth)


class RaiseForStatus(httpx.Auth):
    """Runs `inner`'s flow, then raises the typed error (`make_status_error`) for an answer of
    4xx or 5xx. Redirects (3xx) are answers like 2xx: the generated operations document them."""

    def __init__(self, inner: httpx.Auth) -> None:
        self.inner = inner

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        flow = self.inner.sync_auth_flow(request)
        following = next(flow)
        while True:
            response = yield following
            try:
                following = flow.send(response)
            except StopIteration:
                break
        if response.status_code >= 400:
            response.read()
            raise make_status_error(response)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        flow = self.inner.async_auth_flow(request)
        following = await flow.__anext__()
        while True:
            response = yield following
            try:
                following = await flow.asend(response)
            except StopAsyncIteration:
                break
        if response.status_code >= 400:
            await response.aread()
            raise make_status_error(response)

    def __repr__(self) -> str:
        return repr(self.inner)


def inner_auth(auth: httpx.Auth | None) -> httpx.Auth | None:
    """The vendor's own auth flow inside a `connect()` client's (`client.get_httpx_client().auth`)."""
    return auth.inner if isinstance(auth, RaiseForStatus) else auth


def vendor_auth(auth: httpx.Auth | None, expected: type[A], refusal: str) -> A:
    """`inner_auth`, checked to be the vendor's flow `expected` (else `TypeError(refusal)`)."""
    auth = inner_auth(auth)
    if not isinstance(auth, expected):
        raise TypeError(refusal)
    return auth
