from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.supplier import Supplier
from ...types import UNSET, Response, Unset, parse_json_body


def _get_kwargs(
    supplier_id: str,
    *,
    fields: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_fields: list[str] | Unset = UNSET
    if not isinstance(fields, Unset):
        json_fields = fields

    params["fields[]"] = json_fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/suppliers/{supplier_id}".format(
            supplier_id=quote(str(supplier_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Supplier | None:
    if response.status_code == 200:
        response_200 = parse_json_body(Supplier.from_dict, response.content)
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

    if response.status_code == 404:
        response_404 = parse_json_body(Error.from_dict, response.content)
        return response_404

    if response.status_code == 429:
        response_429 = parse_json_body(Error.from_dict, response.content)
        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Supplier]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    supplier_id: str,
    *,
    client: AuthenticatedClient,
    fields: list[str] | Unset = UNSET,
) -> Response[Error | Supplier]:
    """Get a supplier

     Returns one supplier, optionally projected to selected fields.

    Args:
        supplier_id (str):
        fields (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Supplier]
    """

    kwargs = _get_kwargs(
        supplier_id=supplier_id,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    supplier_id: str,
    *,
    client: AuthenticatedClient,
    fields: list[str] | Unset = UNSET,
) -> Error | Supplier | None:
    """Get a supplier

     Returns one supplier, optionally projected to selected fields.

    Args:
        supplier_id (str):
        fields (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Supplier
    """

    return sync_detailed(
        supplier_id=supplier_id,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    supplier_id: str,
    *,
    client: AuthenticatedClient,
    fields: list[str] | Unset = UNSET,
) -> Response[Error | Supplier]:
    """Get a supplier

     Returns one supplier, optionally projected to selected fields.

    Args:
        supplier_id (str):
        fields (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Supplier]
    """

    kwargs = _get_kwargs(
        supplier_id=supplier_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    supplier_id: str,
    *,
    client: AuthenticatedClient,
    fields: list[str] | Unset = UNSET,
) -> Error | Supplier | None:
    """Get a supplier

     Returns one supplier, optionally projected to selected fields.

    Args:
        supplier_id (str):
        fields (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Supplier
    """

    return (
        await asyncio_detailed(
            supplier_id=supplier_id,
            client=client,
            fields=fields,
        )
    ).parsed
