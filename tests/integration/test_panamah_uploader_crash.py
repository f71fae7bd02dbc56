"""The uploader killed mid-send (SIGKILL) and started again on the same queue folder delivers
every accepted operation; only the batch in flight at the kill may arrive twice.

The mock runs on a real 127.0.0.1 socket in this process (uvicorn via `vendor_mocks.serve`), with
added latency so that sending takes a while; the uploader runs in a subprocess
(`panamah_uploader_worker.py`). A small ASGI layer in front of the mock records every batch
it receives and which run sent it (from `x-sdk-identity`). Run with -s to see the counts.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from starlette.types import ASGIApp, Scope

from integration.asgi_bodies import StreamDataTap
from vendor_mocks import FaultConfig, create_mock, serve
from vendor_mocks.panamah import PanamahMock

OPERATIONS = 2_000
LATENCY = 0.03  # seconds per request, so that sending is still going on when the kill comes
KILL_AFTER = OPERATIONS // 4  # operations the mock has received before the kill
WORKER = Path(__file__).with_name("panamah_uploader_worker.py")
STEP_TIMEOUT = 12.0  # every wait below is bounded; the whole test takes a few seconds


class Receipts(StreamDataTap):
    """The record ids of each `POST /stream/data` and its sender."""

    def __init__(self, app: ASGIApp) -> None:
        super().__init__(app)
        self.batches: list[tuple[str, list[str]]] = []  # (x-sdk-identity, ids), in arrival order
        self._lock = threading.Lock()

    @contextlib.contextmanager
    def seen(self, scope: Scope, body: bytes) -> Iterator[None]:
        identity = dict(scope["headers"]).get(b"x-sdk-identity", b"").decode()
        try:
            ids = [operation["data"]["id"] for operation in json.loads(body)]
        except ValueError:
            ids = []  # a body cut short by the kill: the mock refuses it, nothing is applied
        if ids:
            with self._lock:
                self.batches.append((identity, ids))
        yield

    def received(self, identity: str | None = None) -> list[list[str]]:
        with self._lock:
            return [ids for sender, ids in self.batches if identity is None or sender == identity]


def wait_until(condition: Callable[[], bool], what: str, timeout: float = STEP_TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:g} s waiting for {what}")
        time.sleep(0.005)


def start_worker(
    base_url: str, folder: Path, subscriber: str, run: int, mock: PanamahMock, concurrency: int
) -> subprocess.Popen[str]:
    """Run `run` of the worker; its output goes to `<folder>/../run<run>.log`."""
    env = {**os.environ, "PANAMAH_PARTNER_TOKEN": mock.partner_token, "PANAMAH_PARTNER_SECRET": mock.partner_secret}
    command = [
        sys.executable,
        str(WORKER),
        base_url,
        str(folder),
        subscriber,
        str(OPERATIONS),
        str(run),
        str(concurrency),
    ]
    with open(folder.parent / f"run{run}.log", "w") as log:  # the child keeps its own descriptor
        return subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT, text=True)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("concurrency", [1, 4], ids=["one-batch-in-flight", "four-batches-in-flight"])
def test_sigkill_mid_send_then_restart_delivers_everything(tmp_path: Path, concurrency: int) -> None:
    mock = create_mock("panamah", faults=FaultConfig(latency=LATENCY))
    subscriber = next(iter(mock.assinantes))
    receipts = Receipts(mock.app)
    queue_dir = tmp_path / "outbox"
    accepted = tmp_path / "accepted"
    with serve(receipts) as base_url:
        first = start_worker(base_url, queue_dir, subscriber, 1, mock, concurrency)
        try:
            wait_until(
                lambda: sum(map(len, receipts.received())) >= KILL_AFTER or first.poll() is not None,
                "the first run to be sending",
            )
            assert first.poll() is None, "the first run finished before the kill"
            os.kill(first.pid, signal.SIGKILL)
        finally:
            first.kill()  # no-op unless an assertion above fired first
            first.wait(timeout=STEP_TIMEOUT)
        assert first.returncode == -signal.SIGKILL
        assert accepted.read_text() == str(OPERATIONS), "every operation was accepted before the kill"

        second = start_worker(base_url, queue_dir, subscriber, 2, mock, concurrency)
        try:
            assert second.wait(timeout=STEP_TIMEOUT * 2) == 0, (tmp_path / "run2.log").read_text()
        finally:
            second.kill()

    before_kill = receipts.received("crash-worker-1")
    received_before = sum(map(len, before_kill))
    assert 0 < received_before < OPERATIONS, "killed mid-send"
    output = (tmp_path / "run2.log").read_text()
    expected = {f"P-{number:05d}" for number in range(OPERATIONS)}
    stored = mock.records[subscriber]["PRODUTO"]
    assert expected <= set(stored), f"missing: {sorted(expected - set(stored))[:10]}"
    assert stored["P-00007"]["ativo"] is False and stored["P-00008"]["descricao"] == "Produto 8"

    counts = Counter(record_id for ids in receipts.received() for record_id in ids)
    duplicated = {record_id for record_id, count in counts.items() if count > 1}
    # Up to `concurrency` batches were in flight at the kill: the last ones the mock received.
    in_flight = set().union(*before_kill[-concurrency:])
    after_restart = receipts.received("crash-worker-2")
    print(
        f"\ncrash test: {OPERATIONS} accepted; first run sent {received_before} in {len(before_kill)} batches "
        f"before SIGKILL; second run sent {sum(map(len, after_restart))} in {len(after_restart)} batches; "
        f"{len(expected & set(stored))} applied, 0 missing; {len(duplicated)} operations received twice "
        f"(batch in flight at the kill: {len(in_flight)} operations)\nworker output:\n{output}"
    )
    assert set(counts) == expected and max(counts.values()) <= 2
    assert duplicated <= in_flight, "only the batches in flight at the kill may be sent twice"
    if duplicated and concurrency == 1:
        assert set(after_restart[0]) == in_flight, "the restart re-sent the batch in flight first"
    if duplicated:
        first_round = set().union(*after_restart[:concurrency])
        assert duplicated <= first_round, "the restart re-sent the batches in flight first"
