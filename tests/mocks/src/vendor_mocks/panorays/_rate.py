"""Panorays' rate limit: 150 requests per minute per token, then a one-hour block.

The window is a *sliding log*: a request is over the limit when the token already made
`requests_per_window` admitted requests in the `window_seconds` before it, wherever the
minute boundaries fall. The request that goes over answers 429 and blocks the token for
`block_seconds`; every request during the block answers 429 with `Retry-After` = seconds
left, and does not extend the block. When the block ends the token starts with an empty log.

An optional daily quota (shared by every token of the company, reset at 00:00 UTC) answers
429 until the next day once used up; Panorays does not publish its size, so it is off by
default.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass, field

from .._core import Clock
from .._core.specs import rate_limit

__all__ = ["RateLimiter", "RateLimits", "Throttle", "TokenRate"]

DAY = 86_400.0
# The spec's `x-rate-limit` (from the spec copy `make generate` writes into this package).
SPEC_REQUESTS_PER_WINDOW, SPEC_WINDOW_SECONDS = rate_limit("panorays") or (0, 0.0)


@dataclass(frozen=True)
class RateLimits:
    requests_per_window: int = SPEC_REQUESTS_PER_WINDOW
    window_seconds: float = SPEC_WINDOW_SECONDS
    block_seconds: float = 3_600.0
    daily_quota: int | None = None

    def __post_init__(self) -> None:
        if self.requests_per_window < 1 or self.window_seconds <= 0 or self.block_seconds < 0:
            raise ValueError(f"rate limits must be positive: {self}")
        if self.daily_quota is not None and self.daily_quota < 1:
            raise ValueError(f"daily_quota must be at least 1 (or None for no quota), got {self.daily_quota}")


@dataclass
class TokenRate:
    """What the limiter knows about one token; tests read these counters."""

    requests_seen: int = 0  # every authenticated request, admitted or not
    throttled: int = 0  # 429s the limiter answered (block and quota)
    blocked_until: float | None = None
    # Times of admitted requests inside the current window (at most requests_per_window).
    recent: deque[float] = field(default_factory=deque)


@dataclass(frozen=True)
class Throttle:
    """A 429 to send: why, and the whole seconds to wait (the `Retry-After` value)."""

    message: str
    retry_after: int


class RateLimiter:
    def __init__(self, limits: RateLimits, clock: Clock) -> None:
        self.limits = limits
        self._clock = clock
        self.tokens: dict[str, TokenRate] = {}
        self._quota_day = -1
        self.quota_used = 0

    def counters(self, token: str) -> TokenRate:
        return self.tokens.setdefault(token, TokenRate())

    def is_blocked(self, token: str) -> bool:
        return self.seconds_blocked(token) > 0

    def seconds_blocked(self, token: str) -> float:
        until = self.counters(token).blocked_until
        return max(0.0, until - self._clock.now()) if until is not None else 0.0

    @property
    def requests_seen(self) -> int:
        return sum(rate.requests_seen for rate in self.tokens.values())

    @property
    def throttled(self) -> int:
        return sum(rate.throttled for rate in self.tokens.values())

    def admit(self, token: str) -> Throttle | None:
        """Counts one request of `token`; answers the 429 to send, or None to let it through."""
        rate = self.counters(token)
        rate.requests_seen += 1
        throttle = self._check_block(rate) or self._check_window(rate) or self._check_quota()
        if throttle is not None:
            rate.throttled += 1
            return throttle
        rate.recent.append(self._clock.now())
        self.quota_used += 1
        return None

    def _check_block(self, rate: TokenRate) -> Throttle | None:
        now = self._clock.now()
        if rate.blocked_until is None:
            return None
        if now < rate.blocked_until:
            return Throttle("Too many requests: this token is blocked", _whole_seconds(rate.blocked_until - now))
        rate.blocked_until = None  # the block is over: start afresh
        rate.recent.clear()
        return None

    def _check_window(self, rate: TokenRate) -> Throttle | None:
        now = self._clock.now()
        while rate.recent and rate.recent[0] <= now - self.limits.window_seconds:
            rate.recent.popleft()
        if len(rate.recent) < self.limits.requests_per_window:
            return None
        return self._block(rate)

    def block(self, token: str) -> Throttle:
        """Blocks `token` from now on, as going over the limit does (tests use it to skip the burst)."""
        return self._block(self.counters(token))

    def _block(self, rate: TokenRate) -> Throttle:
        limits = self.limits
        rate.blocked_until = self._clock.now() + limits.block_seconds
        rate.recent.clear()
        return Throttle(
            f"Too many requests: more than {limits.requests_per_window} in {limits.window_seconds:g} seconds; "
            f"the token is blocked for {limits.block_seconds:g} seconds",
            _whole_seconds(limits.block_seconds),
        )

    def _check_quota(self) -> Throttle | None:
        if self.limits.daily_quota is None:
            return None
        now = self._clock.now()
        day = int(now // DAY)
        if day != self._quota_day:
            self._quota_day, self.quota_used = day, 0
        if self.quota_used < self.limits.daily_quota:
            return None
        return Throttle("Daily quota exceeded", _whole_seconds((day + 1) * DAY - now))


def _whole_seconds(seconds: float) -> int:
    """`Retry-After` in whole seconds, rounded up so a client waiting that long is let in."""
    return max(1, math.ceil(seconds))
