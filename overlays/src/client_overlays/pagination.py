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
import functools
import inspect
import itertools
import math
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import aclosing
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
F = TypeVar("F", bound="Future[Any] | asyncio.Future[Any]")  # a page being fetched ahead

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
    really carries."""
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
        walk = WalkOptions(resume_from=resume_from, max_items=max_items, progress=progress, concurrency=concurrency)
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
        count = None if count_operation is None else functools.partial(_acount, count_operation, shared)
        walk = WalkOptions(resume_from=resume_from, max_items=max_items, progress=progress, concurrency=concurrency)
        return AsyncPaginator(operation, style, arguments, count=count, **walk)

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


async def _acount(operation: Callable[..., Awaitable[DetailedResponse[Any]]], arguments: dict[str, Any]) -> int:
    return unwrap(await operation(**arguments), int)


class _Base(Generic[T, Op, Cn]):
    """What both paginators share, the walk's bookkeeping: where it is and what it handed out.
    `Op` is the operation's type, `Cn` the count call's."""

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
        if max_items is not None and max_items < 0:
            raise ValueError(f"max_items must be >= 0, got {max_items}")
        state = dict(resume_from) if resume_from is not None else {"page": style.start, "skip": 0, "done": 0}
        if set(state) != {"page", "skip", "done"}:
            raise ValueError(f"resume_from must be a paginator's `position`, got {resume_from!r}")
        self._operation = operation
        self._style = style
        self._arguments = dict(arguments)
        self._count = count
        self._concurrency = concurrency
        self._page: Any = state["page"]
        self._skip = int(state["skip"])
        self._done = int(state["done"])
        self._left = max_items  # items this paginator may still hand out (None: no cap)
        self._progress = progress
        self._total: int | None = None
        self._counted = False

    @property
    def position(self) -> dict[str, Any]:
        """Where to resume (`resume_from=`), JSON-serialisable: `page` is the vendor's position
        of the current page (None once finished), `skip` its items already handed out, `done`
        the items handed out since the walk began (so progress goes on counting)."""
        return {"page": self._page, "skip": self._skip, "done": self._done}

    @property
    def total(self) -> int | None:
        """The total the API reported (or the count call returned), once known."""
        return self._total

    @property
    def _finished(self) -> bool:
        return self._page is None or self._left == 0

    def _wants_count(self, page: Page[T]) -> bool:
        """Whether a separate count call is worth making: only for a progress report."""
        return self._progress is not None and page.total is None and self._total is None and not self._counted

    def _request(self, position: Any) -> tuple[Any, dict[str, Any]]:
        target = self._page if position is None else position
        if target is None:
            raise ValueError("the walk is finished: there is no page at its position")
        return target, {**self._arguments, **self._style.arguments(target)}

    def _ahead(self, page: Page[T]) -> list[Any]:
        """Positions to fetch ahead of `page` (not yet delivered), never past what `max_items` needs."""
        width = self._concurrency - 1
        if self._style.ahead is None or width < 1 or not page.has_next_page:
            return []
        if self._left is not None:
            after = self._left - (len(page.items) - self._skip)  # still wanted once `page` is handed out
            width = min(width, max(0, math.ceil(after / len(page.items))))
        return list(itertools.islice(self._style.ahead(page), width))

    def _deliver(self, page: Page[T]) -> Sequence[T]:
        """The items of `page` to hand out (after a resumed skip and `max_items`); reports progress.
        A page with none to hand out is passed at once."""
        if page.total is not None:
            self._total = page.total
        items = page.items[self._skip :] if self._left is None else page.items[self._skip : self._skip + self._left]
        if self._left is not None:
            self._left -= len(items)
        if self._progress is not None:
            self._progress(self._done + len(items), self._total)
        if not items:
            self._advance(page, len(page.items))
        return items

    def _advance(self, page: Page[T], upto: int) -> None:
        """Items of `page` before index `upto` are handed out: move the position past them."""
        self._done += max(0, upto - self._skip)  # 0 when a resumed page came back shorter
        if upto < len(page.items):
            self._skip = upto
        else:
            self._page = page.next_position if page.has_next_page else None
            self._skip = 0

    def _handed_out(self, page: Page[T], items: Sequence[T]) -> Iterator[T]:
        """`items` of `page`, each moving the position past it as it is handed out."""
        first = self._skip
        for offset, item in enumerate(items):
            self._advance(page, first + offset + 1)
            yield item

    def _whole(self, page: Page[T], items: Sequence[T]) -> Page[T]:
        """`items` of `page` are handed out as a whole page: the walk moves past them."""
        self._advance(page, self._skip + len(items))
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

    def iter_pages(self) -> Generator[Page[T], None, None]:
        """Pages (only their items not yet handed out), one at a time."""
        return (self._whole(page, items) for page, items in self._deliveries())

    def __iter__(self) -> Generator[T, None, None]:
        # Constant memory: no reference to a page may outlive its last item, or the next page
        # would be fetched and parsed while the previous one is still alive (a `for` loop keeps
        # its variables bound until `next()` returns the following delivery).
        deliveries = self._deliveries()
        while (delivery := next(deliveries, None)) is not None:
            page, items = delivery
            del delivery
            yield from self._handed_out(page, items)
            del page, items

    def _deliveries(self) -> Generator[tuple[Page[T], Sequence[T]], None, None]:
        # The pool starts no thread until a page is fetched ahead; leaving it waits for at most
        # the requests already on the wire, so none outlives the walk.
        with ThreadPoolExecutor(max(1, self._concurrency - 1), thread_name_prefix="paginator") as pool:
            fetches = _Ahead(lambda position: pool.submit(self.fetch_page, position))
            try:
                while not self._finished:
                    future = fetches.take(self._page)
                    page = future.result() if future is not None else self.fetch_page()
                    fetches.plan(self._ahead(page))
                    if self._count is not None and self._wants_count(page):
                        self._counted, self._total = True, self._count()
                    if items := self._deliver(page):
                        yield page, items
                    del page, items  # see __iter__: nothing of this page survives the next fetch
            finally:
                fetches.drop()


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

    async def iter_pages(self) -> AsyncGenerator[Page[T], None]:
        """Pages (only their items not yet handed out), one at a time."""
        # Closing this generator closes the walk's at once (an async generator is not closed
        # when the last reference to it goes, unlike a sync one), stopping its fetches ahead.
        async with aclosing(self._deliveries()) as deliveries:
            async for page, items in deliveries:
                yield self._whole(page, items)

    async def __aiter__(self) -> AsyncGenerator[T, None]:
        async with aclosing(self._deliveries()) as deliveries:
            async for page, items in deliveries:
                for item in self._handed_out(page, items):
                    yield item

    async def _deliveries(self) -> AsyncGenerator[tuple[Page[T], Sequence[T]], None]:
        fetches = _Ahead(lambda position: asyncio.ensure_future(self.fetch_page(position)))
        try:
            while not self._finished:
                task = fetches.take(self._page)
                page = await (task if task is not None else self.fetch_page())
                fetches.plan(self._ahead(page))
                if self._count is not None and self._wants_count(page):
                    self._counted, self._total = True, await self._count()
                if items := self._deliver(page):
                    yield page, items
        finally:
            fetches.drop()
            # Wait for the cancelled requests, so none outlives the walk.
            await asyncio.gather(*fetches.dropped, return_exceptions=True)


class _Ahead(Generic[F]):
    """Pages fetched ahead (`F`: a thread's future or an asyncio task, made by `start`) by
    position; a guess that does not come true is cancelled, and kept in `dropped` until it ends."""

    def __init__(self, start: Callable[[Any], F]) -> None:
        self._start = start
        self._ahead: dict[Any, F] = {}
        self.dropped: set[F] = set()

    def take(self, position: Any) -> F | None:
        """The fetch of `position` if it was started ahead; on a miss every other one is dropped."""
        # Only styles with `ahead` (numbered positions) fill it: a cursor, maybe unhashable, is never looked up.
        fetch = self._ahead.pop(position, None) if self._ahead else None
        if fetch is None:
            self.drop()
        return fetch

    def plan(self, positions: list[Any]) -> None:
        kept = {position: self._ahead.pop(position, None) or self._start(position) for position in positions}
        self.drop()
        self._ahead = kept

    def drop(self) -> None:
        for fetch in self._ahead.values():
            fetch.cancel()
            self.dropped.add(fetch)
            fetch.add_done_callback(self._forget)
        self._ahead.clear()

    def _forget(self, fetch: Any) -> None:  # a done callback of a thread's future or of a task
        self.dropped.discard(fetch)
        if not fetch.cancelled():
            fetch.exception()  # read, so asyncio does not log it as never retrieved
