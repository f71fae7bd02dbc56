"""What every tour shares: the mocks on the import path, an in-process client, step output."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import httpx

_TESTS = Path(__file__).resolve().parents[2] / "tests"
if str(_TESTS) not in sys.path:
    sys.path.insert(0, str(_TESTS))

from mocks import VendorMock, create_mock  # noqa: E402  (found through tests/, added above)

__all__ = ["VendorMock", "create_mock", "in_process", "step"]

BASE_URL = "http://mock.invalid"


def in_process(client_class: type[Any], mock: VendorMock, **auth: Any) -> Any:
    """A generated client whose requests go to `mock` in-process."""
    return client_class(
        base_url=BASE_URL, timeout=httpx.Timeout(10.0), httpx_args={"transport": mock.transport()}, **auth
    )


def step(action: str, outcome: str) -> None:
    print(f"   {action:<44} {outcome}")
