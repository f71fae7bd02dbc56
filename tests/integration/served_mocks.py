"""All five mocks served on 127.0.0.1, and the environment a user's script reads to reach them:
`<VENDOR>_BASE_URL` and the credential variables `connect()` falls back to."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator

import vendor_mocks
from speclib import discover_vendors
from vendor_mocks import FakeClock
from vendor_mocks.credentials import CONNECT_ARGUMENTS

__all__ = ["ENVIRONMENT", "environment", "serve_all"]

# connect() argument -> the environment variable it falls back to
ENVIRONMENT = {
    ("economic-suppliers", "app_secret_token"): "ECONOMIC_APP_SECRET_TOKEN",
    ("economic-suppliers", "agreement_grant_token"): "ECONOMIC_AGREEMENT_GRANT_TOKEN",
    ("panamah", "partner_token"): "PANAMAH_PARTNER_TOKEN",
    ("panamah", "partner_secret"): "PANAMAH_PARTNER_SECRET",
    ("pandium", "api_key"): "PANDIUM_API_KEY",
    ("panorays", "token"): "PANORAYS_API_TOKEN",
    ("paymentworks", "token"): "PAYMENTWORKS_TOKEN",
}


@contextlib.contextmanager
def serve_all() -> Iterator[dict[str, vendor_mocks.RunningMock]]:
    """Every vendor's mock under uvicorn, by slug, for the length of the block."""
    with contextlib.ExitStack() as stack:
        running = {}
        for vendor in discover_vendors():
            # Panamah checks the stream login's timestamp against its clock: keep it at the real time.
            options = {"clock": FakeClock(start=time.time())} if vendor.slug == "panamah" else {}
            running[vendor.slug] = stack.enter_context(vendor_mocks.running(vendor.slug, served=True, **options))
        yield running


def environment(served: dict[str, vendor_mocks.RunningMock]) -> dict[str, str]:
    """The variables that point every `connect()` at the served mocks with their credentials."""
    variables = {}
    for slug, running in served.items():
        variables[f"{slug.split('-')[0].upper()}_BASE_URL"] = running.base_url
        for argument, value in CONNECT_ARGUMENTS[slug].items():
            variables[ENVIRONMENT[(slug, argument)]] = value
    return variables
