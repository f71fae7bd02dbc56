"""Panorays' cursor lists (`{data, has_next, next}`, `limit` + `next_token`) as paginators.

Works with every list operation (`list_suppliers`, `list_supplier_files`, `list_tags`). The
position to resume from is the `next` token, which Panorays accepts again until it expires
(an hour after it was issued); a resumed walk continues the original one, filters and sort
included. Each page is one request through the caller's client, so the shared limiter of
`panorays.connect()` keeps every walk under 150 requests a minute. No total is reported.

```python
from client_overlays.panorays import pagination
from panorays_client.api.supplier import list_suppliers

suppliers = pagination.paginate(list_suppliers.sync_detailed, client=client, limit=100, tags=["critical"])
for supplier in suppliers:
    ...
```
"""

from __future__ import annotations

from typing import Any

from panorays_client.models import Error, FilePage, SupplierPage, TagPage

from ..pagination import Page, Pages, PageStyle

__all__ = ["CURSOR", "apaginate", "paginate"]


def _read(body: SupplierPage | FilePage | TagPage, token: str) -> Page[Any]:
    following = body.next_ if body.has_next and isinstance(body.next_, str) and body.next_ else None
    return Page(body.data, token, following)


# "" stands for the first page, which is asked for without a token.
_STYLE: PageStyle[Any] = PageStyle(start="", arguments=lambda token: {"next_token": token} if token else {}, read=_read)
CURSOR: Pages[Error | SupplierPage | FilePage | TagPage] = Pages(lambda operation, arguments: _STYLE)
paginate, apaginate = CURSOR.paginate, CURSOR.apaginate
