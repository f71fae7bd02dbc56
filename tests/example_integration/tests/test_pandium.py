"""Pandium: a sync run goes from queued to completed as the mock's clock moves."""

from __future__ import annotations

import pytest

from acme_vendor_sync.pandium import sync_and_wait
from vendor_mocks import RunningMock


@pytest.mark.parametrize("fixture", ["pandium_mock", "pandium_mock_served"])
def test_sync_run_completes_on_the_mock_clock(fixture: str, request: pytest.FixtureRequest) -> None:
    pandium_mock: RunningMock = request.getfixturevalue(fixture)
    tenant = next(t for t in pandium_mock.mock.snapshot()["tenants"] if not t["archived"] and not t["paused"])

    # Waiting moves the mock's clock instead of sleeping: the whole run takes no real time.
    statuses = sync_and_wait(pandium_mock.client, tenant["id"], wait=pandium_mock.mock.advance)

    assert statuses == ["queued", "in progress", "completed"]
