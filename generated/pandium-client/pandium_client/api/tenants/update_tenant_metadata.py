from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.http_validation_error import HTTPValidationError
from ...models.tenant_metadata import TenantMetadata
from ...models.tenant_metadata_update import TenantMetadataUpdate
from ...types import Response, parse_json_body


def _get_kwargs(
    tenant_id: int,
    *,
    body: TenantMetadataUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/tenants/{tenant_id}/metadata".format(
            tenant_id=quote(str(tenant_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | HTTPValidationError | TenantMetadata | None:
    if response.status_code == 200:
        response_200 = parse_json_body(TenantMetadata.from_dict, response.content)
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
) -> Response[ErrorMessage | HTTPValidationError | TenantMetadata]:
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
    body: TenantMetadataUpdate,
) -> Response[ErrorMessage | HTTPValidationError | TenantMetadata]:
    """Patch Tenant Metadata

     Update the metadata stored for a tenant. The body holds the metadata keys to set; values
    are validated against the tenant's integration release metadata schema.

    Args:
        tenant_id (int):
        body (TenantMetadataUpdate): Metadata keys to set on a tenant; validated against the
            integration release's metadata schema.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | HTTPValidationError | TenantMetadata]
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
    body: TenantMetadataUpdate,
) -> ErrorMessage | HTTPValidationError | TenantMetadata | None:
    """Patch Tenant Metadata

     Update the metadata stored for a tenant. The body holds the metadata keys to set; values
    are validated against the tenant's integration release metadata schema.

    Args:
        tenant_id (int):
        body (TenantMetadataUpdate): Metadata keys to set on a tenant; validated against the
            integration release's metadata schema.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | HTTPValidationError | TenantMetadata
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
    body: TenantMetadataUpdate,
) -> Response[ErrorMessage | HTTPValidationError | TenantMetadata]:
    """Patch Tenant Metadata

     Update the metadata stored for a tenant. The body holds the metadata keys to set; values
    are validated against the tenant's integration release metadata schema.

    Args:
        tenant_id (int):
        body (TenantMetadataUpdate): Metadata keys to set on a tenant; validated against the
            integration release's metadata schema.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | HTTPValidationError | TenantMetadata]
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
    body: TenantMetadataUpdate,
) -> ErrorMessage | HTTPValidationError | TenantMetadata | None:
    """Patch Tenant Metadata

     Update the metadata stored for a tenant. The body holds the metadata keys to set; values
    are validated against the tenant's integration release metadata schema.

    Args:
        tenant_id (int):
        body (TenantMetadataUpdate): Metadata keys to set on a tenant; validated against the
            integration release's metadata schema.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | HTTPValidationError | TenantMetadata
    """

    return (
        await asyncio_detailed(
            tenant_id=tenant_id,
            client=client,
            body=body,
        )
    ).parsed
