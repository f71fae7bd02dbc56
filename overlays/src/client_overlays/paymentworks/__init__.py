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

from typing import TYPE_CHECKING, Any, Unpack

from paymentworks_client import AuthenticatedClient, Client, api, models

from .._auth import HeaderAuth
from .._client import ClientOptions
from .._connect import connect_client
from .._generated.paymentworks_client import PaymentworksClient
from .._raising import vendor_auth
from .._responses import unwrap
from .._settings import credential
from .._specfacts import spec_facts

if TYPE_CHECKING:
    from paymentworks_client.types import Response

__all__ = [
    "PRODUCTION_URL",
    "SANDBOX_URL",
    "AuthenticatedClient",
    "Client",
    "ClientOptions",
    "PaymentworksClient",
    "api",
    "connect",
    "models",
    "rotate_token",
    "rotate_token_async",
]

spec = spec_facts("paymentworks")
PRODUCTION_URL, SANDBOX_URL = spec.servers["production"], spec.servers["sandbox"]
_HEADER = spec.credential_headers["tokenAuth"]


def connect(token: str | None = None, *, sandbox: bool = False, **options: Unpack[ClientOptions]) -> PaymentworksClient:
    """A client for PaymentWorks: production by default, `sandbox=True` or any `base_url`.

    `token` defaults to the `PAYMENTWORKS_TOKEN` environment variable. `options`: `ClientOptions`.
    """
    auth = HeaderAuth(_token_header(credential(token, argument="token", env="PAYMENTWORKS_TOKEN")))
    return connect_client(PaymentworksClient, auth, sandbox=sandbox, **options)


def rotate_token(client: AuthenticatedClient, *, user_id: int) -> str:
    """Ask PaymentWorks for a new token and use it from now on; the old one stops working.

    Returns the new token, which the caller should store: it is the only copy.
    """
    # Imported here: token rotation is an explicit step, not something connect() or a first call needs.
    from paymentworks_client.api.users import refresh_auth_token
    from paymentworks_client.models import RefreshAuthTokenRequest

    auth = _auth_of(client)
    return _use(auth, refresh_auth_token.sync_detailed(client=client, user_id=user_id, body=RefreshAuthTokenRequest()))


async def rotate_token_async(client: AuthenticatedClient, *, user_id: int) -> str:
    """`rotate_token` for asyncio code."""
    from paymentworks_client.api.users import refresh_auth_token
    from paymentworks_client.models import RefreshAuthTokenRequest

    auth = _auth_of(client)
    body = RefreshAuthTokenRequest()
    return _use(auth, await refresh_auth_token.asyncio_detailed(client=client, user_id=user_id, body=body))


def _token_header(token: str) -> dict[str, str]:
    # DRF token authentication: the word `Token`, one space, the token (the spec's tokenAuth).
    return {_HEADER: f"Token {token}" if token else ""}


def _auth_of(client: AuthenticatedClient) -> HeaderAuth:
    return vendor_auth(
        client.get_httpx_client().auth,
        HeaderAuth,
        "rotate_token needs a client made by client_overlays.paymentworks.connect()",
    )


def _use(auth: HeaderAuth, answer: Response[Any]) -> str:
    from paymentworks_client.models import AuthTokenRefreshed

    refreshed = unwrap(answer, AuthTokenRefreshed)
    auth.replace(_token_header(refreshed.auth_token))
    return refreshed.auth_token
