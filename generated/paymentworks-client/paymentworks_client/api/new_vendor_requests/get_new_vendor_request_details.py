from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_error import BadRequestError
from ...models.error import Error
from ...models.new_vendor_request_details import NewVendorRequestDetails
from ...types import Response, parse_json_body


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/new-vendor-requests/{id}/details/".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BadRequestError | Error | NewVendorRequestDetails | str | None:
    if response.status_code == 200:
        response_200 = parse_json_body(NewVendorRequestDetails.from_dict, response.content)
        return response_200

    if response.status_code == 400:
        response_400 = parse_json_body(BadRequestError.from_dict, response.content)
        return response_400

    if response.status_code == 401:
        response_401 = parse_json_body(Error.from_dict, response.content)
        return response_401

    if response.status_code == 403:
        response_403 = parse_json_body(Error.from_dict, response.content)
        return response_403

    if response.status_code == 404:
        response_404 = parse_json_body(Error.from_dict, response.content)
        return response_404

    if response.status_code == 500:
        response_500 = response.text
        return response_500

    if response.status_code == 503:
        response_503 = cast(Any, None)
        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | BadRequestError | Error | NewVendorRequestDetails | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Any | BadRequestError | Error | NewVendorRequestDetails | str]:
    """Get one new vendor request with all its fields

     Returns all core and custom fields of the new vendor request identified by `id`,
    including the requesting company, its remittance addresses and tax classification.
    The user must be authorized to *View New Vendor Requests*.

    Example: `GET /api/new-vendor-requests/19658/details/`.

    Args:
        id (int): Identifier of the new vendor request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BadRequestError | Error | NewVendorRequestDetails | str]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
) -> Any | BadRequestError | Error | NewVendorRequestDetails | str | None:
    """Get one new vendor request with all its fields

     Returns all core and custom fields of the new vendor request identified by `id`,
    including the requesting company, its remittance addresses and tax classification.
    The user must be authorized to *View New Vendor Requests*.

    Example: `GET /api/new-vendor-requests/19658/details/`.

    Args:
        id (int): Identifier of the new vendor request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BadRequestError | Error | NewVendorRequestDetails | str
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Any | BadRequestError | Error | NewVendorRequestDetails | str]:
    """Get one new vendor request with all its fields

     Returns all core and custom fields of the new vendor request identified by `id`,
    including the requesting company, its remittance addresses and tax classification.
    The user must be authorized to *View New Vendor Requests*.

    Example: `GET /api/new-vendor-requests/19658/details/`.

    Args:
        id (int): Identifier of the new vendor request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BadRequestError | Error | NewVendorRequestDetails | str]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
) -> Any | BadRequestError | Error | NewVendorRequestDetails | str | None:
    """Get one new vendor request with all its fields

     Returns all core and custom fields of the new vendor request identified by `id`,
    including the requesting company, its remittance addresses and tax classification.
    The user must be authorized to *View New Vendor Requests*.

    Example: `GET /api/new-vendor-requests/19658/details/`.

    Args:
        id (int): Identifier of the new vendor request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BadRequestError | Error | NewVendorRequestDetails | str
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
