"""Suppliers page by page within Panorays' rate limit, one read whole, and a missing one."""

from __future__ import annotations

from typing import assert_type

from panorays_client.models import Supplier, SupplierPage
from panorays_client.types import Response

from client_overlays import NotFoundError, panorays
from client_overlays.pagination import Paginator


def main() -> None:
    client = panorays.connect(burst=5)  # PANORAYS_API_TOKEN, PANORAYS_BASE_URL
    suppliers = client.suppliers.list(limit=10, max_items=25)
    assert_type(suppliers, Paginator[Supplier])
    ids = [supplier.id for supplier in suppliers]
    assert len(ids) == len(set(ids)) and 0 < len(ids) <= 25
    one = client.suppliers.get(ids[0])
    assert_type(one, Supplier)
    page = client.with_raw_response.suppliers.list(limit=2)
    assert_type(page, Response[SupplierPage])
    assert page.status_code == 200 and page.parsed is not None and len(page.parsed.data) <= 2
    try:
        client.suppliers.get("no-such-supplier")
    except NotFoundError as error:
        print(f"missing: {error}")
    else:
        raise SystemExit("found a supplier that does not exist")


if __name__ == "__main__":
    main()
