"""PaymentWorks' Django REST framework pages (`page`/`per_page`, `{count, next, results}`)
as paginators, with concurrent fetching once the total is known.

The walk follows `next` (reading its `page` number, so every request goes through the
generated operation) until it is null; `count` is the total given to `progress`. With
`concurrency=n`, the first page's `count` tells how many pages there are, and up to `n`
requests then fetch the following pages ahead, handed out in order. The position to resume
from is a page number: if records are added or removed meanwhile, DRF's pages shift under
any walk, resumed or not.

```python
from client_overlays.paymentworks import pagination
from paymentworks_client.api.updates import list_updates

updates = pagination.paginate(list_updates.sync_detailed, client=client, per_page=500, concurrency=4)
for update in updates:
    print(update.id, updates.total)   # DRF's `count`, known from the first page
```
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import httpx
from paymentworks_client.models import BadRequestError, Error, NewVendorRequestPage, UpdatePage

from ..pagination import Page, Pages, PageStyle, operation_default

__all__ = ["DRF", "apaginate", "paginate"]


def _style(operation: Callable[..., Any], arguments: Mapping[str, Any]) -> PageStyle[Any]:
    per_page: int = operation_default(operation, "per_page", arguments)

    def ahead(page: Page[Any]) -> Iterable[int]:
        return range(page.position + 1, math.ceil((page.total or 0) / per_page) + 1)

    return PageStyle.by_argument("page", arguments, first=1, read=_read, ahead=ahead)


def _read(body: UpdatePage | NewVendorRequestPage, page: int) -> Page[Any]:
    return Page(body.results, page, _page_number(body.next_), body.count)


def _page_number(link: str | None) -> int | None:
    """The `page` of DRF's absolute `next` link (None on the last page)."""
    if link is None:
        return None
    number = httpx.URL(link).params.get("page")
    if number is None or not number.isdigit():
        raise ValueError(f"PaymentWorks' next link carries no page number: {link!r}")
    return int(number)


DRF: Pages[BadRequestError | Error | UpdatePage | NewVendorRequestPage | str] = Pages(_style)
paginate, apaginate = DRF.paginate, DRF.apaginate
