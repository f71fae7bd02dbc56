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

import importlib
import re
from collections.abc import AsyncGenerator, Generator, Mapping
from typing import Any, TypeVar

import httpx

from ._responses import Classify, make_status_error

__all__ = ["ErrorModels", "RaiseForStatus", "inner_auth", "vendor_auth"]

A = TypeVar("A", bound=httpx.Auth)


class ErrorModels:
    """Which generated model each operation's error answers are parsed into, from the spec
    (`ERROR_MODELS` of `_generated/<vendor>_client.py`): `{"GET /Contacts/{number}": {404:
    "ProblemDetails"}}`, the models named in `models` (imported on the first error)."""

    def __init__(self, table: Mapping[str, Mapping[int, str]], models: str) -> None:
        self._routes: list[tuple[str, re.Pattern[str], Mapping[int, str]]] = []
        # The most literal template first: `/Contacts/paged` before `/Contacts/{number}`.
        for key in sorted(table, key=lambda key: -len(re.sub(r"\{[^/]+?\}", "", key))):
            method, _, template = key.partition(" ")
            pattern = re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template))
            self._routes.append((method, re.compile(pattern + "$"), table[key]))
        self._models = models

    def parse(self, request: httpx.Request, status: int, data: Any) -> Any:
        """The error answer `data` (decoded JSON) as its generated model; None if none applies."""
        for method, pattern, statuses in self._routes:
            if method == request.method and status in statuses and pattern.search(request.url.path):
                model = getattr(importlib.import_module(self._models), statuses[status])
                try:
                    return model.from_dict(data)
                except (KeyError, TypeError, ValueError):  # not the documented shape: keep the JSON
                    return None
        return None


class RaiseForStatus(httpx.Auth):
    """Runs `inner`'s flow, then raises the typed error (`make_status_error`, refined by the
    vendor's `classify`) for an answer of 4xx or 5xx. Redirects (3xx) are answers like 2xx: the
    generated operations document them."""

    def __init__(
        self, inner: httpx.Auth, error_models: ErrorModels | None = None, classify: Classify | None = None
    ) -> None:
        self.inner = inner
        self.error_models = error_models
        self.classify = classify

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
            raise self._error(response)

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
            raise self._error(response)

    def _error(self, response: httpx.Response) -> Exception:
        models = self.error_models
        return make_status_error(response, parse=None if models is None else models.parse, classify=self.classify)

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
