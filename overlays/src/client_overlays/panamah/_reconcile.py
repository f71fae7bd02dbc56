"""Reconciliation: re-send the records Panamah reports missing, read from the caller's own data.

`GET /stream/pending-resources` lists records that data Panamah holds refers to but that it
never received (a sale naming a product never sent, say). The walk pages with `start`/`count`
until Panamah answers an empty object; only then are records fetched and queued, because
sending while paging would shift the pages under the walk.

```python
def product(assinante_id: str, tipo: str, record_id: str) -> dict | None:
    return erp.product_as_panamah_record(record_id)   # None: not in our data either

report = panamah.reconcile(uploader, product)
print(len(report.queued), "re-sent;", report.not_in_source, "unknown here too")
```
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, cast

from panamah_client.api.stream import list_pending_resources
from panamah_client.models import PendingResources
from panamah_client.types import Response

from .._responses import unwrap
from .._specfacts import spec_facts
from ._uploader import AsyncUploader, Flow, FlushReport, Uploader, _Call, _UploaderBase

__all__ = ["Fetch", "PendingRecord", "ReconcileReport", "areconcile", "reconcile"]

MAX_PAGE = spec_facts("panamah").query_maxima["count"]  # the spec's maximum `count`

# (assinante_id, tipo, id) -> the record as the stream takes it, or None when the source lacks it.
Fetch = Callable[[str, str, str], Mapping[str, Any] | None]


@dataclass(frozen=True, order=True)
class PendingRecord:
    """One record Panamah reported missing."""

    assinante_id: str
    tipo: str
    id: str


@dataclass(frozen=True)
class ReconcileReport:
    reported: tuple[PendingRecord, ...]  # everything Panamah listed, in its order
    queued: tuple[PendingRecord, ...]  # found in the source and queued as updates
    not_in_source: tuple[PendingRecord, ...]  # `fetch` answered None
    flush: FlushReport | None  # the flush that sent them (None with flush=False)


def pending_records(page: PendingResources) -> list[PendingRecord]:
    """One record per id of a pending-resources answer (`{assinanteId: {TIPO: [id, ...]}}`), in its order."""
    return [
        PendingRecord(assinante_id, tipo, record_id)
        for assinante_id, by_tipo in page.additional_properties.items()
        for tipo, ids in by_tipo.additional_properties.items()
        for record_id in ids
    ]


def reconcile(uploader: Uploader, fetch: Fetch, *, page_size: int = 100, flush: bool = True) -> ReconcileReport:
    """Walk every page of pending resources, fetch each record, queue them (all or none) and flush.

    Raises `InvalidOperationError` when a fetched record does not fit the model table (nothing
    is queued then) and the typed API errors of the listing."""
    return uploader._run(_reconcile(uploader, fetch, page_size, flush))


async def areconcile(
    uploader: AsyncUploader, fetch: Fetch, *, page_size: int = 100, flush: bool = True
) -> ReconcileReport:
    """`reconcile()` for an `AsyncUploader` (`fetch` is called on the event loop's thread)."""
    return await uploader._run(_reconcile(uploader, fetch, page_size, flush))


def _reconcile(uploader: _UploaderBase[Any], fetch: Fetch, page_size: int, flush: bool) -> Flow[ReconcileReport]:
    if not 1 <= page_size <= MAX_PAGE:
        raise ValueError(f"page_size must be between 1 and {MAX_PAGE}, got {page_size}")
    found: dict[PendingRecord, None] = {}  # ordered and without repeats
    start = 0
    while True:
        [outcome] = cast(
            "list[object]",
            (yield (_Call(list_pending_resources, functools.partial(dict, start=start, count=page_size)),)),
        )
        if isinstance(outcome, Exception):
            raise outcome  # the client already retried what is safe to retry (GET)
        page = unwrap(cast("Response[Any]", outcome), PendingResources)
        if not page.additional_properties:
            break
        found.update(dict.fromkeys(pending_records(page)))
        start += page_size
    reported = tuple(found)
    queued, absent = _queue_from_source(uploader, reported, fetch)
    report = (yield from uploader._flush_flow(everything=True)) if flush else None
    return ReconcileReport(reported, queued, absent, report)


def _queue_from_source(
    uploader: _UploaderBase[Any], reported: tuple[PendingRecord, ...], fetch: Fetch
) -> tuple[tuple[PendingRecord, ...], tuple[PendingRecord, ...]]:
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
    return tuple(queued), tuple(absent)
