"""Panamah's pending resources (`start`/`count`, until an empty answer) as a paginator.

`GET /stream/pending-resources` answers `{assinanteId: {TIPO: [id, ...]}}`; the walk hands out
one `PendingRecord` per id, in Panamah's order, and advances `start` by `count` until Panamah
answers an empty object. Panamah gives no total. The position to resume from is the offset:
records sent to Panamah meanwhile leave the list and shift it, so resume only a read-only walk
(`reconcile` collects the whole list before sending anything for the same reason).

```python
from client_overlays.panamah import pagination
from panamah_client.api.stream import list_pending_resources

for record in pagination.paginate(list_pending_resources.sync_detailed, client=client, count=500):
    print(record.assinante_id, record.tipo, record.id)
```
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from panamah_client.models import Error, PendingResources

from ..pagination import AsyncPaginator, DetailedResponse, Page, PageStyle, Paginator, Progress, operation_default
from ._reconcile import PendingRecord

__all__ = ["PendingRecord", "apaginate", "paginate"]


def paginate(
    operation: Callable[..., DetailedResponse[Error | PendingResources]],
    /,
    *,
    resume_from: Mapping[str, Any] | None = None,
    max_items: int | None = None,
    progress: Progress | None = None,
    **arguments: Any,
) -> Paginator[PendingRecord]:
    """Every pending record (`list_pending_resources.sync_detailed`); `count=` sets the page size."""
    return Paginator(
        operation,
        _style(operation, arguments),
        arguments,
        resume_from=resume_from,
        max_items=max_items,
        progress=progress,
    )


def apaginate(
    operation: Callable[..., Awaitable[DetailedResponse[Error | PendingResources]]],
    /,
    *,
    resume_from: Mapping[str, Any] | None = None,
    max_items: int | None = None,
    progress: Progress | None = None,
    **arguments: Any,
) -> AsyncPaginator[PendingRecord]:
    """`paginate` for `list_pending_resources.asyncio_detailed`."""
    return AsyncPaginator(
        operation,
        _style(operation, arguments),
        arguments,
        resume_from=resume_from,
        max_items=max_items,
        progress=progress,
    )


def _style(operation: Callable[..., Any], arguments: Mapping[str, Any]) -> PageStyle[PendingRecord]:
    count: int = arguments.get("count", operation_default(operation, "count"))

    def read(body: PendingResources, start: int) -> Page[PendingRecord]:
        records = [
            PendingRecord(assinante_id, tipo, record_id)
            for assinante_id, by_tipo in body.additional_properties.items()
            for tipo, ids in by_tipo.additional_properties.items()
            for record_id in ids
        ]
        return Page(records, start, start + count)  # an empty page ends the walk

    return PageStyle(start=arguments.get("start", 0), arguments=lambda start: {"start": start}, read=read)
