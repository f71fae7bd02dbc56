from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.build_create import BuildCreate
from ...models.build_result import BuildResult
from ...models.error_message import ErrorMessage
from ...models.http_validation_error import HTTPValidationError
from ...types import Response, parse_json_body


def _get_kwargs(
    *,
    body: BuildCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/sourcecontrol/build",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BuildResult | ErrorMessage | HTTPValidationError | None:
    if response.status_code == 201:
        response_201 = parse_json_body(BuildResult.from_dict, response.content)
        return response_201

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
) -> Response[BuildResult | ErrorMessage | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BuildCreate,
) -> Response[BuildResult | ErrorMessage | HTTPValidationError]:
    """Create Build

     Create a build of an integration from its connected source-control repository. The build
    is tagged with `tag` and built from `branch`, or from the integration's tracking branch
    when no branch is given. A successful build becomes a new integration release.

    Args:
        body (BuildCreate): Body of buildFromSourceControl (inferred shape).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuildResult | ErrorMessage | HTTPValidationError]
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
    body: BuildCreate,
) -> BuildResult | ErrorMessage | HTTPValidationError | None:
    """Create Build

     Create a build of an integration from its connected source-control repository. The build
    is tagged with `tag` and built from `branch`, or from the integration's tracking branch
    when no branch is given. A successful build becomes a new integration release.

    Args:
        body (BuildCreate): Body of buildFromSourceControl (inferred shape).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuildResult | ErrorMessage | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BuildCreate,
) -> Response[BuildResult | ErrorMessage | HTTPValidationError]:
    """Create Build

     Create a build of an integration from its connected source-control repository. The build
    is tagged with `tag` and built from `branch`, or from the integration's tracking branch
    when no branch is given. A successful build becomes a new integration release.

    Args:
        body (BuildCreate): Body of buildFromSourceControl (inferred shape).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuildResult | ErrorMessage | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BuildCreate,
) -> BuildResult | ErrorMessage | HTTPValidationError | None:
    """Create Build

     Create a build of an integration from its connected source-control repository. The build
    is tagged with `tag` and built from `branch`, or from the integration's tracking branch
    when no branch is given. A successful build becomes a new integration release.

    Args:
        body (BuildCreate): Body of buildFromSourceControl (inferred shape).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuildResult | ErrorMessage | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
