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
from collections.abc import Callable, Mapping
from typing import Any

from pandium_client.models import ErrorMessage, HTTPValidationError

from ..pagination import Page, Pages, PageStyle, operation_default

__all__ = ["OFFSETS", "apaginate", "paginate"]


def _style(operation: Callable[..., Any], arguments: Mapping[str, Any]) -> PageStyle[Any]:
    limit: int = operation_default(operation, "limit", arguments)
    return PageStyle.by_argument(
        "skip",
        arguments,
        first=0,
        read=lambda body, skip: Page(body, skip, skip + limit if len(body) >= limit else None),
        ahead=lambda page: itertools.count(page.position + limit, limit),
    )


OFFSETS: Pages[ErrorMessage | HTTPValidationError | list[Any]] = Pages(_style)
paginate, apaginate = OFFSETS.paginate, OFFSETS.apaginate
