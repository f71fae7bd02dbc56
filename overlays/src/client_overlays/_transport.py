"""One attempt of a call: the layer every client's retry loop (`_retry.py`) sends each attempt
through. In order, it waits for a rate-limit token (every attempt is a request the vendor
counts), cuts the attempt's httpx timeouts to the time the call has left after that wait, sends,
logs the answer with credentials redacted when asked, and reads its body by the deadline.

The body is read here because on a real socket httpx would read it only after the retry loop has
returned, so a connection dropped mid-body would reach the caller as a `RemoteProtocolError`
instead of being retried. The clients' answers are JSON documents, so nothing is lost by not
streaming."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

import httpx

from ._deadline import CallBudget, DeadlineExceeded, DeadlineStream
from ._redact import redact_headers, redact_url

if TYPE_CHECKING:
    from ._ratelimit import TokenBucket

__all__ = ["ATTEMPTS", "AttemptTransport", "Attempts", "Inner", "enable_debug_logging", "logger"]

logger = logging.getLogger("client_overlays.http")
Inner = httpx.BaseTransport | httpx.AsyncBaseTransport
ATTEMPTS: Final = "client_overlays.attempts"  # the request extension with its call's `Attempts`
# Failures that prove the request never reached the server: anything else may have.
_NOT_SENT: Final = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, DeadlineExceeded)


def enable_debug_logging() -> None:
    """Show the overlay's request log on stderr (idempotent; respects existing handlers)."""
    package_logger = logging.getLogger("client_overlays")
    package_logger.setLevel(logging.DEBUG)
    if not package_logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        package_logger.addHandler(handler)


@dataclass
class Attempts:
    """What one call's attempts have shown so far."""

    budget: CallBudget
    started: float  # by the budget's clock
    count: int = 0  # attempts made (requests handed to the transport below)
    shortened: bool = False  # the last attempt's timeouts were cut to the deadline
    may_have_applied: bool = False  # an earlier attempt may have reached the server


class AttemptTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Sends one attempt over `transport` (sync, async or both; None: the network, httpx's own
    connection pools, one per side); closing it closes `transport`."""

    def __init__(self, transport: Inner | None = None, *, bucket: TokenBucket | None = None) -> None:
        self.bucket = bucket
        self._sync_inner: httpx.BaseTransport | None
        self._async_inner: httpx.AsyncBaseTransport | None
        if transport is None:
            self._sync_inner, self._async_inner = httpx.HTTPTransport(), httpx.AsyncHTTPTransport()
            return
        self._sync_inner = transport if isinstance(transport, httpx.BaseTransport) else None
        self._async_inner = transport if isinstance(transport, httpx.AsyncBaseTransport) else None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        inner, attempts = self._sync_inner, _next_attempt(request)
        if inner is None:
            raise RuntimeError("this client's transport is async-only; use the asyncio functions")
        if self.bucket is not None:
            self.bucket.acquire(request, attempts.budget)
        attempts.shortened = attempts.budget.cap(request)  # after the token's wait: only what is left
        started = _log_request(request)
        response = None
        try:
            response = self._answered(attempts, request, inner.handle_request(request), started)
            response.read()  # here, so a body cut short is retried like any lost answer
        except Exception as error:
            if response is not None:
                response.close()
            _failed(attempts, request, error, started, answered=response is not None)
            raise
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        inner, attempts = self._async_inner, _next_attempt(request)
        if inner is None:
            raise RuntimeError("this client's transport is sync-only; use the sync functions")
        if self.bucket is not None:
            await self.bucket.acquire_async(request, attempts.budget)
        attempts.shortened = attempts.budget.cap(request)
        started = _log_request(request)
        response = None
        try:
            response = self._answered(attempts, request, await inner.handle_async_request(request), started)
            await response.aread()
        except Exception as error:
            if response is not None:
                await response.aclose()
            _failed(attempts, request, error, started, answered=response is not None)
            raise
        return response

    def _answered(
        self, attempts: Attempts, request: httpx.Request, response: httpx.Response, started: float
    ) -> httpx.Response:
        response.request = request  # for the retry log, before httpx sets it
        if logger.isEnabledFor(logging.DEBUG):
            elapsed = (time.perf_counter() - started) * 1000
            logger.debug(
                "<- %s %s %s (%.1f ms)", response.status_code, request.method, redact_url(request.url), elapsed
            )
        if response.status_code >= 500:
            attempts.may_have_applied = True
        budget = attempts.budget
        if budget.expires is not None:
            # The body's reads, too, end by the deadline (an answer whose headers came just in
            # time raises `DeadlineExceeded` on its first chunk, and is closed as usual).
            attempts.shortened = budget.expires <= budget.clock() or budget.cap(request)
            response.stream = DeadlineStream(response.stream, budget)
        return response

    def close(self) -> None:
        if self._sync_inner is not None:
            self._sync_inner.close()

    async def aclose(self) -> None:
        if self._async_inner is not None:
            await self._async_inner.aclose()


def _next_attempt(request: httpx.Request) -> Attempts:
    attempts: Attempts = request.extensions[ATTEMPTS]
    attempts.count += 1
    return attempts


def _log_request(request: httpx.Request) -> float:
    if logger.isEnabledFor(logging.DEBUG):
        headers = redact_headers(request.headers.multi_items())
        logger.debug("-> %s %s headers=%s", request.method, redact_url(request.url), headers)
    return time.perf_counter()


def _failed(attempts: Attempts, request: httpx.Request, error: Exception, started: float, *, answered: bool) -> None:
    """Note a failed attempt, logging one that got no answer at all. A timeout the deadline
    shortened (waiting for the answer or reading its body) raises `DeadlineExceeded`: the deadline,
    not the server, ended it, and no retry can beat it."""
    if not isinstance(error, _NOT_SENT):
        attempts.may_have_applied = True
    if not answered and isinstance(error, httpx.TransportError) and logger.isEnabledFor(logging.DEBUG):
        elapsed = (time.perf_counter() - started) * 1000
        logger.debug("<- %s on %s %s (%.1f ms)", type(error).__name__, request.method, redact_url(request.url), elapsed)
    timed_out = isinstance(error, httpx.TimeoutException) and not isinstance(error, DeadlineExceeded)
    if timed_out and attempts.shortened:
        raise attempts.budget.exceeded(request) from error
