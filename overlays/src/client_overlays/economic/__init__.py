"""Visma e-conomic Suppliers API: `connect()` over the generated `economic_suppliers_client`.

```python
from client_overlays import economic, unwrap
from economic_suppliers_client.api.contacts import get_all_contacts

client = economic.connect()          # tokens from ECONOMIC_APP_SECRET_TOKEN / ECONOMIC_AGREEMENT_GRANT_TOKEN
demo = economic.connect(demo=True)   # e-conomic's read-only demo agreement
first_page = unwrap(get_all_contacts.sync_detailed(client=client))
```

Every write carries an `Idempotency-Key` (made once per request and reused by its retries),
and a 409 raises `ObjectVersionConflictError`; `update_with_retry` re-reads and re-applies.
"""

from __future__ import annotations

import httpx
from economic_suppliers_client import AuthenticatedClient, Client, api, models

from .._client import build_client
from .._deadline import DEFAULT_DEADLINE
from .._responses import register_refinement
from .._retry import RetryPolicy
from .._settings import credential
from ._auth import DEMO_TOKEN, EconomicAuth
from ._conflicts import classify_error, update_with_retry

__all__ = [
    "DEMO_TOKEN",
    "PRODUCTION_URL",
    "AuthenticatedClient",
    "Client",
    "EconomicAuth",
    "api",
    "connect",
    "models",
    "update_with_retry",
]

PRODUCTION_URL = "https://apis.e-conomic.com/suppliersapi/v1.0.1"
APP_SECRET_ENV = "ECONOMIC_APP_SECRET_TOKEN"
AGREEMENT_GRANT_ENV = "ECONOMIC_AGREEMENT_GRANT_TOKEN"
VENDOR = "economic"

register_refinement(VENDOR, classify_error)


def connect(
    app_secret_token: str | None = None,
    agreement_grant_token: str | None = None,
    *,
    demo: bool = False,
    base_url: str | None = None,
    timeout: httpx.Timeout | float | None = None,
    retry: RetryPolicy | None = None,
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
    debug: bool = False,
    deadline: float | None = DEFAULT_DEADLINE,
) -> AuthenticatedClient:
    """A client for e-conomic's Suppliers API (production; any `base_url` on request).

    e-conomic has no sandbox host: `demo=True` uses its read-only demo agreement instead.
    Tokens default to the `ECONOMIC_APP_SECRET_TOKEN` and `ECONOMIC_AGREEMENT_GRANT_TOKEN`
    environment variables.

    `deadline` is each call's total time (60 s by default; `None` for none): its attempts, the
    waits between them and its body together; `client_overlays.deadline(...)` overrides it for
    the calls in a block. Past it, `DeadlineExceeded` (worst cases: README, "Retries").
    """
    if demo:
        auth = EconomicAuth.demo()
    else:
        auth = EconomicAuth(
            credential(app_secret_token, argument="app_secret_token", env=APP_SECRET_ENV),
            credential(agreement_grant_token, argument="agreement_grant_token", env=AGREEMENT_GRANT_ENV),
        )
    return build_client(
        AuthenticatedClient,
        vendor=VENDOR,
        base_url=base_url or PRODUCTION_URL,
        auth=auth,
        auth_header="X-AppSecretToken",
        timeout=timeout,
        retry=retry,
        transport=transport,
        debug=debug,
        deadline=deadline,
    )
