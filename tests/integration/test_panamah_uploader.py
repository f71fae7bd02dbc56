"""client_overlays.panamah.Uploader against the Panamah mock, in-process and over a socket: validation before
queuing, batches closed by count, bytes and age, falhas retried then dead-lettered and replayed,
network and 5xx faults retried, reconciliation of pending resources, and a queue that survives
restarts and the crash states in between (simulated on disk; the real SIGKILL test is in
test_panamah_uploader_crash.py)."""

from __future__ import annotations

import errno
import json
import logging
import random
import shutil
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, ClassVar

import httpx
import pytest
from panamah_client import AuthenticatedClient
from panamah_client.api.admin import create_assinante
from panamah_client.models import AssinanteCreateRequest, StreamModelTipo, StreamOperation

from client_overlays import RateLimitedError, RetryPolicy, ServerError, panamah
from client_overlays.panamah import (
    KB,
    AsyncUploader,
    BatchLimits,
    InvalidOperationError,
    PendingRecord,
    QueueError,
    Uploader,
    UploadRetry,
)
from client_overlays.panamah import _queue as queue_module
from integration.conftest import Wire
from integration.lanes import IN_PROCESS_ONLY, TwoSided
from vendor_mocks import FakeClock, FaultConfig, create_mock
from vendor_mocks.panamah import PanamahMock
from vendor_mocks.panamah.sessions import Grant

STREAM_DATA = "/stream/data"
NEW_SUBSCRIBER = "35472867000228"
NO_LIMIT = 10**9


class Recorder(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Passes requests to the mock (through the lane's transport) and keeps every stream batch body it sent."""

    def __init__(self, inner: TwoSided) -> None:
        self.inner = inner
        self.batches: list[list[dict[str, Any]]] = []
        self.sizes: list[int] = []
        self.paths: Counter[str] = Counter()
        self._lock = threading.Lock()

    def _record(self, request: httpx.Request) -> None:
        with self._lock:
            self.paths[request.url.path] += 1
            if request.url.path == STREAM_DATA:
                content = request.read()
                self.sizes.append(len(content))
                self.batches.append(json.loads(content))

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._record(request)
        return self.inner.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._record(request)
        return await self.inner.handle_async_request(request)

    def close(self) -> None:
        self.inner.close()

    async def aclose(self) -> None:
        await self.inner.aclose()

    def sent_ids(self) -> Counter[str]:
        return Counter(operation["data"]["id"] for batch in self.batches for operation in batch)


class Sleeps:
    """An injected sleep: records each wait and moves the fake clock by it."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.waits: list[float] = []
        self.before: Callable[[], None] = lambda: None

    def __call__(self, seconds: float) -> None:
        self.before()
        self.waits.append(seconds)
        self.clock.advance(seconds)

    async def asleep(self, seconds: float) -> None:
        self(seconds)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def mock(clock: FakeClock) -> PanamahMock:
    created = create_mock("panamah", clock=clock)
    return created


@pytest.fixture
def subscriber(mock: PanamahMock) -> str:
    return next(iter(mock.assinantes))


@pytest.fixture
def recorder(wire: Wire) -> Recorder:
    return Recorder(wire.transport())


@pytest.fixture
def sleeps(clock: FakeClock) -> Sleeps:
    return Sleeps(clock)


@pytest.fixture
def queue_dir(tmp_path: Path) -> Path:
    return tmp_path / "outbox"


def connect(mock: PanamahMock, wire: Wire, transport: Any, assinante_id: str) -> AuthenticatedClient:
    return panamah.connect(
        mock.partner_token,
        mock.partner_secret,
        assinante_id=assinante_id,
        base_url=wire.base_url,
        transport=transport,
        clock=mock.clock.now,
        retry=RetryPolicy(sleep=lambda seconds: None),
    )


@pytest.fixture
def client(mock: PanamahMock, wire: Wire, recorder: Recorder, subscriber: str) -> AuthenticatedClient:
    return connect(mock, wire, recorder, subscriber)


@pytest.fixture
def make_uploader(
    client: AuthenticatedClient, queue_dir: Path, clock: FakeClock, sleeps: Sleeps
) -> Iterator[Callable[..., Uploader]]:
    made: list[Uploader] = []

    def make(**options: Any) -> Uploader:
        options.setdefault("clock", clock.now)
        options.setdefault("sleep", sleeps)
        # These tests check the order in which batches go out: one at a time, that is the order
        # they closed. Batches in flight together: test_panamah_uploader_pipelining.py.
        options.setdefault("concurrency", 1)
        uploader = Uploader(options.pop("client", client), options.pop("directory", queue_dir), **options)
        made.append(uploader)
        return uploader

    yield make
    for uploader in made:
        uploader.close()


def product(number: int, **extra: Any) -> dict[str, Any]:
    return {"id": f"P-{number:05d}", "descricao": f"Produto {number}", "secaoId": "10", **extra}


def update(number: int, **extra: Any) -> dict[str, Any]:
    return {"op": "update", "tipo": "PRODUTO", "data": product(number, **extra)}


def on_disk(folder: Path) -> dict[str, bytes]:
    """Every file of a queue folder but the lock, by relative path."""
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def stored_products(mock: PanamahMock, subscriber: str) -> dict[str, dict[str, Any]]:
    return mock.records[subscriber].get("PRODUTO", {})


# --- batching ---------------------------------------------------------------------------------


def test_batches_close_at_the_operation_limit(make_uploader: Callable[..., Uploader], recorder: Recorder) -> None:
    uploader = make_uploader(limits=BatchLimits(max_operations=10, max_bytes=NO_LIMIT, max_age=NO_LIMIT))
    for number in range(25):
        uploader.add(update(number))
    stats = uploader.stats()
    assert (stats.batches, stats.in_batches, stats.pending) == (2, 20, 5), "full batches close as operations arrive"
    assert recorder.batches == [], "adding never sends"
    report = uploader.flush()
    assert [len(batch) for batch in recorder.batches] == [10, 10, 5]
    assert (report.batches, report.acknowledged) == (3, 25)
    assert uploader.stats().unsent == 0


def test_batches_close_at_the_byte_limit(
    make_uploader: Callable[..., Uploader], recorder: Recorder, mock: PanamahMock, subscriber: str
) -> None:
    uploader = make_uploader()  # the SDK defaults: 500 operations, 5 KB, 5 minutes
    operations = [update(number, descricao="x" * (number % 40)) for number in range(200)]
    operations.append(update(999, descricao="y" * 6 * KB))  # larger than a batch: goes alone
    uploader.add(operations)
    uploader.flush()
    assert recorder.sent_ids() == Counter(op["data"]["id"] for op in operations), "each sent once, in full"
    *full, last_small, oversized = recorder.sizes
    assert all(size <= 5 * KB for size in [*full, last_small])
    assert oversized > 5 * KB and len(recorder.batches[-1]) == 1
    for size, following in zip(full, recorder.batches[1:], strict=False):
        next_op = len(json.dumps(following[0], ensure_ascii=False, separators=(",", ":")).encode())
        assert size + 1 + next_op > 5 * KB, "a batch closes only when the next operation would not fit"
    assert len(stored_products(mock, subscriber)) == 4 + 201  # the seeded products and ours


def test_batches_close_by_age_on_the_injected_clock(
    make_uploader: Callable[..., Uploader], recorder: Recorder, clock: FakeClock
) -> None:
    uploader = make_uploader(limits=BatchLimits(max_age=300.0))
    uploader.add([update(1), update(2)])
    clock.advance(200)
    uploader.add(update(3))
    assert uploader.send_ready().batches == 0 and recorder.batches == [], "young batches stay open"
    clock.advance(99.5)
    assert uploader.send_ready().batches == 0
    clock.advance(0.5)  # the oldest operation is now 300 s old
    report = uploader.send_ready()
    assert report.batches == 1 and [len(batch) for batch in recorder.batches] == [3]
    batch_files = list((uploader.directory / "batches").iterdir())
    assert batch_files == [], "the answered batch is gone from disk"


def test_count_bytes_and_age_each_close_a_batch(make_uploader: Callable[..., Uploader], clock: FakeClock) -> None:
    uploader = make_uploader(limits=BatchLimits(max_operations=3, max_bytes=400, max_age=60))
    uploader.add([update(1), update(2), update(3)])  # count
    uploader.add([update(4, descricao="z" * 250), update(5, descricao="z" * 250)])  # bytes: one fits
    uploader.add(update(6))  # bytes: 5 and 6 do not fit together
    clock.advance(60)
    uploader.add(update(7))  # age: the batch holding 6 and 7 is 60 s old
    closed = [json.loads(path.read_bytes()) for path in sorted((uploader.directory / "batches").iterdir())]
    assert [(batch["closedBy"], len(batch["operations"])) for batch in closed] == [
        ("operations", 3),
        ("bytes", 1),
        ("bytes", 1),
        ("age", 2),
    ]


# --- validation -------------------------------------------------------------------------------

BAD_OPERATIONS = {
    "unknown tipo": ({"op": "update", "tipo": "PRODUTOS", "data": product(1)}, "tipo", "one of ACESSO"),
    "assinante on the stream": (
        {"op": "update", "tipo": "ASSINANTE", "data": {"id": NEW_SUBSCRIBER}},
        "tipo",
        "/admin/assinantes",
    ),
    "missing required field": (
        {"op": "update", "tipo": "PRODUTO", "data": {"id": "P-1", "descricao": "Arroz"}},
        "data.secaoId",
        "required fields: descricao, id, secaoId",
    ),
    "wrong type": ({"op": "update", "tipo": "PRODUTO", "data": product(1, ativo="sim")}, "data.ativo", "boolean"),
    "bad date-time": (
        {"op": "update", "tipo": "PRODUTO", "data": product(1, dataInclusao="ontem")},
        "data.dataInclusao",
        "RFC 3339",
    ),
    "nested field": (
        {"op": "update", "tipo": "PRODUTO", "data": product(1, composicao={"quantidade": 1, "itens": [{}]})},
        "data.composicao.itens.0.",
        "required fields",
    ),
    "unknown op": ({"op": "upsert", "tipo": "PRODUTO", "data": product(1)}, "op", "update or delete"),
    "delete without id": ({"op": "delete", "tipo": "PRODUTO", "data": {}}, "data.id", "non-empty string"),
}


# In-process only: validation before queuing, nothing crosses the connection.
@IN_PROCESS_ONLY
@pytest.mark.parametrize("case", sorted(BAD_OPERATIONS))
def test_bad_input_is_a_clear_error_and_queues_nothing(case: str, make_uploader: Callable[..., Uploader]) -> None:
    uploader = make_uploader()
    uploader.add(update(0))
    before = on_disk(uploader.directory)
    bad, path, allowed = BAD_OPERATIONS[case]
    with pytest.raises(InvalidOperationError) as caught:
        uploader.add([update(1), bad, update(2)])  # a good operation on either side
    error = caught.value
    assert isinstance(error, ValueError)
    assert error.index == 1 and error.path.startswith(path) and allowed in error.allowed
    assert error.tipo == bad["tipo"]
    assert f"operation 1 ({bad['tipo']}): {path}" in str(error)
    assert on_disk(uploader.directory) == before, "nothing of the call was queued"
    assert uploader.stats().pending == 1


# In-process only: validation before queuing, nothing crosses the connection.
@IN_PROCESS_ONLY
def test_every_problem_of_an_operation_is_listed(make_uploader: Callable[..., Uploader]) -> None:
    with pytest.raises(InvalidOperationError) as caught:
        make_uploader().add({"op": "update", "tipo": "PRODUTO", "data": {"id": "P-1", "ativo": 1}})
    assert caught.value.problems == (
        "data.descricao is required",
        "data.secaoId is required",
        "data.ativo is integer 1",
    )
    assert "(and 2 more problems)" in str(caught.value)


def test_operations_come_as_mappings_models_or_helpers(
    make_uploader: Callable[..., Uploader], recorder: Recorder
) -> None:
    uploader = make_uploader()
    model = StreamOperation.from_dict({"op": "UPDATE", "tipo": StreamModelTipo.SECAO, "data": {"id": "10"}})
    model.data.additional_properties.update(codigo="10", descricao="Mercearia")
    uploader.add(model)
    uploader.update("PRODUTO", product(1))
    uploader.delete("PRODUTO", "P-00001")
    uploader.flush()
    assert [(op["op"], op["tipo"], op["data"]["id"]) for op in recorder.batches[0]] == [
        ("update", "SECAO", "10"),
        ("update", "PRODUTO", "P-00001"),
        ("delete", "PRODUTO", "P-00001"),
    ]
    assert recorder.batches[0][2]["data"] == {"id": "P-00001"}, "a delete carries only the id"


def test_partner_wide_sessions_need_a_subscriber_per_operation(
    mock: PanamahMock, wire: Wire, recorder: Recorder, subscriber: str, make_uploader: Callable[..., Uploader]
) -> None:
    uploader = make_uploader(client=connect(mock, wire, recorder, panamah.PARTNER_WIDE))
    with pytest.raises(InvalidOperationError, match="assinanteId is required in a partner-wide session"):
        uploader.add(update(1))
    uploader.add({**update(1), "assinanteId": subscriber})
    assert uploader.flush().acknowledged == 1
    assert "P-00001" in stored_products(mock, subscriber)


# In-process only: the subject is the folder lock, nothing crosses the connection.
@IN_PROCESS_ONLY
def test_one_uploader_per_folder(make_uploader: Callable[..., Uploader]) -> None:
    make_uploader()
    with pytest.raises(QueueError, match="in use by another uploader"):
        make_uploader()


# In-process only: the subject is the folder lock, nothing crosses the connection.
@IN_PROCESS_ONLY
def test_deleting_the_lock_file_does_not_let_a_second_uploader_in(
    make_uploader: Callable[..., Uploader], queue_dir: Path
) -> None:
    first = make_uploader()
    (queue_dir / "LOCK").unlink()
    with pytest.raises(QueueError, match="in use by another uploader"):
        make_uploader()
    first.close()
    make_uploader().add(update(1))  # released on close: the folder is free again


# In-process only: the subject is the queue on disk; sending runs over the socket in the other tests.
@IN_PROCESS_ONLY
def test_add_is_thread_safe(make_uploader: Callable[..., Uploader], recorder: Recorder) -> None:
    uploader = make_uploader(limits=BatchLimits(max_operations=7))
    threads, per_thread = 8, 40
    start = threading.Barrier(threads)
    seqs: list[int] = []
    lock = threading.Lock()

    def produce(worker: int) -> None:
        start.wait(timeout=10)
        for index in range(per_thread):
            seq = uploader.update("PRODUTO", product(worker * 1000 + index))
            with lock:
                seqs.append(seq)

    workers = [threading.Thread(target=produce, args=(worker,)) for worker in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=30)
    assert len(set(seqs)) == threads * per_thread
    assert uploader.flush().acknowledged == threads * per_thread
    assert set(recorder.sent_ids().values()) == {1}, "every operation sent exactly once"
    assert all(len(batch) <= 7 for batch in recorder.batches)


# --- falhas, dead letters, replay -------------------------------------------------------------


def test_falhas_are_retried_with_backoff_then_dead_lettered(
    make_uploader: Callable[..., Uploader], recorder: Recorder, sleeps: Sleeps, caplog: pytest.LogCaptureFixture
) -> None:
    uploader = make_uploader(retry=UploadRetry(max_attempts=3, backoff=2.0))
    uploader.add([update(1), {"op": "delete", "tipo": "PRODUTO", "data": {"id": "never-sent"}}])
    with caplog.at_level(logging.WARNING, logger="client_overlays.panamah"):
        report = uploader.flush()
    # A refused delete is no silent loss: a WARNING names it, the report counts and lists it.
    [warning] = [record for record in caplog.records if record.levelno == logging.WARNING]
    assert "dead-lettered delete PRODUTO id=never-sent after 3 attempt(s): Registro não encontrado" in warning.message
    assert report.refused_deletes == 1 and [letter.data for letter in report.dead_letters] == [{"id": "never-sent"}]
    assert recorder.sent_ids() == Counter({"P-00001": 1, "never-sent": 3}), "only the failed item is re-sent"
    assert sleeps.waits == [2.0, 4.0], "backoff doubles per failure"
    assert (report.acknowledged, report.requeued, report.dead_lettered) == (1, 2, 1)
    [letter] = uploader.dead_letters()
    assert (letter.tipo, letter.op, letter.data, letter.attempts) == ("PRODUTO", "delete", {"id": "never-sent"}, 3)
    assert letter.reason == "Registro não encontrado"
    lines = (uploader.directory / "dead-letters.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["data"] for line in lines] == [{"id": "never-sent"}], "inspectable JSON lines"
    assert uploader.stats().unsent == 0


def test_a_falha_that_clears_is_delivered_on_retry(
    mock: PanamahMock, wire: Wire, recorder: Recorder, sleeps: Sleeps, make_uploader: Callable[..., Uploader]
) -> None:
    client = connect(mock, wire, recorder, panamah.PARTNER_WIDE)
    uploader = make_uploader(client=client)
    uploader.add({**update(1), "assinanteId": NEW_SUBSCRIBER})  # valid data, unknown subscriber: a falha

    def register_the_subscriber() -> None:
        if NEW_SUBSCRIBER not in mock.assinantes:
            body = AssinanteCreateRequest(id=NEW_SUBSCRIBER, nome="Nova LTDA", fantasia="Nova", cnpj=NEW_SUBSCRIBER)
            assert create_assinante.sync_detailed(client=client, body=body).status_code == 201

    sleeps.before = register_the_subscriber
    report = uploader.flush()
    assert (report.batches, report.requeued, report.acknowledged, report.dead_lettered) == (2, 1, 1, 0)
    assert sleeps.waits == [1.0]
    assert "P-00001" in stored_products(mock, NEW_SUBSCRIBER)


def test_dead_letters_can_be_replayed(
    make_uploader: Callable[..., Uploader], recorder: Recorder, mock: PanamahMock, subscriber: str
) -> None:
    uploader = make_uploader(retry=UploadRetry(max_attempts=1))
    uploader.add([{"op": "delete", "tipo": "PRODUTO", "data": {"id": "P-00007"}}, update(8)])
    assert uploader.flush().dead_lettered == 1
    uploader.update("PRODUTO", product(7))  # the record the delete needed now exists
    uploader.flush()
    assert "P-00007" in stored_products(mock, subscriber)
    assert uploader.replay_dead_letters(lambda letter: letter.tipo == "VENDA") == 0
    assert uploader.replay_dead_letters() == 1
    assert uploader.dead_letters() == [] and uploader.stats().pending == 1
    assert uploader.flush().acknowledged == 1
    assert "P-00007" not in stored_products(mock, subscriber)
    assert (uploader.directory / "dead-letters.jsonl").read_bytes() == b""


def test_replay_validates_dead_letters_edited_by_hand(make_uploader: Callable[..., Uploader]) -> None:
    uploader = make_uploader(retry=UploadRetry(max_attempts=1))
    uploader.add({"op": "delete", "tipo": "PRODUTO", "data": {"id": "gone"}})
    uploader.flush()
    log = uploader.directory / "dead-letters.jsonl"
    letter = json.loads(log.read_text(encoding="utf-8"))
    uploader.close()
    log.write_text(json.dumps({**letter, "op": "update", "data": {"id": "gone"}}) + "\n", encoding="utf-8")
    uploader = make_uploader(retry=UploadRetry(max_attempts=1))
    with pytest.raises(InvalidOperationError, match=r"data\.descricao is required"):
        uploader.replay_dead_letters()
    assert len(uploader.dead_letters()) == 1 and uploader.stats().pending == 0


# --- transport faults -------------------------------------------------------------------------


def test_network_errors_and_5xx_are_retried(
    make_uploader: Callable[..., Uploader], recorder: Recorder, mock: PanamahMock, subscriber: str, sleeps: Sleeps
) -> None:
    mock.faults = FaultConfig(seed=7, rate_500=0.15, rate_503=0.15, rate_429=0.1, rate_drop=0.1, rate_truncate=0.05)
    uploader = make_uploader(retry=UploadRetry(send_attempts=20))
    uploader.add([update(number) for number in range(400)])
    report = uploader.flush()
    assert report.send_retries >= 3 and len(sleeps.waits) == report.send_retries
    assert sum(mock.injected.values()) >= report.send_retries
    assert {f"P-{number:05d}" for number in range(400)} <= set(stored_products(mock, subscriber))
    assert report.acknowledged == 400 and uploader.stats().unsent == 0
    # A drop or truncation loses the answer to a batch that was applied: that batch is re-sent.
    duplicates = sum(count - 1 for count in recorder.sent_ids().values())
    assert duplicates <= (mock.injected.get("drop", 0) + mock.injected.get("truncate", 0)) * 500


class BrokenStreams(Recorder):
    """Fails the first stream batches the way a real connection can break mid-answer."""

    failures: ClassVar = [httpx.StreamClosed(), httpx.RemoteProtocolError("peer closed"), httpx.ReadError("reset")]

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == STREAM_DATA and len(self.batches) < len(self.failures):
            self._record(request)
            raise self.failures[len(self.batches) - 1]
        return super().handle_request(request)


def test_broken_response_streams_are_retried(
    mock: PanamahMock, wire: Wire, subscriber: str, make_uploader: Callable[..., Uploader], sleeps: Sleeps
) -> None:
    uploader = make_uploader(client=connect(mock, wire, BrokenStreams(wire.transport()), subscriber))
    uploader.add([update(1), update(2)])
    report = uploader.flush()
    assert (report.send_retries, report.acknowledged) == (3, 2)
    assert len(sleeps.waits) == 3


def test_a_batch_that_keeps_failing_raises_and_stays_queued(
    make_uploader: Callable[..., Uploader], mock: PanamahMock, subscriber: str, sleeps: Sleeps
) -> None:
    uploader = make_uploader(retry=UploadRetry(send_attempts=4, send_backoff=0.5))
    uploader.add([update(1), update(2)])
    mock.faults = FaultConfig(rate_500=1.0)
    with pytest.raises(ServerError):
        uploader.flush()
    assert sleeps.waits == [0.5, 1.0, 2.0]
    assert uploader.stats().in_batches == 2, "the batch waits on disk"
    mock.faults = FaultConfig()
    assert uploader.flush().acknowledged == 2
    assert {"P-00001", "P-00002"} <= set(stored_products(mock, subscriber))


def test_retry_after_is_followed(
    make_uploader: Callable[..., Uploader], mock: PanamahMock, sleeps: Sleeps, clock: FakeClock
) -> None:
    uploader = make_uploader(retry=UploadRetry(send_attempts=2))
    uploader.add(update(1))
    mock.faults = FaultConfig(rate_429=1.0, retry_after="7")
    with pytest.raises(RateLimitedError) as caught:
        uploader.flush()
    assert sleeps.waits == [7.0] and caught.value.retry_after == 7.0


class RefusingFirstBatch(Recorder):
    """Answers the first stream batch with a 400, as Panamah answers a request it cannot read."""

    refused = False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == STREAM_DATA and not self.refused:
            self.refused = True
            return httpx.Response(400, json={"message": "Requisição inválida", "detail": "body: ilegível"})
        return super().handle_request(request)


def test_a_batch_refused_whole_is_dead_lettered_and_the_queue_moves_on(
    mock: PanamahMock, wire: Wire, subscriber: str, make_uploader: Callable[..., Uploader], sleeps: Sleeps
) -> None:
    refusing = RefusingFirstBatch(wire.transport())
    uploader = make_uploader(client=connect(mock, wire, refusing, subscriber), limits=BatchLimits(max_operations=2))
    uploader.add([update(number) for number in range(4)])
    report = uploader.flush()
    assert (report.batches, report.acknowledged, report.dead_lettered) == (2, 2, 2)
    assert sleeps.waits == [], "a 400 is not retried: the same request would be refused again"
    letters = uploader.dead_letters()
    assert [letter.data["id"] for letter in letters] == ["P-00000", "P-00001"]
    assert letters[0].reason.startswith("batch refused: 400 Bad Request") and "ilegível" in letters[0].reason
    assert uploader.replay_dead_letters() == 2 and uploader.flush().acknowledged == 2
    assert {f"P-{number:05d}" for number in range(4)} <= set(stored_products(mock, subscriber))


# --- reconciliation ---------------------------------------------------------------------------


def test_reconciliation_resends_exactly_the_missing_records(
    mock: PanamahMock, wire: Wire, recorder: Recorder, make_uploader: Callable[..., Uploader]
) -> None:
    grant = Grant(panamah.PARTNER_WIDE, float("inf"))
    missing = [PendingRecord(*item) for item in mock.pending(grant)]
    assert len(missing) >= 3, "the seeded sales name products Panamah never received"
    lost = missing[1]  # one record our own data does not have either
    asked: list[PendingRecord] = []

    def fetch(assinante_id: str, tipo: str, record_id: str) -> dict[str, Any] | None:
        asked.append(PendingRecord(assinante_id, tipo, record_id))
        return None if record_id == lost.id else {"id": record_id, "descricao": "Do ERP", "secaoId": "10"}

    uploader = make_uploader(client=connect(mock, wire, recorder, panamah.PARTNER_WIDE))
    report = panamah.reconcile(uploader, fetch, page_size=1)
    assert recorder.paths["/stream/pending-resources"] == len(missing) + 1, "one page per record, then {}"
    assert sorted(asked) == sorted(missing) and sorted(report.reported) == sorted(missing)
    assert report.not_in_source == (lost,)
    sent = [(op["assinanteId"], op["tipo"], op["data"]["id"]) for batch in recorder.batches for op in batch]
    assert sorted(sent) == sorted((r.assinante_id, r.tipo, r.id) for r in missing if r != lost)
    assert report.flush is not None and report.flush.acknowledged == len(missing) - 1
    assert [PendingRecord(*item) for item in mock.pending(grant)] == [lost]


# --- restarts and crash states ----------------------------------------------------------------


def test_restart_on_the_same_folder_resumes_the_queue(
    make_uploader: Callable[..., Uploader], recorder: Recorder, queue_dir: Path, clock: FakeClock
) -> None:
    limits = BatchLimits(max_operations=4, max_age=60)
    first = make_uploader(limits=limits)
    first.add([update(number) for number in range(10)])
    first.close()  # e.g. the process ended without a flush
    second = make_uploader(limits=limits)
    stats = second.stats()
    assert (stats.batches, stats.in_batches, stats.pending) == (2, 8, 2)
    clock.advance(60)
    assert second.send_ready().acknowledged == 10, "the open batch kept its age across the restart"
    assert recorder.sent_ids() == Counter({f"P-{number:05d}": 1 for number in range(10)})


# In-process only: the subject is the queue on disk; sending runs over the socket in the other tests.
@IN_PROCESS_ONLY
def test_crash_between_closing_a_batch_and_trimming_pending(
    make_uploader: Callable[..., Uploader], recorder: Recorder, queue_dir: Path
) -> None:
    first = make_uploader(limits=BatchLimits(max_operations=3))
    first.add([update(1), update(2)])
    saved = on_disk(queue_dir)
    first.add(update(3))  # closes a batch of 3 and empties pending/
    first.close()
    for name, content in saved.items():  # put back the pending files, as if the crash came first
        if name.startswith("pending/"):
            (queue_dir / name).write_bytes(content)
    second = make_uploader(limits=BatchLimits(max_operations=3))
    assert (second.stats().pending, second.stats().in_batches) == (0, 3), "each operation lives once"
    second.flush()
    assert recorder.sent_ids() == Counter({"P-00001": 1, "P-00002": 1, "P-00003": 1})


# In-process only: the subject is the queue on disk; sending runs over the socket in the other tests.
@IN_PROCESS_ONLY
def test_crash_after_the_answer_resends_only_that_batch(
    make_uploader: Callable[..., Uploader], recorder: Recorder, queue_dir: Path, mock: PanamahMock
) -> None:
    first = make_uploader(limits=BatchLimits(max_operations=2), retry=UploadRetry(max_attempts=2))
    first.add([update(1), {"op": "delete", "tipo": "PRODUTO", "data": {"id": "gone"}}, update(3), update(4)])
    in_flight = on_disk(queue_dir)
    first.send_ready()  # both batches answered; the falha was re-queued
    first.close()
    # The crash came after the answer to the first batch, before its file was deleted.
    first_batch = sorted(name for name in in_flight if name.startswith("batches/"))[0]
    (queue_dir / first_batch).write_bytes(in_flight[first_batch])
    second = make_uploader(limits=BatchLimits(max_operations=2), retry=UploadRetry(max_attempts=2))
    assert second.stats().pending == 0, "the re-queued copy gives way to the batch"
    second.flush()
    assert recorder.sent_ids() == Counter({"P-00001": 2, "gone": 3, "P-00003": 1, "P-00004": 1})
    assert [letter.data["id"] for letter in second.dead_letters()] == ["gone"]


# In-process only: the subject is the queue on disk; sending runs over the socket in the other tests.
@IN_PROCESS_ONLY
def test_torn_writes_are_ignored_on_restart(
    make_uploader: Callable[..., Uploader], recorder: Recorder, queue_dir: Path
) -> None:
    first = make_uploader(retry=UploadRetry(max_attempts=1))
    first.add([update(1), {"op": "delete", "tipo": "PRODUTO", "data": {"id": "gone"}}])
    first.flush()
    first.add(update(2))
    first.close()
    (queue_dir / "pending" / ".000000000009.json.123.0.tmp").write_bytes(b'{"format":1,"operations":[{"se')
    (queue_dir / "batches" / ".000000000009.json.123.1.tmp").write_bytes(b"")
    with (queue_dir / "dead-letters.jsonl").open("ab") as log:
        log.write(b'{"seq":99,"op":"dele')
    second = make_uploader(retry=UploadRetry(max_attempts=1))
    assert [letter.data for letter in second.dead_letters()] == [{"id": "gone"}]
    assert not list(queue_dir.rglob("*.tmp")), "torn temp files are removed"
    assert (queue_dir / "dead-letters.jsonl").read_bytes().count(b"\n") == 1, "the torn line leaves the log"
    assert (queue_dir / "corrupt" / "dead-letters.jsonl").read_bytes() == b'{"seq":99,"op":"dele\n', "kept aside"
    assert second.stats().corrupt == 1
    second.flush()
    assert recorder.sent_ids() == Counter({"P-00001": 1, "gone": 1, "P-00002": 1})


# In-process only: the subject is the queue on disk; sending runs over the socket in the other tests.
@IN_PROCESS_ONLY
def test_copying_a_queue_folder_carries_it_elsewhere(
    make_uploader: Callable[..., Uploader], recorder: Recorder, queue_dir: Path, tmp_path: Path
) -> None:
    first = make_uploader()
    first.add([update(1), update(2)])
    first.close()
    shutil.copytree(queue_dir, tmp_path / "moved")
    assert make_uploader(directory=tmp_path / "moved").flush().acknowledged == 2


def test_uploaders_sharing_a_client_all_flush_through_a_token_refresh(
    make_uploader: Callable[..., Uploader],
    recorder: Recorder,
    subscriber: str,
    mock: PanamahMock,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    uploaders = [make_uploader(directory=tmp_path / f"outbox-{index}") for index in range(4)]
    uploaders[0].add(update(9999))
    uploaders[0].flush()  # the shared client holds stream tokens now
    clock.advance(mock.tokens.access_ttl + 1)  # and they expire while every uploader has work
    for index, uploader in enumerate(uploaders):
        uploader.add([update(100 * index + number) for number in range(10)])
    start = threading.Barrier(len(uploaders))

    def flush(uploader: Uploader) -> int:
        start.wait(timeout=30)
        return uploader.flush().acknowledged

    with ThreadPoolExecutor(max_workers=len(uploaders)) as pool:
        acknowledged = list(pool.map(flush, uploaders, timeout=60))
    assert acknowledged == [10] * len(uploaders), "every flush() succeeds"
    assert mock.token_requests == {"auth": 1, "refresh": 1}, "one refresh for all four"
    wanted = {f"P-{100 * index + number:05d}" for index in range(4) for number in range(10)}
    assert wanted <= set(stored_products(mock, subscriber))
    assert set(recorder.sent_ids().values()) == {1, 2}, "a batch goes again only after the 403 that expired it"


# --- all or none under failing writes, and unreadable files ---------------------------------------

ADD_CALLS = 20


def add_calls(seed: int) -> list[list[dict[str, Any]]]:
    """ADD_CALLS add() arguments of 1 to 19 operations each (seeded sizes), distinct ids."""
    rng, number, calls = random.Random(seed), 0, []
    for _ in range(ADD_CALLS):
        size = rng.randint(1, 19)
        calls.append([update(number + offset) for offset in range(size)])
        number += size
    return calls


def assert_each_delivered_once(recorder: Recorder, calls: list[list[dict[str, Any]]]) -> None:
    wanted = Counter(operation["data"]["id"] for call in calls for operation in call)
    assert recorder.sent_ids() == wanted, "every operation delivered exactly once"


ADD_UNDER_FILE_LIMIT = """
import json, resource, signal, sys
from client_overlays import panamah
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit then fails with EFBIG
resource.setrlimit(resource.RLIMIT_FSIZE, (2048, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
folder, subscriber, calls = sys.argv[1], sys.argv[2], json.loads(sys.stdin.read())
client = panamah.connect("token", "secret", base_url="http://127.0.0.1:9", assinante_id=subscriber)
uploader = panamah.Uploader(client, folder)
returned = []
for index, call in enumerate(calls):
    try:
        uploader.add(call)
        returned.append(index)
    except OSError:
        pass
uploader.close()
print(json.dumps(returned))
"""


# In-process only: the subject is the queue on disk; sending runs over the socket in the other tests.
@IN_PROCESS_ONLY
@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_add_under_a_file_size_limit_is_all_or_none(
    make_uploader: Callable[..., Uploader], recorder: Recorder, queue_dir: Path, subscriber: str
) -> None:
    calls = add_calls(seed=7)
    # In a child process, so the limit cannot reach the test run's own files.
    child = subprocess.run(
        [sys.executable, "-c", ADD_UNDER_FILE_LIMIT, str(queue_dir), subscriber],
        input=json.dumps(calls),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    returned = json.loads(child.stdout)
    assert 0 < len(returned) < ADD_CALLS, "the 2 KB limit refuses some add() calls, not all"
    uploader = make_uploader()
    uploader.flush()
    assert_each_delivered_once(recorder, [calls[index] for index in returned])
    for index in sorted(set(range(ADD_CALLS)) - set(returned)):
        uploader.add(calls[index])  # the caller retries what raised: no duplicates
    uploader.flush()
    assert_each_delivered_once(recorder, calls)


# In-process only: the subject is the queue on disk; sending runs over the socket in the other tests.
@IN_PROCESS_ONLY
def test_add_on_a_full_disk_is_all_or_none(
    make_uploader: Callable[..., Uploader], recorder: Recorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls, rng = add_calls(seed=8), random.Random(8)
    uploader = make_uploader(limits=BatchLimits(max_operations=10))

    def full_disk(real: Callable[..., None]) -> Callable[..., None]:
        def write(*args: Any) -> None:
            if rng.random() < 0.3:  # seeded: about a third of the writes and folder syncs fail
                raise OSError(errno.ENOSPC, "No space left on device")
            real(*args)

        return write

    monkeypatch.setattr(queue_module, "_write_bytes", full_disk(queue_module._write_bytes))
    monkeypatch.setattr(queue_module, "_fsync_dir", full_disk(queue_module._fsync_dir))
    failed = []
    for call in calls:
        try:
            uploader.add(call)
        except OSError:
            failed.append(call)
    assert 0 < len(failed) < ADD_CALLS
    monkeypatch.undo()
    uploader.close()
    uploader = make_uploader(limits=BatchLimits(max_operations=10))  # what the disk holds, not memory
    uploader.flush()
    assert_each_delivered_once(recorder, [call for call in calls if call not in failed])
    for call in failed:
        uploader.add(call)
    uploader.flush()
    assert_each_delivered_once(recorder, calls)


# In-process only: the subject is the queue on disk; sending runs over the socket in the other tests.
@IN_PROCESS_ONLY
def test_unreadable_queue_files_move_aside_and_the_rest_is_delivered(
    make_uploader: Callable[..., Uploader],
    recorder: Recorder,
    queue_dir: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    first = make_uploader()
    calls = [[update(10 * call + offset) for offset in range(3)] for call in range(8)]
    for call in calls:
        first.add(call)  # one pending file per call
    first.close()
    files = sorted((queue_dir / "pending").iterdir())
    assert len(files) == len(calls)
    files[0].write_bytes(files[0].read_bytes()[:40])  # truncated
    files[1].write_bytes(b"\x00\xffnot json at all")  # garbage
    files[2].write_bytes(b"")  # empty
    files[3].rename(files[3].with_name("renamed.json"))
    stored = json.loads(files[4].read_bytes())
    stored["operations"][1]["tipo"] = "NAO_EXISTE"  # an operation of an unknown tipo
    files[4].write_text(json.dumps(stored))
    with caplog.at_level(logging.WARNING, logger="client_overlays.panamah.uploader"):
        second = make_uploader()
    assert sorted(path.name for path in (queue_dir / "corrupt").iterdir()) == sorted(
        f"pending-{name}" for name in [*(file.name for file in files[:3]), "renamed.json", files[4].name]
    )
    assert second.stats().corrupt == 5
    assert all(isinstance(error, QueueError) and error.path for error in second.corrupt)
    logged = " ".join(record.getMessage() for record in caplog.records if record.levelno >= logging.WARNING)
    for file in [*files[:3], files[4]]:
        assert file.name in logged, f"{file.name} is named in the log"
    assert "NAO_EXISTE" in logged
    report = second.flush()
    assert report.acknowledged == 9
    assert_each_delivered_once(recorder, calls[5:])
    # Repaired by hand and moved back, a file is delivered, and no newer operation took its numbers.
    later = [update(500)]
    second.add(later)
    second.close()
    (queue_dir / "corrupt" / "pending-renamed.json").rename(queue_dir / "pending" / "000000000099.json")
    make_uploader().flush()
    assert_each_delivered_once(recorder, [*calls[5:], calls[3], later])


# --- context managers and async ---------------------------------------------------------------


def test_the_context_manager_flushes_on_exit(
    client: AuthenticatedClient, queue_dir: Path, clock: FakeClock, recorder: Recorder
) -> None:
    with Uploader(client, queue_dir, clock=clock.now) as uploader:
        uploader.add(update(1))
        assert recorder.batches == []
    assert len(recorder.batches) == 1
    with pytest.raises(KeyError) as caught, Uploader(client, queue_dir, clock=clock.now) as uploader:
        uploader.add(update(2))
        raise KeyError("the caller's own error")
    assert recorder.sent_ids()["P-00002"] == 1, "accepted operations are flushed even then"
    assert not getattr(caught.value, "__notes__", None)


async def test_async_uploader_shares_the_queue_and_the_batching(
    mock: PanamahMock,
    wire: Wire,
    recorder: Recorder,
    queue_dir: Path,
    clock: FakeClock,
    sleeps: Sleeps,
    subscriber: str,
) -> None:
    client = connect(mock, wire, recorder, panamah.PARTNER_WIDE)
    options: dict[str, Any] = {"clock": clock.now, "sleep": sleeps.asleep, "assinante_id": subscriber}
    async with AsyncUploader(client, queue_dir, limits=BatchLimits(max_operations=5), **options) as uploader:
        await uploader.aadd([update(number) for number in range(12)])
        uploader.delete("PRODUTO", "never-sent")
        assert uploader.stats().batches == 2
    assert [len(batch) for batch in recorder.batches][:3] == [5, 5, 3]
    assert len(sleeps.waits) == 4, "the falha backed off and was retried in asyncio too"
    async with AsyncUploader(client, queue_dir, **options) as uploader:
        assert [letter.data["id"] for letter in uploader.dead_letters()] == ["never-sent"]
        grant = Grant(panamah.PARTNER_WIDE, float("inf"))
        expected = len(mock.pending(grant))
        report = await panamah.areconcile(
            uploader, lambda a, t, record_id: {"id": record_id, "descricao": "Do ERP", "secaoId": "10"}
        )
        assert len(report.queued) == expected and report.flush is not None
        assert report.flush.acknowledged == expected
    assert mock.pending(grant) == []
