"""Over a real socket (uvicorn on 127.0.0.1): a retried DELETE whose earlier attempt was
applied reports success, not a false 404; and a hung server cannot hold a call past its
deadline, which bounds attempts, waits and the body together, for all five vendors."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator

import anyio
import httpx
import pytest
from panorays_client.api.supplier import delete_supplier, list_suppliers
from starlette.types import ASGIApp, Receive, Scope, Send

import client_overlays
from client_overlays import (
    ALREADY_DELETED,
    OUTCOME_HEADER,
    DeadlineExceeded,
    NotFoundError,
    RetryPolicy,
    panorays,
    raise_for_status,
)
from client_overlays.panorays import TokenBucket
from integration.vendor_calls import CASES, VendorCase
from vendor_mocks import FaultConfig, create_mock, serve
from vendor_mocks.panorays import FULL_TOKEN

NO_WAIT = RetryPolicy(retries=8, sleep=lambda seconds: None)


def roomy_limiter() -> TokenBucket:
    """A client-side limiter that never makes these tests wait."""
    return TokenBucket(limit=100_000, window=1.0, burst=50_000)


# --- defect 5: a retried DELETE ------------------------------------------------------------------


def test_thirty_deletes_with_lost_answers_all_report_success() -> None:
    mock = create_mock("panorays", requests_per_window=100_000)
    victims = list(mock.company.suppliers)[:30]
    with serve(mock.app) as url:
        mock.faults = FaultConfig(seed=5, rate_drop=0.35, rate_500=0.1)  # answers lost after the delete applied
        with panorays.connect(FULL_TOKEN, base_url=url, retry=NO_WAIT, limiter=roomy_limiter()) as client:
            outcomes = []
            for supplier_id in victims:
                response = delete_supplier.sync_detailed(supplier_id, client=client)
                raise_for_status(response)  # NotFoundError here is the defect
                outcomes.append(response.headers.get(OUTCOME_HEADER, str(int(response.status_code))))
    assert mock.injected["drop"] >= 5, mock.injected  # the case under test really happened...
    assert outcomes.count(ALREADY_DELETED) >= 1, outcomes  # ...and was reported as success
    assert set(outcomes) <= {"200", ALREADY_DELETED}
    assert not set(victims) & set(mock.company.suppliers)


def test_a_first_attempt_404_is_still_not_found() -> None:
    mock = create_mock("panorays")
    with (
        serve(mock.app) as url,
        panorays.connect(FULL_TOKEN, base_url=url, limiter=roomy_limiter()) as client,
        pytest.raises(NotFoundError),
    ):
        raise_for_status(delete_supplier.sync_detailed("no-such-supplier", client=client))


def test_a_404_after_a_refused_connection_is_still_not_found() -> None:
    """A connection that was never made cannot have deleted anything."""
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        if len(calls) == 1:
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(404, json={"message": "not found"})

    client = panorays.connect(
        "unit-404-token", base_url="http://127.0.0.1:9", transport=httpx.MockTransport(handler), retry=NO_WAIT
    )
    with pytest.raises(NotFoundError):
        raise_for_status(delete_supplier.sync_detailed("s-1", client=client))
    assert calls == ["DELETE", "DELETE"]


# --- defect 11: a total deadline per call --------------------------------------------------------


class Hang:
    """An ASGI wrapper that never answers (or stops after the headers) until released."""

    def __init__(self, app: ASGIApp, *, after_headers: bool = False) -> None:
        self.app = app
        self.after_headers = after_headers
        self.released = threading.Event()
        self.requests = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        self.requests += 1
        if self.after_headers:
            headers = [(b"content-type", b"application/json"), (b"content-length", b"100")]
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            await send({"type": "http.response.body", "body": b'{"data": [', "more_body": True})
        for _ in range(3000):  # at most 30 s, and released when the test ends
            if self.released.is_set():
                return
            await anyio.sleep(0.01)


@pytest.fixture
def hung_server() -> Iterator[str]:
    hang = Hang(create_mock("panorays").app)
    with serve(hang) as url:
        try:
            yield url
        finally:
            hang.released.set()


@pytest.mark.slow  # about a second each: a mock started per vendor, and a 0.4 s deadline run out
@pytest.mark.parametrize("case", CASES, ids=lambda case: case.slug)
def test_a_hung_server_is_given_up_on_at_the_clients_deadline(case: VendorCase) -> None:
    mock = case.mock()
    hang = Hang(mock.app)
    with serve(hang) as url:
        try:
            with case.connect(mock, url, deadline=0.4, retry=NO_WAIT) as client:
                started = time.monotonic()
                with pytest.raises(DeadlineExceeded, match=r"deadline of 0\.4 s") as raised:
                    case.read(client)
                elapsed = time.monotonic() - started
        finally:
            hang.released.set()
    assert 0.35 <= elapsed < 1.5, elapsed
    assert isinstance(raised.value, httpx.TimeoutException)  # callers catching timeouts still do


def test_a_per_call_deadline_overrides_the_clients(hung_server: str) -> None:
    url = hung_server
    with panorays.connect(FULL_TOKEN, base_url=url, retry=NO_WAIT, limiter=roomy_limiter()) as client:
        started = time.monotonic()
        with client_overlays.deadline(0.3), pytest.raises(DeadlineExceeded, match=r"deadline of 0\.3 s"):
            list_suppliers.sync_detailed(client=client)
        assert time.monotonic() - started < 1.5


def test_the_deadline_holds_for_asyncio_calls(hung_server: str) -> None:
    url = hung_server

    async def call() -> float:
        async with panorays.connect(FULL_TOKEN, base_url=url, retry=NO_WAIT, limiter=roomy_limiter()) as client:
            started = time.monotonic()
            with client_overlays.deadline(0.3), pytest.raises(DeadlineExceeded):
                await list_suppliers.asyncio_detailed(client=client)
            return time.monotonic() - started

    assert asyncio.run(call()) < 1.5


def test_a_body_that_stops_after_the_headers_ends_by_the_deadline() -> None:
    hang = Hang(create_mock("panorays").app, after_headers=True)
    with serve(hang) as url:
        try:
            client = panorays.connect(FULL_TOKEN, base_url=url, retry=NO_WAIT, limiter=roomy_limiter(), deadline=0.4)
            with client:
                started = time.monotonic()
                with pytest.raises(DeadlineExceeded):
                    list_suppliers.sync_detailed(client=client)
                assert time.monotonic() - started < 1.5
        finally:
            hang.released.set()


def test_retries_and_their_waits_stop_at_the_deadline() -> None:
    """Injected clock: each attempt fails at once with a 503 asking for a 10 s wait; the
    deadline of 25 s allows two waits, so the third is never started."""
    now = [0.0]
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        now[0] += seconds

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(503, headers={"Retry-After": "10"}, json={"message": "busy"})

    policy = RetryPolicy(retries=8, sleep=sleep, clock=lambda: now[0])
    client = panorays.connect(
        "unit-deadline-token",
        base_url="http://127.0.0.1:9",
        transport=httpx.MockTransport(handler),
        retry=policy,
        limiter=roomy_limiter(),
        deadline=25.0,
    )
    with pytest.raises(DeadlineExceeded, match=r"deadline of 25 s"):
        list_suppliers.sync_detailed(client=client)
    assert waits == [10.0, 10.0]


def test_the_rate_limiters_wait_counts_against_the_deadline() -> None:
    slept: list[float] = []
    bucket = TokenBucket(limit=2, window=60.0, burst=1, clock=lambda: 0.0, sleep=slept.append)
    client = panorays.connect(
        "unit-limiter-deadline",
        base_url="http://127.0.0.1:9",
        transport=httpx.MockTransport(lambda request: httpx.Response(200, json={"data": [], "has_next": False})),
        limiter=bucket,
        deadline=5.0,
    )
    list_suppliers.sync_detailed(client=client)  # the burst token
    with pytest.raises(DeadlineExceeded):
        list_suppliers.sync_detailed(client=client)  # would wait 60 s for the next one
    assert slept == []


def test_an_attempt_after_a_rate_limit_wait_gets_only_the_time_left() -> None:
    # One clock for the limiter and the deadline; the limiter's wait moves it on.
    now = [0.0]
    timeouts: list[dict[str, float | None]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        timeouts.append(dict(request.extensions["timeout"]))
        return httpx.Response(200, json={"data": [], "has_next": False})

    def wait(seconds: float) -> None:
        now[0] += seconds

    bucket = TokenBucket(limit=2, window=8.0, burst=1, clock=lambda: now[0], sleep=wait)
    client = panorays.connect(
        "unit-limiter-then-timeouts",
        base_url="http://127.0.0.1:9",
        transport=httpx.MockTransport(answer),
        limiter=bucket,
        retry=RetryPolicy(retries=0, clock=lambda: now[0]),
        timeout=30.0,
        deadline=10.0,
    )
    list_suppliers.sync_detailed(client=client)  # the burst token: the whole deadline is left
    list_suppliers.sync_detailed(client=client)  # waits 8 s for the next token: 2 s are left
    assert now[0] == 8.0
    assert set(timeouts[0].values()) == {10.0}
    # A hung server may hold this attempt only for what the deadline has left after the wait.
    assert set(timeouts[1].values()) == {2.0}


@pytest.mark.parametrize("bad", [0, -1, float("nan"), float("inf")])
def test_a_deadline_must_be_a_positive_finite_number(bad: float) -> None:
    with pytest.raises(ValueError, match="deadline must be a finite number"):
        panorays.connect("unit-bad-deadline", deadline=bad)
    with pytest.raises(ValueError, match="deadline must be a finite number"), client_overlays.deadline(bad):
        pass
