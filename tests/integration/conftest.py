"""Helpers for calling the mocks through the generated clients, in-process."""

from __future__ import annotations

import threading
from collections import Counter
from typing import Any

import httpx

from vendor_mocks import VendorMock

MOCK_BASE_URL = "http://mock.invalid"


def generated_client(client_class: type[Any], mock: VendorMock, **auth: Any) -> Any:
    """A generated `AuthenticatedClient`/`Client` whose requests go to `mock` in-process.

    One two-sided transport serves both the sync and the async httpx client, so the same
    client object exercises `sync_detailed` and `asyncio_detailed`.
    """
    return client_class(
        base_url=MOCK_BASE_URL,
        timeout=httpx.Timeout(10.0),
        raise_on_unexpected_status=True,  # an undocumented status fails the test loudly
        httpx_args={"transport": mock.transport()},
        **auth,
    )


class CountingTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Passes requests to `inner` (a two-sided transport) and counts them by path."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.paths: Counter[str] = Counter()
        self._lock = threading.Lock()

    def _count(self, request: httpx.Request) -> None:
        with self._lock:
            self.paths[request.url.path] += 1

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._count(request)
        response: httpx.Response = self.inner.handle_request(request)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._count(request)
        response: httpx.Response = await self.inner.handle_async_request(request)
        return response
