"""A total deadline per call: every attempt, every wait between retries and the rate
limiter's wait together end by it.

httpx's timeouts bound one network operation each (connect, one read, one write), so a hung
or trickling server times out once per attempt, and retries multiply that. The deadline is
the one number a caller can promise to its own caller: `connect(deadline=...)` sets it per
client, and `with client_overlays.deadline(seconds):` overrides it for the calls made inside
(threads and asyncio tasks each see their own). Past it, `DeadlineExceeded` (an
`httpx.TimeoutException`) names the deadline.
"""

from __future__ import annotations

import contextlib
import contextvars
import math
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Final

import httpx

from ._exceptions import APITimeoutError

__all__ = [
    "DEADLINE_EXTENSION",
    "DEFAULT_DEADLINE",
    "CallBudget",
    "DeadlineExceeded",
    "checked_deadline",
    "deadline",
]

DEFAULT_DEADLINE: Final = 60.0
# A request extension with the deadline in seconds (or None for none) for one raw httpx request.
DEADLINE_EXTENSION: Final = "client_overlays.deadline"
_UNSET: Final = object()
_override: contextvars.ContextVar[object] = contextvars.ContextVar("client_overlays_deadline", default=_UNSET)


class DeadlineExceeded(APITimeoutError):
    """The call did not finish within its deadline (attempts and waits together)."""

    def __init__(self, seconds: float, *, request: httpx.Request | None = None) -> None:
        super().__init__(
            f"no complete answer within the call's deadline of {seconds:g} s (all attempts and the waits "
            "between them); set another with connect(deadline=...) or `with client_overlays.deadline(...)`",
            request=request,
        )
        self.deadline = seconds


def checked_deadline(seconds: float | None) -> float | None:
    if seconds is not None and not (math.isfinite(seconds) and seconds > 0):
        raise ValueError(f"a deadline must be a finite number of seconds > 0, or None for none; got {seconds}")
    return seconds


@contextlib.contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Calls made inside the block get `seconds` in total instead of their client's deadline
    (`None`: no deadline, only httpx's per-operation timeouts and the retry policy's caps)."""
    token = _override.set(checked_deadline(seconds))
    try:
        yield
    finally:
        _override.reset(token)


class CallBudget:
    """One call's deadline, from its first attempt on."""

    def __init__(self, seconds: float | None, clock: Callable[[], float], timeouts: dict[str, float | None] | None):
        self.seconds = seconds
        self.clock = clock
        self.expires = None if seconds is None else clock() + seconds
        # httpx's timeouts as the caller set them, before any attempt cut them to the time left.
        self.timeouts: dict[str, float | None] = dict(timeouts or {})

    def exceeded(self, request: httpx.Request | None = None) -> DeadlineExceeded:
        assert self.seconds is not None
        return DeadlineExceeded(self.seconds, request=request)

    def check(self, request: httpx.Request | None = None) -> float | None:
        """Seconds left (None without a deadline); raises once none are."""
        left = None if self.expires is None else self.expires - self.clock()
        if left is not None and left <= 0:
            raise self.exceeded(request)
        return left

    def cap(self, request: httpx.Request) -> bool:
        """Give `request` httpx timeouts no longer than the time left; True when that shortened one."""
        left = self.check(request)
        if left is None:
            return False
        capped = {name: left if value is None else min(value, left) for name, value in self.timeouts.items()}
        request.extensions["timeout"] = capped
        return capped != self.timeouts

    def wait_allowed(self, seconds: float, request: httpx.Request | None = None) -> None:
        """Raise rather than start a wait that would end past the deadline."""
        left = self.check(request)
        if left is not None and seconds >= left:
            raise self.exceeded(request)


def begin_call(request: httpx.Request, client_deadline: float | None, clock: Callable[[], float]) -> CallBudget:
    """The budget of the call `request` begins, from the request extension, the `deadline()` block
    or the client."""
    if DEADLINE_EXTENSION in request.extensions:
        seconds = checked_deadline(request.extensions[DEADLINE_EXTENSION])
    else:
        override = _override.get()
        seconds = client_deadline if override is _UNSET else override  # type: ignore[assignment]
    return CallBudget(seconds, clock, request.extensions.get("timeout"))


class DeadlineStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """An answer's body, read no later than the deadline: each chunk is checked on arrival."""

    def __init__(self, inner: httpx.SyncByteStream | httpx.AsyncByteStream, budget: CallBudget) -> None:
        self._inner = inner
        self._budget = budget

    def __iter__(self) -> Iterator[bytes]:
        assert isinstance(self._inner, httpx.SyncByteStream)
        for chunk in self._inner:
            self._budget.check()
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        assert isinstance(self._inner, httpx.AsyncByteStream)
        async for chunk in self._inner:
            self._budget.check()
            yield chunk

    def close(self) -> None:
        if isinstance(self._inner, httpx.SyncByteStream):
            self._inner.close()

    async def aclose(self) -> None:
        if isinstance(self._inner, httpx.AsyncByteStream):
            await self._inner.aclose()
