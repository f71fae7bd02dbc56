"""client_overlays.pandium against the Pandium mock: X-API-KEY auth, FastAPI validation details
as typed errors, retries under injected faults."""

from __future__ import annotations

from typing import Any

import pytest
from pandium_client import AuthenticatedClient
from pandium_client.api.integrations import get_integration, list_integrations
from pandium_client.api.tenants import create_tenant, list_tenants
from pandium_client.models import Integration, Tenant, TenantCreate

from client_overlays import NotFoundError, RetryPolicy, UnauthorizedError, UnprocessableEntityError, pandium, unwrap
from integration.conftest import Wire
from vendor_mocks import FakeClock, FaultConfig, create_mock
from vendor_mocks.pandium import DEFAULT_API_KEY, PandiumMock


@pytest.fixture
def mock() -> PandiumMock:
    created = create_mock("pandium", clock=FakeClock())
    return created


def connect(mock: PandiumMock, wire: Wire, api_key: str = DEFAULT_API_KEY, **options: Any) -> AuthenticatedClient:
    options.setdefault("retry", RetryPolicy(sleep=lambda seconds: None))
    return pandium.connect(api_key, base_url=wire.base_url, transport=wire.transport(), **options)


def test_api_key_end_to_end(mock: PandiumMock, wire: Wire) -> None:
    integrations = unwrap(list_integrations.sync_detailed(client=connect(mock, wire), limit=5))
    assert integrations and all(isinstance(item, Integration) for item in integrations)


def test_wrong_key_is_unauthorized(mock: PandiumMock, wire: Wire) -> None:
    with pytest.raises(UnauthorizedError):
        unwrap(list_integrations.sync_detailed(client=connect(mock, wire, "pandium-wrong")))


def test_validation_details_reach_the_typed_error(mock: PandiumMock, wire: Wire) -> None:
    client = connect(mock, wire)
    integration = unwrap(list_integrations.sync_detailed(client=client, limit=1))[0]
    body = TenantCreate(name="Not A Valid Name", integration_id=integration.id)
    with pytest.raises(UnprocessableEntityError) as caught:
        unwrap(create_tenant.sync_detailed(client=client, body=body))
    assert "body.name" in caught.value.detail
    with pytest.raises(UnprocessableEntityError, match=r"query\.limit"):
        unwrap(list_tenants.sync_detailed(client=client, limit=501))


def test_unknown_ids_are_not_found(mock: PandiumMock, wire: Wire) -> None:
    with pytest.raises(NotFoundError):
        unwrap(get_integration.sync_detailed(999_999, client=connect(mock, wire)))


def test_creates_a_tenant(mock: PandiumMock, wire: Wire) -> None:
    client = connect(mock, wire)
    integration = unwrap(list_integrations.sync_detailed(client=client, limit=1))[0]
    tenant = unwrap(
        create_tenant.sync_detailed(client=client, body=TenantCreate(name="acme-prod", integration_id=integration.id)),
        Tenant,
    )
    assert tenant.name == "acme-prod" and tenant.paused


def test_reads_survive_injected_faults(mock: PandiumMock, wire: Wire) -> None:
    mock.faults = FaultConfig(seed=6, rate_503=0.2, rate_500=0.1, rate_drop=0.1)
    client = connect(mock, wire, retry=RetryPolicy(retries=8, sleep=lambda seconds: None))
    for skip in range(0, 120, 20):
        assert len(unwrap(list_tenants.sync_detailed(client=client, skip=skip, limit=20))) == 20
    assert sum(mock.injected.values()) >= 2
