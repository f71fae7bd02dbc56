"""Helpers for calling the mocks through the generated clients, in-process, and for the tests
that build bare environments."""

from __future__ import annotations

import shutil
import threading
from collections import Counter
from typing import Any

import httpx
import pytest

from speclib import REPO_ROOT
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


def uv_executable() -> str:
    """The pinned uv in .tools/ (what `make` uses), else one on PATH; fails the test without it."""
    local = REPO_ROOT / ".tools" / "bin" / "uv"
    found = str(local) if local.is_file() else shutil.which("uv")
    if found is None:
        pytest.fail("uv is needed to build bare environments; run the tests through `make test`")
    return found
