from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.http_validation_error import HTTPValidationError
from ...models.run_mode import RunMode
from ...models.sync_payload import SyncPayload
from ...models.trigger_response import TriggerResponse
from ...types import UNSET, Response, Unset, parse_json_body


def _get_kwargs(
    tenant_id: int,
    *,
    body: SyncPayload | Unset = UNSET,
    mode: RunMode,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_mode = mode.value
    params["mode"] = json_mode

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/tenants/{tenant_id}/sync".format(
            tenant_id=quote(str(tenant_id), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | HTTPValidationError | TriggerResponse | None:
    if response.status_code == 202:
        response_202 = parse_json_body(TriggerResponse.from_dict, response.content)
        return response_202

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
) -> Response[ErrorMessage | HTTPValidationError | TriggerResponse]:
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
    body: SyncPayload | Unset = UNSET,
    mode: RunMode,
) -> Response[ErrorMessage | HTTPValidationError | TriggerResponse]:
    """Sync By Tenant Id

     Request a sync when the tenant id is known. The request is accepted asynchronously: the
    `202` answer carries a `trigger_id` to poll with `getRunStatusFromTrigger`.

    Args:
        tenant_id (int):
        mode (RunMode): Sync mode: `init` (initial run, e.g. to populate dynamic configs) or
            `normal`.
        body (SyncPayload | Unset): Fields determined by the integration, passed to the requested
            run.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | HTTPValidationError | TriggerResponse]
    """

    kwargs = _get_kwargs(
        tenant_id=tenant_id,
        body=body,
        mode=mode,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant_id: int,
    *,
    client: AuthenticatedClient,
    body: SyncPayload | Unset = UNSET,
    mode: RunMode,
) -> ErrorMessage | HTTPValidationError | TriggerResponse | None:
    """Sync By Tenant Id

     Request a sync when the tenant id is known. The request is accepted asynchronously: the
    `202` answer carries a `trigger_id` to poll with `getRunStatusFromTrigger`.

    Args:
        tenant_id (int):
        mode (RunMode): Sync mode: `init` (initial run, e.g. to populate dynamic configs) or
            `normal`.
        body (SyncPayload | Unset): Fields determined by the integration, passed to the requested
            run.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | HTTPValidationError | TriggerResponse
    """

    return sync_detailed(
        tenant_id=tenant_id,
        client=client,
        body=body,
        mode=mode,
    ).parsed


async def asyncio_detailed(
    tenant_id: int,
    *,
    client: AuthenticatedClient,
    body: SyncPayload | Unset = UNSET,
    mode: RunMode,
) -> Response[ErrorMessage | HTTPValidationError | TriggerResponse]:
    """Sync By Tenant Id

     Request a sync when the tenant id is known. The request is accepted asynchronously: the
    `202` answer carries a `trigger_id` to poll with `getRunStatusFromTrigger`.

    Args:
        tenant_id (int):
        mode (RunMode): Sync mode: `init` (initial run, e.g. to populate dynamic configs) or
            `normal`.
        body (SyncPayload | Unset): Fields determined by the integration, passed to the requested
            run.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | HTTPValidationError | TriggerResponse]
    """

    kwargs = _get_kwargs(
        tenant_id=tenant_id,
        body=body,
        mode=mode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant_id: int,
    *,
    client: AuthenticatedClient,
    body: SyncPayload | Unset = UNSET,
    mode: RunMode,
) -> ErrorMessage | HTTPValidationError | TriggerResponse | None:
    """Sync By Tenant Id

     Request a sync when the tenant id is known. The request is accepted asynchronously: the
    `202` answer carries a `trigger_id` to poll with `getRunStatusFromTrigger`.

    Args:
        tenant_id (int):
        mode (RunMode): Sync mode: `init` (initial run, e.g. to populate dynamic configs) or
            `normal`.
        body (SyncPayload | Unset): Fields determined by the integration, passed to the requested
            run.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | HTTPValidationError | TriggerResponse
    """

    return (
        await asyncio_detailed(
            tenant_id=tenant_id,
            client=client,
            body=body,
            mode=mode,
        )
    ).parsed
