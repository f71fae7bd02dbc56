"""Pandium API v2: overlay over the generated `pandium_client` package.

For now this re-exports the generated client classes and the `api` and `models`
packages, so user code can depend on `client_overlays.pandium` from day one; auth flows,
retries, typed errors and pagination helpers are added here without changing those names.
"""

from __future__ import annotations

from pandium_client import AuthenticatedClient, Client, api, models

__all__ = ["AuthenticatedClient", "Client", "api", "models"]
