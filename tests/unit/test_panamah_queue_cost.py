"""The disk queue's work per operation does not grow with the size of one `add()`: closing the
batches of a large add writes each operation about twice (its pending file, then its batch
file), never the remaining pending operations again after every batch cut."""

from __future__ import annotations

from pathlib import Path

import pytest

from client_overlays.panamah import BatchLimits
from client_overlays.panamah import _queue as queue_module
from client_overlays.panamah._queue import DiskQueue, NewOperation


def _written_per_operation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, count: int) -> tuple[float, int]:
    written = {"bytes": 0, "files": 0}
    original = queue_module._write_bytes

    def counting(path: Path, payload: bytes) -> None:
        written["bytes"] += len(payload)
        written["files"] += 1
        original(path, payload)

    monkeypatch.setattr(queue_module, "_write_bytes", counting)
    monkeypatch.setattr(queue_module, "_fsync_dir", lambda folder: None)  # not what is counted; keeps it quick
    queue = DiskQueue(tmp_path / f"outbox-{count}", BatchLimits(max_operations=50, max_bytes=10**6))
    try:
        operations = [
            NewOperation("update", "PRODUTO", {"id": f"P-{n:06d}", "descricao": "x" * 40}, None) for n in range(count)
        ]
        queue.accept(operations, now=0.0)
        closed = queue.close_batches(0.0)
        assert sum(len(batch.operations) for batch in closed) == count  # every batch full: all closed
        assert [op.seq for batch in closed for op in batch.operations] == list(range(1, count + 1))
    finally:
        queue.close()
    return written["bytes"] / count, written["files"]


def test_bytes_written_per_operation_do_not_grow_with_the_size_of_one_add(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    small, small_files = _written_per_operation(tmp_path, monkeypatch, 500)
    large, large_files = _written_per_operation(tmp_path, monkeypatch, 5_000)
    # One pending file, one file per batch; the pending file is never rewritten per cut.
    assert small_files == 1 + 500 // 50 and large_files == 1 + 5_000 // 50
    assert large <= small * 1.1, f"{large:.0f} bytes per operation at 5,000 against {small:.0f} at 500"
