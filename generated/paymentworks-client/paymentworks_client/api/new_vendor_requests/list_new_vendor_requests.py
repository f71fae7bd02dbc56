import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_error import BadRequestError
from ...models.error import Error
from ...models.new_vendor_request_page import NewVendorRequestPage
from ...models.new_vendor_request_status_code import NewVendorRequestStatusCode
from ...models.new_vendor_request_type_code import NewVendorRequestTypeCode
from ...types import UNSET, Response, Unset, parse_json_body


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = 10,
    status: NewVendorRequestStatusCode | Unset = UNSET,
    type_: NewVendorRequestTypeCode | Unset = UNSET,
    resubmitted_only: bool | Unset = False,
    status_change_since: datetime.date | Unset = UNSET,
    since: datetime.date | Unset = UNSET,
    last_n_days: int | Unset = UNSET,
    supplier_name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    json_status: int | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_type_: int | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["resubmitted_only"] = resubmitted_only

    json_status_change_since: str | Unset = UNSET
    if not isinstance(status_change_since, Unset):
        json_status_change_since = status_change_since.isoformat()
    params["status_change_since"] = json_status_change_since

    json_since: str | Unset = UNSET
    if not isinstance(since, Unset):
        json_since = since.isoformat()
    params["since"] = json_since

    params["last_n_days"] = last_n_days

    params["supplier_name"] = supplier_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/new-vendor-requests/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BadRequestError | Error | NewVendorRequestPage | str | None:
    if response.status_code == 200:
        response_200 = parse_json_body(NewVendorRequestPage.from_dict, response.content)
        return response_200

    if response.status_code == 400:
        response_400 = parse_json_body(BadRequestError.from_dict, response.content)
        return response_400

    if response.status_code == 401:
        response_401 = parse_json_body(Error.from_dict, response.content)
        return response_401

    if response.status_code == 403:
        response_403 = parse_json_body(Error.from_dict, response.content)
        return response_403

    if response.status_code == 404:
        response_404 = parse_json_body(Error.from_dict, response.content)
        return response_404

    if response.status_code == 500:
        response_500 = response.text
        return response_500

    if response.status_code == 503:
        response_503 = cast(Any, None)
        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | BadRequestError | Error | NewVendorRequestPage | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = 10,
    status: NewVendorRequestStatusCode | Unset = UNSET,
    type_: NewVendorRequestTypeCode | Unset = UNSET,
    resubmitted_only: bool | Unset = False,
    status_change_since: datetime.date | Unset = UNSET,
    since: datetime.date | Unset = UNSET,
    last_n_days: int | Unset = UNSET,
    supplier_name: str | Unset = UNSET,
) -> Response[Any | BadRequestError | Error | NewVendorRequestPage | str]:
    """List new vendor requests

     Returns one page of new vendor requests (vendor registrations) that satisfy all the
    given filters. The user must be authorized to *View New Vendor Requests*.

    Example: `GET /api/new-vendor-requests/?status=1&per_page=20` returns the first page
    of approved requests, twenty per page.

    Args:
        page (int | Unset): Page number, starting at 1.
        per_page (int | Unset): Results per page (default 10, at most 1000). Default: 10.
        status (NewVendorRequestStatusCode | Unset): New vendor request status: 0 Pending, 1
            Approved, 2 Processed, 3 Connected, 4 Rejected, 5 Returned.
        type_ (NewVendorRequestTypeCode | Unset): New vendor request (registration) type: 0 Full,
            1 Partial, 2 Edit.
        resubmitted_only (bool | Unset): Only registrations returned to the payee and then
            resubmitted. Default: False.
        status_change_since (datetime.date | Unset): Only registrations whose status changed on or
            after this date.
        since (datetime.date | Unset): Only registrations submitted by the payee on or after this
            date.
        last_n_days (int | Unset): Only registrations submitted in the last N days.
        supplier_name (str | Unset): Supplier name or prefix, case-insensitive.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BadRequestError | Error | NewVendorRequestPage | str]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        status=status,
        type_=type_,
        resubmitted_only=resubmitted_only,
        status_change_since=status_change_since,
        since=since,
        last_n_days=last_n_days,
        supplier_name=supplier_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = 10,
    status: NewVendorRequestStatusCode | Unset = UNSET,
    type_: NewVendorRequestTypeCode | Unset = UNSET,
    resubmitted_only: bool | Unset = False,
    status_change_since: datetime.date | Unset = UNSET,
    since: datetime.date | Unset = UNSET,
    last_n_days: int | Unset = UNSET,
    supplier_name: str | Unset = UNSET,
) -> Any | BadRequestError | Error | NewVendorRequestPage | str | None:
    """List new vendor requests

     Returns one page of new vendor requests (vendor registrations) that satisfy all the
    given filters. The user must be authorized to *View New Vendor Requests*.

    Example: `GET /api/new-vendor-requests/?status=1&per_page=20` returns the first page
    of approved requests, twenty per page.

    Args:
        page (int | Unset): Page number, starting at 1.
        per_page (int | Unset): Results per page (default 10, at most 1000). Default: 10.
        status (NewVendorRequestStatusCode | Unset): New vendor request status: 0 Pending, 1
            Approved, 2 Processed, 3 Connected, 4 Rejected, 5 Returned.
        type_ (NewVendorRequestTypeCode | Unset): New vendor request (registration) type: 0 Full,
            1 Partial, 2 Edit.
        resubmitted_only (bool | Unset): Only registrations returned to the payee and then
            resubmitted. Default: False.
        status_change_since (datetime.date | Unset): Only registrations whose status changed on or
            after this date.
        since (datetime.date | Unset): Only registrations submitted by the payee on or after this
            date.
        last_n_days (int | Unset): Only registrations submitted in the last N days.
        supplier_name (str | Unset): Supplier name or prefix, case-insensitive.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BadRequestError | Error | NewVendorRequestPage | str
    """

    return sync_detailed(
        client=client,
        page=page,
        per_page=per_page,
        status=status,
        type_=type_,
        resubmitted_only=resubmitted_only,
        status_change_since=status_change_since,
        since=since,
        last_n_days=last_n_days,
        supplier_name=supplier_name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = 10,
    status: NewVendorRequestStatusCode | Unset = UNSET,
    type_: NewVendorRequestTypeCode | Unset = UNSET,
    resubmitted_only: bool | Unset = False,
    status_change_since: datetime.date | Unset = UNSET,
    since: datetime.date | Unset = UNSET,
    last_n_days: int | Unset = UNSET,
    supplier_name: str | Unset = UNSET,
) -> Response[Any | BadRequestError | Error | NewVendorRequestPage | str]:
    """List new vendor requests

     Returns one page of new vendor requests (vendor registrations) that satisfy all the
    given filters. The user must be authorized to *View New Vendor Requests*.

    Example: `GET /api/new-vendor-requests/?status=1&per_page=20` returns the first page
    of approved requests, twenty per page.

    Args:
        page (int | Unset): Page number, starting at 1.
        per_page (int | Unset): Results per page (default 10, at most 1000). Default: 10.
        status (NewVendorRequestStatusCode | Unset): New vendor request status: 0 Pending, 1
            Approved, 2 Processed, 3 Connected, 4 Rejected, 5 Returned.
        type_ (NewVendorRequestTypeCode | Unset): New vendor request (registration) type: 0 Full,
            1 Partial, 2 Edit.
        resubmitted_only (bool | Unset): Only registrations returned to the payee and then
            resubmitted. Default: False.
        status_change_since (datetime.date | Unset): Only registrations whose status changed on or
            after this date.
        since (datetime.date | Unset): Only registrations submitted by the payee on or after this
            date.
        last_n_days (int | Unset): Only registrations submitted in the last N days.
        supplier_name (str | Unset): Supplier name or prefix, case-insensitive.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BadRequestError | Error | NewVendorRequestPage | str]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        status=status,
        type_=type_,
        resubmitted_only=resubmitted_only,
        status_change_since=status_change_since,
        since=since,
        last_n_days=last_n_days,
        supplier_name=supplier_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = 10,
    status: NewVendorRequestStatusCode | Unset = UNSET,
    type_: NewVendorRequestTypeCode | Unset = UNSET,
    resubmitted_only: bool | Unset = False,
    status_change_since: datetime.date | Unset = UNSET,
    since: datetime.date | Unset = UNSET,
    last_n_days: int | Unset = UNSET,
    supplier_name: str | Unset = UNSET,
) -> Any | BadRequestError | Error | NewVendorRequestPage | str | None:
    """List new vendor requests

     Returns one page of new vendor requests (vendor registrations) that satisfy all the
    given filters. The user must be authorized to *View New Vendor Requests*.

    Example: `GET /api/new-vendor-requests/?status=1&per_page=20` returns the first page
    of approved requests, twenty per page.

    Args:
        page (int | Unset): Page number, starting at 1.
        per_page (int | Unset): Results per page (default 10, at most 1000). Default: 10.
        status (NewVendorRequestStatusCode | Unset): New vendor request status: 0 Pending, 1
            Approved, 2 Processed, 3 Connected, 4 Rejected, 5 Returned.
        type_ (NewVendorRequestTypeCode | Unset): New vendor request (registration) type: 0 Full,
            1 Partial, 2 Edit.
        resubmitted_only (bool | Unset): Only registrations returned to the payee and then
            resubmitted. Default: False.
        status_change_since (datetime.date | Unset): Only registrations whose status changed on or
            after this date.
        since (datetime.date | Unset): Only registrations submitted by the payee on or after this
            date.
        last_n_days (int | Unset): Only registrations submitted in the last N days.
        supplier_name (str | Unset): Supplier name or prefix, case-insensitive.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BadRequestError | Error | NewVendorRequestPage | str
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
            status=status,
            type_=type_,
            resubmitted_only=resubmitted_only,
            status_change_since=status_change_since,
            since=since,
            last_n_days=last_n_days,
            supplier_name=supplier_name,
        )
    ).parsed
