from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.http_validation_error import HTTPValidationError
from ...models.release import Release
from ...types import Response, parse_json_body


def _get_kwargs(
    integration_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/integrations/{integration_id}/releases/default".format(
            integration_id=quote(str(integration_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | HTTPValidationError | Release | None:
    if response.status_code == 200:
        response_200 = parse_json_body(Release.from_dict, response.content)
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
) -> Response[ErrorMessage | HTTPValidationError | Release]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    integration_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorMessage | HTTPValidationError | Release]:
    """Get Default Integration Release

     Get the default release for an integration (the release new tenants get unless told otherwise).

    Args:
        integration_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | HTTPValidationError | Release]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    integration_id: int,
    *,
    client: AuthenticatedClient,
) -> ErrorMessage | HTTPValidationError | Release | None:
    """Get Default Integration Release

     Get the default release for an integration (the release new tenants get unless told otherwise).

    Args:
        integration_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | HTTPValidationError | Release
    """

    return sync_detailed(
        integration_id=integration_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    integration_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorMessage | HTTPValidationError | Release]:
    """Get Default Integration Release

     Get the default release for an integration (the release new tenants get unless told otherwise).

    Args:
        integration_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | HTTPValidationError | Release]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    integration_id: int,
    *,
    client: AuthenticatedClient,
) -> ErrorMessage | HTTPValidationError | Release | None:
    """Get Default Integration Release

     Get the default release for an integration (the release new tenants get unless told otherwise).

    Args:
        integration_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | HTTPValidationError | Release
    """

    return (
        await asyncio_detailed(
            integration_id=integration_id,
            client=client,
        )
    ).parsed
