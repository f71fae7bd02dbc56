"""Panorays: `connect()` over the generated `panorays_client`, with a shared rate limiter.

Panorays allows 150 requests a minute per token and blocks the token for an hour when that is
exceeded, so every client made here waits for a token bucket shared by all clients using the
same API token in this process (threads and asyncio tasks alike), and a 429 is never retried:
it raises `RateLimitedError`, whose `retry_after` says how long the block lasts.

```python
from client_overlays import panorays, unwrap
from panorays_client.api.supplier import list_suppliers

client = panorays.connect()            # token from PANORAYS_API_TOKEN
page = unwrap(list_suppliers.sync_detailed(client=client, limit=100))
```
"""

from __future__ import annotations

import dataclasses
import importlib
from typing import TYPE_CHECKING, Any, Unpack

from panorays_client import AuthenticatedClient, Client, api, models

from .._auth import HeaderAuth
from .._client import ClientOptions, server_url
from .._connect import connect_client
from .._generated.panorays_client import PanoraysClient
from .._ratelimit import TokenBucket, origin_of, shared_bucket
from .._responses import unwrap
from .._retry import RetryPolicy
from .._settings import credential
from .._specfacts import spec_facts

if TYPE_CHECKING:
    from . import webhooks

__all__ = [
    "DEFAULT_BURST",
    "MOCK_URL",
    "PRODUCTION_URL",
    "RATE_LIMIT",
    "RATE_WINDOW",
    "AuthenticatedClient",
    "Client",
    "ClientOptions",
    "PanoraysClient",
    "TokenBucket",
    "api",
    "connect",
    "handshake",
    "models",
    "webhooks",
]

spec = spec_facts("panorays")
PRODUCTION_URL = spec.servers["production"]
MOCK_URL = spec.servers["mock"]
# The spec's `x-rate-limit`: requests per window and token.
assert spec.rate_limit is not None, "specs/panorays/openapi.yaml states Panorays' x-rate-limit"
RATE_LIMIT, RATE_WINDOW = spec.rate_limit.requests, spec.rate_limit.window
DEFAULT_BURST = 3  # requests sent at once before the sustained pace applies


def connect(
    token: str | None = None,
    *,
    limiter: TokenBucket | None = None,
    burst: int = DEFAULT_BURST,
    **options: Unpack[ClientOptions],
) -> PanoraysClient:
    """A client for Panorays (production unless `base_url` says otherwise, e.g. `MOCK_URL`).

    `token` defaults to `PANORAYS_API_TOKEN`. By default every client using the same token
    and server (scheme, host and port, however the URL is spelled) in this process shares one
    limiter of the spec's `RATE_LIMIT` requests per `RATE_WINDOW` seconds (150 a minute); pass
    `limiter` (a `TokenBucket`) for another limit or an injected clock. The pace: `burst`
    requests at once (default 3, at most `RATE_LIMIT - 1`), then `(RATE_LIMIT - burst) /
    RATE_WINDOW` a second (2.45 with the defaults), so no minute ever sees more than the limit;
    a throttled wait is logged at DEBUG (`client_overlays.ratelimit`). `options`: `ClientOptions`.
    """
    secret = credential(token, argument="token", env="PANORAYS_API_TOKEN")
    if limiter is None:
        # Keyed on the server (however its URL is spelled) and the token: what Panorays counts.
        key = f"{origin_of(server_url(spec, options.get('base_url')))}|{secret}"
        limiter = shared_bucket(key, lambda: TokenBucket(limit=RATE_LIMIT, window=RATE_WINDOW, burst=burst))
        if limiter.burst != burst:
            raise ValueError(
                f"another client with this token and server already shares a limiter with burst={limiter.burst}:"
                f" the burst of one credential's limiter is set once per process (asked for burst={burst})"
            )
    policy = options.get("retry") or RetryPolicy()
    # Retrying a 429 would walk into Panorays' one-hour block: surface it instead.
    options["retry"] = dataclasses.replace(policy, statuses=policy.statuses - {429})
    auth = HeaderAuth({spec.credential_headers["bearer"]: f"Bearer {secret}"})
    return connect_client(PanoraysClient, auth, rate_limit=limiter, **options)


def handshake(client: AuthenticatedClient, url: str) -> str:
    """Register `url` for event hooks; returns the secret that signs every event.

    Panorays first POSTs `{"challenge": ...}` to `url`, which must answer 200 echoing it
    (`webhooks.challenge_answer` builds that answer). Store the secret: it is shown once.
    """
    from panorays_client.api.webhooks import handshake as handshake_operation
    from panorays_client.models import HandshakeRequest, HandshakeResponse

    answer = unwrap(handshake_operation.sync_detailed(client=client, body=HandshakeRequest(url=url)), HandshakeResponse)
    return answer.secret


def __getattr__(name: str) -> Any:
    # `webhooks` (the receiving side: signatures, replay guard) loads on first use, not with connect().
    if name == "webhooks":
        return importlib.import_module(".webhooks", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
