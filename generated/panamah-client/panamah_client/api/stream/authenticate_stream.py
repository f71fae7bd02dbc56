from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.stream_auth_request import StreamAuthRequest
from ...models.stream_tokens import StreamTokens
from ...types import Response, parse_json_body


def _get_kwargs(
    *,
    body: StreamAuthRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/stream/auth",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | StreamTokens | None:
    if response.status_code == 200:
        response_200 = parse_json_body(StreamTokens.from_dict, response.content)
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
    body: StreamAuthRequest,
) -> Response[Error | StreamTokens]:
    """Start a stream session

     Trades the partner token and a key derived from the partner secret for a stream access
    token and refresh token.

    `key` is `base64(SHA1(secret + assinanteId + ts))`: the SHA-1 digest of the UTF-8
    concatenation, base64-encoded over the raw 20-byte digest (not its hex form), so always 28
    characters. `ts` is the current Unix time in seconds. `assinanteId` `*` opens a partner-wide
    session in which every stream operation names its own `assinanteId`.

    Answers 403 when the partner token, the key or the timestamp is not accepted.

    Args:
        body (StreamAuthRequest): Body of authenticateStream.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StreamTokens]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: StreamAuthRequest,
) -> Error | StreamTokens | None:
    """Start a stream session

     Trades the partner token and a key derived from the partner secret for a stream access
    token and refresh token.

    `key` is `base64(SHA1(secret + assinanteId + ts))`: the SHA-1 digest of the UTF-8
    concatenation, base64-encoded over the raw 20-byte digest (not its hex form), so always 28
    characters. `ts` is the current Unix time in seconds. `assinanteId` `*` opens a partner-wide
    session in which every stream operation names its own `assinanteId`.

    Answers 403 when the partner token, the key or the timestamp is not accepted.

    Args:
        body (StreamAuthRequest): Body of authenticateStream.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StreamTokens
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: StreamAuthRequest,
) -> Response[Error | StreamTokens]:
    """Start a stream session

     Trades the partner token and a key derived from the partner secret for a stream access
    token and refresh token.

    `key` is `base64(SHA1(secret + assinanteId + ts))`: the SHA-1 digest of the UTF-8
    concatenation, base64-encoded over the raw 20-byte digest (not its hex form), so always 28
    characters. `ts` is the current Unix time in seconds. `assinanteId` `*` opens a partner-wide
    session in which every stream operation names its own `assinanteId`.

    Answers 403 when the partner token, the key or the timestamp is not accepted.

    Args:
        body (StreamAuthRequest): Body of authenticateStream.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StreamTokens]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: StreamAuthRequest,
) -> Error | StreamTokens | None:
    """Start a stream session

     Trades the partner token and a key derived from the partner secret for a stream access
    token and refresh token.

    `key` is `base64(SHA1(secret + assinanteId + ts))`: the SHA-1 digest of the UTF-8
    concatenation, base64-encoded over the raw 20-byte digest (not its hex form), so always 28
    characters. `ts` is the current Unix time in seconds. `assinanteId` `*` opens a partner-wide
    session in which every stream operation names its own `assinanteId`.

    Answers 403 when the partner token, the key or the timestamp is not accepted.

    Args:
        body (StreamAuthRequest): Body of authenticateStream.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StreamTokens
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
