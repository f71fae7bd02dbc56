"""What a vendor's front end refuses before its application sees a request: a body above a
size limit (413, read no further than the limit) and JSON nested deeper than any real
document (400/422 in the vendor's own error body, so the connection stays usable).

Without this, a 50 MB body was read into memory whole, and JSON nested 2,000 levels made the
JSON parser or schema validator raise `RecursionError`: a 500 and a broken connection.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["MAX_JSON_DEPTH", "BodyGuard", "json_depth_exceeds"]

# Deeper than any document the five APIs define (the deepest, Panamah's stream models, nest
# under ten levels) and far from the depth where Python's JSON parsing and schema validation recurse
# out of stack.
MAX_JSON_DEPTH: Final = 64
_JSON_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_BRACKETS = bytes(byte for byte in range(256) if byte not in b"[]{}")
_OPENING = frozenset(b"[{")

Refusal = Callable[[str], Response]  # message -> the vendor's error answer


def json_depth_exceeds(body: bytes, limit: int = MAX_JSON_DEPTH) -> bool:
    """Whether `body` nests arrays and objects deeper than `limit` (brackets in strings ignored)."""
    if body.count(b"[") + body.count(b"{") <= limit:
        return False  # cannot nest deeper than it has brackets
    depth = 0
    for byte in _JSON_STRING.sub(b'""', body).translate(None, _NOT_BRACKETS):
        depth += 1 if byte in _OPENING else -1
        if depth > limit:
            return True
    return False


def _is_json(scope: Scope) -> bool:
    for name, value in scope.get("headers", []):
        if name == b"content-type":
            media_type = bytes(value).split(b";")[0].strip().lower()
            return media_type == b"application/json" or media_type.endswith(b"+json")
    return False


def _declared_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


class BodyGuard:
    """ASGI middleware: 413 above `max_bytes`, the vendor's 400/422 above `MAX_JSON_DEPTH`."""

    def __init__(self, app: ASGIApp, *, max_bytes: int, too_large: Refusal, too_deep: Refusal) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self._too_large = too_large
        self._too_deep = too_deep

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _declared_length(scope)
        if declared is not None and declared > self.max_bytes:
            await self._refuse_size(declared, scope, receive, send)
            return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] != "http.request":  # the client went away
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:  # chunked, no length announced: stop reading at the limit
                await self._refuse_size(size, scope, receive, send)
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        if body and _is_json(scope) and json_depth_exceeds(body):
            message_text = f"The JSON body nests arrays and objects deeper than {MAX_JSON_DEPTH} levels."
            await self._too_deep(message_text)(scope, receive, send)
            return
        await self.app(scope, _replay(body, receive), send)

    async def _refuse_size(self, size: int, scope: Scope, receive: Receive, send: Send) -> None:
        message = (
            f"The request body is larger than {self.max_bytes} bytes ({size} or more); this API accepts "
            f"at most {self.max_bytes} bytes."
        )
        response = self._too_large(message)
        response.headers["connection"] = "close"  # the rest of the body is never read
        await response(scope, receive, send)


def _replay(body: bytes, receive: Receive) -> Receive:
    """A `receive` that hands the app the body already read, then passes through."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay
