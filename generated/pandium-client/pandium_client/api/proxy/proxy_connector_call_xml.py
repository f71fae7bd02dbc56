from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.http_validation_error import HTTPValidationError
from ...models.proxy_response import ProxyResponse
from ...models.proxy_xml_request import ProxyXmlRequest
from ...types import Response, parse_json_body


def _get_kwargs(
    tenant_id: int,
    connector_name: str,
    *,
    body: ProxyXmlRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/tenants/{tenant_id}/connectors/{connector_name}/xml".format(
            tenant_id=quote(str(tenant_id), safe=""),
            connector_name=quote(str(connector_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | HTTPValidationError | ProxyResponse | None:
    if response.status_code == 200:
        response_200 = parse_json_body(ProxyResponse.from_dict, response.content)
        return response_200

    if response.status_code == 400:
        response_400 = parse_json_body(ErrorMessage.from_dict, response.content)
        return response_400

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
) -> Response[ErrorMessage | HTTPValidationError | ProxyResponse]:
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
    body: ProxyXmlRequest,
) -> Response[ErrorMessage | HTTPValidationError | ProxyResponse]:
    """Proxy Connector Call Xml

     Proxy a synchronous call to an XML endpoint of an external API, authenticated with the
    tenant's credentials for `connector_name`. `data` holds the XML payload; authentication
    is handled by Pandium and need not be included.

    `400` reports an internal (Pandium) error; errors of the external service come back with
    the external service's status code (documented for `404`).

    Args:
        tenant_id (int):
        connector_name (str):
        body (ProxyXmlRequest): The XML call Pandium should make with the tenant's connector
            credentials.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | HTTPValidationError | ProxyResponse]
    """

    kwargs = _get_kwargs(
        tenant_id=tenant_id,
        connector_name=connector_name,
        body=body,
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
    body: ProxyXmlRequest,
) -> ErrorMessage | HTTPValidationError | ProxyResponse | None:
    """Proxy Connector Call Xml

     Proxy a synchronous call to an XML endpoint of an external API, authenticated with the
    tenant's credentials for `connector_name`. `data` holds the XML payload; authentication
    is handled by Pandium and need not be included.

    `400` reports an internal (Pandium) error; errors of the external service come back with
    the external service's status code (documented for `404`).

    Args:
        tenant_id (int):
        connector_name (str):
        body (ProxyXmlRequest): The XML call Pandium should make with the tenant's connector
            credentials.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | HTTPValidationError | ProxyResponse
    """

    return sync_detailed(
        tenant_id=tenant_id,
        connector_name=connector_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    tenant_id: int,
    connector_name: str,
    *,
    client: AuthenticatedClient,
    body: ProxyXmlRequest,
) -> Response[ErrorMessage | HTTPValidationError | ProxyResponse]:
    """Proxy Connector Call Xml

     Proxy a synchronous call to an XML endpoint of an external API, authenticated with the
    tenant's credentials for `connector_name`. `data` holds the XML payload; authentication
    is handled by Pandium and need not be included.

    `400` reports an internal (Pandium) error; errors of the external service come back with
    the external service's status code (documented for `404`).

    Args:
        tenant_id (int):
        connector_name (str):
        body (ProxyXmlRequest): The XML call Pandium should make with the tenant's connector
            credentials.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | HTTPValidationError | ProxyResponse]
    """

    kwargs = _get_kwargs(
        tenant_id=tenant_id,
        connector_name=connector_name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant_id: int,
    connector_name: str,
    *,
    client: AuthenticatedClient,
    body: ProxyXmlRequest,
) -> ErrorMessage | HTTPValidationError | ProxyResponse | None:
    """Proxy Connector Call Xml

     Proxy a synchronous call to an XML endpoint of an external API, authenticated with the
    tenant's credentials for `connector_name`. `data` holds the XML payload; authentication
    is handled by Pandium and need not be included.

    `400` reports an internal (Pandium) error; errors of the external service come back with
    the external service's status code (documented for `404`).

    Args:
        tenant_id (int):
        connector_name (str):
        body (ProxyXmlRequest): The XML call Pandium should make with the tenant's connector
            credentials.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | HTTPValidationError | ProxyResponse
    """

    return (
        await asyncio_detailed(
            tenant_id=tenant_id,
            connector_name=connector_name,
            client=client,
            body=body,
        )
    ).parsed
