"""client_overlays.panorays.pagination against the Panorays mock: every supplier (and every file
of a supplier) once, in the walk's order, across page boundaries and through injected faults;
`max_items`; resuming from the `next` token after a failed request; no total for progress; the
async twin; and long walks stay under the rate limit because every page goes through the
client's limiter (zero 429s)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from panorays_client import AuthenticatedClient
from panorays_client.api.files import list_supplier_files
from panorays_client.api.supplier import list_suppliers
from panorays_client.api.tags import list_tags
from panorays_client.models import SortDirection, SupplierSortField

from client_overlays import RetryPolicy, ServerError, panorays
from client_overlays.panorays import TokenBucket
from client_overlays.panorays.pagination import apaginate, paginate
from integration.conftest import Wire
from vendor_mocks import FakeClock, FaultConfig, create_mock
from vendor_mocks.panorays import FULL_TOKEN, PanoraysMock

SUPPLIERS = 120
LIMIT = 7  # not a divisor of SUPPLIERS: the last page is short
FAULTS = FaultConfig(seed=9, rate_503=0.2, rate_drop=0.1)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def mock(clock: FakeClock) -> PanoraysMock:
    created = create_mock("panorays", clock=clock, suppliers=SUPPLIERS)
    return created


def connect(mock: PanoraysMock, wire: Wire, clock: FakeClock, *, retries: int = 10) -> AuthenticatedClient:
    """Panorays' own limit on the mock's clock: waiting for a token moves that clock."""

    async def advance(seconds: float) -> None:
        clock.advance(seconds)

    return panorays.connect(
        FULL_TOKEN,
        base_url=wire.base_url,
        transport=wire.transport(),
        limiter=TokenBucket(limit=150, window=60, clock=clock.now, sleep=clock.advance, async_sleep=advance),
        retry=RetryPolicy(retries=retries, sleep=clock.advance, async_sleep=advance),
    )


def supplier_ids(mock: PanoraysMock) -> list[str]:
    return list(mock.company.suppliers)


def ids(items: Any) -> list[str]:
    return [str(item.id) for item in items]


def test_every_supplier_once_in_order(mock: PanoraysMock, wire: Wire, clock: FakeClock) -> None:
    pages = list(paginate(list_suppliers.sync_detailed, client=connect(mock, wire, clock), limit=LIMIT).iter_pages())
    assert [id_ for page in pages for id_ in ids(page.items)] == supplier_ids(mock)
    assert len(pages) == -(-SUPPLIERS // LIMIT) and pages[-1].next_position is None


def test_sorted_and_through_faults(mock: PanoraysMock, wire: Wire, clock: FakeClock) -> None:
    expected = ids(sorted(mock.company.suppliers.values(), key=lambda stored: stored.data["name"].lower()))
    mock.faults = FAULTS
    walk = paginate(
        list_suppliers.sync_detailed,
        client=connect(mock, wire, clock),
        limit=LIMIT,
        sort_by=[SupplierSortField.NAME],
        sort_direction=SortDirection.ASC,
    )
    walked = list(walk)
    assert [str(supplier.name).lower() for supplier in walked] == sorted(str(s.name).lower() for s in walked)
    assert sorted(ids(walked)) == sorted(expected) and len(walked) == SUPPLIERS
    assert mock.injected["503"] > 0 and mock.injected["drop"] > 0


def test_files_of_one_supplier_and_tags(mock: PanoraysMock, wire: Wire, clock: FakeClock) -> None:
    client = connect(mock, wire, clock)
    supplier = max(mock.company.suppliers, key=lambda id_: len(mock.company.files_of(id_)))
    files = paginate(list_supplier_files.sync_detailed, supplier_id=supplier, client=client, limit=1)
    assert sorted(ids(files)) == sorted(f.data["id"] for f in mock.company.files_of(supplier))
    assert ids(paginate(list_tags.sync_detailed, client=client, limit=2)) == list(mock.company.tags)


def test_max_items_and_no_total(mock: PanoraysMock, wire: Wire, clock: FakeClock) -> None:
    totals: set[int | None] = set()
    walk = paginate(
        list_suppliers.sync_detailed,
        client=connect(mock, wire, clock),
        limit=LIMIT,
        max_items=30,
        progress=lambda done, total: totals.add(total),
    )
    assert ids(walk) == supplier_ids(mock)[:30]
    assert totals == {None}


def test_resume_from_the_token_after_a_failed_request(mock: PanoraysMock, wire: Wire, clock: FakeClock) -> None:
    fragile = connect(mock, wire, clock, retries=0)
    walk = paginate(list_suppliers.sync_detailed, client=fragile, limit=LIMIT)
    first: list[str] = []
    with pytest.raises(ServerError):
        for supplier in walk:
            first.append(str(supplier.id))
            if len(first) == 50:
                mock.faults = FaultConfig(rate_503=1.0)
    checkpoint = json.loads(json.dumps(walk.position))
    assert isinstance(checkpoint["page"], str) and checkpoint["page"], "the next token"
    mock.faults = FaultConfig()
    rest = paginate(list_suppliers.sync_detailed, client=fragile, limit=LIMIT, resume_from=checkpoint)
    assert first + ids(rest) == supplier_ids(mock)


async def test_async_walk_with_faults_then_resume_after_max_items(
    mock: PanoraysMock, wire: Wire, clock: FakeClock
) -> None:
    mock.faults = FAULTS
    client = connect(mock, wire, clock)
    walk = apaginate(list_suppliers.asyncio_detailed, client=client, limit=LIMIT)
    assert [str(supplier.id) async for supplier in walk] == supplier_ids(mock)
    assert walk.position["page"] is None
    head: list[str] = []
    walk = apaginate(list_suppliers.asyncio_detailed, client=client, limit=LIMIT, max_items=40)
    async for page in walk.iter_pages():
        head += ids(page.items)
    rest = apaginate(list_suppliers.asyncio_detailed, client=client, limit=LIMIT, resume_from=walk.position)
    assert head + [str(supplier.id) async for supplier in rest] == supplier_ids(mock)


def test_long_walks_stay_under_the_rate_limit(mock: PanoraysMock, wire: Wire, clock: FakeClock) -> None:
    client = connect(mock, wire, clock)
    started = clock.now()
    for _ in range(2):  # 240 requests: more than one minute's allowance
        assert ids(paginate(list_suppliers.sync_detailed, client=client, limit=1)) == supplier_ids(mock)
    counters = mock.rate.counters(FULL_TOKEN)
    assert counters.requests_seen == 2 * SUPPLIERS
    assert counters.throttled == 0 and not mock.rate.is_blocked(FULL_TOKEN)
    assert clock.now() - started >= 60, "the limiter spread the walk over more than a minute"
