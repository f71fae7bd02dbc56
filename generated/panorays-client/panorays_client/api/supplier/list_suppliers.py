from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.sort_direction import SortDirection
from ...models.supplier_page import SupplierPage
from ...models.supplier_sort_field import SupplierSortField
from ...types import UNSET, Response, Unset, parse_json_body


def _get_kwargs(
    *,
    fields: list[str] | Unset = UNSET,
    names: list[str] | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    assets: list[str] | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    segment_ids: list[str] | Unset = UNSET,
    sort_by: list[SupplierSortField] | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    limit: int | Unset = 100,
    next_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_fields: list[str] | Unset = UNSET
    if not isinstance(fields, Unset):
        json_fields = fields

    params["fields[]"] = json_fields

    json_names: list[str] | Unset = UNSET
    if not isinstance(names, Unset):
        json_names = names

    params["names[]"] = json_names

    json_ids: list[str] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids[]"] = json_ids

    json_assets: list[str] | Unset = UNSET
    if not isinstance(assets, Unset):
        json_assets = assets

    params["assets[]"] = json_assets

    json_tags: list[str] | Unset = UNSET
    if not isinstance(tags, Unset):
        json_tags = tags

    params["tags[]"] = json_tags

    json_segment_ids: list[str] | Unset = UNSET
    if not isinstance(segment_ids, Unset):
        json_segment_ids = segment_ids

    params["segment_ids[]"] = json_segment_ids

    json_sort_by: list[str] | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = []
        for sort_by_item_data in sort_by:
            sort_by_item = sort_by_item_data.value
            json_sort_by.append(sort_by_item)

    params["sortBy[]"] = json_sort_by

    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = sort_direction.value

    params["sortDirection"] = json_sort_direction

    params["limit"] = limit

    params["next_token"] = next_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/suppliers",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | SupplierPage | None:
    if response.status_code == 200:
        response_200 = parse_json_body(SupplierPage.from_dict, response.content)
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

    if response.status_code == 429:
        response_429 = parse_json_body(Error.from_dict, response.content)
        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | SupplierPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    fields: list[str] | Unset = UNSET,
    names: list[str] | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    assets: list[str] | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    segment_ids: list[str] | Unset = UNSET,
    sort_by: list[SupplierSortField] | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    limit: int | Unset = 100,
    next_token: str | Unset = UNSET,
) -> Response[Error | SupplierPage]:
    """List suppliers

     Returns one page of the company's suppliers, optionally filtered by name, id, asset,
    tag or segment and projected to selected fields. Follow `next` (as `next_token`) while
    `has_next` is true.

    Args:
        fields (list[str] | Unset):
        names (list[str] | Unset):
        ids (list[str] | Unset):
        assets (list[str] | Unset):
        tags (list[str] | Unset):
        segment_ids (list[str] | Unset):
        sort_by (list[SupplierSortField] | Unset):
        sort_direction (SortDirection | Unset): Sort direction. `ASC`, `asc` and `1` sort
            ascending; `DESC`, `desc` and `-1` sort descending (all sent as strings).
        limit (int | Unset):  Default: 100.
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SupplierPage]
    """

    kwargs = _get_kwargs(
        fields=fields,
        names=names,
        ids=ids,
        assets=assets,
        tags=tags,
        segment_ids=segment_ids,
        sort_by=sort_by,
        sort_direction=sort_direction,
        limit=limit,
        next_token=next_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    fields: list[str] | Unset = UNSET,
    names: list[str] | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    assets: list[str] | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    segment_ids: list[str] | Unset = UNSET,
    sort_by: list[SupplierSortField] | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    limit: int | Unset = 100,
    next_token: str | Unset = UNSET,
) -> Error | SupplierPage | None:
    """List suppliers

     Returns one page of the company's suppliers, optionally filtered by name, id, asset,
    tag or segment and projected to selected fields. Follow `next` (as `next_token`) while
    `has_next` is true.

    Args:
        fields (list[str] | Unset):
        names (list[str] | Unset):
        ids (list[str] | Unset):
        assets (list[str] | Unset):
        tags (list[str] | Unset):
        segment_ids (list[str] | Unset):
        sort_by (list[SupplierSortField] | Unset):
        sort_direction (SortDirection | Unset): Sort direction. `ASC`, `asc` and `1` sort
            ascending; `DESC`, `desc` and `-1` sort descending (all sent as strings).
        limit (int | Unset):  Default: 100.
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SupplierPage
    """

    return sync_detailed(
        client=client,
        fields=fields,
        names=names,
        ids=ids,
        assets=assets,
        tags=tags,
        segment_ids=segment_ids,
        sort_by=sort_by,
        sort_direction=sort_direction,
        limit=limit,
        next_token=next_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    fields: list[str] | Unset = UNSET,
    names: list[str] | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    assets: list[str] | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    segment_ids: list[str] | Unset = UNSET,
    sort_by: list[SupplierSortField] | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    limit: int | Unset = 100,
    next_token: str | Unset = UNSET,
) -> Response[Error | SupplierPage]:
    """List suppliers

     Returns one page of the company's suppliers, optionally filtered by name, id, asset,
    tag or segment and projected to selected fields. Follow `next` (as `next_token`) while
    `has_next` is true.

    Args:
        fields (list[str] | Unset):
        names (list[str] | Unset):
        ids (list[str] | Unset):
        assets (list[str] | Unset):
        tags (list[str] | Unset):
        segment_ids (list[str] | Unset):
        sort_by (list[SupplierSortField] | Unset):
        sort_direction (SortDirection | Unset): Sort direction. `ASC`, `asc` and `1` sort
            ascending; `DESC`, `desc` and `-1` sort descending (all sent as strings).
        limit (int | Unset):  Default: 100.
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SupplierPage]
    """

    kwargs = _get_kwargs(
        fields=fields,
        names=names,
        ids=ids,
        assets=assets,
        tags=tags,
        segment_ids=segment_ids,
        sort_by=sort_by,
        sort_direction=sort_direction,
        limit=limit,
        next_token=next_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    fields: list[str] | Unset = UNSET,
    names: list[str] | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    assets: list[str] | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    segment_ids: list[str] | Unset = UNSET,
    sort_by: list[SupplierSortField] | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    limit: int | Unset = 100,
    next_token: str | Unset = UNSET,
) -> Error | SupplierPage | None:
    """List suppliers

     Returns one page of the company's suppliers, optionally filtered by name, id, asset,
    tag or segment and projected to selected fields. Follow `next` (as `next_token`) while
    `has_next` is true.

    Args:
        fields (list[str] | Unset):
        names (list[str] | Unset):
        ids (list[str] | Unset):
        assets (list[str] | Unset):
        tags (list[str] | Unset):
        segment_ids (list[str] | Unset):
        sort_by (list[SupplierSortField] | Unset):
        sort_direction (SortDirection | Unset): Sort direction. `ASC`, `asc` and `1` sort
            ascending; `DESC`, `desc` and `-1` sort descending (all sent as strings).
        limit (int | Unset):  Default: 100.
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SupplierPage
    """

    return (
        await asyncio_detailed(
            client=client,
            fields=fields,
            names=names,
            ids=ids,
            assets=assets,
            tags=tags,
            segment_ids=segment_ids,
            sort_by=sort_by,
            sort_direction=sort_direction,
            limit=limit,
            next_token=next_token,
        )
    ).parsed
