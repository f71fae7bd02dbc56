from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact import Contact
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset, parse_json_body


def _get_kwargs(
    *,
    body: Contact,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/Contacts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

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

    if response.status_code == 409:
        response_409 = parse_json_body(ProblemDetails.from_dict, response.content)
        return response_409

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
) -> Response[Any | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: Contact,
    idempotency_key: str | Unset = UNSET,
) -> Response[Any | ProblemDetails]:
    """Update a Contact

     Use this endpoint to update a single Contact. The contact is identified by `number` in the body (not
    in the URL); send it with the value read by a GET even though it is read-only, together with the
    current `objectVersion`. If the contact was modified since it was read, the update fails with 409
    Conflict: read it again and retry. `supplierNumber` cannot be changed (error code
    SupplierNumberMismatch). Because the id travels in the body, the create operation cannot link here
    with a parameter.

    Args:
        idempotency_key (str | Unset): Your unique idempotency key; answers are cached for one
            hour.
        body (Contact): A supplier contact. Used for reads and writes. `name` and `supplierNumber`
            are required on POST and PUT; `objectVersion` (and the read-only `number`) must also be
            sent on PUT. Read-only properties may be echoed back with the value from a GET or left
            out. In answers, a false boolean (`isDeleted`) and null values are omitted; on writes,
            leave a property out instead of sending null (null is a validation error).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProblemDetails]
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
    body: Contact,
    idempotency_key: str | Unset = UNSET,
) -> Any | ProblemDetails | None:
    """Update a Contact

     Use this endpoint to update a single Contact. The contact is identified by `number` in the body (not
    in the URL); send it with the value read by a GET even though it is read-only, together with the
    current `objectVersion`. If the contact was modified since it was read, the update fails with 409
    Conflict: read it again and retry. `supplierNumber` cannot be changed (error code
    SupplierNumberMismatch). Because the id travels in the body, the create operation cannot link here
    with a parameter.

    Args:
        idempotency_key (str | Unset): Your unique idempotency key; answers are cached for one
            hour.
        body (Contact): A supplier contact. Used for reads and writes. `name` and `supplierNumber`
            are required on POST and PUT; `objectVersion` (and the read-only `number`) must also be
            sent on PUT. Read-only properties may be echoed back with the value from a GET or left
            out. In answers, a false boolean (`isDeleted`) and null values are omitted; on writes,
            leave a property out instead of sending null (null is a validation error).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProblemDetails
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: Contact,
    idempotency_key: str | Unset = UNSET,
) -> Response[Any | ProblemDetails]:
    """Update a Contact

     Use this endpoint to update a single Contact. The contact is identified by `number` in the body (not
    in the URL); send it with the value read by a GET even though it is read-only, together with the
    current `objectVersion`. If the contact was modified since it was read, the update fails with 409
    Conflict: read it again and retry. `supplierNumber` cannot be changed (error code
    SupplierNumberMismatch). Because the id travels in the body, the create operation cannot link here
    with a parameter.

    Args:
        idempotency_key (str | Unset): Your unique idempotency key; answers are cached for one
            hour.
        body (Contact): A supplier contact. Used for reads and writes. `name` and `supplierNumber`
            are required on POST and PUT; `objectVersion` (and the read-only `number`) must also be
            sent on PUT. Read-only properties may be echoed back with the value from a GET or left
            out. In answers, a false boolean (`isDeleted`) and null values are omitted; on writes,
            leave a property out instead of sending null (null is a validation error).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProblemDetails]
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
    body: Contact,
    idempotency_key: str | Unset = UNSET,
) -> Any | ProblemDetails | None:
    """Update a Contact

     Use this endpoint to update a single Contact. The contact is identified by `number` in the body (not
    in the URL); send it with the value read by a GET even though it is read-only, together with the
    current `objectVersion`. If the contact was modified since it was read, the update fails with 409
    Conflict: read it again and retry. `supplierNumber` cannot be changed (error code
    SupplierNumberMismatch). Because the id travels in the body, the create operation cannot link here
    with a parameter.

    Args:
        idempotency_key (str | Unset): Your unique idempotency key; answers are cached for one
            hour.
        body (Contact): A supplier contact. Used for reads and writes. `name` and `supplierNumber`
            are required on POST and PUT; `objectVersion` (and the read-only `number`) must also be
            sent on PUT. Read-only properties may be echoed back with the value from a GET or left
            out. In answers, a false boolean (`isDeleted`) and null values are omitted; on writes,
            leave a property out instead of sending null (null is a validation error).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProblemDetails
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
