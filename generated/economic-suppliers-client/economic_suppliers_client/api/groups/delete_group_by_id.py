from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset, parse_json_body


def _get_kwargs(
    number: int,
    *,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/Groups/{number}".format(
            number=quote(str(number), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ProblemDetails | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = parse_json_body(ProblemDetails.from_dict, response.content)
        return response_400

    if response.status_code == 401:
        response_401 = parse_json_body(ProblemDetails.from_dict, response.content)
        return response_401

    if response.status_code == 403:
        response_403 = parse_json_body(ProblemDetails.from_dict, response.content)
        return response_403

    if response.status_code == 404:
        response_404 = parse_json_body(ProblemDetails.from_dict, response.content)
        return response_404

    if response.status_code == 500:
        response_500 = parse_json_body(ProblemDetails.from_dict, response.content)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    number: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> Response[Any | ProblemDetails]:
    """Delete a Group by number

     Use this endpoint to delete a single supplier Group by number. A group that suppliers are linked to
    cannot be deleted (error code SupplierGroupIsInUse).

    Args:
        number (int): The unique number of the supplier group.
        idempotency_key (str | Unset): Your unique idempotency key; answers are cached for one
            hour.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProblemDetails]
    """

    kwargs = _get_kwargs(
        number=number,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    number: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> Any | ProblemDetails | None:
    """Delete a Group by number

     Use this endpoint to delete a single supplier Group by number. A group that suppliers are linked to
    cannot be deleted (error code SupplierGroupIsInUse).

    Args:
        number (int): The unique number of the supplier group.
        idempotency_key (str | Unset): Your unique idempotency key; answers are cached for one
            hour.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProblemDetails
    """

    return sync_detailed(
        number=number,
        client=client,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    number: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> Response[Any | ProblemDetails]:
    """Delete a Group by number

     Use this endpoint to delete a single supplier Group by number. A group that suppliers are linked to
    cannot be deleted (error code SupplierGroupIsInUse).

    Args:
        number (int): The unique number of the supplier group.
        idempotency_key (str | Unset): Your unique idempotency key; answers are cached for one
            hour.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProblemDetails]
    """

    kwargs = _get_kwargs(
        number=number,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    number: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> Any | ProblemDetails | None:
    """Delete a Group by number

     Use this endpoint to delete a single supplier Group by number. A group that suppliers are linked to
    cannot be deleted (error code SupplierGroupIsInUse).

    Args:
        number (int): The unique number of the supplier group.
        idempotency_key (str | Unset): Your unique idempotency key; answers are cached for one
            hour.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProblemDetails
    """

    return (
        await asyncio_detailed(
            number=number,
            client=client,
            idempotency_key=idempotency_key,
        )
    ).parsed
