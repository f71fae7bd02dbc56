from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.file_field import FileField
from ...models.file_origin import FileOrigin
from ...models.file_page import FilePage
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset, parse_json_body


def _get_kwargs(
    supplier_id: str,
    *,
    limit: int | Unset = 200,
    sort_by: str | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    next_token: str | Unset = UNSET,
    origin: FileOrigin | Unset = UNSET,
    fields: list[FileField] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["sortBy"] = sort_by

    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = sort_direction.value

    params["sortDirection"] = json_sort_direction

    params["next_token"] = next_token

    json_origin: str | Unset = UNSET
    if not isinstance(origin, Unset):
        json_origin = origin.value

    params["origin"] = json_origin

    json_fields: list[str] | Unset = UNSET
    if not isinstance(fields, Unset):
        json_fields = []
        for fields_item_data in fields:
            fields_item = fields_item_data.value
            json_fields.append(fields_item)

    params["fields"] = json_fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/suppliers/{supplier_id}/files".format(
            supplier_id=quote(str(supplier_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | FilePage | None:
    if response.status_code == 200:
        response_200 = parse_json_body(FilePage.from_dict, response.content)
        return response_200

    if response.status_code == 400:
        response_400 = parse_json_body(Error.from_dict, response.content)
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

    if response.status_code == 429:
        response_429 = parse_json_body(Error.from_dict, response.content)
        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | FilePage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    supplier_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 200,
    sort_by: str | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    next_token: str | Unset = UNSET,
    origin: FileOrigin | Unset = UNSET,
    fields: list[FileField] | Unset = UNSET,
) -> Response[Error | FilePage]:
    """List a supplier's files

     The endpoint will retrieve all the files of a specific supplier, one page at a time.

    Args:
        supplier_id (str):
        limit (int | Unset):  Default: 200.
        sort_by (str | Unset):
        sort_direction (SortDirection | Unset): Sort direction. `ASC`, `asc` and `1` sort
            ascending; `DESC`, `desc` and `-1` sort descending (all sent as strings).
        next_token (str | Unset):
        origin (FileOrigin | Unset): Where a file comes from.
        fields (list[FileField] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FilePage]
    """

    kwargs = _get_kwargs(
        supplier_id=supplier_id,
        limit=limit,
        sort_by=sort_by,
        sort_direction=sort_direction,
        next_token=next_token,
        origin=origin,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    supplier_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 200,
    sort_by: str | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    next_token: str | Unset = UNSET,
    origin: FileOrigin | Unset = UNSET,
    fields: list[FileField] | Unset = UNSET,
) -> Error | FilePage | None:
    """List a supplier's files

     The endpoint will retrieve all the files of a specific supplier, one page at a time.

    Args:
        supplier_id (str):
        limit (int | Unset):  Default: 200.
        sort_by (str | Unset):
        sort_direction (SortDirection | Unset): Sort direction. `ASC`, `asc` and `1` sort
            ascending; `DESC`, `desc` and `-1` sort descending (all sent as strings).
        next_token (str | Unset):
        origin (FileOrigin | Unset): Where a file comes from.
        fields (list[FileField] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FilePage
    """

    return sync_detailed(
        supplier_id=supplier_id,
        client=client,
        limit=limit,
        sort_by=sort_by,
        sort_direction=sort_direction,
        next_token=next_token,
        origin=origin,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    supplier_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 200,
    sort_by: str | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    next_token: str | Unset = UNSET,
    origin: FileOrigin | Unset = UNSET,
    fields: list[FileField] | Unset = UNSET,
) -> Response[Error | FilePage]:
    """List a supplier's files

     The endpoint will retrieve all the files of a specific supplier, one page at a time.

    Args:
        supplier_id (str):
        limit (int | Unset):  Default: 200.
        sort_by (str | Unset):
        sort_direction (SortDirection | Unset): Sort direction. `ASC`, `asc` and `1` sort
            ascending; `DESC`, `desc` and `-1` sort descending (all sent as strings).
        next_token (str | Unset):
        origin (FileOrigin | Unset): Where a file comes from.
        fields (list[FileField] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FilePage]
    """

    kwargs = _get_kwargs(
        supplier_id=supplier_id,
        limit=limit,
        sort_by=sort_by,
        sort_direction=sort_direction,
        next_token=next_token,
        origin=origin,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    supplier_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 200,
    sort_by: str | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    next_token: str | Unset = UNSET,
    origin: FileOrigin | Unset = UNSET,
    fields: list[FileField] | Unset = UNSET,
) -> Error | FilePage | None:
    """List a supplier's files

     The endpoint will retrieve all the files of a specific supplier, one page at a time.

    Args:
        supplier_id (str):
        limit (int | Unset):  Default: 200.
        sort_by (str | Unset):
        sort_direction (SortDirection | Unset): Sort direction. `ASC`, `asc` and `1` sort
            ascending; `DESC`, `desc` and `-1` sort descending (all sent as strings).
        next_token (str | Unset):
        origin (FileOrigin | Unset): Where a file comes from.
        fields (list[FileField] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FilePage
    """

    return (
        await asyncio_detailed(
            supplier_id=supplier_id,
            client=client,
            limit=limit,
            sort_by=sort_by,
            sort_direction=sort_direction,
            next_token=next_token,
            origin=origin,
            fields=fields,
        )
    ).parsed
