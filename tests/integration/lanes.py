"""The two ways an integration test reaches a mock: in-process, or over a real socket.

The in-process transport hands httpx every body already read, so it cannot show what a real
connection does (a response still streaming, a connection held by an unread answer, a
connection the server drops). The socket lane sends the same requests through httpx's own
connection pool to the same mock object served by uvicorn on 127.0.0.1.

One uvicorn server serves the whole session: `Switchboard` routes it to the current test's
mock, so a socket run costs a connection, not a server start (about 0.2 s each).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import httpx
import pytest
from starlette.types import ASGIApp, Receive, Scope, Send

from vendor_mocks._core.transport import InProcessTransport

__all__ = [
    "IN_PROCESS_ONLY",
    "LANES",
    "MOCK_BASE_URL",
    "SocketTransport",
    "Switchboard",
    "TwoSided",
    "Wire",
]

MOCK_BASE_URL = "http://mock.invalid"
LANES = ("inprocess", "socket")
# For a test whose subject never crosses the connection (validation, the queue on disk, a
# limiter's arithmetic): it runs once, in-process. Each use says why in a comment.
IN_PROCESS_ONLY = pytest.mark.parametrize("wire", ["inprocess"], indirect=True)


class Switchboard:
    """An ASGI app passing every request to the app set last (one test's mock at a time)."""

    def __init__(self) -> None:
        self.target: ASGIApp | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.target is None:
            raise RuntimeError("no mock is connected to the socket lane")
        await self.target(scope, receive, send)


class SocketTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """httpx's real connection pools, sync and async, behind one object (like the in-process
    transport, so one client serves `sync_detailed` and `asyncio_detailed`)."""

    def __init__(self) -> None:
        self._sync = httpx.HTTPTransport()
        self._async = httpx.AsyncHTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._sync.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._async.handle_async_request(request)

    def close(self) -> None:
        self._sync.close()

    async def aclose(self) -> None:
        await self._async.aclose()


TwoSided = InProcessTransport | SocketTransport


@dataclass(frozen=True)
class Wire:
    """Where a test's clients connect: `base_url`, and `transport()` for each new client."""

    lane: str
    base_url: str
    make_transport: Callable[[], TwoSided]

    def transport(self) -> TwoSided:
        return self.make_transport()

    @property
    def socket(self) -> bool:
        return self.lane == "socket"
