"""Every PaymentWorks operation through the generated client against the mock: the success
path and every documented error status, with typed results."""

from __future__ import annotations

import datetime as dt
import io
from http import HTTPStatus
from typing import Any

import pytest
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
    Error,
    NewVendorRequest,
    NewVendorRequestDetails,
    NewVendorRequestPage,
    NewVendorRequestStatusChange,
    NewVendorRequestStatusCode,
    RefreshAuthTokenRequest,
    SupplierLoadRequest,
    SupplierLoadResult,
    UpdatePage,
    UpdateStatusCode,
)
from paymentworks_client.types import File

from integration.conftest import generated_client
from vendor_mocks import FaultConfig, create_mock
from vendor_mocks.paymentworks import PaymentWorksMock


@pytest.fixture
def mock() -> PaymentWorksMock:
    created = create_mock("paymentworks")
    return created


def client_for(mock: PaymentWorksMock, token: str | None = None) -> AuthenticatedClient:
    token = token or mock.users[1].token
    client: AuthenticatedClient = generated_client(
        AuthenticatedClient, mock, token=token, prefix="Token", auth_header_name="Authorization"
    )
    return client


def csv_file(text: str) -> SupplierLoadRequest:
    upload = File(payload=io.BytesIO(text.encode()), file_name="suppliers.csv", mime_type="text/csv")
    return SupplierLoadRequest(suppliers=upload)


# --- success paths ---------------------------------------------------------------------------


def test_list_updates_pages_through_everything_with_absolute_next_links(mock: PaymentWorksMock) -> None:
    client = client_for(mock)
    seen: list[int] = []
    page_number = 1
    while True:
        response = list_updates.sync_detailed(client=client, page=page_number, per_page=10)
        assert response.status_code == HTTPStatus.OK
        page = response.parsed
        assert isinstance(page, UpdatePage)
        assert page.count == len(mock.updates)
        seen += [update.id for update in page.results]
        if page.next_ is None:
            break
        assert page.next_.startswith("http://mock.invalid/updates/?") and f"page={page_number + 1}" in page.next_
        page_number += 1
    assert seen == [update["id"] for update in mock.updates]


def test_list_updates_filters_by_status_and_case_insensitive_name_prefix(mock: PaymentWorksMock) -> None:
    client = client_for(mock)
    page = list_updates.sync(client=client, status=UpdateStatusCode.PROMOTED, supplier_name="hOmE", per_page=1000)
    assert isinstance(page, UpdatePage)
    expected = [
        u["id"] for u in mock.updates if u["status"] == "Promoted" and u["vendor_name"].lower().startswith("home")
    ]
    assert expected, "the seeded data has matching updates"
    assert [u.id for u in page.results] == expected
    assert all(isinstance(u.vendor_name, str) and u.vendor_name.lower().startswith("home") for u in page.results)


def test_list_updates_date_filter(mock: PaymentWorksMock) -> None:
    since = (dt.datetime.fromtimestamp(mock.clock.now(), dt.UTC) - dt.timedelta(days=30)).date()
    page = list_updates.sync(client=client_for(mock), since=since, per_page=1000)
    assert isinstance(page, UpdatePage)
    assert page.results and all(isinstance(u.ts, dt.datetime) and u.ts.date() >= since for u in page.results)
    assert page.count < len(mock.updates)


async def test_list_new_vendor_requests_async_with_filters(mock: PaymentWorksMock) -> None:
    client = client_for(mock)
    response = await list_new_vendor_requests.asyncio_detailed(
        client=client, status=NewVendorRequestStatusCode.PROCESSED, per_page=100
    )
    assert response.status_code == HTTPStatus.OK
    page = response.parsed
    assert isinstance(page, NewVendorRequestPage)
    assert all(isinstance(item, NewVendorRequest) and item.request_status == "Processed" for item in page.results)
    assert page.count == sum(1 for r in mock.requests if r["request_status"] == "Processed")


def test_new_vendor_request_details(mock: PaymentWorksMock) -> None:
    request_id = mock.requests[0]["id"]
    details = get_new_vendor_request_details.sync(client=client_for(mock), id=request_id)
    assert isinstance(details, NewVendorRequestDetails)
    assert details.id == request_id
    assert details.requesting_company.legal_name == mock.requests[0]["requesting_company"]["legal_name"]


def test_bulk_status_marks_requests_processed(mock: PaymentWorksMock) -> None:
    client = client_for(mock)
    ids = [mock.requests[0]["id"], mock.requests[1]["id"]]
    body = [NewVendorRequestStatusChange(id=i, request_status=NewVendorRequestStatusCode.PROCESSED) for i in ids]
    updated = bulk_update_new_vendor_request_status.sync(client=client, body=body)
    assert isinstance(updated, list) and [item.id for item in updated] == ids
    for request_id in ids:
        details = get_new_vendor_request_details.sync(client=client, id=request_id)
        assert isinstance(details, NewVendorRequestDetails) and details.request_status == "Processed"


def test_load_suppliers_counts_rows(mock: PaymentWorksMock) -> None:
    result = load_suppliers.sync(
        client=client_for(mock), body=csv_file("vendor_num,name,tin\n1,Acme,123456789\n2,Beta,\n")
    )
    assert isinstance(result, SupplierLoadResult)
    assert result.num_rcvd_suppliers == 2
    assert [row["name"] for row in mock.loaded_suppliers] == ["Acme", "Beta"]


def test_refresh_token_rotates_and_invalidates_the_old_one(mock: PaymentWorksMock) -> None:
    old = mock.users[1].token
    refreshed = refresh_auth_token.sync(client=client_for(mock), user_id=1, body=RefreshAuthTokenRequest())
    assert isinstance(refreshed, AuthTokenRefreshed)
    assert refreshed.auth_token != old
    rejected = list_updates.sync_detailed(client=client_for(mock, old))
    assert rejected.status_code == HTTPStatus.UNAUTHORIZED
    accepted = list_updates.sync_detailed(client=client_for(mock, refreshed.auth_token))
    assert accepted.status_code == HTTPStatus.OK


# --- documented errors ------------------------------------------------------------------------


def test_400_names_the_bad_parameter(mock: PaymentWorksMock) -> None:
    client = client_for(mock)
    response = list_updates.sync_detailed(client=client, per_page=5000)
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert isinstance(response.parsed, BadRequestError)
    assert "per_page" in response.parsed.additional_properties


def test_400_on_invalid_csv_rows(mock: PaymentWorksMock) -> None:
    response = load_suppliers.sync_detailed(client=client_for(mock), body=csv_file("vendor_num,name,tin\n,Acme,12\n"))
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert isinstance(response.parsed, BadRequestError)
    assert response.parsed.error == "row 2: vendor_num is required; row 2: tin must be 9 digits, got '12'"
    assert mock.loaded_suppliers == [], "a rejected file loads nothing"


def test_401_without_valid_token(mock: PaymentWorksMock) -> None:
    response = list_updates.sync_detailed(client=client_for(mock, "not-a-token"))
    assert response.status_code == HTTPStatus.UNAUTHORIZED
    assert isinstance(response.parsed, Error) and response.parsed.detail == "Invalid token."
    assert response.headers["WWW-Authenticate"] == "Token"


def test_403_refreshing_someone_elses_token(mock: PaymentWorksMock) -> None:
    mock.users[2] = type(mock.users[1])(2, "pw-other-user")
    response = refresh_auth_token.sync_detailed(client=client_for(mock), user_id=2, body=RefreshAuthTokenRequest())
    assert response.status_code == HTTPStatus.FORBIDDEN
    assert isinstance(response.parsed, Error)
    assert mock.users[2].token == "pw-other-user"


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(lambda c: get_new_vendor_request_details.sync_detailed(client=c, id=1), id="details"),
        pytest.param(lambda c: list_updates.sync_detailed(client=c, page=99), id="page-past-the-end"),
        pytest.param(
            lambda c: bulk_update_new_vendor_request_status.sync_detailed(
                client=c, body=[NewVendorRequestStatusChange(id=1, request_status=NewVendorRequestStatusCode.PROCESSED)]
            ),
            id="bulk-unknown-id",
        ),
        pytest.param(
            lambda c: refresh_auth_token.sync_detailed(client=c, user_id=404, body=RefreshAuthTokenRequest()),
            id="refresh-unknown-user",
        ),
    ],
)
def test_404(mock: PaymentWorksMock, call: Any) -> None:
    response = call(client_for(mock))
    assert response.status_code == HTTPStatus.NOT_FOUND
    assert isinstance(response.parsed, Error)


def test_500_is_djangos_html_page(mock: PaymentWorksMock) -> None:
    mock.faults = FaultConfig(rate_500=1.0)
    response = list_updates.sync_detailed(client=client_for(mock))
    assert response.status_code == HTTPStatus.INTERNAL_SERVER_ERROR
    assert response.parsed == "<h1>Server Error (500)</h1>"


def test_503_carries_retry_after_and_no_documented_body(mock: PaymentWorksMock) -> None:
    mock.faults = FaultConfig(rate_503=1.0, retry_after="7")
    response = list_new_vendor_requests.sync_detailed(client=client_for(mock))
    assert response.status_code == HTTPStatus.SERVICE_UNAVAILABLE
    # PaymentWorks documents no 503 body: the client parses none and leaves the raw content.
    assert response.parsed is None
    assert response.content
    assert response.headers["Retry-After"] == "7"
