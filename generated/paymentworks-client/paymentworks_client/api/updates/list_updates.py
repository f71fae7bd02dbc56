import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_error import BadRequestError
from ...models.error import Error
from ...models.update_group_name import UpdateGroupName
from ...models.update_page import UpdatePage
from ...models.update_status_code import UpdateStatusCode
from ...types import UNSET, Response, Unset, parse_json_body


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = 10,
    status: UpdateStatusCode | Unset = UNSET,
    status_change_since: datetime.date | Unset = UNSET,
    value_change_since: datetime.date | Unset = UNSET,
    since: datetime.date | Unset = UNSET,
    last_n_days: int | Unset = UNSET,
    supplier_name: str | Unset = UNSET,
    group_name: UpdateGroupName | Unset = UNSET,
    vendor_num: str | Unset = UNSET,
    site_code: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    json_status: int | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_status_change_since: str | Unset = UNSET
    if not isinstance(status_change_since, Unset):
        json_status_change_since = status_change_since.isoformat()
    params["status_change_since"] = json_status_change_since

    json_value_change_since: str | Unset = UNSET
    if not isinstance(value_change_since, Unset):
        json_value_change_since = value_change_since.isoformat()
    params["value_change_since"] = json_value_change_since

    json_since: str | Unset = UNSET
    if not isinstance(since, Unset):
        json_since = since.isoformat()
    params["since"] = json_since

    params["last_n_days"] = last_n_days

    params["supplier_name"] = supplier_name

    json_group_name: str | Unset = UNSET
    if not isinstance(group_name, Unset):
        json_group_name = group_name.value

    params["group_name"] = json_group_name

    params["vendor_num"] = vendor_num

    params["site_code"] = site_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/updates/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BadRequestError | Error | UpdatePage | str | None:
    if response.status_code == 200:
        response_200 = parse_json_body(UpdatePage.from_dict, response.content)
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
) -> Response[Any | BadRequestError | Error | UpdatePage | str]:
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
    status: UpdateStatusCode | Unset = UNSET,
    status_change_since: datetime.date | Unset = UNSET,
    value_change_since: datetime.date | Unset = UNSET,
    since: datetime.date | Unset = UNSET,
    last_n_days: int | Unset = UNSET,
    supplier_name: str | Unset = UNSET,
    group_name: UpdateGroupName | Unset = UNSET,
    vendor_num: str | Unset = UNSET,
    site_code: str | Unset = UNSET,
) -> Response[Any | BadRequestError | Error | UpdatePage | str]:
    """List vendor updates

     Returns one page of vendor updates that satisfy all the given filters (the set may be
    empty). The user must be authorized to *View Vendor Company Updates*; depending on
    the kind of update *View Vendor Sanction List Reports*, *View Tax ID Unmasked*,
    *View Vendor Payment Details* and *View Vendor Profiles* are needed as well.

    Example: `GET /api/updates/?status=1&per_page=20` returns approved updates, twenty
    per page.

    Args:
        page (int | Unset): Page number, starting at 1.
        per_page (int | Unset): Results per page (default 10, at most 1000). Default: 10.
        status (UpdateStatusCode | Unset): Vendor update status: 0 Pending, 1 Approved, 2
            Rejected, 3 Processed, 4 Promoted (handled as a registration).
        status_change_since (datetime.date | Unset): Only updates whose status changed on or after
            this date.
        value_change_since (datetime.date | Unset): Only updates whose values changed on or after
            this date.
        since (datetime.date | Unset): Only updates submitted on or after this date.
        last_n_days (int | Unset): Only updates added during the last N days.
        supplier_name (str | Unset): Supplier name or prefix, case-insensitive.
        group_name (UpdateGroupName | Unset): Group of vendor fields an update belongs to.
        vendor_num (str | Unset): ERP vendor number the updates are connected to.
        site_code (str | Unset): ERP site code the updates are connected to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BadRequestError | Error | UpdatePage | str]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        status=status,
        status_change_since=status_change_since,
        value_change_since=value_change_since,
        since=since,
        last_n_days=last_n_days,
        supplier_name=supplier_name,
        group_name=group_name,
        vendor_num=vendor_num,
        site_code=site_code,
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
    status: UpdateStatusCode | Unset = UNSET,
    status_change_since: datetime.date | Unset = UNSET,
    value_change_since: datetime.date | Unset = UNSET,
    since: datetime.date | Unset = UNSET,
    last_n_days: int | Unset = UNSET,
    supplier_name: str | Unset = UNSET,
    group_name: UpdateGroupName | Unset = UNSET,
    vendor_num: str | Unset = UNSET,
    site_code: str | Unset = UNSET,
) -> Any | BadRequestError | Error | UpdatePage | str | None:
    """List vendor updates

     Returns one page of vendor updates that satisfy all the given filters (the set may be
    empty). The user must be authorized to *View Vendor Company Updates*; depending on
    the kind of update *View Vendor Sanction List Reports*, *View Tax ID Unmasked*,
    *View Vendor Payment Details* and *View Vendor Profiles* are needed as well.

    Example: `GET /api/updates/?status=1&per_page=20` returns approved updates, twenty
    per page.

    Args:
        page (int | Unset): Page number, starting at 1.
        per_page (int | Unset): Results per page (default 10, at most 1000). Default: 10.
        status (UpdateStatusCode | Unset): Vendor update status: 0 Pending, 1 Approved, 2
            Rejected, 3 Processed, 4 Promoted (handled as a registration).
        status_change_since (datetime.date | Unset): Only updates whose status changed on or after
            this date.
        value_change_since (datetime.date | Unset): Only updates whose values changed on or after
            this date.
        since (datetime.date | Unset): Only updates submitted on or after this date.
        last_n_days (int | Unset): Only updates added during the last N days.
        supplier_name (str | Unset): Supplier name or prefix, case-insensitive.
        group_name (UpdateGroupName | Unset): Group of vendor fields an update belongs to.
        vendor_num (str | Unset): ERP vendor number the updates are connected to.
        site_code (str | Unset): ERP site code the updates are connected to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BadRequestError | Error | UpdatePage | str
    """

    return sync_detailed(
        client=client,
        page=page,
        per_page=per_page,
        status=status,
        status_change_since=status_change_since,
        value_change_since=value_change_since,
        since=since,
        last_n_days=last_n_days,
        supplier_name=supplier_name,
        group_name=group_name,
        vendor_num=vendor_num,
        site_code=site_code,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = 10,
    status: UpdateStatusCode | Unset = UNSET,
    status_change_since: datetime.date | Unset = UNSET,
    value_change_since: datetime.date | Unset = UNSET,
    since: datetime.date | Unset = UNSET,
    last_n_days: int | Unset = UNSET,
    supplier_name: str | Unset = UNSET,
    group_name: UpdateGroupName | Unset = UNSET,
    vendor_num: str | Unset = UNSET,
    site_code: str | Unset = UNSET,
) -> Response[Any | BadRequestError | Error | UpdatePage | str]:
    """List vendor updates

     Returns one page of vendor updates that satisfy all the given filters (the set may be
    empty). The user must be authorized to *View Vendor Company Updates*; depending on
    the kind of update *View Vendor Sanction List Reports*, *View Tax ID Unmasked*,
    *View Vendor Payment Details* and *View Vendor Profiles* are needed as well.

    Example: `GET /api/updates/?status=1&per_page=20` returns approved updates, twenty
    per page.

    Args:
        page (int | Unset): Page number, starting at 1.
        per_page (int | Unset): Results per page (default 10, at most 1000). Default: 10.
        status (UpdateStatusCode | Unset): Vendor update status: 0 Pending, 1 Approved, 2
            Rejected, 3 Processed, 4 Promoted (handled as a registration).
        status_change_since (datetime.date | Unset): Only updates whose status changed on or after
            this date.
        value_change_since (datetime.date | Unset): Only updates whose values changed on or after
            this date.
        since (datetime.date | Unset): Only updates submitted on or after this date.
        last_n_days (int | Unset): Only updates added during the last N days.
        supplier_name (str | Unset): Supplier name or prefix, case-insensitive.
        group_name (UpdateGroupName | Unset): Group of vendor fields an update belongs to.
        vendor_num (str | Unset): ERP vendor number the updates are connected to.
        site_code (str | Unset): ERP site code the updates are connected to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BadRequestError | Error | UpdatePage | str]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        status=status,
        status_change_since=status_change_since,
        value_change_since=value_change_since,
        since=since,
        last_n_days=last_n_days,
        supplier_name=supplier_name,
        group_name=group_name,
        vendor_num=vendor_num,
        site_code=site_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = 10,
    status: UpdateStatusCode | Unset = UNSET,
    status_change_since: datetime.date | Unset = UNSET,
    value_change_since: datetime.date | Unset = UNSET,
    since: datetime.date | Unset = UNSET,
    last_n_days: int | Unset = UNSET,
    supplier_name: str | Unset = UNSET,
    group_name: UpdateGroupName | Unset = UNSET,
    vendor_num: str | Unset = UNSET,
    site_code: str | Unset = UNSET,
) -> Any | BadRequestError | Error | UpdatePage | str | None:
    """List vendor updates

     Returns one page of vendor updates that satisfy all the given filters (the set may be
    empty). The user must be authorized to *View Vendor Company Updates*; depending on
    the kind of update *View Vendor Sanction List Reports*, *View Tax ID Unmasked*,
    *View Vendor Payment Details* and *View Vendor Profiles* are needed as well.

    Example: `GET /api/updates/?status=1&per_page=20` returns approved updates, twenty
    per page.

    Args:
        page (int | Unset): Page number, starting at 1.
        per_page (int | Unset): Results per page (default 10, at most 1000). Default: 10.
        status (UpdateStatusCode | Unset): Vendor update status: 0 Pending, 1 Approved, 2
            Rejected, 3 Processed, 4 Promoted (handled as a registration).
        status_change_since (datetime.date | Unset): Only updates whose status changed on or after
            this date.
        value_change_since (datetime.date | Unset): Only updates whose values changed on or after
            this date.
        since (datetime.date | Unset): Only updates submitted on or after this date.
        last_n_days (int | Unset): Only updates added during the last N days.
        supplier_name (str | Unset): Supplier name or prefix, case-insensitive.
        group_name (UpdateGroupName | Unset): Group of vendor fields an update belongs to.
        vendor_num (str | Unset): ERP vendor number the updates are connected to.
        site_code (str | Unset): ERP site code the updates are connected to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BadRequestError | Error | UpdatePage | str
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
            status=status,
            status_change_since=status_change_since,
            value_change_since=value_change_since,
            since=since,
            last_n_days=last_n_days,
            supplier_name=supplier_name,
            group_name=group_name,
            vendor_num=vendor_num,
            site_code=site_code,
        )
    ).parsed
