"""Every vendor update, fetched ahead concurrently, and one new vendor request in detail."""

from __future__ import annotations

from typing import assert_type

from paymentworks_client.models import NewVendorRequest, NewVendorRequestDetails, VendorUpdate

from client_overlays import paymentworks
from client_overlays.pagination import Paginator


def main() -> None:
    client = paymentworks.connect()  # PAYMENTWORKS_TOKEN, PAYMENTWORKS_BASE_URL
    updates = client.updates.list(per_page=10, concurrency=3)
    assert_type(updates, Paginator[VendorUpdate])
    seen: list[tuple[int, int | None]] = []
    walked = list(client.updates.list(per_page=10, progress=lambda done, total: seen.append((done, total))))
    assert len(list(updates)) == len(walked) == seen[-1][1]
    requests = client.new_vendor_requests.list(per_page=5)
    assert_type(requests, Paginator[NewVendorRequest])
    first = next(iter(requests))
    details = client.new_vendor_requests.get_details(first.id)
    assert_type(details, NewVendorRequestDetails)
    print(f"{len(walked)} updates; request {first.id} in detail")


if __name__ == "__main__":
    main()
