from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.created_id import CreatedId
from ...models.error import Error
from ...models.supplier_create import SupplierCreate
from ...types import Response, parse_json_body


def _get_kwargs(
    *,
    body: SupplierCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/suppliers",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CreatedId | Error | None:
    if response.status_code == 200:
        response_200 = parse_json_body(CreatedId.from_dict, response.content)
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CreatedId | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SupplierCreate,
) -> Response[CreatedId | Error]:
    """Create a supplier

     Adds a supplier to the company. `name` and `asset` (the supplier's main domain) are
    required; contacts, business impact, business information answers, evaluation type,
    portfolios, a questionnaire template, relationships and tags may be set at creation.

    Args:
        body (SupplierCreate): Body of createSupplier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedId | Error]
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
    body: SupplierCreate,
) -> CreatedId | Error | None:
    """Create a supplier

     Adds a supplier to the company. `name` and `asset` (the supplier's main domain) are
    required; contacts, business impact, business information answers, evaluation type,
    portfolios, a questionnaire template, relationships and tags may be set at creation.

    Args:
        body (SupplierCreate): Body of createSupplier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedId | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SupplierCreate,
) -> Response[CreatedId | Error]:
    """Create a supplier

     Adds a supplier to the company. `name` and `asset` (the supplier's main domain) are
    required; contacts, business impact, business information answers, evaluation type,
    portfolios, a questionnaire template, relationships and tags may be set at creation.

    Args:
        body (SupplierCreate): Body of createSupplier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedId | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SupplierCreate,
) -> CreatedId | Error | None:
    """Create a supplier

     Adds a supplier to the company. `name` and `asset` (the supplier's main domain) are
    required; contacts, business impact, business information answers, evaluation type,
    portfolios, a questionnaire template, relationships and tags may be set at creation.

    Args:
        body (SupplierCreate): Body of createSupplier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedId | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
