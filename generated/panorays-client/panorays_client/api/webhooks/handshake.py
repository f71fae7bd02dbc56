from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.handshake_request import HandshakeRequest
from ...models.handshake_response import HandshakeResponse
from ...types import Response, parse_json_body


def _get_kwargs(
    *,
    body: HandshakeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/hooks/handshake",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | HandshakeResponse | None:
    if response.status_code == 200:
        response_200 = parse_json_body(HandshakeResponse.from_dict, response.content)
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
) -> Response[Error | HandshakeResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: HandshakeRequest,
) -> Response[Error | HandshakeResponse]:
    """Register your app for event hooks

     Registers the URL of your service. Panorays answers a secret unique to your service
    account (used to verify event signatures) and then POSTs `{"challenge": "<value>"}` to the
    URL over TLS; your service must answer 200 echoing the challenge (see the
    `handshakeChallenge` webhook).

    Args:
        body (HandshakeRequest): Body of the handshake call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | HandshakeResponse]
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
    body: HandshakeRequest,
) -> Error | HandshakeResponse | None:
    """Register your app for event hooks

     Registers the URL of your service. Panorays answers a secret unique to your service
    account (used to verify event signatures) and then POSTs `{"challenge": "<value>"}` to the
    URL over TLS; your service must answer 200 echoing the challenge (see the
    `handshakeChallenge` webhook).

    Args:
        body (HandshakeRequest): Body of the handshake call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | HandshakeResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: HandshakeRequest,
) -> Response[Error | HandshakeResponse]:
    """Register your app for event hooks

     Registers the URL of your service. Panorays answers a secret unique to your service
    account (used to verify event signatures) and then POSTs `{"challenge": "<value>"}` to the
    URL over TLS; your service must answer 200 echoing the challenge (see the
    `handshakeChallenge` webhook).

    Args:
        body (HandshakeRequest): Body of the handshake call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | HandshakeResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: HandshakeRequest,
) -> Error | HandshakeResponse | None:
    """Register your app for event hooks

     Registers the URL of your service. Panorays answers a secret unique to your service
    account (used to verify event signatures) and then POSTs `{"challenge": "<value>"}` to the
    URL over TLS; your service must answer 200 echoing the challenge (see the
    `handshakeChallenge` webhook).

    Args:
        body (HandshakeRequest): Body of the handshake call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | HandshakeResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
