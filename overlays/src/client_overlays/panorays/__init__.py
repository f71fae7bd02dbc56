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
from typing import TYPE_CHECKING, Any

import httpx
from panorays_client import AuthenticatedClient, Client, api, models

from .._client import build_client
from .._deadline import DEFAULT_DEADLINE
from .._ratelimit import TokenBucket, origin_of, shared_bucket
from .._responses import unwrap
from .._retry import RetryPolicy
from .._settings import checked_base_url, credential
from ._auth import BearerAuth

if TYPE_CHECKING:
    from . import webhooks

__all__ = [
    "MOCK_URL",
    "PRODUCTION_URL",
    "RATE_LIMIT",
    "RATE_WINDOW",
    "AuthenticatedClient",
    "BearerAuth",
    "Client",
    "TokenBucket",
    "api",
    "connect",
    "handshake",
    "models",
    "webhooks",
]

PRODUCTION_URL = "https://api.panoraysapp.com"
MOCK_URL = "https://panorays-papi-v2-documentation.redocly.app/_mock/swagger"
TOKEN_ENV = "PANORAYS_API_TOKEN"
RATE_LIMIT = 150
RATE_WINDOW = 60.0


def connect(
    token: str | None = None,
    *,
    base_url: str | None = None,
    timeout: httpx.Timeout | float | None = None,
    retry: RetryPolicy | None = None,
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
    debug: bool = False,
    deadline: float | None = DEFAULT_DEADLINE,
    limiter: TokenBucket | None = None,
) -> AuthenticatedClient:
    """A client for Panorays (production unless `base_url` says otherwise, e.g. `MOCK_URL`).

    `token` defaults to `PANORAYS_API_TOKEN`. By default every client using the same token
    and server (scheme, host and port, however the URL is spelled) in this process shares one
    limiter of 150 requests a minute; pass `limiter`
    (a `TokenBucket`) for another limit or an injected clock.

    `deadline` is each call's total time (60 s by default; `None` for none): its attempts, the
    waits between them and its body together; `client_overlays.deadline(...)` overrides it for
    the calls in a block. Past it, `DeadlineExceeded` (worst cases: README, "Retries").
    """
    secret = credential(token, argument="token", env=TOKEN_ENV)
    url = checked_base_url(base_url or PRODUCTION_URL)
    if limiter is None:
        # Keyed on the server (however its URL is spelled) and the token: what Panorays counts.
        limiter = shared_bucket(f"{origin_of(url)}|{secret}", lambda: TokenBucket(limit=RATE_LIMIT, window=RATE_WINDOW))
    policy = retry or RetryPolicy()
    # Retrying a 429 would walk into Panorays' one-hour block: surface it instead.
    policy = dataclasses.replace(policy, statuses=policy.statuses - {429})
    return build_client(
        AuthenticatedClient,
        vendor="panorays",
        base_url=url,
        auth=BearerAuth(secret),
        auth_header="Authorization",
        timeout=timeout,
        retry=policy,
        transport=transport,
        debug=debug,
        deadline=deadline,
        rate_limit=limiter,
    )


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
