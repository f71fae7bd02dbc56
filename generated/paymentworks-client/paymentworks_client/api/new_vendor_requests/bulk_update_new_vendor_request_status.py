from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_error import BadRequestError
from ...models.error import Error
from ...models.new_vendor_request import NewVendorRequest
from ...models.new_vendor_request_status_change import NewVendorRequestStatusChange
from ...types import Response, build_list, json_loads, parse_json_body


def _get_kwargs(
    *,
    body: list[NewVendorRequestStatusChange],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/new-vendor-requests/bulk/",
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BadRequestError | Error | list[NewVendorRequest] | str | None:
    if response.status_code == 200:
        response_200 = build_list(NewVendorRequest.from_dict, json_loads(response.content))

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
) -> Response[Any | BadRequestError | Error | list[NewVendorRequest] | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: list[NewVendorRequestStatusChange],
) -> Response[Any | BadRequestError | Error | list[NewVendorRequest] | str]:
    """Change the status of several new vendor requests

     Sets `request_status` on each listed new vendor request in one call, typically to
    mark approved requests as Processed (`2`) once they have been placed in the ERP.
    PaymentWorks only moves a request from Approved to Processed, never back. The user
    must be authorized to *Change New Vendor Request Status*.

    Args:
        body (list[NewVendorRequestStatusChange]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BadRequestError | Error | list[NewVendorRequest] | str]
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
    body: list[NewVendorRequestStatusChange],
) -> Any | BadRequestError | Error | list[NewVendorRequest] | str | None:
    """Change the status of several new vendor requests

     Sets `request_status` on each listed new vendor request in one call, typically to
    mark approved requests as Processed (`2`) once they have been placed in the ERP.
    PaymentWorks only moves a request from Approved to Processed, never back. The user
    must be authorized to *Change New Vendor Request Status*.

    Args:
        body (list[NewVendorRequestStatusChange]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BadRequestError | Error | list[NewVendorRequest] | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: list[NewVendorRequestStatusChange],
) -> Response[Any | BadRequestError | Error | list[NewVendorRequest] | str]:
    """Change the status of several new vendor requests

     Sets `request_status` on each listed new vendor request in one call, typically to
    mark approved requests as Processed (`2`) once they have been placed in the ERP.
    PaymentWorks only moves a request from Approved to Processed, never back. The user
    must be authorized to *Change New Vendor Request Status*.

    Args:
        body (list[NewVendorRequestStatusChange]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BadRequestError | Error | list[NewVendorRequest] | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: list[NewVendorRequestStatusChange],
) -> Any | BadRequestError | Error | list[NewVendorRequest] | str | None:
    """Change the status of several new vendor requests

     Sets `request_status` on each listed new vendor request in one call, typically to
    mark approved requests as Processed (`2`) once they have been placed in the ERP.
    PaymentWorks only moves a request from Approved to Processed, never back. The user
    must be authorized to *Change New Vendor Request Status*.

    Args:
        body (list[NewVendorRequestStatusChange]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BadRequestError | Error | list[NewVendorRequest] | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
