"""The waits between retries: httpx-retries' `Retry` with injectable sleep functions, the
vendor's `Retry-After`, and the call's deadline. Loaded with the first client (`_retry.py`),
since httpx-retries imports asyncio, which a sync program need not pay for at import."""

from __future__ import annotations

import contextlib
import logging
import time
from typing import Any

import httpx
from httpx_retries import Retry

from ._deadline import CallBudget, DeadlineExceeded
from ._exceptions import parse_retry_after
from ._redact import redact_url
from ._retry import AsyncSleep, Sleep, async_sleep
from ._transport import logger

__all__ = ["BudgetedRetry"]


class BudgetedRetry(Retry):
    """`Retry` whose waits go through injectable sleep functions and respect a call's deadline."""

    def __init__(
        self,
        *args: Any,
        sleeper: Sleep = time.sleep,
        async_sleeper: AsyncSleep = async_sleep,
        budget: CallBudget | None = None,  # None only until `increment` carries it over
        **kwargs: Any,
    ):
        super().__init__(*args, **kwargs)
        self.sleeper = sleeper
        self.async_sleeper = async_sleeper
        self.budget = budget

    def increment(self) -> Retry:
        # The base rebuilds the object from its known fields; carry ours over.
        following = super().increment()
        assert isinstance(following, BudgetedRetry)
        following.sleeper, following.async_sleeper = self.sleeper, self.async_sleeper
        following.budget = self.budget
        return following

    def is_retryable_exception(self, exception: Exception) -> bool:
        # A deadline is an httpx timeout for callers, but no retry can beat it.
        return not isinstance(exception, DeadlineExceeded) and super().is_retryable_exception(exception)

    def _wait(self, response: httpx.Response | Exception) -> float:
        """The wait before the next attempt (logged, and counted in `elapsed_sleep`): the vendor's
        `Retry-After` when it sent one, else the library's backoff; capped by `max_backoff_wait`
        and by what `total_timeout` has left."""
        retry_after = response.headers.get("Retry-After") if isinstance(response, httpx.Response) else None
        # An unreadable Retry-After: back off as if none was sent.
        seconds = min(parse_retry_after(retry_after) or 0.0, self.max_backoff_wait) or self.backoff_strategy()
        if self.total_timeout is not None:
            seconds = min(seconds, max(0.0, self.total_timeout - self.elapsed_sleep))
        if self.budget is not None:
            try:
                self.budget.wait_allowed(seconds)
            except DeadlineExceeded as exceeded:
                raise exceeded from (response if isinstance(response, Exception) else None)
        _log_retry(response, seconds)
        self.elapsed_sleep += seconds
        return seconds

    def sleep(self, response: httpx.Response | Exception) -> None:
        self.sleeper(self._wait(response))

    async def asleep(self, response: httpx.Response | Exception) -> None:
        await self.async_sleeper(self._wait(response))


def _log_retry(outcome: httpx.Response | Exception, seconds: float) -> None:
    """One DEBUG line per retry: what failed and how long the client waits before trying again."""
    if not logger.isEnabledFor(logging.DEBUG):
        return
    request: httpx.Request | None = None
    with contextlib.suppress(RuntimeError):  # an answer or error without its request
        request = outcome.request if isinstance(outcome, httpx.Response | httpx.RequestError) else None
    if isinstance(outcome, httpx.Response):
        reason = f"{outcome.status_code} {outcome.reason_phrase}".strip()
    else:
        reason = f"{type(outcome).__name__}: {outcome}" if str(outcome) else type(outcome).__name__
    where = f" {request.method} {redact_url(request.url)}" if request is not None else ""
    logger.debug("retrying%s after %s: waiting %.2f s", where, reason, seconds)
