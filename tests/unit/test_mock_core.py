"""The mocks' shared machinery: seeded faults, the clock, the in-process and socket transports.

Retry and idempotency tests later rely on these exact semantics: a fault *before* handling
leaves state untouched; a dropped or truncated response happens *after* the request was
applied, and looks to the client like a connection closed mid-response, in-process and over
a real socket alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import anyio
import httpx
import pytest
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from vendor_mocks._core import (
    Collection,
    DroppedConnection,
    FakeClock,
    FaultConfig,
    Problem,
    VendorMock,
    json_response,
    serve,
)


class CounterMock(VendorMock):
    """A tiny vendor: POST /counter increments, GET /counter reads. Reuses PaymentWorks' spec
    only for the base class's validator; these routes are not validated."""

    slug = "paymentworks"

    def __init__(self, **options: object) -> None:
        self.count = 0
        super().__init__(**options)  # type: ignore[arg-type]

    def routes(self) -> Sequence[BaseRoute]:
        return [Route("/counter", self.counter, methods=["GET", "POST"])]

    async def counter(self, request: Request) -> Response:
        if request.method == "POST":
            self.count += 1
        return json_response({"count": self.count, "padding": "x" * 64})

    def error_response(self, status: int, message: str, problems: Sequence[Problem] = ()) -> Response:
        return json_response({"error": message}, status)

    def credentials(self) -> dict[str, str]:
        return {}

    def connect_arguments(self) -> dict[str, str]:
        return {}

    def collections(self) -> dict[str, Collection]:
        def load(records: list[dict[str, Any]]) -> None:
            self.count = records[0]["count"] if records else 0

        return {"counter": Collection("id", lambda: [{"id": "counter", "count": self.count}], load)}

    def reset_state(self) -> None:
        self.count = 0


def _client(mock: VendorMock) -> httpx.Client:
    return httpx.Client(transport=mock.transport(), base_url="http://mock.invalid")


def test_fault_config_rejects_impossible_rates() -> None:
    with pytest.raises(ValueError, match="rate_500 must be between 0 and 1"):
        FaultConfig(rate_500=1.5)
    with pytest.raises(ValueError, match="add up to more than 1"):
        FaultConfig(rate_429=0.6, rate_503=0.6)
    with pytest.raises(ValueError, match="latency"):
        FaultConfig(latency=-1)


@pytest.mark.parametrize(("kind", "status"), [("rate_429", 429), ("rate_500", 500), ("rate_503", 503)])
def test_status_faults_happen_before_the_request_is_applied(kind: str, status: int) -> None:
    mock = CounterMock(faults=FaultConfig(**{kind: 1.0}, retry_after="3"))  # type: ignore[arg-type]
    with _client(mock) as client:
        response = client.post("/counter")
    assert response.status_code == status
    assert response.json() == {"error": response.json()["error"]}, "the vendor's own error body"
    assert mock.count == 0
    assert (response.headers.get("retry-after") == "3") is (status in (429, 503))
    assert mock.injected == {str(status): 1}


@pytest.mark.parametrize("kind", ["drop", "truncate"])
def test_lost_responses_happen_after_the_request_was_applied(kind: str) -> None:
    mock = CounterMock(faults=FaultConfig(**{f"rate_{kind}": 1.0}))  # type: ignore[arg-type]
    with _client(mock) as client, pytest.raises(httpx.RemoteProtocolError):
        client.post("/counter")
    assert mock.count == 1, "the write happened; only the answer was lost"


async def test_lost_responses_raise_the_same_error_for_async_clients() -> None:
    mock = CounterMock(faults=FaultConfig(rate_drop=1.0))
    async with httpx.AsyncClient(transport=mock.transport(), base_url="http://mock.invalid") as client:
        with pytest.raises(DroppedConnection):
            await client.get("/counter")


@pytest.mark.parametrize("kind", ["drop", "truncate"])
def test_lost_responses_close_a_real_socket_mid_response(kind: str) -> None:
    mock = CounterMock(faults=FaultConfig(**{f"rate_{kind}": 1.0}))  # type: ignore[arg-type]
    with serve(mock.app) as base_url, httpx.Client(base_url=base_url, timeout=5) as client:
        with pytest.raises(httpx.RemoteProtocolError):
            client.post("/counter")
        mock.faults = FaultConfig()
        assert client.get("/counter").json()["count"] == 1


def test_faults_are_reproducible_for_a_seed() -> None:
    def statuses(seed: int) -> list[int]:
        mock = CounterMock(faults=FaultConfig(seed=seed, rate_503=0.3, rate_500=0.2))
        with _client(mock) as client:
            return [client.get("/counter").status_code for _ in range(60)]

    first = statuses(11)
    assert first == statuses(11)
    assert first != statuses(12)
    assert {200, 500, 503} == set(first)


def test_changing_faults_resets_the_sequence_and_counters() -> None:
    mock = CounterMock(faults=FaultConfig(seed=5, rate_503=0.5))
    with _client(mock) as client:
        before = [client.get("/counter").status_code for _ in range(20)]
        mock.faults = FaultConfig(seed=5, rate_503=0.5)
        assert [client.get("/counter").status_code for _ in range(20)] == before
        assert mock.injected["503"] == before.count(503)


def test_spec_endpoint_is_never_faulted() -> None:
    mock = CounterMock(faults=FaultConfig(rate_500=1.0))
    with _client(mock) as client:
        response = client.get("/openapi.json")
    assert response.status_code == 200
    assert response.json()["servers"] == [{"url": "/", "description": "paymentworks mock"}]


def test_unknown_routes_and_methods_get_vendor_errors_with_allow() -> None:
    mock = CounterMock()
    with _client(mock) as client:
        missing = client.get("/nowhere")
        wrong_method = client.delete("/counter")
    assert missing.status_code == 404 and "error" in missing.json()
    assert wrong_method.status_code == 405
    assert set(wrong_method.headers["allow"].replace(" ", "").split(",")) >= {"GET", "POST"}


def test_fake_clock_only_moves_forward_when_told() -> None:
    clock = FakeClock(start=100.0)
    assert clock.now() == 100.0
    clock.advance(2.5)
    assert clock.now() == 102.5
    with pytest.raises(ValueError, match="cannot go back"):
        clock.advance(-1)


def test_one_transport_serves_sync_and_async_clients() -> None:
    mock = CounterMock()
    transport = mock.transport()
    with httpx.Client(transport=transport, base_url="http://mock.invalid") as client:
        assert client.post("/counter", content=b"ignored").json()["count"] == 1

    async def read() -> int:
        async with httpx.AsyncClient(transport=transport, base_url="http://mock.invalid") as client:
            count: int = (await client.get("/counter")).json()["count"]
            return count

    assert anyio.run(read) == 1
    transport.close()
