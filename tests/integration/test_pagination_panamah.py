"""client_overlays.panamah.pagination against the Panamah mock: every pending record once, in
Panamah's order, advancing `start` by `count` until an empty answer, through injected faults;
`max_items`; resuming from an
offset after a failed request; no total for progress; the async twin."""

from __future__ import annotations

import json
from typing import Any

import pytest
from panamah_client import AuthenticatedClient
from panamah_client.api.stream import list_pending_resources

from client_overlays import RetryPolicy, ServerError, panamah
from client_overlays.panamah import PendingRecord
from client_overlays.panamah.pagination import apaginate, paginate
from integration.conftest import CountingTransport, Wire
from vendor_mocks import FakeClock, FaultConfig, create_mock
from vendor_mocks.panamah import PanamahMock
from vendor_mocks.panamah.sessions import Grant

COUNT = 9
PENDING = "/stream/pending-resources"
# The stream-token POST the auth flow sends is exempt: a POST without an idempotency key is not
# retried (by design), and these tests are about the listing.
FAULTS = FaultConfig(seed=8, rate_503=0.2, rate_drop=0.1, exempt_paths=frozenset({"/openapi.json", "/stream/auth"}))


async def no_sleep(seconds: float) -> None:
    """Retries wait on an injected sleep: the tests never wait for real."""


@pytest.fixture
def mock() -> PanamahMock:
    created = create_mock("panamah", clock=FakeClock(), sales_per_assinante=60)
    return created


def connect(mock: PanamahMock, wire: Wire, *, retries: int = 10, transport: Any = None) -> AuthenticatedClient:
    return panamah.connect(
        mock.partner_token,
        mock.partner_secret,
        base_url=wire.base_url,
        transport=transport or wire.transport(),
        clock=mock.clock.now,
        retry=RetryPolicy(retries=retries, sleep=lambda seconds: None, async_sleep=no_sleep),
    )


def pending(mock: PanamahMock) -> list[PendingRecord]:
    """What the mock holds as pending, partner-wide, in its order."""
    return [PendingRecord(*record) for record in mock.pending(Grant("*", expires_at=float("inf")))]


def test_every_pending_record_once_in_order(mock: PanamahMock, wire: Wire) -> None:
    counting = CountingTransport(wire.transport())
    expected = pending(mock)
    assert len(expected) > 5 * COUNT
    walked = list(
        paginate(list_pending_resources.sync_detailed, client=connect(mock, wire, transport=counting), count=COUNT)
    )
    assert walked == expected
    assert counting.paths[PENDING] == -(-len(expected) // COUNT) + 1, "ends at the first empty answer"


def test_through_503s_and_dropped_connections(mock: PanamahMock, wire: Wire) -> None:
    mock.faults = FAULTS
    walk = paginate(list_pending_resources.sync_detailed, client=connect(mock, wire), count=COUNT)
    assert list(walk) == pending(mock)
    assert mock.injected["503"] > 0 and mock.injected["drop"] > 0


def test_pages_max_items_and_no_total(mock: PanamahMock, wire: Wire) -> None:
    totals: set[int | None] = set()
    walk = paginate(
        list_pending_resources.sync_detailed,
        client=connect(mock, wire),
        count=COUNT,
        max_items=20,
        progress=lambda done, total: totals.add(total),
    )
    pages = list(walk.iter_pages())
    assert [len(page.items) for page in pages] == [COUNT, COUNT, 2]
    assert [record for page in pages for record in page.items] == pending(mock)[:20]
    assert [page.position for page in pages] == [0, COUNT, 2 * COUNT]
    assert totals == {None}


def test_resume_after_a_failed_request(mock: PanamahMock, wire: Wire) -> None:
    fragile = connect(mock, wire, retries=0)
    walk = paginate(list_pending_resources.sync_detailed, client=fragile, count=COUNT)
    first: list[PendingRecord] = []
    with pytest.raises(ServerError):
        for record in walk:
            first.append(record)
            if len(first) == 30:
                mock.faults = FaultConfig(rate_503=1.0)
    checkpoint = json.loads(json.dumps(walk.position))
    mock.faults = FaultConfig()
    rest = paginate(list_pending_resources.sync_detailed, client=fragile, count=COUNT, resume_from=checkpoint)
    assert first + list(rest) == pending(mock)


async def test_async_walk_with_faults_and_resume(mock: PanamahMock, wire: Wire) -> None:
    mock.faults = FAULTS
    client = connect(mock, wire)
    walk = apaginate(list_pending_resources.asyncio_detailed, client=client, count=COUNT)
    assert [record async for record in walk] == pending(mock)
    head = apaginate(list_pending_resources.asyncio_detailed, client=client, count=COUNT, max_items=31)
    first = [record async for record in head]
    rest = apaginate(list_pending_resources.asyncio_detailed, client=client, count=COUNT, resume_from=head.position)
    assert first + [record async for record in rest] == pending(mock)
