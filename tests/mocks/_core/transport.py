"""In-process transports and a real-socket server for the mocks.

`InProcessTransport` is both an `httpx.BaseTransport` and an `httpx.AsyncBaseTransport`, so
one instance can go into a generated client's `httpx_args` and serve the sync and the async
httpx client alike (httpx's own `ASGITransport` is async-only). `serve()` runs a mock under
uvicorn on 127.0.0.1 for tests and benchmarks that need real sockets.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from typing import Any

import anyio.from_thread
import httpx
import uvicorn
from starlette.types import ASGIApp

__all__ = ["InProcessTransport", "serve"]


class InProcessTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Calls an ASGI app directly; sync requests run it on a private event-loop thread."""

    def __init__(self, app: ASGIApp) -> None:
        self._asgi = httpx.ASGITransport(app=app)
        self._portal_cm: contextlib.AbstractContextManager[Any] | None = None
        self._portal: Any = None
        self._lock = threading.Lock()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._asgi.handle_async_request(request)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        # The sync request's stream cannot be read from the loop thread: buffer it first.
        buffered = httpx.Request(
            request.method, request.url, headers=request.headers, content=request.read(), extensions=request.extensions
        )
        status, headers, content = self._ensure_portal().call(self._round_trip, buffered)
        return httpx.Response(status, headers=headers, content=content, request=request)

    async def _round_trip(self, request: httpx.Request) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
        response = await self._asgi.handle_async_request(request)
        content = await response.aread()
        return response.status_code, response.headers.raw, content

    def _ensure_portal(self) -> Any:
        with self._lock:
            if self._portal is None:
                self._portal_cm = anyio.from_thread.start_blocking_portal()
                self._portal = self._portal_cm.__enter__()
            return self._portal

    def close(self) -> None:
        with self._lock:
            if self._portal_cm is not None:
                self._portal_cm.__exit__(None, None, None)
                self._portal_cm = self._portal = None

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
