from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.connector_disconnect_result import ConnectorDisconnectResult
from ...models.error_message import ErrorMessage
from ...models.http_validation_error import HTTPValidationError
from ...types import Response, parse_json_body


def _get_kwargs(
    tenant_id: int,
    connector_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/tenants/{tenant_id}/connectors/{connector_name}/disconnect".format(
            tenant_id=quote(str(tenant_id), safe=""),
            connector_name=quote(str(connector_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConnectorDisconnectResult | ErrorMessage | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = parse_json_body(ConnectorDisconnectResult.from_dict, response.content)
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
) -> Response[ConnectorDisconnectResult | ErrorMessage | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tenant_id: int,
    connector_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[ConnectorDisconnectResult | ErrorMessage | HTTPValidationError]:
    """Disconnect Tenant Connector

     Disconnect one of a tenant's connectors, removing the tenant's credentials for that
    connected system. `connector_name` must be one non-global connector of the tenant's
    integration. The request has no body.

    Args:
        tenant_id (int):
        connector_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectorDisconnectResult | ErrorMessage | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        tenant_id=tenant_id,
        connector_name=connector_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant_id: int,
    connector_name: str,
    *,
    client: AuthenticatedClient,
) -> ConnectorDisconnectResult | ErrorMessage | HTTPValidationError | None:
    """Disconnect Tenant Connector

     Disconnect one of a tenant's connectors, removing the tenant's credentials for that
    connected system. `connector_name` must be one non-global connector of the tenant's
    integration. The request has no body.

    Args:
        tenant_id (int):
        connector_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectorDisconnectResult | ErrorMessage | HTTPValidationError
    """

    return sync_detailed(
        tenant_id=tenant_id,
        connector_name=connector_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    tenant_id: int,
    connector_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[ConnectorDisconnectResult | ErrorMessage | HTTPValidationError]:
    """Disconnect Tenant Connector

     Disconnect one of a tenant's connectors, removing the tenant's credentials for that
    connected system. `connector_name` must be one non-global connector of the tenant's
    integration. The request has no body.

    Args:
        tenant_id (int):
        connector_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectorDisconnectResult | ErrorMessage | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        tenant_id=tenant_id,
        connector_name=connector_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant_id: int,
    connector_name: str,
    *,
    client: AuthenticatedClient,
) -> ConnectorDisconnectResult | ErrorMessage | HTTPValidationError | None:
    """Disconnect Tenant Connector

     Disconnect one of a tenant's connectors, removing the tenant's credentials for that
    connected system. `connector_name` must be one non-global connector of the tenant's
    integration. The request has no body.

    Args:
        tenant_id (int):
        connector_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectorDisconnectResult | ErrorMessage | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            tenant_id=tenant_id,
            connector_name=connector_name,
            client=client,
        )
    ).parsed
