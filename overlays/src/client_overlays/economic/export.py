"""Fast bulk export of an e-conomic collection: cursor walks over disjoint key ranges, in parallel.

One cursor walk is sequential, each set naming the next. The export cuts the key space of an
integer property that is filterable with `gte`/`lt` and sortable (`partition_keys`; `number` by
default) into ranges and walks each range's cursor under `(<your filter>)$and:(<the range>)`,
with up to `concurrency` requests at once (threads for sync, tasks for async), all through the
caller's client:

1. Bounds, in one round: `/count`, the largest key (`/paged`, `PageSize=1`, sorted descending)
   and the smallest (the same ascending or, for `number`, the order cursor sets come in, the
   plain walk's first set, whose items are handed out). What lies between is cut into
   `concurrency` ranges. With `key_span=` (an earlier export's) nothing is probed: the span is
   cut with the first range open below and the last open above, so a stale span costs time,
   never items.
2. A range whose set came with a cursor goes on with it; but when a slot would idle and the key
   is `number`, the rest above the set's last number is cut again, so a skewed key space still
   keeps every slot busy.

Each item that matches at the start comes exactly once, in no set order (items created meanwhile
outside probed bounds are left out). `position` (JSON) lists the ranges left, with their
cursors, for `resume_from=`; `stats` counts requests and rounds on the critical path
(`rounds x latency` is the least time the plan can take).

```python
from client_overlays.economic.export import CONTACTS, export

contacts = export(client, CONTACTS, filter_="email$like:*.dk", concurrency=8)
try:
    for contact in contacts:
        archive(contact)
except APIError:
    checkpoint = contacts.position    # later: export(client, CONTACTS, resume_from=checkpoint)
```
"""

from __future__ import annotations

import asyncio
import dataclasses
import itertools
import math
import threading
import time
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Generic, TypeVar

import httpx
from economic_suppliers_client import AuthenticatedClient
from economic_suppliers_client.api.contacts import get_all_contacts, get_number_of_contacts, get_page_of_contacts
from economic_suppliers_client.api.groups import get_all_groups, get_number_of_groups, get_page_of_groups
from economic_suppliers_client.models import Contact, Group
from economic_suppliers_client.types import UNSET, json_loads

from .._responses import unwrap
from ..pagination import Progress
from .filters import FILTERABLE, KINDS, SORTABLE

__all__ = [
    "CONTACTS",
    "DEFAULT_KEY",
    "GROUPS",
    "AsyncExport",
    "Collection",
    "Export",
    "ExportStats",
    "aexport",
    "export",
    "partition_keys",
]

T = TypeVar("T")

DEFAULT_KEY = "number"
# Cursor sets come in `number` order (the cursor is the next set's first number), so the rest of
# a walk lies above the last number seen: only then may a range be cut again mid-walk, or the
# plain walk's first set stand in for the probe of the smallest value.
_CURSOR_ORDER = "number"
# Models built between two pauses of the sync export (~0.1 ms of work; see `_let_other_threads_run`).
_BUILD_CHUNK = 50
# The share of a full range given to the range that starts a round late (its slot sends `/count`).
_LATE_SHARE = 0.8


@dataclass(frozen=True)
class Collection(Generic[T]):
    """What an export uses of a collection: its item schema's name and model, and the generated
    operation modules that get all (the cursor sets), get a page and count."""

    model: str
    item: Callable[[Any], T]
    get_all: ModuleType
    get_page: ModuleType
    get_count: ModuleType


CONTACTS: Collection[Contact] = Collection(
    "Contact", Contact.from_dict, get_all_contacts, get_page_of_contacts, get_number_of_contacts
)
GROUPS: Collection[Group] = Collection(
    "Group", Group.from_dict, get_all_groups, get_page_of_groups, get_number_of_groups
)


@dataclass(frozen=True)
class ExportStats:
    """What an export executed: `requests` sent, and `rounds`, the longest chain of requests each
    sent after an answer it waited for (the one before it in its range, or that freed its slot)."""

    requests: int = 0
    rounds: int = 0


@dataclass(frozen=True)
class _Range:
    """Key values `[low, high)` (None: unbounded) walked from `cursor`. `set_only`: only the
    items of that one set from index `skip` on are still due (the rest is queued apart)."""

    low: int | None
    high: int | None
    cursor: str | None = None
    skip: int = 0
    set_only: bool = False
    after: int = 0  # the depth of the answer it waited for (see `ExportStats.rounds`)


@dataclass(frozen=True)
class _Call:
    """One request: a set of `walked` (`kind` "set"), the plain walk's "first" set, or a probe:
    "count", "lowest", "highest". `depth`: its place on the critical path."""

    kind: str
    depth: int
    walked: _Range | None = None


@dataclass(slots=True)  # `handed` is counted up once per item
class _SetOut:
    """An answered set: its range, its items due, and how many of them were handed out."""

    walked: _Range
    due: Sequence[Any]
    handed: int = 0


class _ExportBase(Generic[T]):
    """Everything but sending and waiting: which requests are due, running and answered, and
    where the hand-out stands. The drivers (threads, tasks) send requests, wait, and report each
    answer here (the threads under `_changed`)."""

    _begun = False

    def __init__(
        self,
        client: AuthenticatedClient,
        collection: Collection[T],
        *,
        filter_: str | None = None,
        key: str = DEFAULT_KEY,
        concurrency: int = 8,
        resume_from: Mapping[str, Any] | None = None,
        progress: Progress | None = None,
        key_span: tuple[int, int] | None = None,
    ) -> None:
        if key_span is not None and ([type(end) for end in key_span] != [int, int] or key_span[0] > key_span[1]):
            raise ValueError(f"key_span must be two integers (lowest, highest), lowest <= highest; got {key_span!r}")
        if concurrency < 1:
            raise ValueError(f"concurrency must be >= 1, got {concurrency}")
        if key not in (allowed := partition_keys(collection)):
            raise ValueError(
                f"{collection.model}.{key} cannot split an export; integer properties that can: {', '.join(allowed)}"
            )
        if resume_from is not None and (resume_from.get("key"), resume_from.get("filter")) != (key, filter_):
            raise ValueError("resume_from is the position of an export with another key or filter")
        self._client, self._collection, self._progress = client, collection, progress
        self._filter, self._key, self._concurrency = filter_, key, concurrency
        self._given_span, self._top = key_span, (key_span[1] if key_span else None)  # top: span or probe
        self.key_span: tuple[int, int] | None = None
        """The lowest and highest key of the items handed out (resumed: since the first run)."""
        # The position to begin from (None: from the start) until an iteration begins.
        self._resume: dict[str, Any] | None = dict(resume_from) if resume_from is not None else None
        self.total: int | None = None
        """What `/count` answered when the export began (None until then)."""
        self.stats = ExportStats()
        """What the export has executed so far: requests, and rounds on its critical path."""
        self._changed = threading.Condition()  # guards the plan (reentrant: `_begin` reads `position`)

    @property
    def position(self) -> dict[str, Any] | None:
        """Where to resume (`resume_from=`), JSON; None until the bounds are known."""
        with self._changed:  # the sync export's threads answer while the caller reads this
            if not self._begun:
                return self._resume  # None: from the start
            if {*self._probes, *self._answers, *(c.kind for c in self._running if c.walked is None)} - {"count"}:
                return None  # the bounds are not known yet
            # Of the sets answered, only the items not yet handed out; then what is still to be sent.
            left = [
                dataclasses.replace(out.walked, skip=out.walked.skip + out.handed, set_only=True)
                for out in (self._current, *self._pending)
                if out.handed < len(out.due)
            ]
            left += [call.walked for call in self._running if call.walked is not None] + list(self._waiting)
            ranges = [[r.low, r.high, r.cursor, r.skip, r.set_only] for r in left]
            handed = self._done + self._current.handed
            where = {"key": self._key, "filter": self._filter, "ranges": ranges, "done": handed}
            return where | {"total": self.total, "span": self.key_span}

    def _begin(self) -> list[_Call]:
        """The first requests: the ranges of the position to resume from, or the bounds' probes."""
        state, self._resume, self.stats, self._begun = self.position, None, ExportStats(), True
        self._running: list[_Call] = []
        self._answers: dict[str, Any] = {}  # probe kind -> answer, until all probes are in
        self._pending: deque[_SetOut] = deque()  # answered, not yet handed out
        self._current = _SetOut(_Range(None, None), ())  # the set being handed out
        self._done: int = state["done"] if state else 0  # items handed out before `_current`
        self.total = state["total"] if state else None
        self.key_span = (state["span"][0], state["span"][1]) if state and state.get("span") else None
        if state is not None:
            self._waiting = deque(_Range(*entry) for entry in state["ranges"])
            self._probes = deque(["count"] if state["total"] is None else [])
        elif self._given_span is not None:  # a span: no bounds probed
            self._waiting, self._probes = self._span_ranges(*self._given_span), deque(["count"])
        else:
            lowest = "first" if self._key == _CURSOR_ORDER else "lowest"
            self._waiting, self._probes = deque(), deque(["count", "highest", lowest])
        return self._started()

    def _span_ranges(self, lowest: int, highest: int) -> deque[_Range]:
        """A known span cut for every slot, the first range open below and the last open above;
        the open-below range starts a round late, in the slot of `/count`: cut `_LATE_SHARE`."""
        width, cuts = (highest + 1 - lowest) / (self._concurrency - 1 + _LATE_SHARE), range(self._concurrency - 1)
        bounds = [None, *(lowest + math.ceil(width * (_LATE_SHARE + i)) for i in cuts), None]
        ranges = deque(_Range(low, high) for low, high in itertools.pairwise(bounds) if low is None or low != high)
        ranges.rotate(-1)  # the open-below range starts when the count's slot frees
        return ranges

    def _started(self, now: int = 0) -> list[_Call]:
        """Probes, then ranges, one per free slot; `now`: the depth of the answer just in."""
        calls: list[_Call] = []
        while (self._probes or self._waiting) and len(self._running) + len(calls) < self._concurrency:
            if self._probes:
                calls.append(_Call(self._probes.popleft(), now + 1))
            else:
                walked = self._waiting.popleft()
                calls.append(_Call("set", max(walked.after, now) + 1, walked))
        self._running += calls
        rounds = max([self.stats.rounds, *(call.depth for call in calls)])
        self.stats = ExportStats(self.stats.requests + len(calls), rounds)
        return calls

    def _answered(self, call: _Call, answer: Any) -> list[_Call]:
        """`call` came back: queue what follows (cut again if slots would idle) and its set to
        hand out (if any); the requests to send now."""
        self._running.remove(call)
        walked, delivery = call.walked, None
        if walked is None:  # a probe, or the plain walk's first set
            self._answers[call.kind] = answer
            probing = self._probes or any(c.walked is None for c in self._running)
            delivery = None if probing else self._bounded(call.depth)
        elif walked.skip < len(answer[0]):
            delivery = _SetOut(walked, answer[0][walked.skip :] if walked.skip else answer[0])  # no copy
        if walked is not None and answer[1] is not None and not walked.set_only:
            spare = self._concurrency - len(self._running) - len(self._waiting) - 1
            rest = _key_value(answer[0][-1], self._key) + 1 if answer[0] and self._key == _CURSOR_ORDER else None
            top = walked.high if walked.high is not None else None if self._top is None else self._top + 1
            if spare > 0 and rest is not None and top is not None and rest < top:
                self._waiting += _cut(rest, top, spare + 1, call.depth, open_above=walked.high is None)
            else:
                self._waiting.append(_Range(walked.low, walked.high, answer[1], after=call.depth))
        if delivery is not None:
            self._pending.append(delivery)
        return self._started(call.depth)

    def _bounded(self, depth: int) -> _SetOut | None:
        """All probes are in: cut what lies between the bounds; the plain walk's first set, if sent."""
        answers, self._answers = self._answers, {}
        self.total, highest = answers["count"], answers.get("highest")
        items, cursor = answers.get("first", ((), None))
        lowest = _key_value(items[-1], self._key) + 1 if cursor is not None and items else None
        if answers.get("lowest") is not None:
            lowest = answers["lowest"]
        if lowest is not None and highest is not None:
            self._top = highest
            self._waiting += _cut(lowest, self._top + 1, self._concurrency, depth)
        return _SetOut(_Range(None, None, None, 0, True), items) if items else None

    def _hand_out(self, pause: Callable[[], object] | None = None) -> Iterator[T]:
        """The next answered set's items as models, each built as the caller takes it: the caller
        keeps as many alive as it wants (a model dropped at once never reaches the collector's
        older generations, whose full passes would stall every thread). `pause` runs between
        chunks of `_BUILD_CHUNK` models: the sync export lets its request threads in there."""
        self._done += self._current.handed
        current = self._current = self._pending.popleft()
        # Widen `key_span` by the set's keys: in `number` order its ends; other keys read every item.
        ends = (current.due[0], current.due[-1]) if self._key == _CURSOR_ORDER else current.due
        values = [_key_value(item, self._key) for item in ends] + list(self.key_span or ())
        self.key_span = (min(values), max(values))
        return self._models(current, pause)

    def _models(self, current: _SetOut, pause: Callable[[], object] | None) -> Iterator[T]:
        parse, due = self._collection.item, current.due
        if self._progress is not None:  # for the set just taken up, outside the sync export's lock
            self._progress(self._done + len(due), self.total)
        for start in range(0, len(due), _BUILD_CHUNK):
            if pause is not None:
                pause()
            for item in due[start : start + _BUILD_CHUNK]:
                model = parse(item)  # a model that fails to build stays due in `position`
                current.handed += 1
                yield model

    def _request(self, call: _Call) -> tuple[ModuleType, dict[str, Any]]:
        """The collection's operation module (`get_all`, `get_page`, `get_count`) and its request."""
        arguments: dict[str, Any] = {"filter_": self._filter or UNSET}
        if call.kind == "count":
            operation = self._collection.get_count
        elif call.kind in ("lowest", "highest"):
            operation = self._collection.get_page
            arguments |= {"page_size": 1, "sort": f"-{self._key}" if call.kind == "highest" else self._key}
        else:
            operation, walked, key = self._collection.get_all, call.walked or _Range(None, None), self._key
            bounds = [f"{key}$gte:{walked.low}"] if walked.low is not None else []
            bounds += [f"{key}$lt:{walked.high}"] if walked.high is not None else []
            if bounds:  # none: the plain walk
                joined = "$and:".join(bounds)
                arguments["filter_"] = f"({self._filter})$and:({joined})" if self._filter else joined
            arguments["cursor"] = walked.cursor or UNSET
        return operation, operation._get_kwargs(**arguments)

    def _read(self, call: _Call, operation: ModuleType, response: httpx.Response) -> Any:
        """An answer as the plan takes it: the count, the probed item's key (or None), or a set
        (its items decoded but not yet models, and its cursor). An answer that is not a 200 with
        a JSON object goes through the generated parse, which raises or reports as it would."""
        if call.kind in ("set", "first") and response.status_code == 200:
            body = json_loads(response.content)
            items = body.get("items") if type(body) is dict else None
            if type(items) is list or (type(body) is dict and items is None):
                cursor = body.get("cursor")
                return items or [], cursor if isinstance(cursor, str) and cursor else None
        # The generated module's own response handling (what `sync_detailed` returns).
        parsed = operation._build_response(client=self._client, response=response)
        if call.kind == "count":
            return unwrap(parsed, int)
        if call.kind in ("lowest", "highest"):
            items = unwrap(parsed, list)
            return _key_value(items[0].to_dict(), self._key) if items else None
        body = unwrap(parsed)  # raises for an error status
        raise TypeError(f"expected a set of {self._collection.model} items, got {type(body).__name__}")


class Export(_ExportBase[T]):
    """`export(client, collection, *, filter_=None, key="number", concurrency=8, resume_from=None,
    progress=None, key_span=None)`: every item of `collection` (`CONTACTS`, `GROUPS`) matching
    `filter_`, in no set order, read by up to `concurrency` threads. `key`: one of
    `partition_keys(collection)`; `progress(done, total)` runs once per set that brings items
    (total: `/count`, None until it answers); `key_span`: an earlier export's, so no bounds are
    probed. Iterating again goes on from `position`."""

    def __iter__(self) -> Iterator[T]:
        # The generated client builds its httpx client on first use; threads racing to that
        # would each build one. Build it here, once, before any thread needs it.
        self._client.get_httpx_client()
        changed, stop = self._changed, threading.Event()
        failed: list[BaseException] = []
        live = 0  # requests sent or due and not answered

        def walk(call: _Call | None) -> None:
            nonlocal live
            # Each thread sends what follows its own answer at once, before anything is handed
            # out: on a round's critical path is the request, not the models built for the caller.
            try:
                while call is not None and not stop.is_set():
                    answer = self._send(call)
                    with changed:
                        calls = self._answered(call, answer)
                        live += len(calls) - 1
                        for extra in calls[1:]:
                            pool.submit(walk, extra)
                        changed.notify()
                    call = calls[0] if calls else None
            except BaseException as error:  # handed to the caller's thread, which raises it
                stop.set()
                with changed:
                    failed.append(error)
                    changed.notify()

        with ThreadPoolExecutor(self._concurrency, thread_name_prefix="economic-export") as pool:
            try:
                with changed:
                    calls = self._begin()
                    live = len(calls)
                    for call in calls:
                        pool.submit(walk, call)
                while True:
                    with changed:
                        changed.wait_for(lambda: self._pending or failed or not live)
                        if failed:
                            raise failed[0]
                        if not self._pending:
                            return
                        handing = self._hand_out(pause=_let_other_threads_run)
                    yield from handing
            finally:
                stop.set()  # threads stop after the request they are in

    def _send(self, call: _Call) -> Any:
        operation, request = self._request(call)
        return self._read(call, operation, self._client.get_httpx_client().request(**request))


class AsyncExport(_ExportBase[T]):
    """`aexport(...)`: `export` for asyncio code, read by up to `concurrency` tasks:
    `async for contact in aexport(client, CONTACTS): ...`."""

    async def __aiter__(self) -> AsyncIterator[T]:
        running = {asyncio.ensure_future(self._send(call)): call for call in self._begin()}
        try:
            while running or self._pending:
                finished = [task for task in running if task.done()]
                if not finished and not self._pending:
                    finished = list((await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED))[0])
                for task in finished:
                    calls = self._answered(running.pop(task), task.result())
                    running.update((asyncio.ensure_future(self._send(call)), call) for call in calls)
                if self._pending:
                    for item in self._hand_out():
                        yield item
        finally:
            for task in running:
                task.cancel()
            await asyncio.gather(*running, return_exceptions=True)

    async def _send(self, call: _Call) -> Any:
        operation, request = self._request(call)
        return self._read(call, operation, await self._client.get_async_httpx_client().request(**request))


# The classes are the entry points: their constructors carry the one typed signature.
export = Export
aexport = AsyncExport


def partition_keys(collection: Collection[Any]) -> tuple[str, ...]:
    """The properties an export of `collection` can split on: integers that the spec lets a
    filter compare with `gte` and `lt` and a sort order by."""
    filterable = FILTERABLE.get(collection.model, {})
    return tuple(
        name
        for name in SORTABLE.get(collection.model, ())
        if KINDS.get(collection.model, {}).get(name) == "integer" and {"gte", "lt"} <= set(filterable.get(name, ()))
    )


def _cut(low: int, high: int, pieces: int, after: int, *, open_above: bool = False) -> list[_Range]:
    """`[low, high)` in at most `pieces` ranges of equal width (none if empty); the last open if asked."""
    if high <= low:
        return []
    width = math.ceil((high - low) / pieces)
    ranges = [_Range(start, min(start + width, high), after=after) for start in range(low, high, width)]
    if open_above:
        ranges[-1] = dataclasses.replace(ranges[-1], high=None)
    return ranges


def _let_other_threads_run() -> None:
    """Release the interpreter lock to any thread waiting for it. The request threads need it to
    read their answers and send what follows; a thread building models never blocks, so without
    this it would keep the lock for whole switch intervals (5 ms) while answers wait."""
    time.sleep(0)


def _key_value(item: Mapping[str, Any], key: str) -> int:
    value = item.get(key)  # a set's items as decoded: the spec's property names
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"the export key {key!r} must be an integer property, got {value!r}")
    return value
