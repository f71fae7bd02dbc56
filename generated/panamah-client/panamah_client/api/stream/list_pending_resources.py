from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.pending_resources import PendingResources
from ...types import UNSET, Response, Unset, parse_json_body


def _get_kwargs(
    *,
    start: int | Unset = 0,
    count: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start"] = start

    params["count"] = count

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/stream/pending-resources",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PendingResources | None:
    if response.status_code == 200:
        response_200 = parse_json_body(PendingResources.from_dict, response.content)
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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | PendingResources]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    start: int | Unset = 0,
    count: int | Unset = 100,
) -> Response[Error | PendingResources]:
    """List pending resources

     Lists records that Panamah still needs and has not yet processed successfully, grouped by
    subscriber and by model (`tipo`); today only products (PRODUTO) are reported. Sales can
    reference products that have not arrived yet, so clients should call this periodically
    and (re)send the listed records.

    Paginate with `start` (offset) and `count` (limit): advance `start` by `count` until an
    empty object comes back.

    Args:
        start (int | Unset):  Default: 0.
        count (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PendingResources]
    """

    kwargs = _get_kwargs(
        start=start,
        count=count,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    start: int | Unset = 0,
    count: int | Unset = 100,
) -> Error | PendingResources | None:
    """List pending resources

     Lists records that Panamah still needs and has not yet processed successfully, grouped by
    subscriber and by model (`tipo`); today only products (PRODUTO) are reported. Sales can
    reference products that have not arrived yet, so clients should call this periodically
    and (re)send the listed records.

    Paginate with `start` (offset) and `count` (limit): advance `start` by `count` until an
    empty object comes back.

    Args:
        start (int | Unset):  Default: 0.
        count (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PendingResources
    """

    return sync_detailed(
        client=client,
        start=start,
        count=count,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    start: int | Unset = 0,
    count: int | Unset = 100,
) -> Response[Error | PendingResources]:
    """List pending resources

     Lists records that Panamah still needs and has not yet processed successfully, grouped by
    subscriber and by model (`tipo`); today only products (PRODUTO) are reported. Sales can
    reference products that have not arrived yet, so clients should call this periodically
    and (re)send the listed records.

    Paginate with `start` (offset) and `count` (limit): advance `start` by `count` until an
    empty object comes back.

    Args:
        start (int | Unset):  Default: 0.
        count (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PendingResources]
    """

    kwargs = _get_kwargs(
        start=start,
        count=count,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    start: int | Unset = 0,
    count: int | Unset = 100,
) -> Error | PendingResources | None:
    """List pending resources

     Lists records that Panamah still needs and has not yet processed successfully, grouped by
    subscriber and by model (`tipo`); today only products (PRODUTO) are reported. Sales can
    reference products that have not arrived yet, so clients should call this periodically
    and (re)send the listed records.

    Paginate with `start` (offset) and `count` (limit): advance `start` by `count` until an
    empty object comes back.

    Args:
        start (int | Unset):  Default: 0.
        count (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PendingResources
    """

    return (
        await asyncio_detailed(
            client=client,
            start=start,
            count=count,
        )
    ).parsed
