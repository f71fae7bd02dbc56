"""Helpers for calling the mocks through the generated clients, in-process."""

from __future__ import annotations

from typing import Any

import httpx

from mocks import VendorMock

MOCK_BASE_URL = "http://mock.invalid"


def generated_client(client_class: type[Any], mock: VendorMock, **auth: Any) -> Any:
    """A generated `AuthenticatedClient`/`Client` whose requests go to `mock` in-process.

    One two-sided transport serves both the sync and the async httpx client, so the same
    client object exercises `sync_detailed` and `asyncio_detailed`.
    """
    return client_class(
        base_url=MOCK_BASE_URL,
        timeout=httpx.Timeout(10.0),
        raise_on_unexpected_status=True,  # an undocumented status fails the test loudly
        httpx_args={"transport": mock.transport()},
        **auth,
    )
