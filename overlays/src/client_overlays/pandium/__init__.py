"""Pandium: `connect()` over the generated `pandium_client`, authenticated with `X-API-KEY`.

```python
from client_overlays import pandium, unwrap
from pandium_client.api.tenants import list_tenants

client = pandium.connect()                 # key from PANDIUM_API_KEY
tenants = unwrap(list_tenants.sync_detailed(client=client, limit=50))
```
"""

from __future__ import annotations

from typing import Unpack

from pandium_client import AuthenticatedClient, Client, api, models

from .._auth import HeaderAuth
from .._client import ClientOptions
from .._connect import connect_client
from .._generated.pandium_client import PandiumClient
from .._settings import credential
from .._specfacts import spec_facts

__all__ = [
    "PRODUCTION_URL",
    "SANDBOX_URL",
    "AuthenticatedClient",
    "Client",
    "ClientOptions",
    "PandiumClient",
    "api",
    "connect",
    "models",
]

spec = spec_facts("pandium")
PRODUCTION_URL, SANDBOX_URL = spec.servers["production"], spec.servers["sandbox"]


def connect(api_key: str | None = None, *, sandbox: bool = False, **options: Unpack[ClientOptions]) -> PandiumClient:
    """A client for Pandium: production by default, `sandbox=True` or any `base_url`.

    `api_key` defaults to the `PANDIUM_API_KEY` environment variable. `options`: `ClientOptions`.
    """
    key = credential(api_key, argument="api_key", env="PANDIUM_API_KEY")
    return connect_client(
        PandiumClient, HeaderAuth({spec.credential_headers["PandiumApiKey"]: key}), sandbox=sandbox, **options
    )
