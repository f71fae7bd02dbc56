from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset, json_loads, parse_json_body


def _get_kwargs(
    *,
    filter_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["Filter"] = filter_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/Groups/count",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ProblemDetails | int | None:
    if response.status_code == 200:
        response_200 = cast(int, json_loads(response.content))
        return response_200

    if response.status_code == 400:
        response_400 = parse_json_body(ProblemDetails.from_dict, response.content)
        return response_400

    if response.status_code == 401:
        response_401 = parse_json_body(ProblemDetails.from_dict, response.content)
        return response_401

    if response.status_code == 403:
        response_403 = parse_json_body(ProblemDetails.from_dict, response.content)
        return response_403

    if response.status_code == 500:
        response_500 = parse_json_body(ProblemDetails.from_dict, response.content)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProblemDetails | int]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    filter_: str | Unset = UNSET,
) -> Response[ProblemDetails | int]:
    """Retrieve the number of Groups

     Call this endpoint to get the number of supplier Groups. You can use filtering as well. The answer
    is a bare integer.

    Args:
        filter_ (str | Unset): Filter expression, e.g. `name$like:domestic`; only the Group
            schema's `x-filterable` properties and operators.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | int]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    filter_: str | Unset = UNSET,
) -> ProblemDetails | int | None:
    """Retrieve the number of Groups

     Call this endpoint to get the number of supplier Groups. You can use filtering as well. The answer
    is a bare integer.

    Args:
        filter_ (str | Unset): Filter expression, e.g. `name$like:domestic`; only the Group
            schema's `x-filterable` properties and operators.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | int
    """

    return sync_detailed(
        client=client,
        filter_=filter_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    filter_: str | Unset = UNSET,
) -> Response[ProblemDetails | int]:
    """Retrieve the number of Groups

     Call this endpoint to get the number of supplier Groups. You can use filtering as well. The answer
    is a bare integer.

    Args:
        filter_ (str | Unset): Filter expression, e.g. `name$like:domestic`; only the Group
            schema's `x-filterable` properties and operators.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | int]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    filter_: str | Unset = UNSET,
) -> ProblemDetails | int | None:
    """Retrieve the number of Groups

     Call this endpoint to get the number of supplier Groups. You can use filtering as well. The answer
    is a bare integer.

    Args:
        filter_ (str | Unset): Filter expression, e.g. `name$like:domestic`; only the Group
            schema's `x-filterable` properties and operators.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | int
    """

    return (
        await asyncio_detailed(
            client=client,
            filter_=filter_,
        )
    ).parsed
