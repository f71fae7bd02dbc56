"""client_overlays.paymentworks.pagination against the PaymentWorks mock: every update (and
new-vendor request) once, in DRF's order, following `next` across pages, through injected
faults, sequentially and with concurrent read-ahead once `count` is known (threads and tasks);
`max_items` fetches no page it does not need; resuming from a page number after a failed
request; progress gets DRF's `count`."""

from __future__ import annotations

import json
from typing import Any

import pytest
from paymentworks_client import AuthenticatedClient
from paymentworks_client.api.new_vendor_requests import list_new_vendor_requests
from paymentworks_client.api.updates import list_updates
from paymentworks_client.models import UpdateStatusCode

from client_overlays import RetryPolicy, ServerError, paymentworks
from client_overlays.paymentworks.pagination import apaginate, paginate
from integration.conftest import CountingTransport, Wire
from vendor_mocks import FakeClock, FaultConfig, create_mock
from vendor_mocks.paymentworks import PaymentWorksMock

UPDATES = 500
PER_PAGE = 23  # not a divisor of UPDATES: the last page is short
PAGES = -(-UPDATES // PER_PAGE)
FAULTS = FaultConfig(seed=4, rate_503=0.2, rate_drop=0.1)


async def no_sleep(seconds: float) -> None:
    """Retries wait on an injected sleep: the tests never wait for real."""


@pytest.fixture(scope="module")
def mock() -> PaymentWorksMock:
    # Read-only tests share one mock; each test that injects faults puts them back.
    created = create_mock("paymentworks", clock=FakeClock(), updates=UPDATES, new_vendor_requests=60)
    return created


@pytest.fixture(autouse=True)
def no_faults(mock: PaymentWorksMock) -> None:
    mock.faults = FaultConfig()


def connect(mock: PaymentWorksMock, wire: Wire, *, retries: int = 10, transport: Any = None) -> AuthenticatedClient:
    return paymentworks.connect(
        "pw-test-token-0001",
        base_url=wire.base_url,
        transport=transport or wire.transport(),
        retry=RetryPolicy(retries=retries, sleep=lambda seconds: None, async_sleep=no_sleep),
    )


def update_ids(mock: PaymentWorksMock) -> list[int]:
    return [update["id"] for update in mock.updates]


def ids(items: Any) -> list[int]:
    return [int(item.id) for item in items]


@pytest.mark.parametrize("concurrency", [1, 6])
def test_every_update_once_in_order(mock: PaymentWorksMock, wire: Wire, concurrency: int) -> None:
    counting = CountingTransport(wire.transport())
    client = connect(mock, wire, transport=counting)
    walk = paginate(list_updates.sync_detailed, client=client, per_page=PER_PAGE, concurrency=concurrency)
    assert ids(walk) == update_ids(mock)
    assert counting.paths["/updates/"] == PAGES, "read-ahead fetches no page past the last"


@pytest.mark.parametrize("concurrency", [1, 8])
def test_through_503s_and_dropped_connections(mock: PaymentWorksMock, wire: Wire, concurrency: int) -> None:
    mock.faults = FAULTS
    walk = paginate(list_updates.sync_detailed, client=connect(mock, wire), per_page=PER_PAGE, concurrency=concurrency)
    assert ids(walk) == update_ids(mock)
    assert mock.injected["503"] > 0 and mock.injected["drop"] > 0


def test_filters_and_the_other_list(mock: PaymentWorksMock, wire: Wire) -> None:
    client = connect(mock, wire)
    approved = paginate(list_updates.sync_detailed, client=client, per_page=7, status=UpdateStatusCode.APPROVED)
    assert ids(approved) == [update["id"] for update in mock.updates if update["status"] == "Approved"]
    requests = paginate(list_new_vendor_requests.sync_detailed, client=client, per_page=9, concurrency=3)
    assert ids(requests) == [request["id"] for request in mock.requests]


def test_progress_gets_the_count(mock: PaymentWorksMock, wire: Wire) -> None:
    reports: list[tuple[int, int | None]] = []
    walk = paginate(
        list_updates.sync_detailed,
        client=connect(mock, wire),
        per_page=PER_PAGE,
        concurrency=4,
        progress=lambda done, total: reports.append((done, total)),
    )
    assert len(list(walk)) == UPDATES
    assert reports == [(min(UPDATES, PER_PAGE * n), UPDATES) for n in range(1, PAGES + 1)]
    assert walk.total == UPDATES


def test_max_items_fetches_only_the_pages_it_needs(mock: PaymentWorksMock, wire: Wire) -> None:
    counting = CountingTransport(wire.transport())
    walk = paginate(
        list_updates.sync_detailed,
        client=connect(mock, wire, transport=counting),
        per_page=PER_PAGE,
        concurrency=8,
        max_items=50,
    )
    assert ids(walk) == update_ids(mock)[:50]
    assert counting.paths["/updates/"] == 3


def test_resume_after_a_failed_request(mock: PaymentWorksMock, wire: Wire) -> None:
    fragile = connect(mock, wire, retries=0)
    walk = paginate(list_updates.sync_detailed, client=fragile, per_page=PER_PAGE, concurrency=4)
    first: list[int] = []
    with pytest.raises(ServerError):
        for page in walk.iter_pages():
            first += ids(page.items)
            if len(first) >= 100:
                mock.faults = FaultConfig(rate_503=1.0)
    checkpoint = json.loads(json.dumps(walk.position))
    mock.faults = FaultConfig()
    rest = paginate(list_updates.sync_detailed, client=fragile, per_page=PER_PAGE, resume_from=checkpoint)
    assert first + ids(rest) == update_ids(mock)


async def test_async_read_ahead_in_tasks_with_faults_and_resume(mock: PaymentWorksMock, wire: Wire) -> None:
    mock.faults = FAULTS
    client = connect(mock, wire)
    walk = apaginate(list_updates.asyncio_detailed, client=client, per_page=PER_PAGE, concurrency=8)
    assert [int(update.id) async for update in walk] == update_ids(mock)
    head = apaginate(list_updates.asyncio_detailed, client=client, per_page=PER_PAGE, concurrency=8, max_items=77)
    first = [int(update.id) async for update in head]
    rest = apaginate(list_updates.asyncio_detailed, client=client, per_page=PER_PAGE, resume_from=head.position)
    assert first + [int(update.id) async for update in rest] == update_ids(mock)
