"""Walking paged lists: one generic paginator, sync and async, that each vendor's style plugs into.

Vendors page in their own ways (cursor tokens, DRF `next` links, offsets, page numbers), but
every walk is the same loop: fetch the page at a position, hand out its items, move to the
next position, stop when there is none. A `PageStyle` holds the vendor's part (the first
position, the arguments a position becomes, how a parsed body becomes a `Page`); `Paginator`
and `AsyncPaginator` hold the rest, for any generated `sync_detailed` / `asyncio_detailed`:

- lazy: one page in memory at a time (plus the pages fetched ahead, see `concurrency`);
- `max_items` caps the items handed out;
- `position` is where to resume: a JSON-serialisable dict that a new paginator takes back as
  `resume_from=`. It points just past the last item handed out, so a checkpoint saved after
  processing each item (or page) resumes with the next one, and after a failed fetch
  nothing is lost or repeated;
- `progress(done, total)` after every page: items handed out so far, and the total where the
  API tells it (None otherwise);
- `concurrency=n`: for styles whose next positions are known in advance (page numbers,
  offsets), up to `n` requests run at once (threads for sync, tasks for async), fetching the
  pages ahead that are handed out next, in order. Every request goes through the caller's
  client, so its retries and rate limiter apply to each one.

```python
from client_overlays.pagination import PageStyle, Page, Paginator

offsets = PageStyle(
    start=0,
    arguments=lambda skip: {"skip": skip, "limit": 50},
    read=lambda body, skip: Page(body, skip, skip + 50 if len(body) == 50 else None),
)
for tenant in Paginator(list_tenants.sync_detailed, offsets, {"client": client}, max_items=500):
    print(tenant.name)
```

Each vendor package has a `pagination` module with its styles ready to use, as `Pages`:
`pagination.paginate(operation, client=client, ...)` walks any of that vendor's list operations.
"""

from __future__ import annotations

import asyncio
import dataclasses
import inspect
import itertools
import math
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Generic, TypedDict, TypeVar

from ._responses import DetailedResponse, unwrap

__all__ = [
    "AsyncCount",
    "AsyncPaginator",
    "Count",
    "DetailedResponse",
    "Page",
    "PageStyle",
    "Pages",
    "Paginator",
    "Progress",
    "WalkOptions",
    "operation_default",
]

T = TypeVar("T")
Op = TypeVar("Op")  # a generated operation: sync or async
Cn = TypeVar("Cn")  # a count call: sync or async
B = TypeVar("B")  # the answers of a vendor's list operations
F = TypeVar("F")  # a page being fetched ahead: a thread's future or an asyncio task

# (items handed out so far, total or None): called once per page, e.g. to move a progress bar:
# `progress=lambda done, total: bar.update(done - bar.n)` with a tqdm `bar`.
Progress = Callable[[int, int | None], None]
# The number of items the walk will visit, from a separate call (e-conomic's `/count`).
Count = Callable[[], int | None]
AsyncCount = Callable[[], Awaitable[int | None]]


class WalkOptions(TypedDict, total=False):
    """What a client's list method takes besides the operation's own arguments (see `Paginator`)."""

    max_items: int | None
    resume_from: Mapping[str, Any] | None
    progress: Progress | None
    concurrency: int


WALK_OPTIONS = tuple(WalkOptions.__annotations__)


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page: its items, the position it came from, the next page's position (None on
    the last page) and the total number of items when the API tells it."""

    items: Sequence[T]
    position: Any
    next_position: Any = None
    total: int | None = None

    @property
    def has_next_page(self) -> bool:
        # An empty page ends a walk even when it names a next position: a guard against an
        # API that keeps handing out cursors (Anthropic's SDK pages guard the same way).
        return self.next_position is not None and len(self.items) > 0


@dataclass(frozen=True)
class PageStyle(Generic[T]):
    """How one vendor pages.

    - `start`: the first page's position (never None: None means "no more pages").
    - `arguments(position)`: the operation's arguments for that page, merged over the caller's.
    - `read(body, position)`: the parsed body of a successful answer as a `Page`.
    - `ahead(page)`: positions of the pages after `page`, when they are known before those
      pages are fetched (page numbers, offsets); None for cursors. Enables `concurrency`.
    """

    start: Any
    arguments: Callable[[Any], Mapping[str, Any]]
    read: Callable[[Any, Any], Page[T]]
    ahead: Callable[[Page[T]], Iterable[Any]] | None = None

    @classmethod
    def by_argument(
        cls,
        name: str,
        given: Mapping[str, Any],
        *,
        first: Any,
        read: Callable[[Any, Any], Page[T]],
        ahead: Callable[[Page[T]], Iterable[Any]] | None = None,
    ) -> PageStyle[T]:
        """A style whose position is the operation's argument `name` (an offset, a page number),
        starting where the caller's arguments `given` say, else at `first`."""
        return cls(start=given.get(name, first), arguments=lambda position: {name: position}, read=read, ahead=ahead)


def operation_default(operation: Callable[..., Any], name: str, given: Mapping[str, Any] | None = None) -> Any:
    """The value of `name` (e.g. a page size) in the caller's arguments `given`, else the default
    the generated operation gives it, so a style can do arithmetic with the value the request
    really carries.

    ```python
    limit = operation_default(list_tenants.sync_detailed, "limit", arguments)
    ```
    """
    if given is not None and name in given:
        return given[name]
    parameter = inspect.signature(operation).parameters.get(name)
    if parameter is None or parameter.default is inspect.Parameter.empty:
        raise TypeError(f"{getattr(operation, '__module__', operation)} takes no optional `{name}`: it does not page")
    return parameter.default


@dataclass(frozen=True)
class Pages(Generic[B]):
    """A vendor's way of paging, ready to walk any of its list operations: those whose answers
    are `B` (its page models and error models), which mypy checks.

    - `style(operation, arguments)`: the `PageStyle` of a walk of `operation` with the caller's
      `arguments` (page sizes and first positions come from them, or the operation's defaults).
    - `count_arguments`: the arguments a separate count call shares with the walk it counts
      (e-conomic's `get_number_of_*`); None where the vendor has no count operation.
    """

    style: Callable[[Callable[..., Any], Mapping[str, Any]], PageStyle[Any]]
    count_arguments: tuple[str, ...] | None = None

    def paginate(
        self,
        operation: Callable[..., DetailedResponse[B]],
        /,
        *,
        concurrency: int = 1,
        count_operation: Callable[..., DetailedResponse[Any]] | None = None,
        resume_from: Mapping[str, Any] | None = None,
        max_items: int | None = None,
        progress: Progress | None = None,
        **arguments: Any,
    ) -> Paginator[Any]:
        """Every item of a list operation (a generated `sync_detailed`) with its `arguments`.

        `concurrency=n` fetches up to `n` pages at once where the style knows the next positions
        in advance; `count_operation` gives `progress` a total (see `Paginator`)."""
        style, shared = self._checked(operation, arguments, concurrency, count_operation)
        count = None if count_operation is None else lambda: unwrap(count_operation(**shared), int)
        walk: dict[str, Any] = {"resume_from": resume_from, "max_items": max_items, "progress": progress}
        walk["concurrency"] = concurrency
        return Paginator(operation, style, arguments, count=count, **walk)

    def apaginate(
        self,
        operation: Callable[..., Awaitable[DetailedResponse[B]]],
        /,
        *,
        concurrency: int = 1,
        count_operation: Callable[..., Awaitable[DetailedResponse[Any]]] | None = None,
        resume_from: Mapping[str, Any] | None = None,
        max_items: int | None = None,
        progress: Progress | None = None,
        **arguments: Any,
    ) -> AsyncPaginator[Any]:
        """`paginate` for a generated `asyncio_detailed` (and an asyncio count operation)."""
        style, shared = self._checked(operation, arguments, concurrency, count_operation)

        async def count() -> int:
            assert count_operation is not None
            return unwrap(await count_operation(**shared), int)

        walk: dict[str, Any] = {"resume_from": resume_from, "max_items": max_items, "progress": progress}
        walk["concurrency"] = concurrency
        return AsyncPaginator(operation, style, arguments, count=None if count_operation is None else count, **walk)

    def _checked(
        self, operation: Callable[..., Any], arguments: Mapping[str, Any], concurrency: int, count: object
    ) -> tuple[PageStyle[Any], dict[str, Any]]:
        """The walk's style, and the arguments a count call shares with it."""
        style = self.style(operation, arguments)
        if concurrency > 1 and style.ahead is None:
            raise ValueError(
                "this list pages by cursor: the next page is known only once a page arrives, so concurrency must be 1"
            )
        if count is not None and self.count_arguments is None:
            raise TypeError("this vendor's lists have no count operation: count_operation is not supported")
        return style, {name: arguments[name] for name in self.count_arguments or () if name in arguments}


class _Walk(Generic[T]):
    """The bookkeeping both paginators share: where the walk is and what it handed out."""

    def __init__(
        self,
        style: PageStyle[T],
        resume_from: Mapping[str, Any] | None,
        max_items: int | None,
        progress: Progress | None,
    ) -> None:
        if max_items is not None and max_items < 0:
            raise ValueError(f"max_items must be >= 0, got {max_items}")
        state = dict(resume_from) if resume_from is not None else {"page": style.start, "skip": 0, "done": 0}
        if set(state) != {"page", "skip", "done"}:
            raise ValueError(f"resume_from must be a paginator's `position`, got {resume_from!r}")
        self.style = style
        self.page_position: Any = state["page"]
        self.skip = int(state["skip"])
        self.done = int(state["done"])
        self.max_items = max_items
        self.handed = 0  # items handed out by this paginator, for max_items
        self.progress = progress
        self.total: int | None = None
        self.counted = False

    @property
    def position(self) -> dict[str, Any]:
        return {"page": self.page_position, "skip": self.skip, "done": self.done}

    @property
    def finished(self) -> bool:
        return self.page_position is None or self._budget() == 0

    def _budget(self) -> int | None:
        return None if self.max_items is None else self.max_items - self.handed

    def wants_count(self, page: Page[T]) -> bool:
        """Whether a separate count call is worth making: only for a progress report."""
        return self.progress is not None and page.total is None and self.total is None and not self.counted

    def deliver(self, page: Page[T]) -> Sequence[T]:
        """The items of `page` to hand out (after a resumed skip and `max_items`); reports progress."""
        if page.total is not None:
            self.total = page.total
        budget = self._budget()
        items = page.items[self.skip :] if budget is None else page.items[self.skip : self.skip + budget]
        self.handed += len(items)
        if self.progress is not None:
            self.progress(self.done + len(items), self.total)
        return items

    def advance(self, page: Page[T], upto: int) -> None:
        """Items of `page` before index `upto` are handed out: move the position past them."""
        self.done += max(0, upto - self.skip)  # 0 when a resumed page came back shorter
        if upto < len(page.items):
            self.skip = upto
        else:
            self.page_position = page.next_position if page.has_next_page else None
            self.skip = 0

    def ahead(self, page: Page[T], width: int) -> list[Any]:
        """Up to `width` positions to fetch ahead of `page` (not yet delivered), never past what
        `max_items` needs."""
        if self.style.ahead is None or width < 1 or not page.has_next_page:
            return []
        budget = self._budget()
        if budget is not None:
            after = budget - (len(page.items) - self.skip)  # still wanted once `page` is handed out
            width = min(width, max(0, math.ceil(after / len(page.items))))
        return list(itertools.islice(self.style.ahead(page), width))


class _Base(Generic[T, Op, Cn]):
    """What both paginators share; `Op` is the operation's type, `Cn` the count call's."""

    def __init__(
        self,
        operation: Op,
        style: PageStyle[T],
        arguments: Mapping[str, Any],
        *,
        resume_from: Mapping[str, Any] | None = None,
        max_items: int | None = None,
        progress: Progress | None = None,
        count: Cn | None = None,
        concurrency: int = 1,
    ) -> None:
        if concurrency < 1:
            raise ValueError(f"concurrency must be >= 1, got {concurrency}")
        self._operation = operation
        self._count = count
        self._style = style
        self._arguments = dict(arguments)
        self._walk = _Walk(style, resume_from, max_items, progress)
        self._concurrency = concurrency

    @property
    def position(self) -> dict[str, Any]:
        """Where to resume (`resume_from=`), JSON-serialisable: `page` is the vendor's position
        of the current page (None once finished), `skip` its items already handed out, `done`
        the items handed out since the walk began (so progress goes on counting)."""
        return self._walk.position

    @property
    def total(self) -> int | None:
        """The total the API reported (or the count call returned), once known."""
        return self._walk.total

    def _request(self, position: Any) -> tuple[Any, dict[str, Any]]:
        """The page position to fetch (default: the current one) and the operation's arguments."""
        target = self._walk.page_position if position is None else position
        if target is None:
            raise ValueError("the walk is finished: there is no page at its position")
        return target, {**self._arguments, **self._style.arguments(target)}

    def _handed(self, page: Page[T], items: Sequence[T]) -> Page[T]:
        """`items` of `page` are handed out as a whole page: the walk moves past them."""
        self._walk.advance(page, self._walk.skip + len(items))
        return page if len(items) == len(page.items) else dataclasses.replace(page, items=items)


class Paginator(_Base[T, Callable[..., DetailedResponse[Any]], Count]):
    """Walks a list through a generated `sync_detailed` function (see the module docstring).

    ```python
    pages = Paginator(get_all_contacts.sync_detailed, style, {"client": client}, max_items=5000)
    for contact in pages:          # items; `pages.iter_pages()` for whole pages
        save(contact)
        checkpoint = pages.position  # JSON: Paginator(..., resume_from=checkpoint) goes on from here
    ```

    Iterating again continues from `position`. Typed API errors (`unwrap`) and transport
    errors propagate, after the client's own retries.
    """

    def fetch_page(self, position: Any = None) -> Page[T]:
        """The page at `position` (default: the current one, whole), without moving the walk."""
        target, arguments = self._request(position)
        return self._style.read(unwrap(self._operation(**arguments)), target)

    def iter_pages(self) -> Iterator[Page[T]]:
        """Pages (only their items not yet handed out), one at a time."""
        return (self._handed(page, items) for page, items in self._deliveries())

    def __iter__(self) -> Iterator[T]:
        # Constant memory: no reference to a page may outlive its last item, or the next page
        # would be fetched and parsed while the previous one is still alive (a `for` loop keeps
        # its variables bound until `next()` returns the following delivery).
        deliveries = self._deliveries()
        while (delivery := next(deliveries, None)) is not None:
            page, items = delivery
            del delivery
            first = self._walk.skip
            for offset, item in enumerate(items):
                self._walk.advance(page, first + offset + 1)
                yield item
            del page, items

    def _deliveries(self) -> Iterator[tuple[Page[T], Sequence[T]]]:
        walk = self._walk
        with _ThreadedFetches(self.fetch_page, self._concurrency) as fetches:
            while not walk.finished:
                page = fetches.get(walk.page_position)
                fetches.plan(walk.ahead(page, self._concurrency - 1))
                if self._count is not None and walk.wants_count(page):
                    walk.counted, walk.total = True, self._count()
                items = walk.deliver(page)
                if items:
                    yield page, items
                else:
                    walk.advance(page, len(page.items))
                del page, items  # see __iter__: nothing of this page survives the next fetch


class AsyncPaginator(_Base[T, Callable[..., Awaitable[DetailedResponse[Any]]], AsyncCount]):
    """`Paginator` for a generated `asyncio_detailed` function.

    ```python
    pages = AsyncPaginator(list_tenants.asyncio_detailed, style, {"client": client})
    async for tenant in pages:            # items; `pages.iter_pages()` for whole pages
        ...
    first = await pages                   # or just the page at the current position
    ```

    Leaving an `async for` early leaves the pages fetched ahead to finish in the background
    until the generator is collected; `contextlib.aclosing(pages.iter_pages())` stops them at
    once.
    """

    async def fetch_page(self, position: Any = None) -> Page[T]:
        """The page at `position` (default: the current one, whole), without moving the walk."""
        target, arguments = self._request(position)
        return self._style.read(unwrap(await self._operation(**arguments)), target)

    def __await__(self) -> Generator[Any, None, Page[T]]:
        return self.fetch_page().__await__()

    async def iter_pages(self) -> AsyncIterator[Page[T]]:
        """Pages (only their items not yet handed out), one at a time."""
        async for page, items in self._deliveries():
            yield self._handed(page, items)

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page, items in self._deliveries():
            first = self._walk.skip
            for offset, item in enumerate(items):
                self._walk.advance(page, first + offset + 1)
                yield item

    async def _deliveries(self) -> AsyncIterator[tuple[Page[T], Sequence[T]]]:
        walk = self._walk
        fetches = _TaskFetches(self.fetch_page)
        try:
            while not walk.finished:
                page = await fetches.get(walk.page_position)
                fetches.plan(walk.ahead(page, self._concurrency - 1))
                if self._count is not None and walk.wants_count(page):
                    walk.counted, walk.total = True, await self._count()
                items = walk.deliver(page)
                if items:
                    yield page, items
                else:
                    walk.advance(page, len(page.items))
        finally:
            await fetches.aclose()


class _Ahead(Generic[F]):
    """Pages fetched ahead (`F`: a thread's future or an asyncio task), kept in the order they
    will be asked for; a guess that does not come true is cancelled."""

    def __init__(self) -> None:
        self._ahead: deque[tuple[Any, F]] = deque()

    def _take(self, position: Any) -> F | None:
        if self._ahead and self._ahead[0][0] == position:
            return self._ahead.popleft()[1]
        self._drop()
        return None

    def plan(self, positions: list[Any]) -> None:
        kept: deque[tuple[Any, F]] = deque()
        for position in positions:
            if self._ahead and self._ahead[0][0] == position:
                kept.append(self._ahead.popleft())
            else:
                kept.append((position, self._start(position)))
        self._drop()
        self._ahead = kept

    def _start(self, position: Any) -> F:
        raise NotImplementedError

    def _drop(self) -> None:
        """Cancel every fetch ahead and forget it."""
        raise NotImplementedError


class _ThreadedFetches(_Ahead["Future[Page[T]]"], Generic[T]):
    """Pages fetched ahead in threads."""

    def __init__(self, fetch: Callable[[Any], Page[T]], width: int) -> None:
        super().__init__()
        self._fetch = fetch
        self._width = width
        self._pool: ThreadPoolExecutor | None = None

    def __enter__(self) -> _ThreadedFetches[T]:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._drop()
        if self._pool is not None:
            # Waits for at most the requests already on the wire, so none outlives the walk.
            self._pool.shutdown(wait=True, cancel_futures=True)

    def get(self, position: Any) -> Page[T]:
        future = self._take(position)
        return future.result() if future is not None else self._fetch(position)

    def _start(self, position: Any) -> Future[Page[T]]:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=self._width - 1, thread_name_prefix="paginator")
        return self._pool.submit(self._fetch, position)

    def _drop(self) -> None:
        for _, future in self._ahead:
            future.cancel()
        self._ahead = deque()


class _TaskFetches(_Ahead["asyncio.Task[Page[T]]"], Generic[T]):
    """Pages fetched ahead in asyncio tasks."""

    def __init__(self, fetch: Callable[[Any], Awaitable[Page[T]]]) -> None:
        super().__init__()
        self._fetch = fetch
        self._dropped: set[asyncio.Task[Page[T]]] = set()

    async def get(self, position: Any) -> Page[T]:
        task = self._take(position)
        return await task if task is not None else await self._fetch(position)

    def _start(self, position: Any) -> asyncio.Task[Page[T]]:
        return asyncio.ensure_future(self._fetch(position))

    def _drop(self) -> None:
        for _, task in self._ahead:
            task.cancel()
            self._dropped.add(task)
            task.add_done_callback(self._forget)
        self._ahead = deque()

    def _forget(self, task: asyncio.Task[Page[T]]) -> None:
        self._dropped.discard(task)
        if not task.cancelled():
            task.exception()  # read, so asyncio does not log it as never retrieved

    async def aclose(self) -> None:
        self._drop()
        # Wait for the cancelled requests, so none outlives the walk.
        await asyncio.gather(*self._dropped, return_exceptions=True)
