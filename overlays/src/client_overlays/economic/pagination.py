"""e-conomic's two ways through a collection, as paginators (see `client_overlays.pagination`).

- Cursor (`get_all_contacts`, `get_all_groups`): sets of up to `x-cursor-page-size` (1000)
  items in `number` order, `cursor` passed back until an answer has none. The bulk read; the
  position to resume from is the cursor, which names the next item, so it stays valid.
- Classic (`get_page_of_contacts`, ...): `SkipPages` / `PageSize` with an optional `Sort`. The
  spec caps `SkipPages` at 100, so this reaches 101 pages: a walk that needs more raises
  `SkipPagesLimitError` (use the cursor, or `export`).

Neither answer carries a total; `count_operation=` (the collection's `get_number_of_*`) is
called once, with the walk's filter, to give `progress` one.

```python
from client_overlays.economic import pagination
from economic_suppliers_client.api.contacts import get_all_contacts, get_number_of_contacts

contacts = pagination.paginate_cursor(
    get_all_contacts.sync_detailed, client=client, filter_="name$like:jensen",
    count_operation=get_number_of_contacts.sync_detailed, progress=print,
)
for contact in contacts:
    ...
```
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any, Protocol, TypeVar

from economic_suppliers_client.models import ProblemDetails
from economic_suppliers_client.types import Unset

from .._responses import unwrap
from ..pagination import (
    AsyncCount,
    AsyncPaginator,
    Count,
    DetailedResponse,
    Page,
    PageStyle,
    Paginator,
    Progress,
    operation_default,
)

__all__ = [
    "MAX_SKIP_PAGES",
    "CursorSet",
    "SkipPagesLimitError",
    "apaginate_classic",
    "apaginate_cursor",
    "paginate_classic",
    "paginate_cursor",
]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

MAX_SKIP_PAGES = 100  # the spec's maximum for `SkipPages`
# The arguments a count call shares with the walk it counts.
_COUNT_ARGUMENTS = ("client", "filter_")

CountOperation = Callable[..., DetailedResponse[ProblemDetails | int]]
AsyncCountOperation = Callable[..., Awaitable[DetailedResponse[ProblemDetails | int]]]


class CursorSet(Protocol[T_co]):
    """A cursor answer (`ContactCollection`, `GroupCollection`)."""

    @property
    def items(self) -> Sequence[T_co] | Unset | None: ...
    @property
    def cursor(self) -> str | Unset | None: ...


class SkipPagesLimitError(RuntimeError):
    """A classic walk needs a page past `SkipPages` 100, which e-conomic does not serve."""


def paginate_cursor(
    operation: Callable[..., DetailedResponse[CursorSet[T] | ProblemDetails]],
    /,
    *,
    count_operation: CountOperation | None = None,
    resume_from: Mapping[str, Any] | None = None,
    max_items: int | None = None,
    progress: Progress | None = None,
    **arguments: Any,
) -> Paginator[T]:
    """Every item of a cursor operation (`get_all_*.sync_detailed`), e.g. with `filter_=`."""
    return Paginator(
        operation,
        _cursor_style(),
        arguments,
        resume_from=resume_from,
        max_items=max_items,
        progress=progress,
        count=_counter(count_operation, arguments),
    )


def apaginate_cursor(
    operation: Callable[..., Awaitable[DetailedResponse[CursorSet[T] | ProblemDetails]]],
    /,
    *,
    count_operation: AsyncCountOperation | None = None,
    resume_from: Mapping[str, Any] | None = None,
    max_items: int | None = None,
    progress: Progress | None = None,
    **arguments: Any,
) -> AsyncPaginator[T]:
    """`paginate_cursor` for `get_all_*.asyncio_detailed`."""
    return AsyncPaginator(
        operation,
        _cursor_style(),
        arguments,
        resume_from=resume_from,
        max_items=max_items,
        progress=progress,
        count=_async_counter(count_operation, arguments),
    )


def paginate_classic(
    operation: Callable[..., DetailedResponse[ProblemDetails | list[T]]],
    /,
    *,
    count_operation: CountOperation | None = None,
    resume_from: Mapping[str, Any] | None = None,
    max_items: int | None = None,
    progress: Progress | None = None,
    **arguments: Any,
) -> Paginator[T]:
    """Every item of a classic operation (`get_page_of_*.sync_detailed`), e.g. with `sort=`
    and `page_size=` (the operation's default, 20, otherwise)."""
    size = arguments.get("page_size", operation_default(operation, "page_size"))
    return Paginator(
        operation,
        _classic_style(size, arguments.get("skip_pages", 0)),
        arguments,
        resume_from=resume_from,
        max_items=max_items,
        progress=progress,
        count=_counter(count_operation, arguments),
    )


def apaginate_classic(
    operation: Callable[..., Awaitable[DetailedResponse[ProblemDetails | list[T]]]],
    /,
    *,
    count_operation: AsyncCountOperation | None = None,
    resume_from: Mapping[str, Any] | None = None,
    max_items: int | None = None,
    progress: Progress | None = None,
    **arguments: Any,
) -> AsyncPaginator[T]:
    """`paginate_classic` for `get_page_of_*.asyncio_detailed`."""
    size = arguments.get("page_size", operation_default(operation, "page_size"))
    return AsyncPaginator(
        operation,
        _classic_style(size, arguments.get("skip_pages", 0)),
        arguments,
        resume_from=resume_from,
        max_items=max_items,
        progress=progress,
        count=_async_counter(count_operation, arguments),
    )


def _cursor_style() -> PageStyle[Any]:
    def read(body: CursorSet[Any], cursor: str) -> Page[Any]:
        items = body.items if isinstance(body.items, Sequence) else []
        following = body.cursor if isinstance(body.cursor, str) and body.cursor else None
        return Page(items, cursor, following)

    # "" stands for the first set, which is asked for without a cursor.
    return PageStyle(start="", arguments=lambda cursor: {"cursor": cursor} if cursor else {}, read=read)


def _classic_style(page_size: int, first: int) -> PageStyle[Any]:
    def arguments(skip_pages: int) -> dict[str, Any]:
        if skip_pages > MAX_SKIP_PAGES:
            raise SkipPagesLimitError(
                f"the list goes on past SkipPages={MAX_SKIP_PAGES} (PageSize={page_size}), the last page e-conomic "
                "serves; walk it with paginate_cursor or export instead"
            )
        return {"skip_pages": skip_pages}

    def read(body: list[Any], skip_pages: int) -> Page[Any]:
        # A short page is the last; a full one may be, at the cost of one empty request.
        return Page(body, skip_pages, skip_pages + 1 if len(body) == page_size else None)

    return PageStyle(start=first, arguments=arguments, read=read)


def _counter(operation: CountOperation | None, arguments: Mapping[str, Any]) -> Count | None:
    if operation is None:
        return None
    shared = {name: arguments[name] for name in _COUNT_ARGUMENTS if name in arguments}
    return lambda: unwrap(operation(**shared), int)


def _async_counter(operation: AsyncCountOperation | None, arguments: Mapping[str, Any]) -> AsyncCount | None:
    if operation is None:
        return None
    shared = {name: arguments[name] for name in _COUNT_ARGUMENTS if name in arguments}

    async def count() -> int:
        return unwrap(await operation(**shared), int)

    return count
