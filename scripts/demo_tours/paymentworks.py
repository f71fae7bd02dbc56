"""PaymentWorks: page through vendor updates, review a registration, mark it processed, load suppliers."""

from __future__ import annotations

import io

from paymentworks_client.api.new_vendor_requests import (
    bulk_update_new_vendor_request_status,
    get_new_vendor_request_details,
    list_new_vendor_requests,
)
from paymentworks_client.api.suppliers import load_suppliers
from paymentworks_client.api.updates import list_updates
from paymentworks_client.models import (
    NewVendorRequestDetails,
    NewVendorRequestPage,
    NewVendorRequestStatusChange,
    NewVendorRequestStatusCode,
    SupplierLoadRequest,
    SupplierLoadResult,
    UpdatePage,
)
from paymentworks_client.types import File

from client_overlays import BadRequestError, UnauthorizedError, paymentworks, unwrap

from ._common import create_mock, mock_options, step


def tour() -> None:
    mock = create_mock("paymentworks")
    token = mock.credentials()["Authorization"].removeprefix("Token ")
    client = paymentworks.connect(token, **mock_options(mock))

    pages, updates = 0, 0
    page_number: int | None = 1
    while page_number is not None:
        page = unwrap(list_updates.sync_detailed(client=client, page=page_number, per_page=20), UpdatePage)
        pages, updates = pages + 1, updates + len(page.results)
        page_number = page_number + 1 if page.next_ else None
    step("list vendor updates, 20 per page", f"{updates} updates in {pages} pages (following `next`)")

    approved = list_new_vendor_requests.sync_detailed(client=client, status=NewVendorRequestStatusCode.APPROVED)
    pending = unwrap(approved, NewVendorRequestPage)
    first = pending.results[0]
    step("list approved new vendor requests", f"{pending.count} approved, first #{first.id}")

    details = unwrap(get_new_vendor_request_details.sync_detailed(client=client, id=first.id), NewVendorRequestDetails)
    step("read its details", f"{details.requesting_company.legal_name}, TIN {details.requesting_company.tin}")

    change = NewVendorRequestStatusChange(id=first.id, request_status=NewVendorRequestStatusCode.PROCESSED)
    unwrap(bulk_update_new_vendor_request_status.sync_detailed(client=client, body=[change]))
    again = unwrap(get_new_vendor_request_details.sync_detailed(client=client, id=first.id), NewVendorRequestDetails)
    step("mark it processed (bulk status)", f"status is now {again.request_status!r}")

    csv = b"vendor_num,site_code,name,tin\n10001,1,Acme Industrial Supply,123456789\n10002,1,Blue Ridge Paper,\n"
    upload = SupplierLoadRequest(suppliers=File(payload=io.BytesIO(csv), file_name="suppliers.csv"))
    loaded = unwrap(load_suppliers.sync_detailed(client=client, body=upload), SupplierLoadResult)
    step("load the ERP supplier list (CSV)", f"{loaded.num_rcvd_suppliers} suppliers received")

    no_numbers = SupplierLoadRequest(suppliers=File(payload=io.BytesIO(b"name\nNo number Inc\n")))
    try:
        unwrap(load_suppliers.sync_detailed(client=client, body=no_numbers))
    except BadRequestError as error:
        step("load a CSV without vendor_num (error)", f"BadRequestError: {error.detail}")

    paymentworks.rotate_token(client, user_id=1)
    unwrap(list_updates.sync_detailed(client=client, per_page=1))
    try:
        unwrap(list_updates.sync_detailed(client=paymentworks.connect(token, **mock_options(mock))))
    except UnauthorizedError as error:
        step("rotate the API token (rotate_token)", f"live client switched; the old token gets {error.status_code}")
