"""Pandium: `connect()` over the generated `pandium_client`, authenticated with `X-API-KEY`.

```python
from client_overlays import pandium, unwrap
from pandium_client.api.tenants import list_tenants

client = pandium.connect()                 # key from PANDIUM_API_KEY
tenants = unwrap(list_tenants.sync_detailed(client=client, limit=50))
```
"""

from __future__ import annotations

import httpx
from pandium_client import AuthenticatedClient, Client, api, models

from .._auth import HeaderAuth
from .._client import build_client
from .._deadline import DEFAULT_DEADLINE
from .._retry import RetryPolicy
from .._settings import credential

__all__ = ["PRODUCTION_URL", "SANDBOX_URL", "AuthenticatedClient", "Client", "api", "connect", "models"]

PRODUCTION_URL = "https://api.pandium.io"
SANDBOX_URL = "https://api.sandbox.pandium.com"
API_KEY_ENV = "PANDIUM_API_KEY"
API_KEY_HEADER = "X-API-KEY"


def connect(
    api_key: str | None = None,
    *,
    sandbox: bool = False,
    base_url: str | None = None,
    timeout: httpx.Timeout | float | None = None,
    retry: RetryPolicy | None = None,
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
    debug: bool = False,
    deadline: float | None = DEFAULT_DEADLINE,
) -> AuthenticatedClient:
    """A client for Pandium: production by default, `sandbox=True` or any `base_url`.

    `api_key` defaults to the `PANDIUM_API_KEY` environment variable.

    `deadline` is each call's total time (60 s by default; `None` for none): its attempts, the
    waits between them and its body together; `client_overlays.deadline(...)` overrides it for
    the calls in a block. Past it, `DeadlineExceeded` (worst cases: README, "Retries").
    """
    key = credential(api_key, argument="api_key", env=API_KEY_ENV)
    return build_client(
        AuthenticatedClient,
        vendor="pandium",
        base_url=base_url or (SANDBOX_URL if sandbox else PRODUCTION_URL),
        auth=HeaderAuth({API_KEY_HEADER: key}),
        auth_header=API_KEY_HEADER,
        timeout=timeout,
        retry=retry,
        transport=transport,
        debug=debug,
        deadline=deadline,
    )
