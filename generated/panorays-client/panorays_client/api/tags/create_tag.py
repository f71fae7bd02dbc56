from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.tag import Tag
from ...models.tag_write import TagWrite
from ...types import Response, parse_json_body


def _get_kwargs(
    *,
    body: TagWrite,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/tags",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Tag | None:
    if response.status_code == 200:
        response_200 = parse_json_body(Tag.from_dict, response.content)
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

    if response.status_code == 409:
        response_409 = parse_json_body(Error.from_dict, response.content)
        return response_409

    if response.status_code == 429:
        response_429 = parse_json_body(Error.from_dict, response.content)
        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Tag]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: TagWrite,
) -> Response[Error | Tag]:
    """Create a company tag

     Creates a company tag that can then be set on suppliers.

    Args:
        body (TagWrite): Body of createTag and updateTag (inferred shape).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Tag]
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
    body: TagWrite,
) -> Error | Tag | None:
    """Create a company tag

     Creates a company tag that can then be set on suppliers.

    Args:
        body (TagWrite): Body of createTag and updateTag (inferred shape).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Tag
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TagWrite,
) -> Response[Error | Tag]:
    """Create a company tag

     Creates a company tag that can then be set on suppliers.

    Args:
        body (TagWrite): Body of createTag and updateTag (inferred shape).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Tag]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TagWrite,
) -> Error | Tag | None:
    """Create a company tag

     Creates a company tag that can then be set on suppliers.

    Args:
        body (TagWrite): Body of createTag and updateTag (inferred shape).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Tag
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
