"""When a batch of stream operations closes, and how long failed sends wait: pure functions, no I/O.

A batch closes at the first limit it reaches (Panamah's Python SDK: 500 operations, 5 KB of
JSON body, 5 minutes since its oldest operation was accepted). Sizes are those of the body
httpx sends: compact JSON, UTF-8, `[op,op,...]`.

```python
limits = BatchLimits(max_operations=100, max_bytes=64 * KB, max_age=30.0)
count, closed_by = cut(candidates, limits, now=clock())   # (0, None): the batch stays open
```
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from ._queue import QueuedOperation

__all__ = ["KB", "BatchLimits", "ClosedBy", "UploadRetry", "cut", "wire_size"]

KB = 1024
# Why a batch closed: a limit, a failed item whose retry time came, or an explicit flush.
ClosedBy = Literal["operations", "bytes", "age", "retry", "flush"]


@dataclass(frozen=True)
class BatchLimits:
    """The limits that close a batch; defaults are those of Panamah's Python SDK.

    `max_bytes` bounds the JSON body; one operation larger than it still goes, alone.
    `max_age` is in seconds of the uploader's clock, counted from the oldest operation.
    """

    max_operations: int = 500
    max_bytes: int = 5 * KB
    max_age: float = 300.0

    def __post_init__(self) -> None:
        _at_least(self, 1, "", "max_operations", "max_bytes")
        _at_least(self, 0, " seconds", "max_age")


@dataclass(frozen=True)
class UploadRetry:
    """How the uploader retries.

    - Items Panamah answers in `falhas` are re-queued ahead of new operations and re-sent after
      `backoff`, doubling per failure up to `max_backoff`; an item that failed `max_attempts`
      times goes to the dead-letter file instead.
    - A batch that meets a network error, a 429 or a 5xx is re-sent after `send_backoff`
      (doubling up to `max_send_backoff`, or the server's `Retry-After`); after
      `send_attempts` tries in a row the error propagates, and the batch stays queued on disk.
    """

    max_attempts: int = 5
    backoff: float = 1.0
    max_backoff: float = 300.0
    send_attempts: int = 8
    send_backoff: float = 0.5
    max_send_backoff: float = 30.0

    def __post_init__(self) -> None:
        _at_least(self, 1, "", "max_attempts", "send_attempts")
        _at_least(self, 0, " seconds", "backoff", "max_backoff", "send_backoff", "max_send_backoff")

    def item_delay(self, failures: int) -> float:
        """Wait before re-sending an item that has failed `failures` (>= 1) times."""
        return _exponential(self.backoff, self.max_backoff, failures)

    def send_delay(self, failures: int, retry_after: float | None = None) -> float:
        """Wait before re-sending a batch after `failures` (>= 1) failed tries in a row."""
        if retry_after is not None:
            return min(max(retry_after, 0.0), self.max_send_backoff)
        return _exponential(self.send_backoff, self.max_send_backoff, failures)


def _at_least(options: object, minimum: int, unit: str, *names: str) -> None:
    for name in names:
        if getattr(options, name) < minimum:
            raise ValueError(f"{name} must be >= {minimum}{unit}, got {getattr(options, name)}")


def _exponential(base: float, cap: float, failures: int) -> float:
    # No jitter: waits are reproducible in tests, and failed items are per-record, not a herd.
    return float(min(cap, base * 2 ** min(max(failures - 1, 0), 62)))


def wire_size(operation: Mapping[str, Any]) -> int:
    """Bytes of one operation in the request body (compact JSON, as httpx encodes `json=`)."""
    return len(json.dumps(operation, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode())


def cut(
    candidates: Sequence[QueuedOperation], limits: BatchLimits, now: float, *, force: bool = False
) -> tuple[int, ClosedBy | None]:
    """How many leading `candidates` form a batch that closes now, and why; `(0, None)` keeps it open.

    Candidates come in sending order (re-queued failures first). Count and bytes close a batch
    as soon as they are reached; age, a due retry or `force` (a flush) close whatever is there.
    """
    count, total = 0, 2
    for operation in candidates:
        extra = operation.size + (1 if count else 0)
        if count and total + extra > limits.max_bytes:
            return count, "bytes"
        count, total = count + 1, total + extra
        if count >= limits.max_operations:
            return count, "operations"
        if total >= limits.max_bytes:  # exactly full, or a single operation larger than the limit
            return count, "bytes"
    if not count:
        return 0, None
    if force:
        return count, "flush"
    if any(operation.attempts for operation in candidates):
        return count, "retry"  # a failed item already waited its backoff; do not add max_age to it
    if now - min(operation.accepted_at for operation in candidates) >= limits.max_age:
        return count, "age"
    return 0, None
