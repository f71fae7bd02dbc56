"""Pandium's bare-array lists (`skip`/`limit`) as paginators, with concurrent read-ahead.

Pandium answers no total: a page shorter than `limit` is the last. With `concurrency=n`, up to
`n` requests fetch the next pages ahead (skip + limit, skip + 2 * limit, ...), handed out in
order; once a short page arrives, the pages fetched past it are dropped (at most `n - 1`
requests spent for nothing). The position to resume from is an offset: records added or
removed meanwhile shift later pages, so walk a stable `sort_by` for resumable exports.

```python
from client_overlays.pandium import pagination
from pandium_client.api.tenants import list_tenants

tenants = pagination.paginate(list_tenants.sync_detailed, client=client, limit=200, concurrency=4)
for tenant in tenants:
    ...
```
"""

from __future__ import annotations

import itertools
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import Any, TypeVar

from pandium_client.models import ErrorMessage, HTTPValidationError

from ..pagination import AsyncPaginator, DetailedResponse, Page, PageStyle, Paginator, Progress, operation_default

__all__ = ["apaginate", "paginate"]

T = TypeVar("T")


def paginate(
    operation: Callable[..., DetailedResponse[ErrorMessage | HTTPValidationError | list[T]]],
    /,
    *,
    concurrency: int = 1,
    resume_from: Mapping[str, Any] | None = None,
    max_items: int | None = None,
    progress: Progress | None = None,
    **arguments: Any,
) -> Paginator[T]:
    """Every item of a list operation (`list_tenants`, `list_integrations`, `list_tenant_runs`)."""
    return Paginator(
        operation,
        _style(operation, arguments),
        arguments,
        resume_from=resume_from,
        max_items=max_items,
        progress=progress,
        concurrency=concurrency,
    )


def apaginate(
    operation: Callable[..., Awaitable[DetailedResponse[ErrorMessage | HTTPValidationError | list[T]]]],
    /,
    *,
    concurrency: int = 1,
    resume_from: Mapping[str, Any] | None = None,
    max_items: int | None = None,
    progress: Progress | None = None,
    **arguments: Any,
) -> AsyncPaginator[T]:
    """`paginate` for `list_*.asyncio_detailed`."""
    return AsyncPaginator(
        operation,
        _style(operation, arguments),
        arguments,
        resume_from=resume_from,
        max_items=max_items,
        progress=progress,
        concurrency=concurrency,
    )


def _style(operation: Callable[..., Any], arguments: Mapping[str, Any]) -> PageStyle[Any]:
    limit: int = arguments.get("limit", operation_default(operation, "limit"))

    def read(body: list[Any], skip: int) -> Page[Any]:
        return Page(body, skip, skip + limit if len(body) >= limit else None)

    def ahead(page: Page[Any]) -> Iterable[int]:
        return itertools.count(page.position + limit, limit)

    return PageStyle(start=arguments.get("skip", 0), arguments=lambda skip: {"skip": skip}, read=read, ahead=ahead)
