"""Panorays: our endpoint registers over plain http on 127.0.0.1 and receives signed events."""

from __future__ import annotations

from typing import Any

import pytest
from panorays_client.api.supplier import create_supplier
from panorays_client.models import SupplierCreate

from acme_vendor_sync import panorays
from client_overlays import unwrap
from vendor_mocks import RunningMock, serve


@pytest.mark.parametrize("fixture", ["panorays_mock", "panorays_mock_served"])
def test_registered_endpoint_receives_verified_events(fixture: str, request: pytest.FixtureRequest) -> None:
    panorays_mock: RunningMock = request.getfixturevalue(fixture)
    events: list[dict[str, Any]] = []
    secrets: list[str] = []
    # Events are signed with the mock's clock, so the receiver checks their age against it.
    app = panorays.receiver(lambda: secrets[0], events.append, now=panorays_mock.mock.clock.now)
    with serve(app) as receiver_url:
        secrets.append(panorays.register(panorays_mock.client, f"{receiver_url}/panorays/events"))
        body = SupplierCreate(name="Nordic Freight", asset="nordic-freight.example")
        created = unwrap(create_supplier.sync_detailed(client=panorays_mock.client, body=body))

    assert [(event["event"], event["supplier_id"]) for event in events] == [("supplier.created", created.id)]
