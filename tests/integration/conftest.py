"""Helpers for calling the mocks through the generated clients, in-process or over a socket.

`wire` is the one fixture that runs a test in both lanes (see `lanes.py`): a test asking for it
runs once in-process and once over a real socket, against the `mock` fixture of its module.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import pytest_asyncio

from dist import build
from integration.lanes import LANES, MOCK_BASE_URL, SocketTransport, Switchboard, Wire
from vendor_mocks import VendorMock, serve
from wheelhouse import ensure_wheelhouse

__all__ = ["MOCK_BASE_URL", "CountingTransport", "Wire", "generated_client"]


@pytest.fixture(scope="session")
def dist_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What `make dist` builds (every workspace package), built once for the session's tests."""
    out_dir = tmp_path_factory.mktemp("build") / "dist"
    build(out_dir)
    return out_dir


@pytest.fixture(scope="session")
def wheelhouse() -> Path:
    """The third-party wheels `uv.lock` pins (`make wheelhouse`), downloaded on the first run only."""
    return ensure_wheelhouse()


@pytest.fixture(scope="session")
def _socket_lane() -> Iterator[tuple[Switchboard, str]]:
    switchboard = Switchboard()
    with serve(switchboard) as url:
        yield switchboard, url


@pytest_asyncio.fixture(params=LANES)
async def wire(request: pytest.FixtureRequest, mock: VendorMock) -> AsyncIterator[Wire]:
    """The test's `mock`, reached in-process or over a socket on 127.0.0.1 (one run each)."""
    if request.param == "inprocess":
        yield Wire("inprocess", MOCK_BASE_URL, mock.transport)
        return
    switchboard, url = request.getfixturevalue("_socket_lane")
    opened: list[SocketTransport] = []

    def transport() -> SocketTransport:
        opened.append(SocketTransport())
        return opened[-1]

    switchboard.target = mock.app
    try:
        yield Wire("socket", url, transport)
    finally:
        switchboard.target = None
        # The tests' clients are rarely closed, and no socket may outlive its test. An async
        # fixture tears down on the test's own event loop, where its async connections live.
        for each in opened:
            each.close()
            await each.aclose()


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

    def close(self) -> None:
        self.inner.close()

    async def aclose(self) -> None:
        await self.inner.aclose()
