"""client_overlays.economic.pagination (and the generic paginator under it) against the
e-conomic mock: cursor and classic walks hand out every contact once, in `number` order, across
set boundaries, through injected 503s and dropped connections; `max_items`; resuming from a
JSON position after a failed fetch or a failure of the caller's own (hypothesis, seeded);
`/count` totals for progress; the `SkipPages` ceiling; the async twins."""

from __future__ import annotations

import json
from typing import Any

import pytest
from economic_suppliers_client import AuthenticatedClient
from economic_suppliers_client.api.contacts import (
    get_all_contacts,
    get_contact_by_id,
    get_number_of_contacts,
    get_page_of_contacts,
)
from economic_suppliers_client.api.groups import get_all_groups
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from client_overlays import RetryPolicy, ServerError, economic
from client_overlays.economic.pagination import (
    SkipPagesLimitError,
    apaginate_classic,
    apaginate_cursor,
    paginate_classic,
    paginate_cursor,
)
from client_overlays.pagination import operation_default
from integration.conftest import CountingTransport, Wire
from integration.lanes import IN_PROCESS_ONLY
from vendor_mocks import FakeClock, FaultConfig, create_mock
from vendor_mocks.economic import EconomicMock
from vendor_mocks.economic.mock import APP_SECRET_TOKEN, GRANT_TOKEN

CONTACTS = 1_000
SET_SIZE = 97  # not a divisor of CONTACTS: the last set is short
SETS = -(-CONTACTS // SET_SIZE)
FAULTS = FaultConfig(seed=3, rate_503=0.2, rate_drop=0.1)


class Stop(Exception):
    """The caller's own failure while processing an item."""


@pytest.fixture(scope="module")
def mock() -> EconomicMock:
    # Read-only tests share one mock; each test that injects faults puts them back.
    created = create_mock("economic-suppliers", clock=FakeClock(), contacts=CONTACTS, cursor_page_size=SET_SIZE)
    return created


@pytest.fixture(autouse=True)
def no_faults(mock: EconomicMock) -> None:
    mock.faults = FaultConfig()


async def no_sleep(seconds: float) -> None:
    """Retries wait on an injected sleep: the tests never wait for real."""


def connect(mock: EconomicMock, wire: Wire, *, retries: int = 10, transport: Any = None) -> AuthenticatedClient:
    return economic.connect(
        APP_SECRET_TOKEN,
        GRANT_TOKEN,
        base_url=wire.base_url,
        transport=transport or wire.transport(),
        retry=RetryPolicy(retries=retries, sleep=lambda seconds: None, async_sleep=no_sleep),
    )


def number(item: Any) -> int:
    value = item.number
    assert isinstance(value, int)
    return value


def numbers(mock: EconomicMock) -> list[int]:
    return [record["number"] for record in mock.agreement.contacts]


def deterministic(examples: int) -> settings:
    return settings(
        max_examples=examples,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture],
    )


# --- cursor walks --------------------------------------------------------------------------------


def test_cursor_walk_hands_out_every_contact_once_in_order(mock: EconomicMock, wire: Wire) -> None:
    counting = CountingTransport(wire.transport())
    walked = [
        number(contact)
        for contact in paginate_cursor(get_all_contacts.sync_detailed, client=connect(mock, wire, transport=counting))
    ]
    assert walked == numbers(mock)
    assert counting.paths["/Contacts"] == SETS


def test_cursor_walk_is_lazy_one_set_at_a_time(mock: EconomicMock, wire: Wire) -> None:
    counting = CountingTransport(wire.transport())
    contacts = iter(paginate_cursor(get_all_contacts.sync_detailed, client=connect(mock, wire, transport=counting)))
    for _ in range(SET_SIZE):
        next(contacts)
    assert counting.paths["/Contacts"] == 1
    next(contacts)
    assert counting.paths["/Contacts"] == 2


def test_cursor_walk_is_unchanged_by_503s_and_dropped_connections(mock: EconomicMock, wire: Wire) -> None:
    mock.faults = FAULTS
    walked = [
        number(contact) for contact in paginate_cursor(get_all_contacts.sync_detailed, client=connect(mock, wire))
    ]
    assert walked == numbers(mock)
    assert mock.injected["503"] > 0 and mock.injected["drop"] > 0


def test_cursor_walk_with_a_filter(mock: EconomicMock, wire: Wire) -> None:
    expected = [record["number"] for record in mock.agreement.contacts if "jensen" in record["name"].casefold()]
    pages = paginate_cursor(get_all_contacts.sync_detailed, client=connect(mock, wire), filter_="name$like:jensen")
    assert [number(contact) for contact in pages] == expected
    assert 0 < len(expected) < CONTACTS


def test_groups_walk_too(mock: EconomicMock, wire: Wire) -> None:
    walked = [number(group) for group in paginate_cursor(get_all_groups.sync_detailed, client=connect(mock, wire))]
    assert walked == [record["number"] for record in mock.agreement.groups]


def test_max_items_stops_early_and_fetches_no_more_than_needed(mock: EconomicMock, wire: Wire) -> None:
    counting = CountingTransport(wire.transport())
    client = connect(mock, wire, transport=counting)
    pages = paginate_cursor(get_all_contacts.sync_detailed, client=client, max_items=150)
    assert [number(contact) for contact in pages] == numbers(mock)[:150]
    assert counting.paths["/Contacts"] == 2
    rest = paginate_cursor(get_all_contacts.sync_detailed, client=client, resume_from=pages.position)
    assert [number(contact) for contact in rest] == numbers(mock)[150:], "max_items leaves a resumable position"


def test_iter_pages_gives_whole_sets_with_their_cursors(mock: EconomicMock, wire: Wire) -> None:
    pages = list(paginate_cursor(get_all_contacts.sync_detailed, client=connect(mock, wire)).iter_pages())
    assert [len(page.items) for page in pages] == [SET_SIZE] * (SETS - 1) + [CONTACTS - SET_SIZE * (SETS - 1)]
    assert pages[0].position == "" and pages[-1].next_position is None
    assert [page.position for page in pages[1:]] == [page.next_position for page in pages[:-1]]


def test_resume_after_a_failed_fetch_continues_where_it_stopped(mock: EconomicMock, wire: Wire) -> None:
    fragile = connect(mock, wire, retries=0)
    pages = paginate_cursor(get_all_contacts.sync_detailed, client=fragile)
    first: list[int] = []
    with pytest.raises(ServerError):
        for contact in pages:
            first.append(number(contact))
            if len(first) == 300:
                mock.faults = FaultConfig(rate_503=1.0)  # the next set's request fails
    assert len(first) == 4 * SET_SIZE, "the set in hand was handed out before the failing fetch"
    checkpoint = json.loads(json.dumps(pages.position))
    mock.faults = FaultConfig()
    rest = paginate_cursor(get_all_contacts.sync_detailed, client=fragile, resume_from=checkpoint)
    assert first + [number(contact) for contact in rest] == numbers(mock)


def test_a_checkpoint_saved_after_each_item_resumes_with_the_next(mock: EconomicMock, wire: Wire) -> None:
    pages = paginate_cursor(get_all_contacts.sync_detailed, client=connect(mock, wire))
    processed: list[int] = []
    checkpoint: dict[str, Any] = {}
    with pytest.raises(Stop):
        for contact in pages:
            if len(processed) == 130:
                raise Stop  # the caller fails on this contact: it was never processed
            processed.append(number(contact))
            checkpoint = json.loads(json.dumps(pages.position))
    resumed = paginate_cursor(get_all_contacts.sync_detailed, client=connect(mock, wire), resume_from=checkpoint)
    assert processed + [number(contact) for contact in resumed] == numbers(mock)


def test_iterating_again_continues_from_the_position(mock: EconomicMock, wire: Wire) -> None:
    pages = paginate_cursor(get_all_contacts.sync_detailed, client=connect(mock, wire))
    head = [number(contact) for _, contact in zip(range(10), pages, strict=False)]
    tail = [number(contact) for contact in pages]
    assert head + tail == numbers(mock)
    assert pages.position["page"] is None
    assert list(pages) == [], "a finished walk stays finished"


# In-process only: many generated break points test the resume arithmetic; the other walks
# here run over the socket.
@IN_PROCESS_ONLY
@deterministic(examples=15)
@given(stop_after=st.integers(min_value=0, max_value=CONTACTS), classic=st.booleans())
def test_any_break_then_resume_from_json_gives_the_whole_list(
    mock: EconomicMock, wire: Wire, stop_after: int, classic: bool
) -> None:
    client = connect(mock, wire)

    def walk(**options: Any) -> Any:
        if classic:
            return paginate_classic(get_page_of_contacts.sync_detailed, client=client, page_size=100, **options)
        return paginate_cursor(get_all_contacts.sync_detailed, client=client, **options)

    pages = walk()
    head = [number(contact) for _, contact in zip(range(stop_after), pages, strict=False)]
    checkpoint = json.loads(json.dumps(pages.position))
    assert head + [number(contact) for contact in walk(resume_from=checkpoint)] == numbers(mock)


# --- totals and progress -------------------------------------------------------------------------


def test_progress_gets_the_count_total_per_set(mock: EconomicMock, wire: Wire) -> None:
    reports: list[tuple[int, int | None]] = []
    pages = paginate_cursor(
        get_all_contacts.sync_detailed,
        client=connect(mock, wire),
        count_operation=get_number_of_contacts.sync_detailed,
        progress=lambda done, total: reports.append((done, total)),
    )
    assert len(list(pages)) == CONTACTS
    assert reports == [(min(CONTACTS, SET_SIZE * n), CONTACTS) for n in range(1, SETS + 1)]
    assert pages.total == CONTACTS


def test_the_count_uses_the_walks_filter_and_is_asked_once(mock: EconomicMock, wire: Wire) -> None:
    counting = CountingTransport(wire.transport())
    totals: set[int | None] = set()
    pages = paginate_cursor(
        get_all_contacts.sync_detailed,
        client=connect(mock, wire, transport=counting),
        filter_="number$lt:500",
        count_operation=get_number_of_contacts.sync_detailed,
        progress=lambda done, total: totals.add(total),
    )
    walked = list(pages)
    assert totals == {len(walked)}
    assert counting.paths["/Contacts/count"] == 1


def test_without_a_count_operation_progress_gets_none(mock: EconomicMock, wire: Wire) -> None:
    totals: set[int | None] = set()
    list(
        paginate_cursor(get_all_contacts.sync_detailed, client=connect(mock, wire), progress=lambda d, t: totals.add(t))
    )
    assert totals == {None}


# --- classic pages -------------------------------------------------------------------------------


def test_classic_walk_with_sort_and_count(mock: EconomicMock, wire: Wire) -> None:
    mock.faults = FAULTS
    reports: list[tuple[int, int | None]] = []
    pages = paginate_classic(
        get_page_of_contacts.sync_detailed,
        client=connect(mock, wire),
        page_size=40,
        sort="-number",
        count_operation=get_number_of_contacts.sync_detailed,
        progress=lambda done, total: reports.append((done, total)),
    )
    assert [number(contact) for contact in pages] == numbers(mock)[::-1]
    assert reports[-1] == (CONTACTS, CONTACTS)


def test_classic_walk_past_skip_pages_100_raises(mock: EconomicMock, wire: Wire) -> None:
    pages = paginate_classic(get_page_of_contacts.sync_detailed, client=connect(mock, wire), page_size=5)
    walked: list[int] = []
    with pytest.raises(SkipPagesLimitError, match="SkipPages=100"):
        for contact in pages:
            walked.append(number(contact))
    assert walked == numbers(mock)[: 101 * 5], "every page e-conomic serves is handed out first"


# --- async ---------------------------------------------------------------------------------------


async def test_async_cursor_walk_with_faults_progress_and_pages(mock: EconomicMock, wire: Wire) -> None:
    mock.faults = FAULTS
    reports: list[int | None] = []
    pages = apaginate_cursor(
        get_all_contacts.asyncio_detailed,
        client=connect(mock, wire),
        count_operation=get_number_of_contacts.asyncio_detailed,
        progress=lambda done, total: reports.append(total),
    )
    first = await pages
    assert [number(contact) for contact in first.items] == numbers(mock)[:SET_SIZE]
    assert [number(contact) async for contact in pages] == numbers(mock)
    assert set(reports) == {CONTACTS}


async def test_async_resume_after_a_failed_fetch(mock: EconomicMock, wire: Wire) -> None:
    fragile = connect(mock, wire, retries=0)
    pages = apaginate_classic(get_page_of_contacts.asyncio_detailed, client=fragile, page_size=50, max_items=700)
    first: list[int] = []
    with pytest.raises(ServerError):
        async for page in pages.iter_pages():
            first += [number(contact) for contact in page.items]
            if len(first) == 200:
                mock.faults = FaultConfig(rate_503=1.0)
    mock.faults = FaultConfig()
    rest = apaginate_classic(
        get_page_of_contacts.asyncio_detailed, client=fragile, page_size=50, resume_from=pages.position
    )
    assert first + [number(contact) async for contact in rest] == numbers(mock)


# --- the generic paginator's guards --------------------------------------------------------------


def test_bad_arguments_are_refused(mock: EconomicMock, wire: Wire) -> None:
    client = connect(mock, wire)
    with pytest.raises(TypeError, match="page_size"):
        paginate_classic(get_contact_by_id.sync_detailed, client=client)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="position"):
        paginate_cursor(get_all_contacts.sync_detailed, client=client, resume_from={"cursor": "12"})
    with pytest.raises(ValueError, match="max_items"):
        paginate_cursor(get_all_contacts.sync_detailed, client=client, max_items=-1)
    assert operation_default(get_page_of_contacts.sync_detailed, "page_size") == 20
