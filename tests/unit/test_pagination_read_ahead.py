"""Pages fetched ahead (`concurrency=`): a walk left early cancels what has not started and waits
for what has, so no request outlives the walk, with threads (sync) and tasks (asyncio)."""

from __future__ import annotations

import asyncio
import itertools
import threading
import time
from contextlib import aclosing
from dataclasses import dataclass, field

from client_overlays.pagination import AsyncPaginator, Page, PageStyle, Paginator

SIZE = 10
STYLE: PageStyle[int] = PageStyle(
    start=0,
    arguments=lambda skip: {"skip": skip},
    read=lambda body, skip: Page(body, skip, skip + SIZE if len(body) == SIZE else None),
    ahead=lambda page: itertools.count(page.position + SIZE, SIZE),
)


@dataclass
class Answer:
    parsed: list[int]
    status_code: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    content: bytes = b""


def items(skip: int) -> list[int]:
    return list(range(skip, skip + SIZE))  # an endless list: only the walk's end stops it


def test_a_sync_walk_left_early_waits_for_the_pages_fetched_ahead() -> None:
    started: list[int] = []
    finished: list[int] = []
    release = threading.Event()

    def operation(skip: int) -> Answer:
        started.append(skip)
        if skip:
            release.wait(5)
            time.sleep(0.05)  # still on the wire when the walk is left
        finished.append(skip)
        return Answer(items(skip))

    walk = iter(Paginator(operation, STYLE, {}, concurrency=4))
    assert next(walk) == 0
    deadline = time.monotonic() + 5
    while len(started) < 4 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert sorted(started) == [0, 10, 20, 30]  # three pages fetched ahead, in threads
    release.set()
    walk.close()
    assert sorted(finished) == [0, 10, 20, 30]
    assert not [thread for thread in threading.enumerate() if thread.name.startswith("paginator")]


async def test_an_async_walk_left_early_cancels_the_pages_fetched_ahead() -> None:
    started: list[int] = []
    cancelled: list[int] = []

    async def operation(skip: int) -> Answer:
        started.append(skip)
        try:
            await asyncio.sleep(5 if skip else 0)
        except asyncio.CancelledError:
            cancelled.append(skip)
            raise
        return Answer(items(skip))

    async with aclosing(AsyncPaginator(operation, STYLE, {}, concurrency=4).iter_pages()) as pages:
        async for page in pages:
            assert list(page.items) == items(0)
            await asyncio.sleep(0)  # the tasks fetching ahead start
            break
    assert sorted(started) == [0, 10, 20, 30] and sorted(cancelled) == [10, 20, 30]
    assert asyncio.all_tasks() == {asyncio.current_task()}  # none outlives the walk
