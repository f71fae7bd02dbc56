from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.tag_page import TagPage
from ...types import UNSET, Response, Unset, parse_json_body


def _get_kwargs(
    *,
    limit: int | Unset = 100,
    next_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["next_token"] = next_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/tags",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | TagPage | None:
    if response.status_code == 200:
        response_200 = parse_json_body(TagPage.from_dict, response.content)
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | TagPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    next_token: str | Unset = UNSET,
) -> Response[Error | TagPage]:
    """List company tags

     Returns one page of the company's tags.

    Args:
        limit (int | Unset):  Default: 100.
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TagPage]
    """

    kwargs = _get_kwargs(
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
    limit: int | Unset = 100,
    next_token: str | Unset = UNSET,
) -> Error | TagPage | None:
    """List company tags

     Returns one page of the company's tags.

    Args:
        limit (int | Unset):  Default: 100.
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TagPage
    """

    return sync_detailed(
        client=client,
        limit=limit,
        next_token=next_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    next_token: str | Unset = UNSET,
) -> Response[Error | TagPage]:
    """List company tags

     Returns one page of the company's tags.

    Args:
        limit (int | Unset):  Default: 100.
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TagPage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        next_token=next_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    next_token: str | Unset = UNSET,
) -> Error | TagPage | None:
    """List company tags

     Returns one page of the company's tags.

    Args:
        limit (int | Unset):  Default: 100.
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TagPage
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            next_token=next_token,
        )
    ).parsed
