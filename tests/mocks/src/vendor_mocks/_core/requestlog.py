"""What a mock received, for tests to assert on: method, path, query, body, the answer's status
and the spec operation, with every credential redacted.

Credentials go in headers (`Authorization`, API-key headers, cookies) and sometimes in bodies
or query strings (token refreshes, stream logins): header values are replaced by a marker, and
so is any JSON field or query parameter whose name says it holds a secret. A test can assert
that a request was made without the log ever holding what would authenticate it.
"""

from __future__ import annotations

import json
import re
import threading
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .limits import json_depth_exceeds

__all__ = ["REDACTED", "LoggedRequest", "RequestLog"]

REDACTED = "[redacted]"
SECRET_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "cookie",
        "x-api-key",
        "x-appsecrettoken",
        "x-agreementgranttoken",
    }
)
# Field and parameter names that carry a credential (token, auth_token, partnerSecret, key, ...).
_SECRET_NAME = re.compile(r"(token|secret|password|passwd|api[_-]?key|^key$|signature|credential)", re.IGNORECASE)


@dataclass(frozen=True)
class LoggedRequest:
    method: str
    path: str
    query: dict[str, list[str]]
    body: Any  # parsed JSON; text for other bodies; None when empty
    headers: dict[str, str] = field(repr=False)
    status: int | None  # None when the mock never started an answer
    operation: str | None  # the spec's operationId, None for paths the spec does not have


def redact(value: Any) -> Any:
    """`value` with every field whose name says it holds a credential replaced by REDACTED."""
    if isinstance(value, dict):
        return {key: REDACTED if _SECRET_NAME.search(str(key)) else redact(item) for key, item in value.items()}
    if isinstance(value, list):
        return [redact(item) for item in value]
    return value


class RequestLog:
    """ASGI middleware keeping the last `limit` requests (oldest dropped first)."""

    def __init__(self, app: ASGIApp, operation_of: Callable[[str, str], str | None], limit: int = 10_000) -> None:
        self.app = app
        self._operation_of = operation_of
        self._entries: deque[LoggedRequest] = deque(maxlen=limit)
        self._lock = threading.Lock()

    def __iter__(self) -> Iterator[LoggedRequest]:
        return iter(self.entries())

    def entries(self) -> list[LoggedRequest]:
        with self._lock:
            return list(self._entries)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        recorded = False

        async def recording_receive() -> Message:
            message = await receive()
            if message["type"] == "http.request":
                chunks.append(message.get("body", b""))
            return message

        async def recording_send(message: Message) -> None:
            nonlocal recorded
            if message["type"] == "http.response.start" and not recorded:
                # Logged before the answer leaves: a client over a socket that has its answer
                # finds the request in the log, with no race against this middleware.
                recorded = True
                self._record(scope, b"".join(chunks), int(message["status"]))
            await send(message)

        try:
            await self.app(scope, recording_receive, recording_send)
        finally:
            if not recorded:  # dropped, or failed before an answer started
                self._record(scope, b"".join(chunks), None)

    def _record(self, scope: Scope, raw_body: bytes, status: int | None) -> None:
        headers = {name.decode("latin-1").lower(): value.decode("latin-1") for name, value in scope.get("headers", [])}
        query: dict[str, list[str]] = {}
        for name, value in parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True):
            query.setdefault(name, []).append(REDACTED if _SECRET_NAME.search(name) else value)
        entry = LoggedRequest(
            method=scope["method"],
            path=scope["path"],
            query=query,
            body=_body(raw_body, headers.get("content-type", "")),
            headers={name: REDACTED if name in SECRET_HEADERS else value for name, value in headers.items()},
            status=status,
            operation=self._operation_of(scope["method"], scope["path"]),
        )
        with self._lock:
            self._entries.append(entry)


def _body(raw: bytes, content_type: str) -> Any:
    if not raw:
        return None
    text = raw.decode("utf-8", "replace")
    # JSON nested past the front end's limit was refused unparsed; parsing it here would
    # recurse out of stack, so the log keeps it as the text it was.
    if "json" in content_type.lower() and not json_depth_exceeds(raw):
        try:
            return redact(json.loads(text))
        except ValueError:
            return text
    if content_type.lower().startswith("application/x-www-form-urlencoded"):
        return redact({name: value for name, value in parse_qsl(text, keep_blank_values=True)})
    return text
