"""The waits between retries: httpx-retries' `Retry` with injectable sleep functions, the
vendor's `Retry-After`, and the call's deadline. Loaded with the first client (`_retry.py`),
since httpx-retries imports asyncio, which a sync program need not pay for at import."""

from __future__ import annotations

import copy
import logging
from typing import TYPE_CHECKING, Any

import httpx
from httpx_retries import Retry

from ._deadline import CallBudget, DeadlineExceeded
from ._exceptions import parse_retry_after
from ._redact import redact_url
from ._transport import logger

if TYPE_CHECKING:
    from ._retry import RetryPolicy

__all__ = ["BudgetedRetry"]


class BudgetedRetry(Retry):
    """`Retry` for one request: its waits go through the policy's sleep functions, respect the
    call's deadline and are logged."""

    def __init__(self, *args: Any, request: httpx.Request, budget: CallBudget, policy: RetryPolicy, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.request = request
        self.budget = budget
        self.policy = policy

    def increment(self) -> Retry:
        # The base rebuilds the object from the fields it knows; a copy keeps ours too.
        following = copy.copy(self)
        following.attempts_made += 1
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
        try:
            self.budget.wait_allowed(seconds)
        except DeadlineExceeded as exceeded:
            raise exceeded from (response if isinstance(response, Exception) else None)
        _log_retry(self.request, response, seconds)
        self.elapsed_sleep += seconds
        return seconds

    def sleep(self, response: httpx.Response | Exception) -> None:
        self.policy.sleep(self._wait(response))

    async def asleep(self, response: httpx.Response | Exception) -> None:
        await self.policy.async_sleep(self._wait(response))


def _log_retry(request: httpx.Request, outcome: httpx.Response | Exception, seconds: float) -> None:
    """One DEBUG line per retry: what failed and how long the client waits before trying again."""
    if not logger.isEnabledFor(logging.DEBUG):
        return
    if isinstance(outcome, httpx.Response):
        reason = f"{outcome.status_code} {outcome.reason_phrase}".strip()
    else:
        reason = f"{type(outcome).__name__}: {outcome}" if str(outcome) else type(outcome).__name__
    logger.debug("retrying %s %s after %s: waiting %.2f s", request.method, redact_url(request.url), reason, seconds)
