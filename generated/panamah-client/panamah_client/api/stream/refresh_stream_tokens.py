from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.stream_tokens import StreamTokens
from ...types import Response, parse_json_body


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/stream/auth/refresh",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | StreamTokens | None:
    if response.status_code == 200:
        response_200 = parse_json_body(StreamTokens.from_dict, response.content)
        return response_200

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
) -> Response[Error | StreamTokens]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Error | StreamTokens]:
    """Refresh the stream tokens

     Answers a new access token and refresh token. The `Authorization` header carries the refresh token
    obtained from authenticateStream (or from the previous refresh). When the refresh is refused, start
    a new session with authenticateStream.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StreamTokens]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> Error | StreamTokens | None:
    """Refresh the stream tokens

     Answers a new access token and refresh token. The `Authorization` header carries the refresh token
    obtained from authenticateStream (or from the previous refresh). When the refresh is refused, start
    a new session with authenticateStream.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StreamTokens
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Error | StreamTokens]:
    """Refresh the stream tokens

     Answers a new access token and refresh token. The `Authorization` header carries the refresh token
    obtained from authenticateStream (or from the previous refresh). When the refresh is refused, start
    a new session with authenticateStream.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StreamTokens]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> Error | StreamTokens | None:
    """Refresh the stream tokens

     Answers a new access token and refresh token. The `Authorization` header carries the refresh token
    obtained from authenticateStream (or from the previous refresh). When the refresh is refused, start
    a new session with authenticateStream.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StreamTokens
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
