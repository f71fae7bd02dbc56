from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_collection import ContactCollection
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset, parse_json_body


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["Cursor"] = cursor

    params["Filter"] = filter_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/Contacts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactCollection | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = parse_json_body(ContactCollection.from_dict, response.content)
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
) -> Response[ContactCollection | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> Response[ContactCollection | ProblemDetails]:
    """Retrieve all Contacts (cursor-based)

     Use this endpoint to retrieve all Contacts in bulk. The maximum number of items returned in a single
    call is defined in the `x-cursor-page-size` extension of the response type (1000). Pass the returned
    `cursor` back in the `Cursor` parameter to get the next set; when the answer carries no `cursor`,
    the list is complete. The cursor is the identifier of the first item of the next set, not a count.

    Args:
        cursor (str | Unset): Continuation cursor from the previous set; omit for the first set.
        filter_ (str | Unset): Filter expression, e.g. `name$like:jensen`; only the Contact
            schema's `x-filterable` properties and operators.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactCollection | ProblemDetails]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        filter_=filter_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> ContactCollection | ProblemDetails | None:
    """Retrieve all Contacts (cursor-based)

     Use this endpoint to retrieve all Contacts in bulk. The maximum number of items returned in a single
    call is defined in the `x-cursor-page-size` extension of the response type (1000). Pass the returned
    `cursor` back in the `Cursor` parameter to get the next set; when the answer carries no `cursor`,
    the list is complete. The cursor is the identifier of the first item of the next set, not a count.

    Args:
        cursor (str | Unset): Continuation cursor from the previous set; omit for the first set.
        filter_ (str | Unset): Filter expression, e.g. `name$like:jensen`; only the Contact
            schema's `x-filterable` properties and operators.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactCollection | ProblemDetails
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        filter_=filter_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> Response[ContactCollection | ProblemDetails]:
    """Retrieve all Contacts (cursor-based)

     Use this endpoint to retrieve all Contacts in bulk. The maximum number of items returned in a single
    call is defined in the `x-cursor-page-size` extension of the response type (1000). Pass the returned
    `cursor` back in the `Cursor` parameter to get the next set; when the answer carries no `cursor`,
    the list is complete. The cursor is the identifier of the first item of the next set, not a count.

    Args:
        cursor (str | Unset): Continuation cursor from the previous set; omit for the first set.
        filter_ (str | Unset): Filter expression, e.g. `name$like:jensen`; only the Contact
            schema's `x-filterable` properties and operators.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactCollection | ProblemDetails]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        filter_=filter_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> ContactCollection | ProblemDetails | None:
    """Retrieve all Contacts (cursor-based)

     Use this endpoint to retrieve all Contacts in bulk. The maximum number of items returned in a single
    call is defined in the `x-cursor-page-size` extension of the response type (1000). Pass the returned
    `cursor` back in the `Cursor` parameter to get the next set; when the answer carries no `cursor`,
    the list is complete. The cursor is the identifier of the first item of the next set, not a count.

    Args:
        cursor (str | Unset): Continuation cursor from the previous set; omit for the first set.
        filter_ (str | Unset): Filter expression, e.g. `name$like:jensen`; only the Contact
            schema's `x-filterable` properties and operators.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactCollection | ProblemDetails
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            filter_=filter_,
        )
    ).parsed
