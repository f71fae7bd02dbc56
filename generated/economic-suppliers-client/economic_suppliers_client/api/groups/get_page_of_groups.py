from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.group import Group
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset, build_list, json_loads, parse_json_body


def _get_kwargs(
    *,
    filter_: str | Unset = UNSET,
    page_size: int | Unset = 20,
    skip_pages: int | Unset = 0,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["Filter"] = filter_

    params["PageSize"] = page_size

    params["SkipPages"] = skip_pages

    params["Sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/Groups/paged",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetails | list[Group] | None:
    if response.status_code == 200:
        response_200 = build_list(Group.from_dict, json_loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = parse_json_body(ProblemDetails.from_dict, response.content)
        return response_400

    if response.status_code == 401:
        response_401 = parse_json_body(ProblemDetails.from_dict, response.content)
        return response_401

    if response.status_code == 403:
        response_403 = parse_json_body(ProblemDetails.from_dict, response.content)
        return response_403

    if response.status_code == 500:
        response_500 = parse_json_body(ProblemDetails.from_dict, response.content)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProblemDetails | list[Group]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    filter_: str | Unset = UNSET,
    page_size: int | Unset = 20,
    skip_pages: int | Unset = 0,
    sort: str | Unset = UNSET,
) -> Response[ProblemDetails | list[Group]]:
    """Retrieve a page of Groups

     Use this endpoint to load a page of supplier Groups (classic pagination). `PageSize` (1..100,
    default 20) sets the page size and `SkipPages` (0..100, default 0) the number of pages to skip;
    `Sort` orders by `x-sortable` properties. The answer is a bare JSON array.

    Args:
        filter_ (str | Unset): Filter expression, e.g. `name$like:domestic`; only the Group
            schema's `x-filterable` properties and operators.
        page_size (int | Unset): Page size for classic pagination (1..100). Default: 20.
        skip_pages (int | Unset): Number of pages to skip for classic pagination (0..100).
            Default: 0.
        sort (str | Unset): Comma-separated sort properties; `-` descending, `~` alphabetical;
            only `x-sortable` ones.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | list[Group]]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        page_size=page_size,
        skip_pages=skip_pages,
        sort=sort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    filter_: str | Unset = UNSET,
    page_size: int | Unset = 20,
    skip_pages: int | Unset = 0,
    sort: str | Unset = UNSET,
) -> ProblemDetails | list[Group] | None:
    """Retrieve a page of Groups

     Use this endpoint to load a page of supplier Groups (classic pagination). `PageSize` (1..100,
    default 20) sets the page size and `SkipPages` (0..100, default 0) the number of pages to skip;
    `Sort` orders by `x-sortable` properties. The answer is a bare JSON array.

    Args:
        filter_ (str | Unset): Filter expression, e.g. `name$like:domestic`; only the Group
            schema's `x-filterable` properties and operators.
        page_size (int | Unset): Page size for classic pagination (1..100). Default: 20.
        skip_pages (int | Unset): Number of pages to skip for classic pagination (0..100).
            Default: 0.
        sort (str | Unset): Comma-separated sort properties; `-` descending, `~` alphabetical;
            only `x-sortable` ones.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | list[Group]
    """

    return sync_detailed(
        client=client,
        filter_=filter_,
        page_size=page_size,
        skip_pages=skip_pages,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    filter_: str | Unset = UNSET,
    page_size: int | Unset = 20,
    skip_pages: int | Unset = 0,
    sort: str | Unset = UNSET,
) -> Response[ProblemDetails | list[Group]]:
    """Retrieve a page of Groups

     Use this endpoint to load a page of supplier Groups (classic pagination). `PageSize` (1..100,
    default 20) sets the page size and `SkipPages` (0..100, default 0) the number of pages to skip;
    `Sort` orders by `x-sortable` properties. The answer is a bare JSON array.

    Args:
        filter_ (str | Unset): Filter expression, e.g. `name$like:domestic`; only the Group
            schema's `x-filterable` properties and operators.
        page_size (int | Unset): Page size for classic pagination (1..100). Default: 20.
        skip_pages (int | Unset): Number of pages to skip for classic pagination (0..100).
            Default: 0.
        sort (str | Unset): Comma-separated sort properties; `-` descending, `~` alphabetical;
            only `x-sortable` ones.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | list[Group]]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        page_size=page_size,
        skip_pages=skip_pages,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    filter_: str | Unset = UNSET,
    page_size: int | Unset = 20,
    skip_pages: int | Unset = 0,
    sort: str | Unset = UNSET,
) -> ProblemDetails | list[Group] | None:
    """Retrieve a page of Groups

     Use this endpoint to load a page of supplier Groups (classic pagination). `PageSize` (1..100,
    default 20) sets the page size and `SkipPages` (0..100, default 0) the number of pages to skip;
    `Sort` orders by `x-sortable` properties. The answer is a bare JSON array.

    Args:
        filter_ (str | Unset): Filter expression, e.g. `name$like:domestic`; only the Group
            schema's `x-filterable` properties and operators.
        page_size (int | Unset): Page size for classic pagination (1..100). Default: 20.
        skip_pages (int | Unset): Number of pages to skip for classic pagination (0..100).
            Default: 0.
        sort (str | Unset): Comma-separated sort properties; `-` descending, `~` alphabetical;
            only `x-sortable` ones.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | list[Group]
    """

    return (
        await asyncio_detailed(
            client=client,
            filter_=filter_,
            page_size=page_size,
            skip_pages=skip_pages,
            sort=sort,
        )
    ).parsed
