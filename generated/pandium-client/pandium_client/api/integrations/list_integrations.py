from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.http_validation_error import HTTPValidationError
from ...models.integration import Integration
from ...types import UNSET, Response, Unset, build_list, json_loads, parse_json_body


def _get_kwargs(
    *,
    sort_by: str | Unset = UNSET,
    limit: int | Unset = 100,
    skip: int | Unset = 0,
    archived: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sort_by"] = sort_by

    params["limit"] = limit

    params["skip"] = skip

    params["archived"] = archived

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/integrations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | HTTPValidationError | list[Integration] | None:
    if response.status_code == 200:
        response_200 = build_list(Integration.from_dict, json_loads(response.content))

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
) -> Response[ErrorMessage | HTTPValidationError | list[Integration]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: int | Unset = 100,
    skip: int | Unset = 0,
    archived: bool | Unset = False,
) -> Response[ErrorMessage | HTTPValidationError | list[Integration]]:
    """Get Many Integrations

     Get all your integrations on Pandium, as a bare array paged by `skip` and `limit`.

    Args:
        sort_by (str | Unset):
        limit (int | Unset):  Default: 100.
        skip (int | Unset):  Default: 0.
        archived (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | HTTPValidationError | list[Integration]]
    """

    kwargs = _get_kwargs(
        sort_by=sort_by,
        limit=limit,
        skip=skip,
        archived=archived,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: int | Unset = 100,
    skip: int | Unset = 0,
    archived: bool | Unset = False,
) -> ErrorMessage | HTTPValidationError | list[Integration] | None:
    """Get Many Integrations

     Get all your integrations on Pandium, as a bare array paged by `skip` and `limit`.

    Args:
        sort_by (str | Unset):
        limit (int | Unset):  Default: 100.
        skip (int | Unset):  Default: 0.
        archived (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | HTTPValidationError | list[Integration]
    """

    return sync_detailed(
        client=client,
        sort_by=sort_by,
        limit=limit,
        skip=skip,
        archived=archived,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: int | Unset = 100,
    skip: int | Unset = 0,
    archived: bool | Unset = False,
) -> Response[ErrorMessage | HTTPValidationError | list[Integration]]:
    """Get Many Integrations

     Get all your integrations on Pandium, as a bare array paged by `skip` and `limit`.

    Args:
        sort_by (str | Unset):
        limit (int | Unset):  Default: 100.
        skip (int | Unset):  Default: 0.
        archived (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | HTTPValidationError | list[Integration]]
    """

    kwargs = _get_kwargs(
        sort_by=sort_by,
        limit=limit,
        skip=skip,
        archived=archived,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: int | Unset = 100,
    skip: int | Unset = 0,
    archived: bool | Unset = False,
) -> ErrorMessage | HTTPValidationError | list[Integration] | None:
    """Get Many Integrations

     Get all your integrations on Pandium, as a bare array paged by `skip` and `limit`.

    Args:
        sort_by (str | Unset):
        limit (int | Unset):  Default: 100.
        skip (int | Unset):  Default: 0.
        archived (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | HTTPValidationError | list[Integration]
    """

    return (
        await asyncio_detailed(
            client=client,
            sort_by=sort_by,
            limit=limit,
            skip=skip,
            archived=archived,
        )
    ).parsed
