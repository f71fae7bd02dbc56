"""client_overlays.pandium.pagination against the Pandium mock: every tenant (and integration, and
run of a tenant) once, in order, `skip`/`limit` until a short page, through injected faults,
sequentially and with windows of pages fetched ahead (threads and tasks) that stay in order and
overshoot the end by at most `concurrency - 1` requests; `max_items`; resuming from an offset
after a failed request; no total for progress."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pandium_client import AuthenticatedClient
from pandium_client.api.integrations import list_integration_releases, list_integrations
from pandium_client.api.runs import list_tenant_runs
from pandium_client.api.tenants import list_tenants

from client_overlays import RetryPolicy, ServerError, pandium
from client_overlays.pandium.pagination import apaginate, paginate
from integration.conftest import CountingTransport, Wire
from vendor_mocks import FakeClock, FaultConfig, create_mock
from vendor_mocks.pandium import DEFAULT_API_KEY, PandiumMock

TENANTS = 450
LIMIT = 37
FAULTS = FaultConfig(seed=6, rate_503=0.2, rate_drop=0.1)


async def no_sleep(seconds: float) -> None:
    """Retries wait on an injected sleep: the tests never wait for real."""


@pytest.fixture(scope="module")
def mock() -> PandiumMock:
    # Read-only tests share one mock; each test that injects faults puts them back.
    created = create_mock("pandium", clock=FakeClock(), tenants=TENANTS)
    return created


@pytest.fixture(autouse=True)
def no_faults(mock: PandiumMock) -> None:
    mock.faults = FaultConfig()


def connect(mock: PandiumMock, wire: Wire, *, retries: int = 10, transport: Any = None) -> AuthenticatedClient:
    return pandium.connect(
        DEFAULT_API_KEY,
        base_url=wire.base_url,
        transport=transport or wire.transport(),
        retry=RetryPolicy(retries=retries, sleep=lambda seconds: None, async_sleep=no_sleep),
    )


def tenant_ids(mock: PandiumMock) -> list[int]:
    return [tenant.id for tenant in mock.state.tenants.values() if not tenant.archived]


def ids(items: Any) -> list[int]:
    return [int(item.id) for item in items]


@pytest.mark.parametrize("concurrency", [1, 6])
def test_every_tenant_once_in_order(mock: PandiumMock, wire: Wire, concurrency: int) -> None:
    counting = CountingTransport(wire.transport())
    walk = paginate(
        list_tenants.sync_detailed, client=connect(mock, wire, transport=counting), limit=LIMIT, concurrency=concurrency
    )
    assert ids(walk) == tenant_ids(mock)
    pages = len(tenant_ids(mock)) // LIMIT + 1  # the last page is short (or empty)
    assert pages <= counting.paths["/v2/tenants"] <= pages + concurrency - 1


@pytest.mark.parametrize("concurrency", [1, 8])
def test_sorted_and_through_faults(mock: PandiumMock, wire: Wire, concurrency: int) -> None:
    expected = [t.id for t in sorted(mock.state.tenants.values(), key=lambda t: t.name, reverse=True) if not t.archived]
    mock.faults = FAULTS
    walk = paginate(
        list_tenants.sync_detailed,
        client=connect(mock, wire),
        limit=LIMIT,
        sort_by="name__DESC",
        concurrency=concurrency,
    )
    assert ids(walk) == expected
    assert mock.injected["503"] > 0 and mock.injected["drop"] > 0


def test_integrations_and_runs_of_a_tenant(mock: PandiumMock, wire: Wire) -> None:
    client = connect(mock, wire)
    integrations = paginate(list_integrations.sync_detailed, client=client, limit=2, concurrency=3)
    assert ids(integrations) == [i.id for i in mock.state.integrations.values() if not i.archived]
    tenant = max(mock.state.tenants.values(), key=lambda t: len(mock.state.runs_of(t.id)))
    runs = paginate(list_tenant_runs.sync_detailed, tenant_id=tenant.id, client=client, limit=1)
    assert sorted(ids(runs)) == sorted(run.id for run in mock.state.runs_of(tenant.id))
    with pytest.raises(TypeError, match="limit"):
        paginate(list_integration_releases.sync_detailed, integration_id=1, client=client)


def test_max_items_and_no_total(mock: PandiumMock, wire: Wire) -> None:
    counting = CountingTransport(wire.transport())
    totals: set[int | None] = set()
    walk = paginate(
        list_tenants.sync_detailed,
        client=connect(mock, wire, transport=counting),
        limit=LIMIT,
        concurrency=8,
        max_items=100,
        progress=lambda done, total: totals.add(total),
    )
    assert ids(walk) == tenant_ids(mock)[:100]
    assert counting.paths["/v2/tenants"] == 3, "no page past what max_items needs"
    assert totals == {None}


def test_resume_after_a_failed_request(mock: PandiumMock, wire: Wire) -> None:
    fragile = connect(mock, wire, retries=0)
    walk = paginate(list_tenants.sync_detailed, client=fragile, limit=LIMIT, concurrency=4)
    first: list[int] = []
    with pytest.raises(ServerError):
        for tenant in walk:
            first.append(tenant.id)
            if len(first) == 150:
                mock.faults = FaultConfig(rate_503=1.0)
    checkpoint = json.loads(json.dumps(walk.position))
    mock.faults = FaultConfig()
    rest = paginate(list_tenants.sync_detailed, client=fragile, limit=LIMIT, resume_from=checkpoint)
    assert first + ids(rest) == tenant_ids(mock)


async def test_async_windows_in_tasks_with_faults_and_resume(mock: PandiumMock, wire: Wire) -> None:
    mock.faults = FAULTS
    client = connect(mock, wire)
    walk = apaginate(list_tenants.asyncio_detailed, client=client, limit=LIMIT, concurrency=8)
    assert [tenant.id async for tenant in walk] == tenant_ids(mock)
    head = apaginate(list_tenants.asyncio_detailed, client=client, limit=LIMIT, concurrency=8)
    first: list[int] = []
    async for page in head.iter_pages():
        first += ids(page.items)
        if len(first) > 200:
            break
    rest = apaginate(
        list_tenants.asyncio_detailed, client=client, limit=LIMIT, concurrency=3, resume_from=head.position
    )
    assert first + [tenant.id async for tenant in rest] == tenant_ids(mock)
