"""PaymentWorks: `connect()` and token rotation over the generated `paymentworks_client`.

```python
from client_overlays import paymentworks, unwrap
from paymentworks_client.api.updates import list_updates

client = paymentworks.connect()            # token from PAYMENTWORKS_TOKEN
page = unwrap(list_updates.sync_detailed(client=client, status=1))
paymentworks.rotate_token(client, user_id=42)   # new token, swapped into the live client
```
"""

from __future__ import annotations

import httpx
from paymentworks_client import AuthenticatedClient, Client, api, models

from .._client import build_client
from .._deadline import DEFAULT_DEADLINE
from .._responses import unwrap
from .._retry import RetryPolicy
from .._settings import credential
from ._auth import TokenAuth

__all__ = [
    "PRODUCTION_URL",
    "SANDBOX_URL",
    "AuthenticatedClient",
    "Client",
    "TokenAuth",
    "api",
    "connect",
    "models",
    "rotate_token",
    "rotate_token_async",
]

PRODUCTION_URL = "https://www.paymentworks.com/api"
SANDBOX_URL = "https://sandbox.paymentworks.com/api"
TOKEN_ENV = "PAYMENTWORKS_TOKEN"


def connect(
    token: str | None = None,
    *,
    sandbox: bool = False,
    base_url: str | None = None,
    timeout: httpx.Timeout | float | None = None,
    retry: RetryPolicy | None = None,
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
    debug: bool = False,
    deadline: float | None = DEFAULT_DEADLINE,
) -> AuthenticatedClient:
    """A client for PaymentWorks: production by default, `sandbox=True` or any `base_url`.

    `token` defaults to the `PAYMENTWORKS_TOKEN` environment variable.

    `deadline` is each call's total time (60 s by default; `None` for none): its attempts, the
    waits between them and its body together; `client_overlays.deadline(...)` overrides it for
    the calls in a block. Past it, `DeadlineExceeded` (worst cases: README, "Retries").
    """
    auth = TokenAuth(credential(token, argument="token", env=TOKEN_ENV))
    return build_client(
        AuthenticatedClient,
        vendor="paymentworks",
        base_url=base_url or (SANDBOX_URL if sandbox else PRODUCTION_URL),
        auth=auth,
        auth_header="Authorization",
        timeout=timeout,
        retry=retry,
        transport=transport,
        debug=debug,
        deadline=deadline,
    )


def rotate_token(client: AuthenticatedClient, *, user_id: int) -> str:
    """Ask PaymentWorks for a new token and use it from now on; the old one stops working.

    Returns the new token, which the caller should store: it is the only copy.
    """
    # Imported here: token rotation is an explicit step, not something connect() or a first call needs.
    from paymentworks_client.api.users import refresh_auth_token
    from paymentworks_client.models import AuthTokenRefreshed, RefreshAuthTokenRequest

    auth = _token_auth(client)
    answer = refresh_auth_token.sync_detailed(client=client, user_id=user_id, body=RefreshAuthTokenRequest())
    refreshed = unwrap(answer, AuthTokenRefreshed)
    auth.token = refreshed.auth_token
    return refreshed.auth_token


async def rotate_token_async(client: AuthenticatedClient, *, user_id: int) -> str:
    """`rotate_token` for asyncio code."""
    from paymentworks_client.api.users import refresh_auth_token
    from paymentworks_client.models import AuthTokenRefreshed, RefreshAuthTokenRequest

    auth = _token_auth(client)
    answer = await refresh_auth_token.asyncio_detailed(client=client, user_id=user_id, body=RefreshAuthTokenRequest())
    refreshed = unwrap(answer, AuthTokenRefreshed)
    auth.token = refreshed.auth_token
    return refreshed.auth_token


def _token_auth(client: AuthenticatedClient) -> TokenAuth:
    auth = client.get_httpx_client().auth
    if not isinstance(auth, TokenAuth):
        raise TypeError("rotate_token needs a client made by client_overlays.paymentworks.connect()")
    return auth
