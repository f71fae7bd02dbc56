"""In-process transports and a real-socket server for the mocks.

`InProcessTransport` is both an `httpx.BaseTransport` and an `httpx.AsyncBaseTransport`, so
one instance can go into a generated client's `httpx_args` and serve the sync and the async
httpx client alike (httpx's own `ASGITransport` is async-only). `serve()` runs a mock under
uvicorn on 127.0.0.1 for tests and benchmarks that need real sockets.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Coroutine, Iterator
from typing import Any, TypeVar

import httpx
import uvicorn
from starlette.types import ASGIApp

__all__ = ["InProcessTransport", "serve"]

T = TypeVar("T")


class _LoopThread:
    """One daemon thread running an event loop, shared by every in-process sync transport.

    A daemon thread never holds up interpreter exit, even when a client is not closed."""

    _lock = threading.Lock()
    _loop: asyncio.AbstractEventLoop | None = None

    @classmethod
    def run(cls, coroutine: Coroutine[Any, Any, T]) -> T:
        with cls._lock:
            if cls._loop is None:
                loop = asyncio.new_event_loop()
                threading.Thread(target=loop.run_forever, name="mock-transport-loop", daemon=True).start()
                cls._loop = loop
            loop = cls._loop
        return asyncio.run_coroutine_threadsafe(coroutine, loop).result()


class InProcessTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Calls an ASGI app directly; sync requests run it on a shared event-loop thread."""

    def __init__(self, app: ASGIApp) -> None:
        self._asgi = httpx.ASGITransport(app=app)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._asgi.handle_async_request(request)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        # The sync request's stream cannot be read from the loop thread: buffer it first.
        buffered = httpx.Request(
            request.method, request.url, headers=request.headers, content=request.read(), extensions=request.extensions
        )
        status, headers, content = _LoopThread.run(self._round_trip(buffered))
        return httpx.Response(status, headers=headers, content=content, request=request)

    async def _round_trip(self, request: httpx.Request) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
        response = await self._asgi.handle_async_request(request)
        content = await response.aread()
        return response.status_code, response.headers.raw, content

    def close(self) -> None:
        """Nothing to release: the loop thread is shared and a daemon."""

    async def aclose(self) -> None:
        await self._asgi.aclose()


@contextlib.contextmanager
def serve(app: ASGIApp, *, port: int = 0, startup_timeout: float = 10.0) -> Iterator[str]:
    """Serve `app` on 127.0.0.1 in a background thread; yields the base URL."""
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="mock-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + startup_timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"mock server did not start on 127.0.0.1:{port} within {startup_timeout}s")
        time.sleep(0.01)
    bound_port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{bound_port}"
    finally:
        server.should_exit = True
        thread.join(timeout=startup_timeout)
