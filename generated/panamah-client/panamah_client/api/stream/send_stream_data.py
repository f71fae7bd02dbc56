from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.stream_data_result import StreamDataResult
from ...models.stream_operation import StreamOperation
from ...types import Response, parse_json_body


def _get_kwargs(
    *,
    body: list[StreamOperation],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/stream/data",
    }

    _kwargs["json"] = []
    for componentsschemas_stream_batch_item_data in body:
        componentsschemas_stream_batch_item = componentsschemas_stream_batch_item_data.to_dict()
        _kwargs["json"].append(componentsschemas_stream_batch_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | StreamDataResult | None:
    if response.status_code == 200:
        response_200 = parse_json_body(StreamDataResult.from_dict, response.content)
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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | StreamDataResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: list[StreamOperation],
) -> Response[Error | StreamDataResult]:
    """Send a batch of data operations

     Sends a batch of operations, each an `update` (insert or replace) or a `delete` of one
    record of one model (`tipo`). For an update `data` is the full record, shaped like the
    component schema whose `x-panamah-tipo` is the `tipo` (e.g. `Venda` for `VENDA`); for a
    delete `data` is just `{"id": "..."}`. In a partner-wide session (`assinanteId` `*` at
    authenticateStream) every operation carries its `assinanteId`.

    The answer lists the operations that succeeded (`sucessos`) and failed (`falhas`); clients
    re-send failed items. The official SDKs close a batch at 500 operations, 5 KB or 5 minutes
    (Python) or 300 KB (Java/JavaScript). An expired access token answers 403: refresh the
    tokens once and retry.

    Args:
        body (list[StreamOperation]): Body of sendStreamData, a JSON array of operations: what the
            reference calls the ".pdt file format" (the official Python SDK keeps these batches on
            disk as `.pbt` files).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StreamDataResult]
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
    body: list[StreamOperation],
) -> Error | StreamDataResult | None:
    """Send a batch of data operations

     Sends a batch of operations, each an `update` (insert or replace) or a `delete` of one
    record of one model (`tipo`). For an update `data` is the full record, shaped like the
    component schema whose `x-panamah-tipo` is the `tipo` (e.g. `Venda` for `VENDA`); for a
    delete `data` is just `{"id": "..."}`. In a partner-wide session (`assinanteId` `*` at
    authenticateStream) every operation carries its `assinanteId`.

    The answer lists the operations that succeeded (`sucessos`) and failed (`falhas`); clients
    re-send failed items. The official SDKs close a batch at 500 operations, 5 KB or 5 minutes
    (Python) or 300 KB (Java/JavaScript). An expired access token answers 403: refresh the
    tokens once and retry.

    Args:
        body (list[StreamOperation]): Body of sendStreamData, a JSON array of operations: what the
            reference calls the ".pdt file format" (the official Python SDK keeps these batches on
            disk as `.pbt` files).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StreamDataResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: list[StreamOperation],
) -> Response[Error | StreamDataResult]:
    """Send a batch of data operations

     Sends a batch of operations, each an `update` (insert or replace) or a `delete` of one
    record of one model (`tipo`). For an update `data` is the full record, shaped like the
    component schema whose `x-panamah-tipo` is the `tipo` (e.g. `Venda` for `VENDA`); for a
    delete `data` is just `{"id": "..."}`. In a partner-wide session (`assinanteId` `*` at
    authenticateStream) every operation carries its `assinanteId`.

    The answer lists the operations that succeeded (`sucessos`) and failed (`falhas`); clients
    re-send failed items. The official SDKs close a batch at 500 operations, 5 KB or 5 minutes
    (Python) or 300 KB (Java/JavaScript). An expired access token answers 403: refresh the
    tokens once and retry.

    Args:
        body (list[StreamOperation]): Body of sendStreamData, a JSON array of operations: what the
            reference calls the ".pdt file format" (the official Python SDK keeps these batches on
            disk as `.pbt` files).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StreamDataResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: list[StreamOperation],
) -> Error | StreamDataResult | None:
    """Send a batch of data operations

     Sends a batch of operations, each an `update` (insert or replace) or a `delete` of one
    record of one model (`tipo`). For an update `data` is the full record, shaped like the
    component schema whose `x-panamah-tipo` is the `tipo` (e.g. `Venda` for `VENDA`); for a
    delete `data` is just `{"id": "..."}`. In a partner-wide session (`assinanteId` `*` at
    authenticateStream) every operation carries its `assinanteId`.

    The answer lists the operations that succeeded (`sucessos`) and failed (`falhas`); clients
    re-send failed items. The official SDKs close a batch at 500 operations, 5 KB or 5 minutes
    (Python) or 300 KB (Java/JavaScript). An expired access token answers 403: refresh the
    tokens once and retry.

    Args:
        body (list[StreamOperation]): Body of sendStreamData, a JSON array of operations: what the
            reference calls the ".pdt file format" (the official Python SDK keeps these batches on
            disk as `.pbt` files).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StreamDataResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
