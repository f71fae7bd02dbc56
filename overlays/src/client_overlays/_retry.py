"""Retries: when, how often, how long to wait. Built on httpx-retries.

httpx-retries supplies the transport-level retry loop, exponential backoff with jitter,
`Retry-After` in both forms (seconds and HTTP date) and a cap on each wait and on the total
time spent waiting. Two things are added here, each small:

1. Non-idempotent methods (POST, PATCH) are retried only when the request carries an
   `Idempotency-Key` header, so a lost answer can never make the vendor apply a write twice.
2. The sleep functions are injectable, so tests exercise real policies without waiting.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
from httpx_retries import Retry, RetryTransport

__all__ = ["IDEMPOTENCY_HEADER", "ResilientTransport", "RetryPolicy"]

IDEMPOTENCY_HEADER = "Idempotency-Key"
_IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"})
_ALL_METHODS = ("GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE", "POST", "PATCH")

Sleep = Callable[[float], None]
AsyncSleep = Callable[[float], Awaitable[None]]


@dataclass(frozen=True)
class RetryPolicy:
    """How a client retries. The defaults suit interactive and batch use alike.

    - `retries`: retries after the first attempt (so `retries=3` makes at most 4 attempts).
    - `backoff`: base of the exponential backoff, in seconds (waits grow 2x per retry, with
      full jitter), used when the vendor sends no `Retry-After`.
    - `max_wait`: the longest single wait, also the cap on a vendor's `Retry-After`.
    - `max_total_wait`: the most time spent waiting across all retries of one request.
    - `statuses`: answers worth retrying; `retry_exceptions`: transport failures worth it.
    """

    retries: int = 3
    backoff: float = 0.5
    max_wait: float = 30.0
    max_total_wait: float = 60.0
    statuses: frozenset[int] = frozenset({408, 429, 500, 502, 503, 504})
    retry_exceptions: tuple[type[Exception], ...] = (
        httpx.TimeoutException,
        httpx.NetworkError,
        httpx.RemoteProtocolError,
    )
    sleep: Sleep = field(default=time.sleep, repr=False)
    async_sleep: AsyncSleep = field(default=asyncio.sleep, repr=False)

    def __post_init__(self) -> None:
        if self.retries < 0:
            raise ValueError(f"retries must be >= 0, got {self.retries}")
        for name in ("backoff", "max_wait", "max_total_wait"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must be >= 0 seconds, got {getattr(self, name)}")

    @classmethod
    def none(cls) -> RetryPolicy:
        return cls(retries=0)

    def to_retry(self) -> Retry:
        return _Retry(
            total=self.retries,
            allowed_methods=_ALL_METHODS,  # narrowed per request by ResilientTransport
            status_forcelist=self.statuses,
            retry_on_exceptions=self.retry_exceptions,
            backoff_factor=self.backoff,
            max_backoff_wait=max(self.max_wait, 1e-9),
            total_timeout=self.max_total_wait or None,
            sleeper=self.sleep,
            async_sleeper=self.async_sleep,
        )


class _Retry(Retry):
    """`Retry` whose waits go through injectable sleep functions."""

    def __init__(
        self, *args: Any, sleeper: Sleep = time.sleep, async_sleeper: AsyncSleep = asyncio.sleep, **kwargs: Any
    ):
        super().__init__(*args, **kwargs)
        self.sleeper = sleeper
        self.async_sleeper = async_sleeper

    def increment(self) -> Retry:
        # The base rebuilds the object from its known fields; carry the sleep functions over.
        following = super().increment()
        assert isinstance(following, _Retry)
        following.sleeper, following.async_sleeper = self.sleeper, self.async_sleeper
        return following

    def sleep(self, response: httpx.Response | Exception) -> None:
        seconds = self._calculate_sleep(response.headers if isinstance(response, httpx.Response) else {})
        self.sleeper(seconds)
        self.elapsed_sleep += seconds

    async def asleep(self, response: httpx.Response | Exception) -> None:
        seconds = self._calculate_sleep(response.headers if isinstance(response, httpx.Response) else {})
        await self.async_sleeper(seconds)
        self.elapsed_sleep += seconds


def may_retry(request: httpx.Request) -> bool:
    """Idempotent methods always; POST and PATCH only with an idempotency key."""
    return request.method.upper() in _IDEMPOTENT_METHODS or IDEMPOTENCY_HEADER in request.headers


class ResilientTransport(RetryTransport):
    """httpx-retries' transport, retrying a write only when it is safe to."""

    def __init__(self, transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None, policy: RetryPolicy) -> None:
        super().__init__(transport=transport, retry=policy.to_retry())
        self.policy = policy

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not may_retry(request):
            assert self._sync_transport is not None, "this transport was built without a sync side"
            return self._sync_transport.handle_request(request)
        return super().handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if not may_retry(request):
            assert self._async_transport is not None, "this transport was built without an async side"
            return await self._async_transport.handle_async_request(request)
        return await super().handle_async_request(request)
