"""Assembling a generated client with the overlay's auth, transport stack and defaults.

Layers, outermost first: the httpx `Auth` flow (runs once per request, so an idempotency key
or a refreshed token is reused by every retry below it), `ResilientTransport` (retries),
an optional `RateLimitTransport` (every attempt waits for a token), `ObservedTransport`
(request bookkeeping and redacted debug logs), then the network or a caller-supplied
transport (for example a mock, in-process). The retrying layer also keeps each call within its
deadline (`_deadline.py`), the rate limiter's waits included.
"""

from __future__ import annotations

from typing import Any, TypedDict, TypeVar, Unpack

import httpx

from ._deadline import DEFAULT_DEADLINE
from ._ratelimit import RateLimitTransport, TokenBucket
from ._responses import Classify
from ._retry import ResilientTransport, RetryPolicy
from ._settings import DEFAULT_TIMEOUT, checked_base_url, user_agent
from ._specfacts import SpecFacts
from ._transport import ObservedTransport, enable_debug_logging

__all__ = ["AUTH_PLACEHOLDER", "ClientOptions", "build_client"]

C = TypeVar("C")

# Generated `AuthenticatedClient`s insist on a token, which they would also show in their
# repr. The real credential lives in the `httpx.Auth` flow, which overwrites this header on
# every request; the placeholder never reaches the wire.
AUTH_PLACEHOLDER = "set-by-auth-flow"


class ClientOptions(TypedDict, total=False):
    """What every vendor's `connect()` takes besides its credentials.

    - `base_url`: the server (default: the spec's production server, or its sandbox where a
      `connect()` has `sandbox=True`); user info (`user:password@`) is refused.
    - `timeout`: httpx timeouts (default `DEFAULT_TIMEOUT`: 30 s, 10 s to connect).
    - `retry`: a `RetryPolicy` (default: 3 retries of what is safe to retry).
    - `transport`: an httpx transport to send through (a mock, a proxy); default the network.
    - `debug`: log each attempt, credentials redacted (`enable_debug_logging`).
    - `deadline`: each call's total time (60 s by default; `None` for none): its attempts, the
      waits between them and its body together; `client_overlays.deadline(...)` overrides it
      for the calls in a block. Past it, `DeadlineExceeded` (worst cases: README, "Retries").
    """

    base_url: str | None
    timeout: httpx.Timeout | float | None
    retry: RetryPolicy | None
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None
    debug: bool
    deadline: float | None


def server_url(spec: SpecFacts, base_url: str | None, environment: str = "production") -> str:
    """`base_url`, else the spec's server for `environment`; checked either way."""
    return checked_base_url(base_url or spec.servers[environment])


def build_client(
    client_class: type[C],
    spec: SpecFacts,
    auth: httpx.Auth,
    *,
    environment: str = "production",
    rate_limit: TokenBucket | None = None,
    classify: Classify | None = None,
    **options: Unpack[ClientOptions],
) -> C:
    """A `client_class` for the vendor whose generated spec facts are `spec`; `classify` refines
    the error class of the vendor's error answers (`_responses.make_status_error`)."""
    vendor = spec.slug.split("-")[0]  # the overlay's name for it: economic-suppliers -> economic
    if options.get("debug"):
        enable_debug_logging()
    wire: httpx.BaseTransport | httpx.AsyncBaseTransport = ObservedTransport(
        options.get("transport"), classify=classify
    )
    if rate_limit is not None:  # below the retries: every attempt spends a token
        wire = RateLimitTransport(wire, rate_limit)
    stack = ResilientTransport(
        wire, options.get("retry") or RetryPolicy(), deadline=options.get("deadline", DEFAULT_DEADLINE)
    )
    timeout = options.get("timeout")
    arguments: dict[str, Any] = {
        "base_url": server_url(spec, options.get("base_url"), environment).rstrip("/"),
        "token": AUTH_PLACEHOLDER,
        "prefix": "",
        # The generated client sets its token under this name; the auth flow overwrites it.
        "auth_header_name": next(iter(spec.credential_headers.values())),
        "headers": {"User-Agent": user_agent(vendor)},
        "timeout": timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout or DEFAULT_TIMEOUT),
        "httpx_args": {"auth": auth, "transport": stack},
    }
    return client_class(**arguments)
