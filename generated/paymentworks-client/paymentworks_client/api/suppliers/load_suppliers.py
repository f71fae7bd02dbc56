from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_error import BadRequestError
from ...models.error import Error
from ...models.supplier_load_request import SupplierLoadRequest
from ...models.supplier_load_result import SupplierLoadResult
from ...types import Response, parse_json_body


def _get_kwargs(
    *,
    body: SupplierLoadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/suppliers/load/",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BadRequestError | Error | SupplierLoadResult | str | None:
    if response.status_code == 200:
        response_200 = parse_json_body(SupplierLoadResult.from_dict, response.content)
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
) -> Response[Any | BadRequestError | Error | SupplierLoadResult | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SupplierLoadRequest,
) -> Response[Any | BadRequestError | Error | SupplierLoadResult | str]:
    """Load the ERP supplier list

     Uploads the payer's supplier (vendor master) list from the ERP as a CSV file in the
    multipart part `suppliers`. PaymentWorks answers `{"status": "ok", "num_rcvd_suppliers": N}`
    with the number of suppliers received, or a 400 with `{"error": "..."}` or
    `{"detail": "..."}`.

    Args:
        body (SupplierLoadRequest): Multipart body of a supplier load. Other form parts are
            ignored, as Django REST framework ignores form fields a view does not read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BadRequestError | Error | SupplierLoadResult | str]
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
    body: SupplierLoadRequest,
) -> Any | BadRequestError | Error | SupplierLoadResult | str | None:
    """Load the ERP supplier list

     Uploads the payer's supplier (vendor master) list from the ERP as a CSV file in the
    multipart part `suppliers`. PaymentWorks answers `{"status": "ok", "num_rcvd_suppliers": N}`
    with the number of suppliers received, or a 400 with `{"error": "..."}` or
    `{"detail": "..."}`.

    Args:
        body (SupplierLoadRequest): Multipart body of a supplier load. Other form parts are
            ignored, as Django REST framework ignores form fields a view does not read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BadRequestError | Error | SupplierLoadResult | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SupplierLoadRequest,
) -> Response[Any | BadRequestError | Error | SupplierLoadResult | str]:
    """Load the ERP supplier list

     Uploads the payer's supplier (vendor master) list from the ERP as a CSV file in the
    multipart part `suppliers`. PaymentWorks answers `{"status": "ok", "num_rcvd_suppliers": N}`
    with the number of suppliers received, or a 400 with `{"error": "..."}` or
    `{"detail": "..."}`.

    Args:
        body (SupplierLoadRequest): Multipart body of a supplier load. Other form parts are
            ignored, as Django REST framework ignores form fields a view does not read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BadRequestError | Error | SupplierLoadResult | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SupplierLoadRequest,
) -> Any | BadRequestError | Error | SupplierLoadResult | str | None:
    """Load the ERP supplier list

     Uploads the payer's supplier (vendor master) list from the ERP as a CSV file in the
    multipart part `suppliers`. PaymentWorks answers `{"status": "ok", "num_rcvd_suppliers": N}`
    with the number of suppliers received, or a 400 with `{"error": "..."}` or
    `{"detail": "..."}`.

    Args:
        body (SupplierLoadRequest): Multipart body of a supplier load. Other form parts are
            ignored, as Django REST framework ignores form fields a view does not read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BadRequestError | Error | SupplierLoadResult | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
