"""A client-side rate limiter: a token bucket shared by every client using the same credential.

Why these numbers: a bucket of capacity `burst` refilled at `rate` lets through at most
`burst + rate * window` requests in any `window`. To promise "never more than `limit` in
any window" (what a vendor that blocks on excess counts), the refill rate is
`(limit - burst) / window`. With Panorays' 150 per minute and a burst of 3 that is 2.45
requests a second: 98% of the limit sustained, and never one request over it.

Waiting works by reservation: taking a token may drive the bucket negative, and the caller
sleeps off its own debt outside the lock. Threads and asyncio tasks therefore queue fairly
and never hold the lock while waiting.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Callable

import httpx

from ._deadline import CallBudget
from ._redact import redact_url
from ._retry import AsyncSleep, Sleep, async_sleep

logger = logging.getLogger("client_overlays.ratelimit")

__all__ = ["TokenBucket", "origin_of", "shared_bucket"]

_DEFAULT_PORTS = {"http": 80, "https": 443}


class TokenBucket:
    def __init__(
        self,
        *,
        limit: int,
        window: float,
        burst: int = 3,
        clock: Callable[[], float] = time.monotonic,
        sleep: Sleep = time.sleep,
        async_sleep: AsyncSleep = async_sleep,
    ) -> None:
        if limit < 1 or window <= 0:
            raise ValueError(f"a rate limit needs limit >= 1 and window > 0 (got {limit} per {window} s)")
        if not 1 <= burst < limit:
            raise ValueError(f"burst must be between 1 and limit - 1 (got {burst} for a limit of {limit})")
        self.limit, self.window, self.burst = limit, window, burst
        self.rate = (limit - burst) / window
        self._clock, self._sleep, self._async_sleep = clock, sleep, async_sleep
        self._tokens = float(burst)
        self._updated = clock()
        self._lock = threading.Lock()

    def reserve(self, request: httpx.Request | None = None, budget: CallBudget | None = None) -> float:
        """Take one token now; returns how long the caller must wait before sending `request`
        (raising `DeadlineExceeded` instead when the wait would outlast its call's `budget`)."""
        with self._lock:
            now = self._clock()
            self._tokens = min(float(self.burst), self._tokens + (now - self._updated) * self.rate)
            self._updated = now
            self._tokens -= 1.0
            wait = 0.0 if self._tokens >= 0 else -self._tokens / self.rate
        if wait > 0 and logger.isEnabledFor(logging.DEBUG):
            where = f" before {request.method} {redact_url(request.url)}" if request is not None else ""
            logger.debug(
                "rate limit: waiting %.2f s%s (%d requests per %g s, burst %d: %.2f a second sustained)",
                wait, where, self.limit, self.window, self.burst, self.rate,
            )  # fmt: skip
        if wait > 0 and budget is not None:
            # The reserved token stays spent: the bucket only ever errs on the side of fewer requests.
            budget.wait_allowed(wait, request)
        return wait

    def acquire(self, request: httpx.Request | None = None, budget: CallBudget | None = None) -> float:
        wait = self.reserve(request, budget)
        if wait > 0:
            self._sleep(wait)
        return wait

    async def acquire_async(self, request: httpx.Request | None = None, budget: CallBudget | None = None) -> float:
        wait = self.reserve(request, budget)
        if wait > 0:
            await self._async_sleep(wait)
        return wait

    def __repr__(self) -> str:
        return f"TokenBucket(limit={self.limit}, window={self.window}, burst={self.burst})"


_buckets: dict[str, TokenBucket] = {}
_buckets_lock = threading.Lock()


def origin_of(base_url: str) -> str:
    """`scheme://host:port` of `base_url`, the same for every spelling of one server.

    A vendor counts requests per credential, not per spelling of its URL: `HTTPS://API.x.com`,
    `https://api.x.com:443/` and `https://api.x.com/v2` all reach one limit, so they must share
    one bucket. Scheme and host are lower-cased, a default port is made explicit, and user
    info, path, query and fragment are left out.
    """
    url = httpx.URL(base_url.strip())
    scheme = url.scheme.lower()
    if not scheme or not url.host:
        raise ValueError(f"not an absolute http(s) URL: {url.copy_with(username=None, password=None)!s}")
    port = url.port or _DEFAULT_PORTS.get(scheme)
    return f"{scheme}://{url.host.lower()}:{port}"


def shared_bucket(credential: str, factory: Callable[[], TokenBucket]) -> TokenBucket:
    """The process-wide bucket for `credential` (kept under a hash, never the credential itself)."""
    key = hashlib.sha256(credential.encode()).hexdigest()
    with _buckets_lock:
        if key not in _buckets:
            _buckets[key] = factory()
        return _buckets[key]
