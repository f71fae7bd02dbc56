"""The token bucket: never more than `limit` requests in any `window`, close to it sustained,
fair between threads and tasks, and shared by every client using one credential."""

from __future__ import annotations

import asyncio
import threading
from collections import deque

import pytest

from client_overlays._ratelimit import TokenBucket, shared_bucket


class SteppingClock:
    """Time that passes only when someone sleeps."""

    def __init__(self) -> None:
        self.now = 0.0
        self._lock = threading.Lock()

    def time(self) -> float:
        with self._lock:
            return self.now

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.now = max(self.now, self.now + seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


def max_in_any_window(times: list[float], window: float) -> int:
    best, recent = 0, deque[float]()
    for moment in sorted(times):
        recent.append(moment)
        while recent[0] <= moment - window:
            recent.popleft()
        best = max(best, len(recent))
    return best


def test_a_burst_of_500_never_exceeds_the_limit_in_any_window() -> None:
    clock = SteppingClock()
    bucket = TokenBucket(limit=150, window=60, burst=3, clock=clock.time, sleep=clock.sleep)
    sent = []
    for _ in range(500):
        bucket.acquire()
        sent.append(clock.time())
    assert max_in_any_window(sent, 60) <= 150
    throughput = (len(sent) - 1) / (sent[-1] - sent[0]) * 60
    assert throughput >= 0.95 * 150, f"sustained {throughput:.1f} per minute"


def test_idle_time_refills_only_up_to_the_burst() -> None:
    clock = SteppingClock()
    bucket = TokenBucket(limit=10, window=1, burst=2, clock=clock.time, sleep=clock.sleep)
    clock.sleep(100)
    waits = [bucket.acquire() for _ in range(4)]
    assert waits[:2] == [0.0, 0.0] and all(wait > 0 for wait in waits[2:])


def test_threads_share_the_bucket_without_exceeding_it() -> None:
    clock = SteppingClock()
    bucket = TokenBucket(limit=20, window=1, burst=2, clock=clock.time, sleep=clock.sleep)
    reservations: list[float] = []
    lock = threading.Lock()

    def worker() -> None:
        for _ in range(10):
            wait = bucket.reserve()
            with lock:
                reservations.append(clock.time() + wait)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert len(reservations) == 80
    assert max_in_any_window(reservations, 1.0) <= 20


async def test_tasks_queue_by_reservation_without_blocking_the_loop() -> None:
    slept: list[float] = []

    async def record(seconds: float) -> None:
        slept.append(seconds)
        await asyncio.sleep(0)  # yield to the other tasks, as a real sleep would

    frozen = 100.0
    bucket = TokenBucket(limit=30, window=1, burst=2, clock=lambda: frozen, async_sleep=record)
    waits = await asyncio.gather(*(bucket.acquire_async() for _ in range(40)))
    rate = (30 - 2) / 1
    assert sorted(waits) == pytest.approx([0, 0, *[k / rate for k in range(1, 39)]])
    assert len(slept) == 38, "every task beyond the burst waited its own turn"


@pytest.mark.parametrize(
    ("limit", "window", "burst", "message"),
    [(0, 60, 1, "limit >= 1"), (10, 0, 1, "window > 0"), (10, 60, 10, "burst must be between 1 and limit - 1")],
)
def test_impossible_limits_are_refused(limit: int, window: float, burst: int, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        TokenBucket(limit=limit, window=window, burst=burst)


def test_clients_with_the_same_credential_share_one_bucket() -> None:
    made: list[TokenBucket] = []

    def factory() -> TokenBucket:
        made.append(TokenBucket(limit=5, window=1, burst=1))
        return made[-1]

    first = shared_bucket("unit-test-token-A", factory)
    assert shared_bucket("unit-test-token-A", factory) is first
    assert shared_bucket("unit-test-token-B", factory) is not first
    assert len(made) == 2
