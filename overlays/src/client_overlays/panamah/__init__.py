"""Panamah Core: overlay over the generated `panamah_client` package.

For now this re-exports the generated client classes and the `api` and `models`
packages, so user code can depend on `client_overlays.panamah` from day one; auth flows,
retries, typed errors and pagination helpers are added here without changing those names.
"""

from __future__ import annotations

from panamah_client import AuthenticatedClient, Client, api, models

__all__ = ["AuthenticatedClient", "Client", "api", "models"]
