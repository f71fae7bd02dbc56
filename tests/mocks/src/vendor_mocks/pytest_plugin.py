"""pytest fixtures for every vendor mock, registered through the `pytest11` entry point.

Per vendor (`economic`, `panamah`, `pandium`, `panorays`, `paymentworks`):

- `<vendor>_mock`: the mock in-process (no sockets);
- `<vendor>_mock_served`: the mock served by uvicorn on 127.0.0.1 on a free port.

Each gives a `RunningMock`: `.mock` (seed, snapshot, request_log, faults, advance, reset),
`.base_url`, `.transport` (in-process only) and `.client`, a client from
`client_overlays.<vendor>.connect(...)` aimed at the mock (made on first use; it needs
client-overlays with the vendor's extra). Mocks run on a `FakeClock`. Constructor options
come from a marker: `@pytest.mark.vendor_mock_options(contacts=0)`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from ._running import RunningMock, running

__all__ = ["FIXTURE_VENDORS"]

# fixture prefix -> vendor (the short names users type; `economic` is `economic-suppliers`)
FIXTURE_VENDORS = {
    "economic": "economic-suppliers",
    "panamah": "panamah",
    "pandium": "pandium",
    "panorays": "panorays",
    "paymentworks": "paymentworks",
}


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "vendor_mock_options(**options): constructor options of the vendor mocks a test's fixtures build"
    )


def _fixture(vendor: str, *, served: bool) -> Any:
    def fixture(request: pytest.FixtureRequest) -> Iterator[RunningMock]:
        marker = request.node.get_closest_marker("vendor_mock_options")
        options = dict(marker.kwargs) if marker is not None else {}
        with running(vendor, served=served, **options) as handle:
            yield handle

    where = "served on 127.0.0.1 (a free port)" if served else "in-process (no sockets)"
    fixture.__doc__ = f"The {vendor} mock {where}, with a client from client_overlays at `.client`."
    return fixture


for _prefix, _vendor in FIXTURE_VENDORS.items():
    for _served in (False, True):
        _name = f"{_prefix}_mock_served" if _served else f"{_prefix}_mock"
        globals()[_name] = pytest.fixture(name=_name)(_fixture(_vendor, served=_served))
