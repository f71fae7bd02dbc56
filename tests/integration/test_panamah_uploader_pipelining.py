"""Several batches in flight: the uploader sends up to `concurrency` batches at once over a real
socket, yet operations on one record (`tipo` + `id`) reach Panamah in the order they were added,
and every operation arrives exactly once. An ASGI layer in front of the mock records, per
record, the order in which the mock received its operations, and how many requests were in
the mock at the same time (the mock adds latency, so concurrent sends overlap there).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
import threading
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.types import ASGIApp, Scope

from client_overlays import RetryPolicy, panamah
from integration.asgi_bodies import StreamDataTap
from vendor_mocks import FaultConfig, create_mock, serve
from vendor_mocks.panamah import PanamahMock

RECORDS = 400
ROUNDS = 3  # each record is updated once per round; rounds meet inside a batch or two
OPERATIONS = RECORDS * ROUNDS
LATENCY = 0.02


class ArrivalLog(StreamDataTap):
    """Every operation of each `POST /stream/data` in arrival order, and the largest number of
    such requests inside the mock at once."""

    def __init__(self, app: ASGIApp) -> None:
        super().__init__(app)
        self.arrivals: dict[str, list[int]] = defaultdict(list)  # record id -> versions, as received
        self.inside = 0
        self.most_inside = 0
        self._lock = threading.Lock()

    @contextlib.contextmanager
    def seen(self, scope: Scope, body: bytes) -> Iterator[None]:
        with self._lock:
            for operation in json.loads(body):
                self.arrivals[operation["data"]["id"]].append(int(operation["data"]["descricao"].split()[-1]))
            self.inside += 1
            self.most_inside = max(self.most_inside, self.inside)
        try:
            yield  # the mock's latency runs here, while others arrive
        finally:
            with self._lock:
                self.inside -= 1


def _operations() -> tuple[list[dict[str, object]], dict[str, list[int]]]:
    """ROUNDS updates of each of RECORDS products, each round in a seeded random order, so that
    batches of one round hold distinct records and batches where rounds meet share some;
    version n is the n-th operation added."""
    rng = random.Random(16)
    operations: list[dict[str, object]] = []
    expected: dict[str, list[int]] = defaultdict(list)
    for _ in range(ROUNDS):
        records = [f"P-{number:03d}" for number in range(RECORDS)]
        rng.shuffle(records)
        for record in records:
            version = len(operations)
            data = {"id": record, "descricao": f"Produto {version}", "secaoId": "10"}
            operations.append({"op": "update", "tipo": "PRODUTO", "data": data})
            expected[record].append(version)
    return operations, dict(expected)


def _mock() -> tuple[PanamahMock, str]:
    mock = create_mock("panamah", faults=FaultConfig(latency=LATENCY))
    assert isinstance(mock, PanamahMock)
    return mock, next(iter(mock.assinantes))


def _check(log: ArrivalLog, mock: PanamahMock, subscriber: str, expected: dict[str, list[int]]) -> None:
    assert dict(log.arrivals) == expected, "per record: every operation once, in the order added"
    stored = mock.records[subscriber]["PRODUTO"]
    for record, versions in expected.items():
        assert stored[record]["descricao"] == f"Produto {versions[-1]}"
    assert log.most_inside >= 2, "batches were in flight together"


@pytest.mark.slow
def test_sync_uploader_keeps_per_record_order_with_batches_in_flight(tmp_path: Path) -> None:
    mock, subscriber = _mock()
    log = ArrivalLog(mock.app)
    operations, expected = _operations()
    with serve(log) as url:
        client = panamah.connect(
            mock.partner_token, mock.partner_secret, assinante_id=subscriber, base_url=url, retry=RetryPolicy.none()
        )
        with client, panamah.Uploader(client, tmp_path / "outbox", concurrency=4) as uploader:
            for start in range(0, OPERATIONS, 300):
                uploader.add(operations[start : start + 300])
            report = uploader.flush()
    assert report.acknowledged == OPERATIONS and report.requeued == report.dead_lettered == 0
    _check(log, mock, subscriber, expected)


@pytest.mark.slow
def test_async_uploader_keeps_per_record_order_with_batches_in_flight(tmp_path: Path) -> None:
    mock, subscriber = _mock()
    log = ArrivalLog(mock.app)
    operations, expected = _operations()

    async def upload(url: str) -> panamah.FlushReport:
        client = panamah.connect(
            mock.partner_token, mock.partner_secret, assinante_id=subscriber, base_url=url, retry=RetryPolicy.none()
        )
        async with client, panamah.AsyncUploader(client, tmp_path / "outbox", concurrency=4) as uploader:
            uploader.add(operations)
            return await uploader.flush()

    with serve(log) as url:
        report = asyncio.run(upload(url))
    assert report.acknowledged == OPERATIONS
    _check(log, mock, subscriber, expected)


def test_batches_sharing_a_record_never_fly_together(tmp_path: Path) -> None:
    from client_overlays.panamah._uploader import _in_flight_together

    mock, subscriber = _mock()
    client = panamah.connect(mock.partner_token, mock.partner_secret, assinante_id=subscriber, base_url="http://x")
    limits = panamah.BatchLimits(max_operations=2, max_bytes=10**6)
    uploader = panamah.Uploader(client, tmp_path / "outbox", limits=limits, concurrency=4)  # never sends
    try:
        # Batches: (A, B) (C, D) (A, E) (F, G) (SECAO A, H): the third repeats PRODUTO A.
        ids = ["A", "B", "C", "D", "A", "E", "F", "G"]
        uploader.add([{"op": "delete", "tipo": "PRODUTO", "data": {"id": i}} for i in ids])
        together = _in_flight_together(uploader._queue.oldest_batches(4))
        assert [[op.data["id"] for op in batch.operations] for batch in together] == [["A", "B"], ["C", "D"]]
        rest = uploader._queue.oldest_batches(4)[2:]
        # The same id under another tipo is another record: (A, E) (F, G) (SECAO A, H) fly together.
        uploader.add([{"op": "delete", "tipo": "SECAO", "data": {"id": i}} for i in ("A", "H")])
        rest = uploader._queue.oldest_batches(5)[2:]
        assert len(_in_flight_together(rest)) == 3
    finally:
        uploader.close()
        client.get_httpx_client().close()


def test_concurrency_below_one_is_refused(tmp_path: Path) -> None:
    mock, subscriber = _mock()
    client = panamah.connect(mock.partner_token, mock.partner_secret, assinante_id=subscriber, base_url="http://x")
    with pytest.raises(ValueError, match="concurrency must be >= 1"):
        panamah.Uploader(client, tmp_path / "outbox", concurrency=0)
    client.get_httpx_client().close()
