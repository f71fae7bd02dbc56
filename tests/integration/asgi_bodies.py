"""ASGI middleware that tests put in front of a mock: reading a whole request body, and a tap
that sees each `POST /stream/data` body before the mock does."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from starlette.types import ASGIApp, Message, Receive, Scope, Send


async def read_body(receive: Receive) -> bytes:
    """Every chunk of the request body, stopping at the last chunk or at a disconnect (a client
    killed mid-request leaves a body cut short, which the caller must expect)."""
    chunks: list[bytes] = []
    while True:
        message = await receive()
        chunks.append(message.get("body", b""))
        if message["type"] != "http.request" or not message.get("more_body"):
            return b"".join(chunks)


class StreamDataTap:
    """Hands each `POST /stream/data` body to `seen` (a context around the mock's handling of it)
    and then the same body to the mock; every other request passes untouched."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] != "/stream/data":
            await self.app(scope, receive, send)
            return
        body = await read_body(receive)
        delivered = False

        async def replay() -> Message:
            nonlocal delivered
            if delivered:  # the mock reads on (e.g. for a disconnect): the client's own stream
                return await receive()
            delivered = True
            return {"type": "http.request", "body": body, "more_body": False}

        with self.seen(scope, body):
            await self.app(scope, replay, send)

    @contextlib.contextmanager
    def seen(self, scope: Scope, body: bytes) -> Iterator[None]:
        """What a tap does with a body; the mock handles the request inside this context."""
        yield
