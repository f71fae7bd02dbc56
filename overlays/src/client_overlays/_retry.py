"""Retries: when, how often, how long to wait. Built on httpx-retries, through its public API.

httpx-retries supplies the transport-level retry loop (`RetryTransport`), exponential backoff
with jitter, `Retry-After` in both forms (seconds and HTTP date) and a cap on each wait and on
the total time spent waiting. `ResilientTransport` holds a `RetryTransport` and gives each
request its own policy (none for a request that must not be retried), with each attempt sent
through `AttemptTransport` (`_transport.py`). Added here, each small:

1. Non-idempotent methods (POST, PATCH) are retried only when the request carries an
   `Idempotency-Key` header, so a lost answer can never make the vendor apply a write twice.
2. A total deadline per call (`_deadline.py`): every attempt gets httpx timeouts no longer
   than the time left, no wait starts that would end past it, and the answer's body is read
   by it; past it, `DeadlineExceeded`.
3. A DELETE retried after an attempt that may have reached the server (its answer was lost,
   or it failed with a 5xx) treats a 404 as the deletion having happened: the caller gets
   `204 No Content` marked `X-Client-Overlays-Outcome: already-deleted`, not `NotFoundError`.
4. The sleep functions and the clock are injectable, so tests exercise real policies
   without waiting.
5. A transport failure that ends a call becomes `APIConnectionError` / `APITimeoutError`
   naming the method, the redacted URL, the attempts made and the time spent, with httpx's
   exception as its `__cause__`. Each retry is logged at DEBUG with its reason and wait.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final, NoReturn

import httpx

from ._deadline import DEFAULT_DEADLINE, CallBudget, begin_call, checked_deadline
from ._exceptions import APIConnectionError, APITimeoutError
from ._transport import ATTEMPTS, Attempts, AttemptTransport

if TYPE_CHECKING:
    from httpx_retries import Retry

__all__ = ["ALREADY_DELETED", "IDEMPOTENCY_HEADER", "OUTCOME_HEADER", "ResilientTransport", "RetryPolicy"]

OUTCOME_HEADER: Final = "X-Client-Overlays-Outcome"
ALREADY_DELETED: Final = "already-deleted"

IDEMPOTENCY_HEADER = "Idempotency-Key"
_IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"})
_ALL_METHODS = (*_IDEMPOTENT_METHODS, "POST", "PATCH")

Sleep = Callable[[float], None]
AsyncSleep = Callable[[float], Awaitable[None]]


async def async_sleep(seconds: float) -> None:
    """`asyncio.sleep`, imported on first use: the sync path (most programs) never imports asyncio
    (~10 ms); by the time a coroutine runs, it is loaded, so the import is a look-up."""
    import asyncio

    await asyncio.sleep(seconds)


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
    async_sleep: AsyncSleep = field(default=async_sleep, repr=False)
    clock: Callable[[], float] = field(default=time.monotonic, repr=False)  # for the deadline

    def __post_init__(self) -> None:
        if self.retries < 0:
            raise ValueError(f"retries must be >= 0, got {self.retries}")
        for name in ("backoff", "max_wait", "max_total_wait"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must be >= 0 seconds, got {getattr(self, name)}")

    @classmethod
    def none(cls) -> RetryPolicy:
        return cls(retries=0)

    def to_retry(self, request: httpx.Request, budget: CallBudget) -> Retry:
        """httpx-retries' policy for `request`: idempotent methods are retried, POST and PATCH only
        with an idempotency key."""
        from ._backoff import BudgetedRetry  # httpx-retries (and the asyncio it imports) load with a client

        retryable = request.method.upper() in _IDEMPOTENT_METHODS or IDEMPOTENCY_HEADER in request.headers
        return BudgetedRetry(
            total=self.retries if retryable else 0,
            allowed_methods=_ALL_METHODS,
            status_forcelist=self.statuses,
            retry_on_exceptions=self.retry_exceptions,
            backoff_factor=self.backoff,
            max_backoff_wait=max(self.max_wait, 1e-9),
            total_timeout=self.max_total_wait or None,
            request=request,
            budget=budget,
            policy=self,
        )


class ResilientTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Retries what is safe to retry (httpx-retries' `RetryTransport`; a request that is not, it
    sends once), within a deadline, each attempt sent through `once`."""

    def __init__(
        self, once: AttemptTransport, policy: RetryPolicy, *, deadline: float | None = DEFAULT_DEADLINE
    ) -> None:
        from httpx_retries import RetryTransport

        # Every request carries its own policy (`_begin`), so the transport's default is never used.
        self._retrying = RetryTransport(transport=once)
        self.policy = policy
        self.deadline = checked_deadline(deadline)

    def _begin(self, request: httpx.Request) -> Attempts:
        earlier: Attempts | None = request.extensions.get(ATTEMPTS)  # an auth flow resending it: same deadline
        budget = earlier.budget if earlier is not None else begin_call(request, self.deadline, self.policy.clock)
        attempts = request.extensions[ATTEMPTS] = Attempts(budget, budget.clock())
        request.extensions["retry"] = self.policy.to_retry(request, budget)  # httpx-retries' per-request policy
        return attempts

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempts = self._begin(request)
        try:
            return _outcome(attempts, request, self._retrying.handle_request(request))
        except httpx.TransportError as error:
            _raise_call_error(attempts, request, error)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempts = self._begin(request)
        try:
            return _outcome(attempts, request, await self._retrying.handle_async_request(request))
        except httpx.TransportError as error:
            _raise_call_error(attempts, request, error)

    def close(self) -> None:
        self._retrying.close()

    async def aclose(self) -> None:
        await self._retrying.aclose()


def _outcome(attempts: Attempts, request: httpx.Request, response: httpx.Response) -> httpx.Response:
    """The call's final answer, as the caller gets it."""
    if request.method.upper() == "DELETE" and response.status_code == 404 and attempts.may_have_applied:
        # An earlier attempt deleted it and its answer was lost: what the caller asked for happened.
        response.close()
        return httpx.Response(204, headers={OUTCOME_HEADER: ALREADY_DELETED}, request=request)
    return response


def _raise_call_error(attempts: Attempts, request: httpx.Request, error: httpx.TransportError) -> NoReturn:
    """The error that ends a call, saying what was tried: ours as raised below (e.g. the deadline),
    otherwise `APITimeoutError` / `APIConnectionError` over httpx's error."""
    failure: APIConnectionError
    if isinstance(error, APIConnectionError):
        failure = error
    else:
        kind = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
        failure = kind(f"no answer: {type(error).__name__}" + (f": {error}" if str(error) else ""))
    failure.request, failure.attempts = request, attempts.count
    failure.elapsed = attempts.budget.clock() - attempts.started
    if failure is error:
        raise failure
    raise failure from error
