"""What every tour shares: the mocks on the import path, an in-process client, step output."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

_TESTS = Path(__file__).resolve().parents[2] / "tests"
if str(_TESTS) not in sys.path:
    sys.path.insert(0, str(_TESTS))

from mocks import VendorMock, create_mock  # noqa: E402  (found through tests/, added above)

__all__ = ["BASE_URL", "VendorMock", "create_mock", "mock_options", "mocks_module", "step"]

BASE_URL = "http://mock.invalid"


def mock_options(mock: VendorMock) -> dict[str, Any]:
    """What `connect()` needs to talk to `mock` in-process instead of the vendor."""
    return {"base_url": BASE_URL, "transport": mock.transport()}


def mocks_module(name: str) -> Any:
    """A vendor's mock module (`mocks.<name>`), for its types and constants."""
    return importlib.import_module(f"mocks.{name}")


def step(action: str, outcome: str) -> None:
    print(f"   {action:<50} {outcome}")
