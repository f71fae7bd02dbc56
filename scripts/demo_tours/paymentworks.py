"""PaymentWorks: page through vendor updates, review a registration, mark it processed, load suppliers."""

from __future__ import annotations

import io

from paymentworks_client import AuthenticatedClient
from paymentworks_client.api.new_vendor_requests import (
    bulk_update_new_vendor_request_status,
    get_new_vendor_request_details,
    list_new_vendor_requests,
)
from paymentworks_client.api.suppliers import load_suppliers
from paymentworks_client.api.updates import list_updates
from paymentworks_client.api.users import refresh_auth_token
from paymentworks_client.models import (
    AuthTokenRefreshed,
    BadRequestError,
    NewVendorRequestDetails,
    NewVendorRequestPage,
    NewVendorRequestStatusChange,
    NewVendorRequestStatusCode,
    RefreshAuthTokenRequest,
    SupplierLoadRequest,
    SupplierLoadResult,
    UpdatePage,
)
from paymentworks_client.types import File

from ._common import create_mock, in_process, step


def tour() -> None:
    mock = create_mock("paymentworks")
    token = mock.credentials()["Authorization"].removeprefix("Token ")
    client = in_process(AuthenticatedClient, mock, token=token, prefix="Token")

    pages, updates = 0, 0
    page_number: int | None = 1
    while page_number is not None:
        page = list_updates.sync(client=client, page=page_number, per_page=20)
        assert isinstance(page, UpdatePage)
        pages, updates = pages + 1, updates + len(page.results)
        page_number = page_number + 1 if page.next_ else None
    step("list vendor updates, 20 per page", f"{updates} updates in {pages} pages (following `next`)")

    pending = list_new_vendor_requests.sync(client=client, status=NewVendorRequestStatusCode.APPROVED)
    assert isinstance(pending, NewVendorRequestPage) and pending.results
    first = pending.results[0]
    step("list approved new vendor requests", f"{pending.count} approved, first #{first.id}")

    details = get_new_vendor_request_details.sync(client=client, id=first.id)
    assert isinstance(details, NewVendorRequestDetails)
    step("read its details", f"{details.requesting_company.legal_name}, TIN {details.requesting_company.tin}")

    change = NewVendorRequestStatusChange(id=first.id, request_status=NewVendorRequestStatusCode.PROCESSED)
    bulk_update_new_vendor_request_status.sync(client=client, body=[change])
    again = get_new_vendor_request_details.sync(client=client, id=first.id)
    assert isinstance(again, NewVendorRequestDetails)
    step("mark it processed (bulk status)", f"status is now {again.request_status!r}")

    csv = b"vendor_num,site_code,name,tin\n10001,1,Acme Industrial Supply,123456789\n10002,1,Blue Ridge Paper,\n"
    upload = SupplierLoadRequest(suppliers=File(payload=io.BytesIO(csv), file_name="suppliers.csv"))
    loaded = load_suppliers.sync(client=client, body=upload)
    assert isinstance(loaded, SupplierLoadResult)
    step("load the ERP supplier list (CSV)", f"{loaded.num_rcvd_suppliers} suppliers received")

    bad = load_suppliers.sync(
        client=client, body=SupplierLoadRequest(suppliers=File(payload=io.BytesIO(b"name\nNo number Inc\n")))
    )
    assert isinstance(bad, BadRequestError)
    step("load a CSV without vendor_num (error)", f"400: {bad.error}")

    rotated = refresh_auth_token.sync(client=client, user_id=1, body=RefreshAuthTokenRequest())
    assert isinstance(rotated, AuthTokenRefreshed)
    stale = list_updates.sync_detailed(client=client)
    step("rotate the API token", f"new token issued; the old one now gets {stale.status_code.value}")
