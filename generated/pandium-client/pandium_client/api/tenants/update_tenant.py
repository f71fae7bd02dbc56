from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.http_validation_error import HTTPValidationError
from ...models.tenant import Tenant
from ...models.tenant_patch import TenantPatch
from ...types import Response, parse_json_body


def _get_kwargs(
    tenant_id: int,
    *,
    body: TenantPatch,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/tenants/{tenant_id}".format(
            tenant_id=quote(str(tenant_id), safe=""),
        ),
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

    if response.status_code == 404:
        response_404 = parse_json_body(ErrorMessage.from_dict, response.content)
        return response_404

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
    tenant_id: int,
    *,
    client: AuthenticatedClient,
    body: TenantPatch,
) -> Response[ErrorMessage | HTTPValidationError | Tenant]:
    """Patch Tenant

     Update a tenant's name, configs, user_schedule, paused or archived status. Configs are
    validated against the tenant's current integration release and any dynamic configs.
    `user_schedule` is randomized to create the tenant's effective `schedule`.

    Args:
        tenant_id (int):
        body (TenantPatch): Body of updateTenant. Only the fields sent are changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | HTTPValidationError | Tenant]
    """

    kwargs = _get_kwargs(
        tenant_id=tenant_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant_id: int,
    *,
    client: AuthenticatedClient,
    body: TenantPatch,
) -> ErrorMessage | HTTPValidationError | Tenant | None:
    """Patch Tenant

     Update a tenant's name, configs, user_schedule, paused or archived status. Configs are
    validated against the tenant's current integration release and any dynamic configs.
    `user_schedule` is randomized to create the tenant's effective `schedule`.

    Args:
        tenant_id (int):
        body (TenantPatch): Body of updateTenant. Only the fields sent are changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | HTTPValidationError | Tenant
    """

    return sync_detailed(
        tenant_id=tenant_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    tenant_id: int,
    *,
    client: AuthenticatedClient,
    body: TenantPatch,
) -> Response[ErrorMessage | HTTPValidationError | Tenant]:
    """Patch Tenant

     Update a tenant's name, configs, user_schedule, paused or archived status. Configs are
    validated against the tenant's current integration release and any dynamic configs.
    `user_schedule` is randomized to create the tenant's effective `schedule`.

    Args:
        tenant_id (int):
        body (TenantPatch): Body of updateTenant. Only the fields sent are changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | HTTPValidationError | Tenant]
    """

    kwargs = _get_kwargs(
        tenant_id=tenant_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant_id: int,
    *,
    client: AuthenticatedClient,
    body: TenantPatch,
) -> ErrorMessage | HTTPValidationError | Tenant | None:
    """Patch Tenant

     Update a tenant's name, configs, user_schedule, paused or archived status. Configs are
    validated against the tenant's current integration release and any dynamic configs.
    `user_schedule` is randomized to create the tenant's effective `schedule`.

    Args:
        tenant_id (int):
        body (TenantPatch): Body of updateTenant. Only the fields sent are changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | HTTPValidationError | Tenant
    """

    return (
        await asyncio_detailed(
            tenant_id=tenant_id,
            client=client,
            body=body,
        )
    ).parsed
