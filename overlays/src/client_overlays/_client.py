"""Assembling a generated client with the overlay's auth, transport stack and defaults.

Layers, outermost first: the httpx `Auth` flow (runs once per request, so an idempotency key
or a refreshed token is reused by every retry below it), `ResilientTransport` (retries),
an optional `RateLimitTransport` (every attempt waits for a token), `ObservedTransport`
(request bookkeeping and redacted debug logs), then the network or a caller-supplied
transport (for example a mock, in-process). The retrying layer also keeps each call within its
deadline (`_deadline.py`), the rate limiter's waits included.
"""

from __future__ import annotations

from typing import Any, TypeVar

import httpx

from ._deadline import DEFAULT_DEADLINE
from ._ratelimit import RateLimitTransport, TokenBucket
from ._retry import ResilientTransport, RetryPolicy
from ._settings import DEFAULT_TIMEOUT, checked_base_url, user_agent
from ._transport import ObservedTransport, enable_debug_logging

__all__ = ["AUTH_PLACEHOLDER", "build_client"]

C = TypeVar("C")

# Generated `AuthenticatedClient`s insist on a token, which they would also show in their
# repr. The real credential lives in the `httpx.Auth` flow, which overwrites this header on
# every request; the placeholder never reaches the wire.
AUTH_PLACEHOLDER = "set-by-auth-flow"


def build_client(
    client_class: type[C],
    *,
    vendor: str,
    base_url: str,
    auth: httpx.Auth,
    auth_header: str,
    timeout: httpx.Timeout | float | None = None,
    retry: RetryPolicy | None = None,
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
    headers: dict[str, str] | None = None,
    debug: bool = False,
    rate_limit: TokenBucket | None = None,
    deadline: float | None = DEFAULT_DEADLINE,
) -> C:
    if debug:
        enable_debug_logging()
    wire: httpx.BaseTransport | httpx.AsyncBaseTransport = ObservedTransport(transport, vendor=vendor)
    if rate_limit is not None:  # below the retries: every attempt spends a token
        wire = RateLimitTransport(wire, rate_limit)
    stack = ResilientTransport(wire, retry or RetryPolicy(), deadline=deadline)
    resolved_timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout or DEFAULT_TIMEOUT)
    arguments: dict[str, Any] = {
        "base_url": checked_base_url(base_url).rstrip("/"),
        "token": AUTH_PLACEHOLDER,
        "prefix": "",
        "auth_header_name": auth_header,
        "headers": {"User-Agent": user_agent(vendor), **(headers or {})},
        "timeout": resolved_timeout,
        "httpx_args": {"auth": auth, "transport": stack},
    }
    return client_class(**arguments)
