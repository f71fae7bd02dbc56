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

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from panamah_client.models import Error, PendingResources

from ..pagination import Page, Pages, PageStyle, operation_default

__all__ = ["PENDING", "PendingRecord", "apaginate", "paginate"]


@dataclass(frozen=True, order=True)
class PendingRecord:
    """One record Panamah reported missing."""

    assinante_id: str
    tipo: str
    id: str


def pending_records(page: PendingResources) -> list[PendingRecord]:
    """One record per id of a pending-resources answer (`{assinanteId: {TIPO: [id, ...]}}`), in its order."""
    return [
        PendingRecord(assinante_id, tipo, record_id)
        for assinante_id, by_tipo in page.additional_properties.items()
        for tipo, ids in by_tipo.additional_properties.items()
        for record_id in ids
    ]


def _style(operation: Callable[..., Any], arguments: Mapping[str, Any]) -> PageStyle[PendingRecord]:
    count: int = operation_default(operation, "count", arguments)

    def read(body: PendingResources, start: int) -> Page[PendingRecord]:
        return Page(pending_records(body), start, start + count)  # an empty page ends the walk

    return PageStyle.by_argument("start", arguments, first=0, read=read)


PENDING: Pages[Error | PendingResources] = Pages(_style)
paginate, apaginate = PENDING.paginate, PENDING.apaginate
