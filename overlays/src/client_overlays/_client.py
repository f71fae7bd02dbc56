"""What every vendor's `connect()` takes and where it connects to (the assembly: `_connect.py`)."""

from __future__ import annotations

import os
from typing import TypedDict

import httpx

from ._retry import RetryPolicy
from ._settings import checked_base_url
from ._specfacts import SpecFacts

__all__ = ["AUTH_PLACEHOLDER", "ClientOptions", "env_prefix", "server_url"]

# Generated `AuthenticatedClient`s insist on a token, which they would also show in their
# repr. The real credential lives in the `httpx.Auth` flow, which overwrites this header on
# every request; the placeholder never reaches the wire.
AUTH_PLACEHOLDER = "set-by-auth-flow"


class ClientOptions(TypedDict, total=False):
    """What every vendor's `connect()` takes besides its credentials.

    - `base_url`: the server (default: `<VENDOR>_BASE_URL` from the environment, e.g.
      `PANDIUM_BASE_URL`, else the spec's production server, or its sandbox where a `connect()`
      has `sandbox=True`); user info (`user:password@`) is refused.
    - `timeout`: httpx timeouts (default `DEFAULT_TIMEOUT`: 30 s, 10 s to connect).
    - `retry`: a `RetryPolicy` (default: 3 retries of what is safe to retry).
    - `transport`: an httpx transport to send through (a mock, a proxy); default the network.
    - `debug`: log each attempt and retry, credentials redacted (`enable_debug_logging`); also
      switched on by `<VENDOR>_LOG=debug` in the environment (`PANDIUM_LOG=debug`).
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


def env_prefix(spec: SpecFacts) -> str:
    """The vendor's prefix for environment variables, its overlay's name: `ECONOMIC`, `PANDIUM`, ..."""
    return spec.slug.split("-")[0].upper()


def server_url(spec: SpecFacts, base_url: str | None, environment: str = "production") -> str:
    """`base_url`, else `<VENDOR>_BASE_URL` from the environment, else the spec's server for
    `environment`; checked either way."""
    return checked_base_url(base_url or os.environ.get(f"{env_prefix(spec)}_BASE_URL") or spec.servers[environment])
