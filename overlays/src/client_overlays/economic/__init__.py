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

from typing import Unpack

from economic_suppliers_client import AuthenticatedClient, Client, api, models

from .._client import ClientOptions
from .._connect import connect_client
from .._generated.economic_client import EconomicClient
from .._settings import credential
from .._specfacts import spec_facts
from ._auth import DEMO_TOKEN, EconomicAuth
from ._conflicts import classify_error, update_with_retry

__all__ = [
    "DEMO_TOKEN",
    "PRODUCTION_URL",
    "AuthenticatedClient",
    "Client",
    "ClientOptions",
    "EconomicAuth",
    "EconomicClient",
    "api",
    "connect",
    "models",
    "update_with_retry",
]

spec = spec_facts("economic-suppliers")
PRODUCTION_URL = spec.servers["production"]


def connect(
    app_secret_token: str | None = None,
    agreement_grant_token: str | None = None,
    *,
    demo: bool = False,
    **options: Unpack[ClientOptions],
) -> EconomicClient:
    """A client for e-conomic's Suppliers API (production; any `base_url` on request).

    e-conomic has no sandbox host: `demo=True` uses its read-only demo agreement instead.
    Tokens default to the `ECONOMIC_APP_SECRET_TOKEN` and `ECONOMIC_AGREEMENT_GRANT_TOKEN`
    environment variables. `options`: `ClientOptions`.
    """
    if demo:
        auth = EconomicAuth.demo()
    else:
        auth = EconomicAuth(
            credential(app_secret_token, argument="app_secret_token", env="ECONOMIC_APP_SECRET_TOKEN"),
            credential(agreement_grant_token, argument="agreement_grant_token", env="ECONOMIC_AGREEMENT_GRANT_TOKEN"),
        )
    return connect_client(EconomicClient, auth, classify=classify_error, **options)
