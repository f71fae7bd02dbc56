from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.created_id import CreatedId
from ...models.custom_factor_create import CustomFactorCreate
from ...models.error import Error
from ...types import Response, parse_json_body


def _get_kwargs(
    supplier_id: str,
    *,
    body: CustomFactorCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/suppliers/{supplier_id}/custom-factors".format(
            supplier_id=quote(str(supplier_id), safe=""),
        ),
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
    supplier_id: str,
    *,
    client: AuthenticatedClient,
    body: CustomFactorCreate,
) -> Response[CreatedId | Error]:
    """Add a custom factor to a supplier

     Adds a company-defined risk factor (finding) to the supplier's assessment.

    Args:
        supplier_id (str):
        body (CustomFactorCreate): Body of createSupplierCustomFactor (inferred shape).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedId | Error]
    """

    kwargs = _get_kwargs(
        supplier_id=supplier_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    supplier_id: str,
    *,
    client: AuthenticatedClient,
    body: CustomFactorCreate,
) -> CreatedId | Error | None:
    """Add a custom factor to a supplier

     Adds a company-defined risk factor (finding) to the supplier's assessment.

    Args:
        supplier_id (str):
        body (CustomFactorCreate): Body of createSupplierCustomFactor (inferred shape).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedId | Error
    """

    return sync_detailed(
        supplier_id=supplier_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    supplier_id: str,
    *,
    client: AuthenticatedClient,
    body: CustomFactorCreate,
) -> Response[CreatedId | Error]:
    """Add a custom factor to a supplier

     Adds a company-defined risk factor (finding) to the supplier's assessment.

    Args:
        supplier_id (str):
        body (CustomFactorCreate): Body of createSupplierCustomFactor (inferred shape).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedId | Error]
    """

    kwargs = _get_kwargs(
        supplier_id=supplier_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    supplier_id: str,
    *,
    client: AuthenticatedClient,
    body: CustomFactorCreate,
) -> CreatedId | Error | None:
    """Add a custom factor to a supplier

     Adds a company-defined risk factor (finding) to the supplier's assessment.

    Args:
        supplier_id (str):
        body (CustomFactorCreate): Body of createSupplierCustomFactor (inferred shape).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedId | Error
    """

    return (
        await asyncio_detailed(
            supplier_id=supplier_id,
            client=client,
            body=body,
        )
    ).parsed
