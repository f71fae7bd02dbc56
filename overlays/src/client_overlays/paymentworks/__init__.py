"""PaymentWorks: overlay over the generated `paymentworks_client` package.

For now this re-exports the generated client classes and the `api` and `models`
packages, so user code can depend on `client_overlays.paymentworks` from day one; auth flows,
retries, typed errors and pagination helpers are added here without changing those names.
"""

from __future__ import annotations

from paymentworks_client import AuthenticatedClient, Client, api, models

__all__ = ["AuthenticatedClient", "Client", "api", "models"]
