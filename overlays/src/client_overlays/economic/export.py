"""Fast bulk export of an e-conomic collection: cursor walks over disjoint key ranges, in parallel.

One cursor walk is sequential, each set naming the next. The export splits the key space of
an integer property that is filterable with `gte`/`lt` and sortable (`number` by default)
into ranges and walks each range's cursor under its own filter,
`(<your filter>)$and:(number$gte:<lo>$and:number$lt:<hi>)`, with up to `concurrency`
requests at once (threads for sync, tasks for async), all through the caller's client:

1. Bounds: `/paged` with `PageSize=1` sorted by the key (ascending, then descending) gives
   its smallest and largest value, `/count` the total; the three requests run at once.
2. `[smallest, largest + 1)` is cut into `concurrency` equal ranges.
3. A range whose set came with a cursor goes on with it. But when a request slot would
   otherwise stay idle and the key is `number` (the order cursor sets come in), the rest of
   the range, above the set's last number, is cut again and the pieces walked at once, so a
   skewed key space still keeps every slot busy.

Which properties qualify comes from the spec's `x-filterable`, `x-sortable` and types
(`_generated/economic_fields.py`): `partition_keys(CONTACTS)` is `("number", "supplierNumber")`.

The ranges are disjoint and cover every value between the bounds, so each item that matches
at the start comes exactly once; order across ranges is not kept, and items created during
the export outside the bounds are left out. `position` (JSON) lists the ranges left, with
their cursors; `resume_from=` takes it back.

```python
from client_overlays.economic.export import CONTACTS, export

for contact in export(client, CONTACTS, filter_="email$like:*.dk", concurrency=8):
    archive(contact)
```
"""

from __future__ import annotations

import asyncio
import dataclasses
import math
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from economic_suppliers_client import AuthenticatedClient
from economic_suppliers_client.api.contacts import get_all_contacts, get_number_of_contacts, get_page_of_contacts
from economic_suppliers_client.api.groups import get_all_groups, get_number_of_groups, get_page_of_groups
from economic_suppliers_client.models import Contact, Group
from economic_suppliers_client.types import UNSET

from .._responses import unwrap
from ..pagination import DetailedResponse, Progress
from .filters import FILTERABLE, KINDS, SORTABLE

__all__ = [
    "CONTACTS",
    "DEFAULT_KEY",
    "GROUPS",
    "AsyncExport",
    "Collection",
    "Export",
    "aexport",
    "export",
    "partition_keys",
]

T = TypeVar("T")

DEFAULT_KEY = "number"
# Cursor sets come in `number` order (the cursor is the next set's first number), so the rest of
# a range lies above the last number seen: only then may a range be cut again mid-walk.
_CURSOR_ORDER = "number"

# A set as it came back: its items and the cursor to the next one.
_Set = tuple[Sequence[Any], str | None]


@dataclass(frozen=True)
class Collection(Generic[T]):
    """The three operations an export uses on one collection, sync and async, and the name
    of its item schema (for the spec's filter and sort metadata)."""

    model: str
    get_all: Callable[..., DetailedResponse[Any]]
    get_all_async: Callable[..., Awaitable[DetailedResponse[Any]]]
    get_page: Callable[..., DetailedResponse[Any]]
    get_page_async: Callable[..., Awaitable[DetailedResponse[Any]]]
    get_count: Callable[..., DetailedResponse[Any]]
    get_count_async: Callable[..., Awaitable[DetailedResponse[Any]]]


CONTACTS: Collection[Contact] = Collection(
    "Contact",
    get_all_contacts.sync_detailed,
    get_all_contacts.asyncio_detailed,
    get_page_of_contacts.sync_detailed,
    get_page_of_contacts.asyncio_detailed,
    get_number_of_contacts.sync_detailed,
    get_number_of_contacts.asyncio_detailed,
)
GROUPS: Collection[Group] = Collection(
    "Group",
    get_all_groups.sync_detailed,
    get_all_groups.asyncio_detailed,
    get_page_of_groups.sync_detailed,
    get_page_of_groups.asyncio_detailed,
    get_number_of_groups.sync_detailed,
    get_number_of_groups.asyncio_detailed,
)


@dataclass(frozen=True)
class _Range:
    """Key values `[low, high)` walked from `cursor`. `set_only`: only the items of that one set
    from index `skip` on are still due (the set being handed out; the rest is queued apart)."""

    low: int
    high: int
    cursor: str | None = None
    skip: int = 0
    set_only: bool = False


class _Plan:
    """Which ranges are left and which are on the wire: the bookkeeping both drivers share."""

    def __init__(self, ranges: Iterable[_Range], *, key: str, concurrency: int, done: int, total: int | None) -> None:
        self.key, self.concurrency = key, concurrency
        self.waiting: deque[_Range] = deque(ranges)
        self.running: list[_Range] = []  # requested, not yet handed out
        self.current: _Range | None = None  # the set being handed out, `skip` items in
        self.done, self.total = done, total

    def start(self) -> list[_Range]:
        """Ranges to request now, one per free slot."""
        started: list[_Range] = []
        while self.waiting and len(self.running) < self.concurrency:
            started.append(self.waiting.popleft())
        self.running += started
        return started

    def answered(self, requested: _Range, answer: _Set) -> None:
        """`requested` came back: queue the rest of its range, cut again if slots would idle."""
        self.running.remove(requested)
        items, cursor = answer
        self.current = dataclasses.replace(requested, set_only=True) if requested.skip < len(items) else None
        if cursor is None or requested.set_only:
            return
        spare = self.concurrency - len(self.running) - len(self.waiting) - 1
        if spare > 0 and self.key == _CURSOR_ORDER and items:
            self.waiting += _cut(_key_value(items[-1], self.key) + 1, requested.high, spare + 1)
        else:
            self.waiting.append(_Range(requested.low, requested.high, cursor))

    def handed_out(self, walked: _Range, index: int, size: int) -> None:
        """Item `index` of `walked`'s set (of `size`) is handed out: the position moves past it."""
        self.current = dataclasses.replace(walked, skip=index + 1, set_only=True) if index + 1 < size else None
        self.done += 1

    def position(self, filter_: str | None) -> dict[str, Any]:
        left = ([self.current] if self.current else []) + self.running + list(self.waiting)
        return {
            "key": self.key,
            "filter": filter_,
            "ranges": [[r.low, r.high, r.cursor, r.skip, r.set_only] for r in left],
            "done": self.done,
            "total": self.total,
        }


class _ExportBase(Generic[T]):
    def __init__(
        self,
        client: AuthenticatedClient,
        collection: Collection[T],
        *,
        filter_: str | None,
        key: str,
        concurrency: int,
        resume_from: Mapping[str, Any] | None,
        progress: Progress | None,
    ) -> None:
        if concurrency < 1:
            raise ValueError(f"concurrency must be >= 1, got {concurrency}")
        if key not in partition_keys(collection):
            allowed = ", ".join(partition_keys(collection))
            raise ValueError(f"{collection.model}.{key} cannot split an export; integer properties that can: {allowed}")
        if resume_from is not None and (resume_from.get("key"), resume_from.get("filter")) != (key, filter_):
            raise ValueError("resume_from is the position of an export with another key or filter")
        self._client, self._collection = client, collection
        self._filter, self._key, self._concurrency = filter_, key, concurrency
        self._position = dict(resume_from) if resume_from is not None else None
        self._progress = progress
        self._plan: _Plan | None = None

    @property
    def position(self) -> dict[str, Any] | None:
        """Where to resume (`resume_from=`), JSON; None until the bounds are known."""
        return self._plan.position(self._filter) if self._plan is not None else self._position

    @property
    def total(self) -> int | None:
        """What `/count` answered when the export began."""
        return self._plan.total if self._plan is not None else None

    def _resumed_plan(self) -> _Plan | None:
        state = self.position
        if state is None:
            return None
        ranges = [_Range(*entry) for entry in state["ranges"]]
        return _Plan(ranges, key=self._key, concurrency=self._concurrency, done=state["done"], total=state["total"])

    def _new_plan(self, lowest: Any, highest: Any, total: int) -> _Plan:
        ranges: list[_Range] = []
        if lowest is not None and highest is not None:
            ranges = _cut(_key_value(lowest, self._key), _key_value(highest, self._key) + 1, self._concurrency)
        return _Plan(ranges, key=self._key, concurrency=self._concurrency, done=0, total=total)

    def _probe_arguments(self, descending: bool) -> dict[str, Any]:
        return {
            "client": self._client,
            "filter_": self._filter or UNSET,
            "page_size": 1,
            "sort": f"-{self._key}" if descending else self._key,
        }

    def _count_arguments(self) -> dict[str, Any]:
        return {"client": self._client, "filter_": self._filter or UNSET}

    def _set_arguments(self, walked: _Range) -> dict[str, Any]:
        bounds = f"{self._key}$gte:{walked.low}$and:{self._key}$lt:{walked.high}"
        return {
            "client": self._client,
            "filter_": f"({self._filter})$and:({bounds})" if self._filter else bounds,
            "cursor": walked.cursor or UNSET,
        }

    def _answered(self, plan: _Plan, walked: _Range, answer: _Set) -> None:
        plan.answered(walked, answer)
        if self._progress is not None:
            self._progress(plan.done + len(answer[0]) - walked.skip, plan.total)


class Export(_ExportBase[T]):
    """Every item of a collection, read by up to `concurrency` threads (see `export`)."""

    def __iter__(self) -> Iterator[T]:
        # The generated client builds its httpx client on first use; threads racing to that
        # would each build one. Build it here, once, before any thread needs it.
        self._client.get_httpx_client()
        with ThreadPoolExecutor(self._concurrency, thread_name_prefix="economic-export") as pool:
            plan = self._plan = self._resumed_plan() or self._bounds(pool)
            running: dict[Future[_Set], _Range] = {}
            try:
                while True:
                    running.update((pool.submit(self._fetch, walked), walked) for walked in plan.start())
                    if not running:
                        return
                    finished, _ = wait(running, return_when=FIRST_COMPLETED)
                    for future in finished:
                        walked = running.pop(future)
                        answer = future.result()
                        self._answered(plan, walked, answer)
                        # Refill the slots before handing out, so requests run while the caller works.
                        running.update((pool.submit(self._fetch, more), more) for more in plan.start())
                        items = answer[0]
                        for index in range(walked.skip, len(items)):
                            plan.handed_out(walked, index, len(items))
                            yield items[index]
            finally:
                for future in running:
                    future.cancel()

    def _bounds(self, pool: ThreadPoolExecutor) -> _Plan:
        collection = self._collection
        lowest = pool.submit(collection.get_page, **self._probe_arguments(descending=False))
        highest = pool.submit(collection.get_page, **self._probe_arguments(descending=True))
        count = pool.submit(collection.get_count, **self._count_arguments())
        return self._new_plan(
            _first(unwrap(lowest.result(), list)),
            _first(unwrap(highest.result(), list)),
            unwrap(count.result(), int),
        )

    def _fetch(self, walked: _Range) -> _Set:
        return _read_set(unwrap(self._collection.get_all(**self._set_arguments(walked))))


class AsyncExport(_ExportBase[T]):
    """Every item of a collection, read by up to `concurrency` asyncio tasks (see `aexport`)."""

    async def __aiter__(self) -> AsyncIterator[T]:
        plan = self._plan = self._resumed_plan() or await self._bounds()
        running: dict[asyncio.Task[_Set], _Range] = {}
        try:
            while True:
                running.update((asyncio.ensure_future(self._fetch(walked)), walked) for walked in plan.start())
                if not running:
                    return
                finished, _ = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
                for task in finished:
                    walked = running.pop(task)
                    answer = task.result()
                    self._answered(plan, walked, answer)
                    running.update((asyncio.ensure_future(self._fetch(more)), more) for more in plan.start())
                    items = answer[0]
                    for index in range(walked.skip, len(items)):
                        plan.handed_out(walked, index, len(items))
                        yield items[index]
        finally:
            for task in running:
                task.cancel()
            await asyncio.gather(*running, return_exceptions=True)

    async def _bounds(self) -> _Plan:
        collection = self._collection
        lowest, highest, count = await asyncio.gather(
            collection.get_page_async(**self._probe_arguments(descending=False)),
            collection.get_page_async(**self._probe_arguments(descending=True)),
            collection.get_count_async(**self._count_arguments()),
        )
        return self._new_plan(_first(unwrap(lowest, list)), _first(unwrap(highest, list)), unwrap(count, int))

    async def _fetch(self, walked: _Range) -> _Set:
        return _read_set(unwrap(await self._collection.get_all_async(**self._set_arguments(walked))))


def export(
    client: AuthenticatedClient,
    collection: Collection[T],
    *,
    filter_: str | None = None,
    key: str = DEFAULT_KEY,
    concurrency: int = 8,
    resume_from: Mapping[str, Any] | None = None,
    progress: Progress | None = None,
) -> Export[T]:
    """Every item of `collection` (`CONTACTS`, `GROUPS`) matching `filter_`, in no set order.

    `key` is one of `partition_keys(collection)` (`ValueError` otherwise). `progress(done,
    total)` runs once per set, with the total from `/count`.

    ```python
    contacts = export(client, CONTACTS, concurrency=8)
    try:
        for contact in contacts:
            save(contact)
    except APIError:
        checkpoint = contacts.position    # later: export(client, CONTACTS, resume_from=checkpoint)
    ```
    """
    return Export(
        client,
        collection,
        filter_=filter_,
        key=key,
        concurrency=concurrency,
        resume_from=resume_from,
        progress=progress,
    )


def aexport(
    client: AuthenticatedClient,
    collection: Collection[T],
    *,
    filter_: str | None = None,
    key: str = DEFAULT_KEY,
    concurrency: int = 8,
    resume_from: Mapping[str, Any] | None = None,
    progress: Progress | None = None,
) -> AsyncExport[T]:
    """`export` for asyncio code: `async for contact in aexport(client, CONTACTS): ...`."""
    return AsyncExport(
        client,
        collection,
        filter_=filter_,
        key=key,
        concurrency=concurrency,
        resume_from=resume_from,
        progress=progress,
    )


def partition_keys(collection: Collection[Any]) -> tuple[str, ...]:
    """The properties an export of `collection` can split on: integers that the spec lets a
    filter compare with `gte` and `lt` and a sort order by."""
    filterable = FILTERABLE.get(collection.model, {})
    return tuple(
        name
        for name in SORTABLE.get(collection.model, ())
        if KINDS.get(collection.model, {}).get(name) == "integer" and {"gte", "lt"} <= set(filterable.get(name, ()))
    )


def _cut(low: int, high: int, pieces: int) -> list[_Range]:
    """`[low, high)` in at most `pieces` contiguous ranges of equal width (none if empty)."""
    if high <= low:
        return []
    width = math.ceil((high - low) / pieces)
    return [_Range(start, min(start + width, high)) for start in range(low, high, width)]


def _first(items: list[Any]) -> Any:
    return items[0] if items else None


def _key_value(item: Any, key: str) -> int:
    value = item.to_dict().get(key)
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"the export key {key!r} must be an integer property, got {value!r}")
    return value


def _read_set(body: Any) -> _Set:
    items = body.items if isinstance(body.items, list) else []
    cursor = body.cursor if isinstance(body.cursor, str) and body.cursor else None
    return items, cursor
