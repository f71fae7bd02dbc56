"""client_overlays.economic.export against the e-conomic mock: the parallel export returns exactly
the set the sequential cursor walk returns (5,000 contacts in sets of 50), also composed with a
user filter (one with `$or:`, which only parentheses keep right), through injected faults, in
threads and in tasks; skewed key spaces get cut again so slots do not idle; it resumes from a
JSON position after a failed request; and, on a real socket with 50 ms of latency, how much
faster it is than the sequential walk (printed; `-s` shows it). `stats` counts the requests
the export sent and the rounds on its critical path, checked against hand-worked plans."""

from __future__ import annotations

import dataclasses
import itertools
import json
import time
from collections import Counter
from typing import Any

import httpx
import pytest
from economic_suppliers_client import AuthenticatedClient
from economic_suppliers_client.api.contacts import get_all_contacts
from economic_suppliers_client.api.groups import get_all_groups
from economic_suppliers_client.models import Contact

from client_overlays import RetryPolicy, ServerError, economic
from client_overlays.economic.export import CONTACTS, GROUPS, ExportStats, aexport, export, partition_keys
from client_overlays.economic.pagination import paginate_cursor
from integration.conftest import MOCK_BASE_URL, CountingTransport, Wire
from vendor_mocks import FakeClock, FaultConfig, create_mock, serve
from vendor_mocks.economic import EconomicMock
from vendor_mocks.economic.mock import APP_SECRET_TOKEN, GRANT_TOKEN

CONTACTS_SEEDED = 5_000
SET_SIZE = 50
# `$and:` binds tighter than `$or:`: composed without parentheses this filter would go wrong.
EITHER_NAME = "name$like:jensen$or:name$like:hansen"
FAULTS = FaultConfig(seed=5, rate_503=0.15, rate_drop=0.1)


async def no_sleep(seconds: float) -> None:
    """Retries wait on an injected sleep: the tests never wait for real."""


@pytest.fixture(scope="module")
def mock() -> EconomicMock:
    # Read-only tests share one mock; each test that injects faults puts them back.
    created = create_mock("economic-suppliers", clock=FakeClock(), contacts=CONTACTS_SEEDED, cursor_page_size=SET_SIZE)
    return created


@pytest.fixture(autouse=True)
def no_faults(mock: EconomicMock) -> None:
    mock.faults = FaultConfig()


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


def sequential(client: AuthenticatedClient, filter_: str | None = None) -> list[int]:
    """The reference: one cursor walk, in order."""
    options: dict[str, Any] = {"filter_": filter_} if filter_ else {}
    return [number(contact) for contact in paginate_cursor(get_all_contacts.sync_detailed, client=client, **options)]


def exactly_once(exported: list[int], expected: list[int]) -> None:
    duplicates = [value for value, seen in Counter(exported).items() if seen > 1]
    assert not duplicates, f"exported more than once: {duplicates[:10]}"
    assert sorted(exported) == expected


# --- the same set as the sequential walk ----------------------------------------------------------


def test_parallel_export_returns_what_the_cursor_walk_returns(mock: EconomicMock, wire: Wire) -> None:
    client = connect(mock, wire)
    expected = sequential(client)
    assert len(expected) == CONTACTS_SEEDED
    exactly_once([number(contact) for contact in export(client, CONTACTS, concurrency=8)], expected)


async def test_the_models_are_those_the_generated_parse_builds(mock: EconomicMock, wire: Wire) -> None:
    # A set is decoded by the request that fetched it and built into models when it is handed
    # out: the models must be the generated client's own, field for field.
    client = connect(mock, wire)
    walked = {number(contact): contact for contact in paginate_cursor(get_all_contacts.sync_detailed, client=client)}
    threads = {number(contact): contact for contact in export(client, CONTACTS, concurrency=8)}
    tasks = {number(contact): contact async for contact in aexport(client, CONTACTS, concurrency=8)}
    assert threads == walked and tasks == walked
    assert {type(contact) for contact in [*threads.values(), *tasks.values()]} == {Contact}


@pytest.mark.parametrize("user_filter", [EITHER_NAME, "email$like:*.dk$and:number$gte:1000"])
def test_composed_with_a_user_filter(mock: EconomicMock, wire: Wire, user_filter: str) -> None:
    client = connect(mock, wire)
    expected = sequential(client, user_filter)
    assert 0 < len(expected) < CONTACTS_SEEDED
    exported = export(client, CONTACTS, filter_=user_filter, concurrency=8)
    exactly_once([number(contact) for contact in exported], expected)
    assert exported.total == len(expected)


def test_through_503s_and_dropped_connections(mock: EconomicMock, wire: Wire) -> None:
    client = connect(mock, wire)
    expected = sequential(client)
    mock.faults = FAULTS
    exactly_once([number(contact) for contact in export(client, CONTACTS, concurrency=6)], expected)
    assert mock.injected["503"] > 0 and mock.injected["drop"] > 0


async def test_async_export_in_tasks(mock: EconomicMock, wire: Wire) -> None:
    client = connect(mock, wire)
    expected, filtered = sequential(client), sequential(client, EITHER_NAME)
    mock.faults = FAULTS
    exactly_once([number(contact) async for contact in aexport(client, CONTACTS, concurrency=8)], expected)
    exported = aexport(client, CONTACTS, filter_=EITHER_NAME, concurrency=4)
    exactly_once([number(contact) async for contact in exported], filtered)


def test_another_key_and_another_collection(mock: EconomicMock, wire: Wire) -> None:
    client = connect(mock, wire)
    by_supplier = export(client, CONTACTS, key="supplierNumber", concurrency=5)
    exactly_once([number(contact) for contact in by_supplier], sequential(client))
    groups = [number(group) for group in export(client, GROUPS, concurrency=3)]
    walked = [number(group) for group in paginate_cursor(get_all_groups.sync_detailed, client=client)]
    exactly_once(groups, walked)


def test_nothing_matches(mock: EconomicMock, wire: Wire) -> None:
    reports: list[tuple[int, int | None]] = []
    exported = export(
        connect(mock, wire), CONTACTS, filter_="number$lt:0", progress=lambda *report: reports.append(report)
    )
    assert list(exported) == [] and exported.total == 0 and reports == []


# --- keeping the slots busy ----------------------------------------------------------------------


class InFlight(httpx.AsyncBaseTransport):
    """Records, for every cursor request, how many others were on the wire when it started."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.now = 0
        self.seen: list[int] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/Contacts":
            self.seen.append(self.now)
        self.now += 1
        try:
            return await self.inner.handle_async_request(request)
        finally:
            self.now -= 1


async def test_a_skewed_key_space_is_cut_again_so_slots_do_not_idle(mock: EconomicMock, wire: Wire) -> None:
    # Numbers below 2000 and from 9800: of 8 equal ranges, the first holds ~600 contacts, 13 sets
    # that one cursor would walk one after the other; cut again, all slots share the work.
    skewed = "number$lt:2000$or:number$gte:9800"
    mock.faults = FaultConfig(latency=0.002)  # requests overlap only when they wait on something
    transport = InFlight(mock.transport())
    client = connect(mock, wire, transport=transport)
    exported = [number(contact) async for contact in aexport(client, CONTACTS, filter_=skewed, concurrency=8)]
    exactly_once(exported, sequential(connect(mock, wire), skewed))
    rounds = transport.seen.count(0)  # requests that started with the wire empty: one per round
    # One cursor per range takes 13 rounds here (the first range's sets one after another);
    # cut again, 5 to 7.
    assert rounds <= 9, f"in flight when each request started: {transport.seen}"


# --- resuming ------------------------------------------------------------------------------------


def test_models_are_built_as_the_caller_takes_them(mock: EconomicMock, wire: Wire) -> None:
    # A caller that archives each contact and drops it keeps none alive, and neither does the
    # export: no set's worth of models waits in memory (or in the collector's old generations).
    built = 0

    def counted(item: Any) -> Contact:
        nonlocal built
        built += 1
        return Contact.from_dict(item)

    taken, most_ahead = 0, 0
    for _ in export(connect(mock, wire), dataclasses.replace(CONTACTS, item=counted), concurrency=8):
        taken += 1
        most_ahead = max(most_ahead, built - taken)
    assert taken == CONTACTS_SEEDED and most_ahead == 0


def test_a_model_that_fails_to_build_stays_due(mock: EconomicMock, wire: Wire) -> None:
    client = connect(mock, wire)
    expected = sequential(client)
    refused = expected[SET_SIZE + 7]  # within a set, neither its first nor its last item

    def strict(item: Any) -> Contact:
        if item["number"] == refused:
            raise ValueError(f"contact {refused} does not parse")
        return Contact.from_dict(item)

    first_run = export(client, dataclasses.replace(CONTACTS, item=strict), concurrency=4)
    first: list[int] = []
    with pytest.raises(ValueError, match="does not parse"):
        first.extend(number(contact) for contact in first_run)
    checkpoint = json.loads(json.dumps(first_run.position))
    assert checkpoint["done"] == len(first) and refused not in first
    rest = [number(contact) for contact in export(client, CONTACTS, concurrency=4, resume_from=checkpoint)]
    exactly_once(first + rest, expected)


def test_resume_after_a_failed_request(mock: EconomicMock, wire: Wire) -> None:
    client, fragile = connect(mock, wire), connect(mock, wire, retries=0)
    expected = sequential(client, EITHER_NAME)
    first_run = export(fragile, CONTACTS, filter_=EITHER_NAME, concurrency=4)
    first: list[int] = []
    with pytest.raises(ServerError):
        for contact in first_run:
            first.append(number(contact))
            if len(first) == 100:
                mock.faults = FaultConfig(rate_503=1.0)  # every request from now on fails
    checkpoint = json.loads(json.dumps(first_run.position))
    mock.faults = FaultConfig()
    rest = export(fragile, CONTACTS, filter_=EITHER_NAME, concurrency=4, resume_from=checkpoint)
    exactly_once(first + [number(contact) for contact in rest], expected)


async def test_async_resume_after_a_checkpoint_mid_set(mock: EconomicMock, wire: Wire) -> None:
    client = connect(mock, wire)
    expected = sequential(client)
    first_run = aexport(client, CONTACTS, concurrency=8)
    first: list[int] = []
    async for contact in first_run:
        first.append(number(contact))
        if len(first) == 1_234:
            break
    checkpoint = json.loads(json.dumps(first_run.position))
    assert checkpoint["done"] == 1_234
    rest = aexport(client, CONTACTS, concurrency=3, resume_from=checkpoint)
    exactly_once(first + [number(contact) async for contact in rest], expected)


def test_position_before_during_and_after_an_export(mock: EconomicMock, wire: Wire) -> None:
    client = connect(mock, wire)
    exported = export(client, CONTACTS, filter_=EITHER_NAME, concurrency=4)
    assert exported.position is None and exported.total is None  # nothing sent yet
    handed = [number(contact) for contact in exported]
    finished = exported.position
    assert finished is not None and finished["ranges"] == [] and finished["done"] == len(handed)
    again = export(client, CONTACTS, filter_=EITHER_NAME, concurrency=4, resume_from=finished)
    assert again.position == finished  # before iterating: what it resumes from
    assert list(again) == [] and again.position == finished and again.stats.requests == 0


def test_progress_gets_the_count_total(mock: EconomicMock, wire: Wire) -> None:
    reports: list[tuple[int, int | None]] = []
    list(export(connect(mock, wire), CONTACTS, concurrency=8, progress=lambda *report: reports.append(report)))
    assert {total for _, total in reports} == {CONTACTS_SEEDED}
    assert reports[-1][0] == CONTACTS_SEEDED
    assert [done for done, _ in reports] == sorted(done for done, _ in reports)


def test_wrong_key_or_position_is_refused(mock: EconomicMock, wire: Wire) -> None:
    client = connect(mock, wire)
    assert partition_keys(CONTACTS) == ("number", "supplierNumber")
    with pytest.raises(ValueError, match="userInterfaceNumber"):
        export(client, CONTACTS, key="userInterfaceNumber")
    exported = export(client, CONTACTS, concurrency=2)
    next(iter(exported))
    assert exported.position is not None
    with pytest.raises(ValueError, match="another key or filter"):
        export(client, CONTACTS, filter_=EITHER_NAME, resume_from=exported.position)


# --- what the export executed -------------------------------------------------------------------


def numbered(count: int, set_size: int) -> EconomicMock:
    """A mock holding contacts numbered 1..count, so the plan can be worked out by hand."""
    created = create_mock("economic-suppliers", clock=FakeClock(), contacts=1, cursor_page_size=set_size)
    contacts = [{"number": n, "supplierNumber": 1001, "name": f"Contact {n}"} for n in range(1, count + 1)]
    created.seed({"contacts": contacts})
    created.clear_request_log()
    return created


def in_process(mock: EconomicMock) -> AuthenticatedClient:
    return economic.connect(APP_SECRET_TOKEN, GRANT_TOKEN, base_url=MOCK_BASE_URL, transport=mock.transport())


@pytest.mark.parametrize(
    ("count", "concurrency", "expected"),
    [
        # Round 1: /count, the largest number (/paged), the plain walk's first set (1..100).
        # 101..800 in 8 ranges of at most 88: one set each, all in round 2.
        (800, 8, ExportStats(requests=3 + 8, rounds=2)),
        # 101..1600 in 8 ranges of at most 188: two sets each, the second after the first.
        (1600, 8, ExportStats(requests=3 + 16, rounds=3)),
        # Everything in the first set: the bounds' round is the whole export.
        (60, 8, ExportStats(requests=3, rounds=1)),
        # One slot: every request waits for the one before it.
        (300, 1, ExportStats(requests=3 + 2, rounds=5)),
    ],
)
async def test_stats_count_the_requests_and_the_rounds_of_the_plan(
    count: int, concurrency: int, expected: ExportStats
) -> None:
    # Tasks on the in-process mock answer in a fixed order, so the plan is the same every run
    # (threads may finish a range early enough for another to be cut again: more requests).
    mock = numbered(count, set_size=100)
    exported = aexport(in_process(mock), CONTACTS, concurrency=concurrency)
    exactly_once([number(contact) async for contact in exported], list(range(1, count + 1)))
    assert exported.stats == expected
    paths = [entry.path for entry in mock.request_log]
    assert len(paths) == expected.requests
    # No probe for the smallest number: the first set of the plain walk stands in for it.
    assert paths.count("/Contacts/paged") == 1 and paths.count("/Contacts/count") == 1


def test_stats_of_threads_count_what_reached_the_server() -> None:
    mock = numbered(1600, set_size=100)
    exported = export(in_process(mock), CONTACTS, concurrency=8)
    exactly_once([number(contact) for contact in exported], list(range(1, 1601)))
    assert exported.stats.requests == len(mock.request_log)
    assert exported.stats.rounds == 3  # cut again or not, no range needs more than two sets


def test_stats_of_a_resumed_export_count_its_own_requests() -> None:
    mock = numbered(1600, set_size=100)
    first_run = export(in_process(mock), CONTACTS, concurrency=8)
    first: list[int] = []
    for contact in first_run:  # leaving the loop waits for the requests still on the wire
        first.append(number(contact))
        if len(first) == 150:  # inside the second set handed out
            break
    mock.clear_request_log()
    rest = export(in_process(mock), CONTACTS, concurrency=8, resume_from=first_run.position)
    exactly_once(first + [number(contact) for contact in rest], list(range(1, 1601)))
    assert rest.stats.requests == len(mock.request_log) and "/Contacts/paged" not in str(mock.request_log)
    assert 2 <= rest.stats.rounds <= 3  # resumed ranges start in round 1; none needs more than two sets


# --- how much faster ------------------------------------------------------------------------------


@pytest.mark.slow
def test_measure_parallel_export_speedup_on_a_socket_with_50_ms_latency() -> None:
    contacts, concurrency = 20_000, 8
    mock = create_mock("economic-suppliers", contacts=contacts, cursor_page_size=1_000)
    mock.faults = FaultConfig(latency=0.05)
    # CountingTransport does not pass `close` on: the socket transports are closed here.
    with serve(mock.app) as url, httpx.HTTPTransport() as walk_wire, httpx.HTTPTransport() as export_wire:
        walk_requests, export_requests = CountingTransport(walk_wire), CountingTransport(export_wire)
        with economic.connect(APP_SECRET_TOKEN, GRANT_TOKEN, base_url=url, transport=walk_requests) as client:
            started = time.perf_counter()
            walked = sequential(client)
            walk_seconds = time.perf_counter() - started
        with economic.connect(APP_SECRET_TOKEN, GRANT_TOKEN, base_url=url, transport=export_requests) as client:
            started = time.perf_counter()
            exported = [number(contact) for contact in export(client, CONTACTS, concurrency=concurrency)]
            export_seconds = time.perf_counter() - started
    exactly_once(exported, walked)
    print(
        f"\nexport of {contacts} contacts (sets of 1000, 50 ms latency, concurrency {concurrency}, real socket): "
        f"sequential cursor walk {walk_seconds:.2f} s ({sum(walk_requests.paths.values())} requests), "
        f"parallel export {export_seconds:.2f} s ({sum(export_requests.paths.values())} requests), "
        f"speedup {walk_seconds / export_seconds:.1f}x"
    )


# --- a known key span: no probe round ------------------------------------------------------------


async def test_a_known_span_sends_no_probe_and_takes_the_fewest_rounds() -> None:
    # 5,000 contacts in sets of 100, 8 slots: 50 sets and /count need at least 7 rounds of 8.
    # (1, 5000) cut for 7.8 ranges: the open-below one, [..514), has 0.8 of 641 numbers and
    # starts in round 2, in the slot /count frees; the others, [514, 1155) .. [4360, ..), have
    # 641 each: 7 sets each in rounds 1-7, the late one 6 sets in rounds 2-7. 1 + 7 x 7 + 6.
    mock = numbered(5000, set_size=100)
    reports: list[tuple[int, int | None]] = []
    exported = aexport(
        in_process(mock), CONTACTS, concurrency=8, key_span=(1, 5000), progress=lambda *report: reports.append(report)
    )
    exactly_once([number(contact) async for contact in exported], list(range(1, 5001)))
    assert exported.stats == ExportStats(requests=56, rounds=7)
    assert Counter(entry.path for entry in mock.request_log) == {"/Contacts/count": 1, "/Contacts": 55}
    bounds = [514, 1155, 1796, 2437, 3078, 3719, 4360]
    ranges = [f"number$gte:{low}$and:number$lt:{high}" for low, high in itertools.pairwise(bounds)]
    # Round 1: the count and seven ranges; then the open-below range, in the count's slot.
    expected: list[str | None] = [None, *ranges, "number$gte:4360", "number$lt:514"]
    assert [next(iter(entry.query.get("Filter", ())), None) for entry in mock.request_log[:9]] == expected
    assert exported.key_span == (1, 5000) and exported.total == 5000
    assert reports[-1] == (5000, 5000)


@pytest.mark.parametrize(
    ("count", "concurrency", "expected"),
    [
        # One slot: /count, then one range open on both sides, its three sets one after another.
        (300, 1, ExportStats(requests=1 + 3, rounds=4)),
        # Two slots: 360 / 1.8 = 200 numbers a range, the late one 0.8 of it. Round 1: /count
        # and [161, ..) (1 set of 2); round 2: [.., 161) in the count's slot, and [161, ..)'s
        # last set. Which answer the export takes in first decides round 3: [161, ..)'s, alone,
        # leaves a slot free, so the rest of [.., 161), 101..160, is cut in two for the two
        # slots (6 requests); both together, [.., 161)'s first, leave none, so it is one
        # request (5). Three rounds either way.
        (360, 2, ExportStats(requests=1 + 2 + 1 + 2, rounds=3)),
    ],
)
async def test_a_known_span_in_few_slots(count: int, concurrency: int, expected: ExportStats) -> None:
    mock = numbered(count, set_size=100)
    exported = aexport(in_process(mock), CONTACTS, concurrency=concurrency, key_span=(1, count))
    exactly_once([number(contact) async for contact in exported], list(range(1, count + 1)))
    assert exported.stats.rounds == expected.rounds and len(mock.request_log) == exported.stats.requests
    # The answers' order varies (the mock answers from its own thread) only where a plan says so.
    assert exported.stats.requests in (
        {expected.requests, expected.requests - 1} if concurrency > 1 else {expected.requests}
    )


@pytest.mark.parametrize(
    "span",
    [
        (1, 3000),  # too narrow: 2,000 contacts above it, all in the range open above
        (-20_000, 90_000),  # too wide on both sides
        (9_000, 20_000),  # entirely above every number: all of them in the range open below
        (-500, -1),  # entirely below
        (2500, 2500),  # one number
    ],
)
def test_a_stale_span_loses_no_item(span: tuple[int, int]) -> None:
    mock = numbered(5000, set_size=100)
    exported = export(in_process(mock), CONTACTS, concurrency=8, key_span=span)
    exactly_once([number(contact) for contact in exported], list(range(1, 5001)))
    assert exported.key_span == (1, 5000) and exported.total == 5000
    assert "/Contacts/paged" not in {entry.path for entry in mock.request_log}
    assert exported.stats.requests == len(mock.request_log)


async def test_a_known_span_with_a_user_filter_faults_and_tasks(mock: EconomicMock, wire: Wire) -> None:
    client = connect(mock, wire)
    expected = sequential(client, EITHER_NAME)
    found = export(client, CONTACTS, filter_=EITHER_NAME)
    exactly_once([number(contact) for contact in found], expected)
    assert found.key_span == (expected[0], expected[-1])  # the cold export's, for the next one
    mock.faults = FAULTS
    again = aexport(client, CONTACTS, filter_=EITHER_NAME, concurrency=6, key_span=found.key_span)
    exactly_once([number(contact) async for contact in again], expected)
    assert again.key_span == found.key_span and again.total == len(expected)


def test_a_known_span_resumes_mid_set_without_probes() -> None:
    mock = numbered(1600, set_size=100)
    first_run = export(in_process(mock), CONTACTS, concurrency=4, key_span=(1, 1600))
    first: list[int] = []
    for contact in first_run:
        first.append(number(contact))
        if len(first) == 150:
            break
    checkpoint = json.loads(json.dumps(first_run.position))
    mock.clear_request_log()
    rest = export(in_process(mock), CONTACTS, concurrency=4, resume_from=checkpoint)
    exactly_once(first + [number(contact) for contact in rest], list(range(1, 1601)))
    assert {entry.path for entry in mock.request_log} == {"/Contacts"}  # no probe, no count
    assert rest.key_span == (1, 1600) and rest.total == 1600


def test_key_span_of_another_key() -> None:
    mock = numbered(300, set_size=100)
    mock.seed({"contacts": [{"number": n, "supplierNumber": 1000 + n % 7, "name": f"C {n}"} for n in range(1, 301)]})
    cold = export(in_process(mock), CONTACTS, key="supplierNumber", concurrency=3)
    exactly_once([number(contact) for contact in cold], list(range(1, 301)))
    assert cold.key_span == (1000, 1006)
    warm = export(in_process(mock), CONTACTS, key="supplierNumber", concurrency=3, key_span=cold.key_span)
    exactly_once([number(contact) for contact in warm], list(range(1, 301)))


@pytest.mark.parametrize("span", [(5, 1), (1, "9"), (1,), (1.0, 2.0)])
def test_a_bad_key_span_is_refused(span: Any) -> None:
    with pytest.raises(ValueError, match="key_span must be"):
        export(in_process(numbered(1, set_size=100)), CONTACTS, key_span=span)
