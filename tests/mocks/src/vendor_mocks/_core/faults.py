"""Seeded, reproducible fault injection for every mock (an ASGI middleware).

Faults come in two kinds, and the difference matters for retry tests:

- *before* the request reaches the mock (429 with Retry-After, 500, 503): nothing was
  applied, so a retry is always safe;
- *after* the mock applied the request (`drop`: the response is lost; `truncate`: the body
  is cut short): the write happened, and only an idempotency key makes a retry safe.

Both kinds look to a client exactly as they would on a real socket: a dropped or truncated
response raises `httpx.RemoteProtocolError` in-process too (see `DroppedConnection`).
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields

import anyio
import httpx
from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["DroppedConnection", "FaultConfig", "FaultInjector", "FaultKind"]

FaultKind = str  # "429" | "500" | "503" | "drop" | "truncate"
ErrorBody = Callable[[int], tuple[bytes, str]]  # status -> (body, content type) in the vendor's format
OperationOf = Callable[[str, str], str | None]  # (method, path) -> the spec's operationId


@dataclass(frozen=True)
class FaultConfig:
    """Probabilities (0..1, summing to at most 1) of each fault per request, and latency.

    `per_operation` overrides the rates and latency for single operations, by the spec's
    operationId: `FaultConfig(per_operation={"createContact": FaultConfig(rate_drop=0.5)})`
    drops half the creates and nothing else. The seed of the outer config drives every roll.
    """

    seed: int = 0
    latency: float = 0.0
    rate_429: float = 0.0
    rate_500: float = 0.0
    rate_503: float = 0.0
    rate_drop: float = 0.0
    rate_truncate: float = 0.0
    retry_after: str = "1"
    # Paths never faulted, e.g. a spec endpoint a test harness needs to load.
    exempt_paths: frozenset[str] = field(default_factory=lambda: frozenset({"/openapi.json"}))
    per_operation: Mapping[str, FaultConfig] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for operation, config in self.per_operation.items():
            if not isinstance(config, FaultConfig) or config.per_operation:
                raise ValueError(f"per_operation[{operation!r}] must be a FaultConfig without its own per_operation")
        for spec_field in fields(self):
            if spec_field.name.startswith("rate_"):
                value = getattr(self, spec_field.name)
                if not 0.0 <= value <= 1.0:
                    raise ValueError(f"{spec_field.name} must be between 0 and 1, got {value}")
        if sum(self._rates().values()) > 1.0 + 1e-9:
            raise ValueError(f"fault rates add up to more than 1: {self._rates()}")
        if self.latency < 0:
            raise ValueError(f"latency must be >= 0 seconds, got {self.latency}")

    def _rates(self) -> dict[FaultKind, float]:
        return {
            "429": self.rate_429,
            "500": self.rate_500,
            "503": self.rate_503,
            "drop": self.rate_drop,
            "truncate": self.rate_truncate,
        }

    @property
    def enabled(self) -> bool:
        return self.latency > 0 or any(self._rates().values()) or any(c.enabled for c in self.per_operation.values())

    def for_operation(self, operation: str | None) -> FaultConfig:
        """The rates and latency that apply to `operation` (its override, else this config)."""
        if operation is not None and operation in self.per_operation:
            return self.per_operation[operation]
        return self

    def choose(self, roll: float) -> FaultKind | None:
        threshold = 0.0
        for kind, rate in self._rates().items():
            threshold += rate
            if roll < threshold:
                return kind
        return None


class DroppedConnection(httpx.RemoteProtocolError):
    """The server closed the connection before the response was complete.

    Raised from the ASGI app; `httpx.ASGITransport` passes it to the client unchanged, so an
    in-process client sees the same exception type as a client on a real socket, where
    uvicorn closes the connection instead.
    """


class FaultInjector:
    """ASGI middleware applying a `FaultConfig`; counts what it injected in `injected`."""

    def __init__(
        self,
        app: ASGIApp,
        error_body: ErrorBody,
        config: FaultConfig | None = None,
        operation_of: OperationOf | None = None,
    ) -> None:
        self.app = app
        self._error_body = error_body
        self._operation_of = operation_of
        self.injected: Counter[FaultKind] = Counter()
        self.config = config or FaultConfig()

    @property
    def config(self) -> FaultConfig:
        return self._config

    @config.setter
    def config(self, config: FaultConfig) -> None:
        self._config = config
        self._random = random.Random(config.seed)
        self.injected.clear()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        config = self._config
        if scope["type"] != "http" or not config.enabled or scope["path"] in config.exempt_paths:
            await self.app(scope, receive, send)
            return
        if config.per_operation and self._operation_of is not None:
            config = config.for_operation(self._operation_of(scope["method"], scope["path"]))
        if config.latency:
            await anyio.sleep(config.latency)
        kind = config.choose(self._random.random())
        if kind is None:
            await self.app(scope, receive, send)
            return
        self.injected[kind] += 1
        if kind in ("429", "500", "503"):
            await self._send_error(int(kind), send)
            return
        messages: list[Message] = []

        async def capture(message: Message) -> None:
            messages.append(message)

        await self.app(scope, receive, capture)  # the request is applied; only the answer is lost
        await self._lose_response(kind, messages, send)

    async def _send_error(self, status: int, send: Send) -> None:
        body, content_type = self._error_body(status)
        headers = [(b"content-type", content_type.encode()), (b"content-length", str(len(body)).encode())]
        if status in (429, 503):
            headers.append((b"retry-after", self._config.retry_after.encode()))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    @staticmethod
    async def _lose_response(kind: FaultKind, messages: list[Message], send: Send) -> None:
        start = next(m for m in messages if m["type"] == "http.response.start")
        body = b"".join(m.get("body", b"") for m in messages if m["type"] == "http.response.body")
        # Announce a non-empty body so even a 204 is visibly incomplete when the socket closes.
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
        headers.append((b"content-length", str(max(len(body), 1) + (0 if kind == "truncate" else 1)).encode()))
        await send({"type": "http.response.start", "status": start["status"], "headers": headers})
        if kind == "truncate":
            await send({"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True})
            raise DroppedConnection("peer closed connection without sending complete message body (truncated)")
        raise DroppedConnection("peer closed connection without sending complete message body (dropped)")
