"""Reading a whole request body inside ASGI middleware that tests put in front of a mock."""

from __future__ import annotations

from starlette.types import Receive


async def read_body(receive: Receive) -> bytes:
    """Every chunk of the request body, stopping at the last chunk or at a disconnect (a client
    killed mid-request leaves a body cut short, which the caller must expect)."""
    chunks: list[bytes] = []
    while True:
        message = await receive()
        chunks.append(message.get("body", b""))
        if message["type"] != "http.request" or not message.get("more_body"):
            return b"".join(chunks)
