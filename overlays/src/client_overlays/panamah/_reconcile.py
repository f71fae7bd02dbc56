"""Reconciliation: re-send the records Panamah reports missing, read from the caller's own data.

`GET /stream/pending-resources` lists records that data Panamah holds refers to but that it
never received (a sale naming a product never sent, say). The walk (`pagination.paginate`)
pages with `start`/`count` until Panamah answers an empty object, holding the uploader's flush
lock; only then are records fetched and queued, because sending while paging would shift the
pages under the walk.

```python
def product(assinante_id: str, tipo: str, record_id: str) -> dict | None:
    return erp.product_as_panamah_record(record_id)   # None: not in our data either

report = panamah.reconcile(uploader, product)
print(len(report.queued), "re-sent;", report.not_in_source, "unknown here too")
```
"""

from __future__ import annotations

from collections.abc import AsyncIterable, Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from panamah_client.api.stream import list_pending_resources

from .._specfacts import spec_facts
from ._uploader import AsyncUploader, FlushReport, Uploader, _UploaderBase
from .pagination import PendingRecord, apaginate, paginate

__all__ = ["Fetch", "PendingRecord", "ReconcileReport", "areconcile", "reconcile"]

MAX_PAGE = spec_facts("panamah").query_maxima["count"]  # the spec's maximum `count`

# (assinante_id, tipo, id) -> the record as the stream takes it, or None when the source lacks it.
Fetch = Callable[[str, str, str], Mapping[str, Any] | None]


@dataclass(frozen=True)
class ReconcileReport:
    reported: tuple[PendingRecord, ...]  # everything Panamah listed, in its order
    queued: tuple[PendingRecord, ...]  # found in the source and queued as updates
    not_in_source: tuple[PendingRecord, ...]  # `fetch` answered None
    flush: FlushReport | None  # the flush that sent them (None with flush=False)


def reconcile(uploader: Uploader, fetch: Fetch, *, page_size: int = 100, flush: bool = True) -> ReconcileReport:
    """Walk every page of pending resources, fetch each record, queue them (all or none) and flush.

    Raises `InvalidOperationError` when a fetched record does not fit the model table (nothing
    is queued then) and the typed API errors of the listing."""
    records = paginate(list_pending_resources.sync_detailed, client=uploader._client, count=_checked(page_size))
    return uploader._run(_reconcile(uploader, records, fetch, flush))


async def areconcile(
    uploader: AsyncUploader, fetch: Fetch, *, page_size: int = 100, flush: bool = True
) -> ReconcileReport:
    """`reconcile()` for an `AsyncUploader` (`fetch` is called on the event loop's thread)."""
    records = apaginate(list_pending_resources.asyncio_detailed, client=uploader._client, count=_checked(page_size))
    return await uploader._run(_reconcile(uploader, records, fetch, flush))


def _checked(page_size: int) -> int:
    if not 1 <= page_size <= MAX_PAGE:
        raise ValueError(f"page_size must be between 1 and {MAX_PAGE}, got {page_size}")
    return page_size


async def _reconcile(
    uploader: _UploaderBase[Any],
    records: Iterable[PendingRecord] | AsyncIterable[PendingRecord],
    fetch: Fetch,
    flush: bool,
) -> ReconcileReport:
    # The walk's requests go out here, under the uploader's flush lock.
    walked = [record async for record in records] if isinstance(records, AsyncIterable) else list(records)
    reported = tuple(dict.fromkeys(walked))  # in Panamah's order, without repeats
    operations: list[dict[str, Any]] = []
    queued: list[PendingRecord] = []
    absent: list[PendingRecord] = []
    for record in reported:
        data = fetch(record.assinante_id, record.tipo, record.id)
        if data is None:
            absent.append(record)
            continue
        if data.get("id") != record.id:
            raise ValueError(
                f"fetch{(record.assinante_id, record.tipo, record.id)} returned the record with id {data.get('id')!r}"
            )
        operations.append({"op": "update", "tipo": record.tipo, "data": data, "assinanteId": record.assinante_id})
        queued.append(record)
    uploader.add(operations)
    report = await uploader._flush(everything=True) if flush else None
    return ReconcileReport(reported, tuple(queued), tuple(absent), report)
