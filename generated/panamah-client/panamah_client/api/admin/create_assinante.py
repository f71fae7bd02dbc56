from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assinante_create_request import AssinanteCreateRequest
from ...models.assinante_record import AssinanteRecord
from ...models.error import Error
from ...types import Response, parse_json_body


def _get_kwargs(
    *,
    body: AssinanteCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/admin/assinantes",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssinanteRecord | Error | None:
    if response.status_code == 201:
        response_201 = parse_json_body(AssinanteRecord.from_dict, response.content)
        return response_201

    if response.status_code == 401:
        response_401 = parse_json_body(Error.from_dict, response.content)
        return response_401

    if response.status_code == 403:
        response_403 = parse_json_body(Error.from_dict, response.content)
        return response_403

    if response.status_code == 409:
        response_409 = parse_json_body(Error.from_dict, response.content)
        return response_409

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
    *,
    client: AuthenticatedClient,
    body: AssinanteCreateRequest,
) -> Response[AssinanteRecord | Error]:
    """Create a subscriber

     Registers a new subscriber (assinante) for the partner and answers the stored subscriber. `id`,
    `nome` and `fantasia` are required; `cnpj` and the other fields of the ASSINANTE model may be sent
    too. Answers 409 when a subscriber with this id already exists.

    Args:
        body (AssinanteCreateRequest): Body of createAssinante. `id`, `nome` and `fantasia` are
            required; `cnpj` and the other fields of the ASSINANTE model (see the `Assinante` schema)
            may be sent too, and are listed here as optional. Fields Panamah does not know are
            ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssinanteRecord | Error]
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
    body: AssinanteCreateRequest,
) -> AssinanteRecord | Error | None:
    """Create a subscriber

     Registers a new subscriber (assinante) for the partner and answers the stored subscriber. `id`,
    `nome` and `fantasia` are required; `cnpj` and the other fields of the ASSINANTE model may be sent
    too. Answers 409 when a subscriber with this id already exists.

    Args:
        body (AssinanteCreateRequest): Body of createAssinante. `id`, `nome` and `fantasia` are
            required; `cnpj` and the other fields of the ASSINANTE model (see the `Assinante` schema)
            may be sent too, and are listed here as optional. Fields Panamah does not know are
            ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssinanteRecord | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AssinanteCreateRequest,
) -> Response[AssinanteRecord | Error]:
    """Create a subscriber

     Registers a new subscriber (assinante) for the partner and answers the stored subscriber. `id`,
    `nome` and `fantasia` are required; `cnpj` and the other fields of the ASSINANTE model may be sent
    too. Answers 409 when a subscriber with this id already exists.

    Args:
        body (AssinanteCreateRequest): Body of createAssinante. `id`, `nome` and `fantasia` are
            required; `cnpj` and the other fields of the ASSINANTE model (see the `Assinante` schema)
            may be sent too, and are listed here as optional. Fields Panamah does not know are
            ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssinanteRecord | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AssinanteCreateRequest,
) -> AssinanteRecord | Error | None:
    """Create a subscriber

     Registers a new subscriber (assinante) for the partner and answers the stored subscriber. `id`,
    `nome` and `fantasia` are required; `cnpj` and the other fields of the ASSINANTE model may be sent
    too. Answers 409 when a subscriber with this id already exists.

    Args:
        body (AssinanteCreateRequest): Body of createAssinante. `id`, `nome` and `fantasia` are
            required; `cnpj` and the other fields of the ASSINANTE model (see the `Assinante` schema)
            may be sent too, and are listed here as optional. Fields Panamah does not know are
            ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssinanteRecord | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
