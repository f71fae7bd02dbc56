"""Assembling a generated client with the overlay's auth, transport stack and defaults: what
every vendor's `connect()` does once it has made its auth flow, so a `connect()` keeps only
what is its own (its credentials, its auth flow and its extra options).

Layers, outermost first: `RaiseForStatus` (every 4xx/5xx answer raises its typed error,
`_raising.py`, with the body parsed into the generated model the spec's error table names), the
vendor's httpx `Auth` flow (runs once per request, so an idempotency key or a refreshed token is
reused by every retry below it), `ResilientTransport` (retries, within each call's deadline,
`_deadline.py`), `AttemptTransport` (each attempt: a rate-limit token where the vendor has a
limit, request bookkeeping, redacted debug logs, the body read by the deadline), then the network
or a caller-supplied transport (for example a mock, in-process).
"""

from __future__ import annotations

import os
from typing import Any, TypeVar, Unpack

import httpx

from ._client import AUTH_PLACEHOLDER, ClientOptions, env_prefix, server_url
from ._deadline import DEFAULT_DEADLINE
from ._lifecycle import attach_transport
from ._raising import ErrorModels, RaiseForStatus
from ._ratelimit import TokenBucket
from ._resource_client import ResourceClient
from ._responses import Classify
from ._retry import ResilientTransport, RetryPolicy
from ._settings import DEFAULT_TIMEOUT, user_agent
from ._specfacts import spec_facts
from ._transport import AttemptTransport, enable_debug_logging

__all__ = ["connect_client"]

C = TypeVar("C", bound=ResourceClient)


_ERROR_MODELS: dict[str, ErrorModels] = {}  # spec slug -> its error table, routes compiled once


def _error_models(client_class: type[ResourceClient]) -> ErrorModels:
    slug = client_class.spec_slug
    if slug not in _ERROR_MODELS:
        _ERROR_MODELS[slug] = ErrorModels(client_class.error_models, f"{slug.replace('-', '_')}_client.models")
    return _ERROR_MODELS[slug]


def connect_client(
    client_class: type[C],
    auth: httpx.Auth,
    *,
    sandbox: bool = False,
    rate_limit: TokenBucket | None = None,
    classify: Classify | None = None,
    **options: Unpack[ClientOptions],
) -> C:
    """A `client_class` sending through `auth`, at the spec's production server (its sandbox with
    `sandbox=True`) unless `base_url` says otherwise; `rate_limit` is shared by every attempt,
    `classify` refines the error class of the vendor's error answers
    (`_responses.make_status_error`)."""
    spec = spec_facts(client_class.spec_slug)
    if options.get("debug") or os.environ.get(f"{env_prefix(spec)}_LOG", "").lower() == "debug":
        enable_debug_logging()
    # The rate limit is below the retries: every attempt spends a token.
    once = AttemptTransport(options.get("transport"), bucket=rate_limit)
    stack = ResilientTransport(
        once, options.get("retry") or RetryPolicy(), deadline=options.get("deadline", DEFAULT_DEADLINE)
    )
    timeout = options.get("timeout")
    arguments: dict[str, Any] = {
        "base_url": server_url(spec, options.get("base_url"), "sandbox" if sandbox else "production").rstrip("/"),
        "token": AUTH_PLACEHOLDER,
        "prefix": "",
        # The generated client sets its token under this name; the auth flow overwrites it.
        "auth_header_name": next(iter(spec.credential_headers.values())),
        "headers": {"User-Agent": user_agent(spec.slug.split("-")[0])},  # economic-suppliers -> economic
        "timeout": timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout or DEFAULT_TIMEOUT),
        "httpx_args": {"auth": RaiseForStatus(auth, _error_models(client_class), classify), "transport": stack},
    }
    client = client_class(**arguments)
    attach_transport(client, stack)
    return client
