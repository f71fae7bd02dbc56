from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.http_validation_error import HTTPValidationError
from ...models.run_status import RunStatus
from ...types import Response, parse_json_body


def _get_kwargs(
    trigger_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/runs/triggers/{trigger_id}/status".format(
            trigger_id=quote(str(trigger_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | HTTPValidationError | RunStatus | None:
    if response.status_code == 200:
        response_200 = parse_json_body(RunStatus.from_dict, response.content)
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
) -> Response[ErrorMessage | HTTPValidationError | RunStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    trigger_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorMessage | HTTPValidationError | RunStatus]:
    """Get Run Status From Trigger

     Returns status information for the run associated with the provided trigger id, if that
    run exists. Triggers are debounced, so run status information may not be immediately
    available: until it is, this endpoint answers `404`. Poll with a back-off.

    Args:
        trigger_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | HTTPValidationError | RunStatus]
    """

    kwargs = _get_kwargs(
        trigger_id=trigger_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    trigger_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorMessage | HTTPValidationError | RunStatus | None:
    """Get Run Status From Trigger

     Returns status information for the run associated with the provided trigger id, if that
    run exists. Triggers are debounced, so run status information may not be immediately
    available: until it is, this endpoint answers `404`. Poll with a back-off.

    Args:
        trigger_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | HTTPValidationError | RunStatus
    """

    return sync_detailed(
        trigger_id=trigger_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    trigger_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorMessage | HTTPValidationError | RunStatus]:
    """Get Run Status From Trigger

     Returns status information for the run associated with the provided trigger id, if that
    run exists. Triggers are debounced, so run status information may not be immediately
    available: until it is, this endpoint answers `404`. Poll with a back-off.

    Args:
        trigger_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | HTTPValidationError | RunStatus]
    """

    kwargs = _get_kwargs(
        trigger_id=trigger_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    trigger_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorMessage | HTTPValidationError | RunStatus | None:
    """Get Run Status From Trigger

     Returns status information for the run associated with the provided trigger id, if that
    run exists. Triggers are debounced, so run status information may not be immediately
    available: until it is, this endpoint answers `404`. Poll with a back-off.

    Args:
        trigger_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | HTTPValidationError | RunStatus
    """

    return (
        await asyncio_detailed(
            trigger_id=trigger_id,
            client=client,
        )
    ).parsed
