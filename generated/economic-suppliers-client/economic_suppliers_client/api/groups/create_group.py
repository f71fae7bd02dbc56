from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.created_response import CreatedResponse
from ...models.group import Group
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset, parse_json_body


def _get_kwargs(
    *,
    body: Group,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/Groups",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreatedResponse | ProblemDetails | None:
    if response.status_code == 201:
        response_201 = parse_json_body(CreatedResponse.from_dict, response.content)
        return response_201

    if response.status_code == 400:
        response_400 = parse_json_body(ProblemDetails.from_dict, response.content)
        return response_400

    if response.status_code == 401:
        response_401 = parse_json_body(ProblemDetails.from_dict, response.content)
        return response_401

    if response.status_code == 403:
        response_403 = parse_json_body(ProblemDetails.from_dict, response.content)
        return response_403

    if response.status_code == 415:
        response_415 = parse_json_body(ProblemDetails.from_dict, response.content)
        return response_415

    if response.status_code == 500:
        response_500 = parse_json_body(ProblemDetails.from_dict, response.content)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreatedResponse | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: Group,
    idempotency_key: str | Unset = UNSET,
) -> Response[CreatedResponse | ProblemDetails]:
    """Create a Group

     Use this endpoint to create a single supplier Group. `number`, `name` and `accountNumber` are
    required (the caller chooses the group number). The answer carries the number of the created group
    and a `Location` header pointing to it. Send an `Idempotency-Key` to make retries safe.

    Args:
        idempotency_key (str | Unset): Your unique idempotency key; answers are cached for one
            hour.
        body (Group): A supplier group. Used for reads and writes. `number`, `name` and
            `accountNumber` are required on POST and PUT (the caller chooses the number);
            `objectVersion` must also be sent on PUT. Null values are omitted from answers; on writes,
            leave a property out instead of sending null.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedResponse | ProblemDetails]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: Group,
    idempotency_key: str | Unset = UNSET,
) -> CreatedResponse | ProblemDetails | None:
    """Create a Group

     Use this endpoint to create a single supplier Group. `number`, `name` and `accountNumber` are
    required (the caller chooses the group number). The answer carries the number of the created group
    and a `Location` header pointing to it. Send an `Idempotency-Key` to make retries safe.

    Args:
        idempotency_key (str | Unset): Your unique idempotency key; answers are cached for one
            hour.
        body (Group): A supplier group. Used for reads and writes. `number`, `name` and
            `accountNumber` are required on POST and PUT (the caller chooses the number);
            `objectVersion` must also be sent on PUT. Null values are omitted from answers; on writes,
            leave a property out instead of sending null.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedResponse | ProblemDetails
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: Group,
    idempotency_key: str | Unset = UNSET,
) -> Response[CreatedResponse | ProblemDetails]:
    """Create a Group

     Use this endpoint to create a single supplier Group. `number`, `name` and `accountNumber` are
    required (the caller chooses the group number). The answer carries the number of the created group
    and a `Location` header pointing to it. Send an `Idempotency-Key` to make retries safe.

    Args:
        idempotency_key (str | Unset): Your unique idempotency key; answers are cached for one
            hour.
        body (Group): A supplier group. Used for reads and writes. `number`, `name` and
            `accountNumber` are required on POST and PUT (the caller chooses the number);
            `objectVersion` must also be sent on PUT. Null values are omitted from answers; on writes,
            leave a property out instead of sending null.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedResponse | ProblemDetails]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: Group,
    idempotency_key: str | Unset = UNSET,
) -> CreatedResponse | ProblemDetails | None:
    """Create a Group

     Use this endpoint to create a single supplier Group. `number`, `name` and `accountNumber` are
    required (the caller chooses the group number). The answer carries the number of the created group
    and a `Location` header pointing to it. Send an `Idempotency-Key` to make retries safe.

    Args:
        idempotency_key (str | Unset): Your unique idempotency key; answers are cached for one
            hour.
        body (Group): A supplier group. Used for reads and writes. `number`, `name` and
            `accountNumber` are required on POST and PUT (the caller chooses the number);
            `objectVersion` must also be sent on PUT. Null values are omitted from answers; on writes,
            leave a property out instead of sending null.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedResponse | ProblemDetails
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
