"""An async request through `connect()` over a real socket does not search the import path.

httpcore, under httpx's async client, imports sniffio several times a request to learn which
event loop runs it; when sniffio is missing the failed import is tried again every time, a
search of every `sys.path` entry (~0.3 ms of each async request). The overlay depends on sniffio
for that reason: this test fails if it is not installed."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType

from economic_suppliers_client.api.contacts import get_number_of_contacts

from client_overlays import economic, unwrap
from vendor_mocks import running
from vendor_mocks.economic import APP_SECRET_TOKEN, GRANT_TOKEN


class ImportSearches:
    """A `sys.meta_path` finder that finds nothing and counts what the import system asked for
    (asked only for modules not already in `sys.modules`)."""

    def __init__(self) -> None:
        self.names: Counter[str] = Counter()

    def find_spec(
        self, name: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        self.names[name] += 1
        return None


async def test_async_requests_search_for_no_module() -> None:
    with running("economic-suppliers", served=True, contacts=3) as mock:
        client = economic.connect(APP_SECRET_TOKEN, GRANT_TOKEN, base_url=mock.base_url)
        async with client:
            await get_number_of_contacts.asyncio_detailed(client=client)  # the first one may import
            searches = ImportSearches()
            sys.meta_path.insert(0, searches)
            try:
                for _ in range(5):
                    assert unwrap(await get_number_of_contacts.asyncio_detailed(client=client), int) == 3
            finally:
                sys.meta_path.remove(searches)
    assert searches.names == Counter(), f"async requests searched for modules: {dict(searches.names)}"
