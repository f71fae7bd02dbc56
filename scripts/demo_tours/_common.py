"""What every tour shares: the installed mocks (`vendor_mocks`), an in-process client, step output."""

from __future__ import annotations

import importlib
from typing import Any

from vendor_mocks import VendorMock, create_mock

__all__ = ["BASE_URL", "VendorMock", "create_mock", "mock_options", "mocks_module", "step"]

BASE_URL = "http://mock.invalid"


def mock_options(mock: VendorMock) -> dict[str, Any]:
    """What `connect()` needs to talk to `mock` in-process instead of the vendor."""
    return {"base_url": BASE_URL, "transport": mock.transport()}


def mocks_module(name: str) -> Any:
    """A vendor's mock module (`vendor_mocks.<name>`), for its types and constants."""
    return importlib.import_module(f"vendor_mocks.{name}")


def step(action: str, outcome: str) -> None:
    print(f"   {action:<50} {outcome}")
