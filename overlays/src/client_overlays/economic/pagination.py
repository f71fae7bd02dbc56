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

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from economic_suppliers_client.models import ContactCollection, GroupCollection, ProblemDetails

from .._specfacts import spec_facts
from ..pagination import Page, Pages, PageStyle, operation_default

__all__ = [
    "CLASSIC",
    "CURSOR",
    "MAX_SKIP_PAGES",
    "SkipPagesLimitError",
    "apaginate_classic",
    "apaginate_cursor",
    "paginate_classic",
    "paginate_cursor",
]

MAX_SKIP_PAGES = spec_facts("economic-suppliers").query_maxima["SkipPages"]  # the spec's maximum for `SkipPages`
# The arguments a count call shares with the walk it counts.
_COUNT_ARGUMENTS = ("client", "filter_")


class SkipPagesLimitError(RuntimeError):
    """A classic walk needs a page past the spec's `SkipPages` maximum, which e-conomic does not serve."""


def _read_cursor(body: ContactCollection | GroupCollection, cursor: str) -> Page[Any]:
    items = body.items if isinstance(body.items, Sequence) else []
    following = body.cursor if isinstance(body.cursor, str) and body.cursor else None
    return Page(items, cursor, following)


def _classic_style(operation: Callable[..., Any], arguments: Mapping[str, Any]) -> PageStyle[Any]:
    page_size: int = operation_default(operation, "page_size", arguments)

    def position(skip_pages: int) -> dict[str, Any]:
        if skip_pages > MAX_SKIP_PAGES:
            raise SkipPagesLimitError(
                f"the list goes on past SkipPages={MAX_SKIP_PAGES} (PageSize={page_size}), the last page e-conomic "
                "serves; walk it with paginate_cursor or export instead"
            )
        return {"skip_pages": skip_pages}

    def read(body: list[Any], skip_pages: int) -> Page[Any]:
        # A short page is the last; a full one may be, at the cost of one empty request.
        return Page(body, skip_pages, skip_pages + 1 if len(body) == page_size else None)

    return PageStyle(start=arguments.get("skip_pages", 0), arguments=position, read=read)


# "" stands for the first set, which is asked for without a cursor.
_CURSOR_STYLE: PageStyle[Any] = PageStyle(
    start="", arguments=lambda cursor: {"cursor": cursor} if cursor else {}, read=_read_cursor
)
CURSOR: Pages[ContactCollection | GroupCollection | ProblemDetails] = Pages(
    lambda operation, arguments: _CURSOR_STYLE, count_arguments=_COUNT_ARGUMENTS
)
CLASSIC: Pages[ProblemDetails | list[Any]] = Pages(_classic_style, count_arguments=_COUNT_ARGUMENTS)
paginate_cursor, apaginate_cursor = CURSOR.paginate, CURSOR.apaginate
paginate_classic, apaginate_classic = CLASSIC.paginate, CLASSIC.apaginate
