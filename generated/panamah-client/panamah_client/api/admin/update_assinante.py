from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assinante_record import AssinanteRecord
from ...models.assinante_update_request import AssinanteUpdateRequest
from ...models.error import Error
from ...types import Response, parse_json_body


def _get_kwargs(
    id: str,
    *,
    body: AssinanteUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/admin/assinantes/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssinanteRecord | Error | None:
    if response.status_code == 200:
        response_200 = parse_json_body(AssinanteRecord.from_dict, response.content)
        return response_200

    if response.status_code == 401:
        response_401 = parse_json_body(Error.from_dict, response.content)
        return response_401

    if response.status_code == 403:
        response_403 = parse_json_body(Error.from_dict, response.content)
        return response_403

    if response.status_code == 404:
        response_404 = parse_json_body(Error.from_dict, response.content)
        return response_404

    if response.status_code == 422:
        response_422 = parse_json_body(Error.from_dict, response.content)
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AssinanteRecord | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: AssinanteUpdateRequest,
) -> Response[AssinanteRecord | Error]:
    """Update a subscriber

     Replaces the subscriber's data and answers the updated subscriber. Send the full record (typically
    the body of getAssinante with the changes applied); `id` in the body must be the id in the path.

    Args:
        id (str):
        body (AssinanteUpdateRequest): Body of updateAssinante: the full subscriber record.
            `creatorHost`, `creatorSDKIdentity` and `planoUso` are set by Panamah; send them back as
            read, or leave them out.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssinanteRecord | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    body: AssinanteUpdateRequest,
) -> AssinanteRecord | Error | None:
    """Update a subscriber

     Replaces the subscriber's data and answers the updated subscriber. Send the full record (typically
    the body of getAssinante with the changes applied); `id` in the body must be the id in the path.

    Args:
        id (str):
        body (AssinanteUpdateRequest): Body of updateAssinante: the full subscriber record.
            `creatorHost`, `creatorSDKIdentity` and `planoUso` are set by Panamah; send them back as
            read, or leave them out.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssinanteRecord | Error
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: AssinanteUpdateRequest,
) -> Response[AssinanteRecord | Error]:
    """Update a subscriber

     Replaces the subscriber's data and answers the updated subscriber. Send the full record (typically
    the body of getAssinante with the changes applied); `id` in the body must be the id in the path.

    Args:
        id (str):
        body (AssinanteUpdateRequest): Body of updateAssinante: the full subscriber record.
            `creatorHost`, `creatorSDKIdentity` and `planoUso` are set by Panamah; send them back as
            read, or leave them out.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssinanteRecord | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    body: AssinanteUpdateRequest,
) -> AssinanteRecord | Error | None:
    """Update a subscriber

     Replaces the subscriber's data and answers the updated subscriber. Send the full record (typically
    the body of getAssinante with the changes applied); `id` in the body must be the id in the path.

    Args:
        id (str):
        body (AssinanteUpdateRequest): Body of updateAssinante: the full subscriber record.
            `creatorHost`, `creatorSDKIdentity` and `planoUso` are set by Panamah; send them back as
            read, or leave them out.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssinanteRecord | Error
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
