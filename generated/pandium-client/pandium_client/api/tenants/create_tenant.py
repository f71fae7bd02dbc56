from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.http_validation_error import HTTPValidationError
from ...models.tenant import Tenant
from ...models.tenant_create import TenantCreate
from ...types import Response, parse_json_body


def _get_kwargs(
    *,
    body: TenantCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/tenants",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | HTTPValidationError | Tenant | None:
    if response.status_code == 200:
        response_200 = parse_json_body(Tenant.from_dict, response.content)
        return response_200

    if response.status_code == 401:
        response_401 = parse_json_body(ErrorMessage.from_dict, response.content)
        return response_401

    if response.status_code == 422:
        response_422 = parse_json_body(HTTPValidationError.from_dict, response.content)
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorMessage | HTTPValidationError | Tenant]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: TenantCreate,
) -> Response[ErrorMessage | HTTPValidationError | Tenant]:
    """Create One

     Create a new, unconnected tenant. The tenant will be paused. If no schedule or release is
    provided, integration defaults will apply. Pass either `integration_release_id` or
    `integration_release_channel`, not both.

    Pandium answers `200` (not `201`) with the created tenant.

    Args:
        body (TenantCreate): Body of createTenant.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | HTTPValidationError | Tenant]
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
    body: TenantCreate,
) -> ErrorMessage | HTTPValidationError | Tenant | None:
    """Create One

     Create a new, unconnected tenant. The tenant will be paused. If no schedule or release is
    provided, integration defaults will apply. Pass either `integration_release_id` or
    `integration_release_channel`, not both.

    Pandium answers `200` (not `201`) with the created tenant.

    Args:
        body (TenantCreate): Body of createTenant.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | HTTPValidationError | Tenant
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TenantCreate,
) -> Response[ErrorMessage | HTTPValidationError | Tenant]:
    """Create One

     Create a new, unconnected tenant. The tenant will be paused. If no schedule or release is
    provided, integration defaults will apply. Pass either `integration_release_id` or
    `integration_release_channel`, not both.

    Pandium answers `200` (not `201`) with the created tenant.

    Args:
        body (TenantCreate): Body of createTenant.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | HTTPValidationError | Tenant]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TenantCreate,
) -> ErrorMessage | HTTPValidationError | Tenant | None:
    """Create One

     Create a new, unconnected tenant. The tenant will be paused. If no schedule or release is
    provided, integration defaults will apply. Pass either `integration_release_id` or
    `integration_release_channel`, not both.

    Pandium answers `200` (not `201`) with the created tenant.

    Args:
        body (TenantCreate): Body of createTenant.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | HTTPValidationError | Tenant
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
