from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_token_refreshed import AuthTokenRefreshed
from ...models.bad_request_error import BadRequestError
from ...models.error import Error
from ...models.refresh_auth_token_request import RefreshAuthTokenRequest
from ...types import Response, parse_json_body


def _get_kwargs(
    user_id: int,
    *,
    body: RefreshAuthTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/users/{user_id}/refresh_auth_token/".format(
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | AuthTokenRefreshed | BadRequestError | Error | str | None:
    if response.status_code == 200:
        response_200 = parse_json_body(AuthTokenRefreshed.from_dict, response.content)
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
) -> Response[Any | AuthTokenRefreshed | BadRequestError | Error | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: int,
    *,
    client: AuthenticatedClient,
    body: RefreshAuthTokenRequest,
) -> Response[Any | AuthTokenRefreshed | BadRequestError | Error | str]:
    """Rotate the API token of a user

     Issues a new API token for the user `userId` and answers
    `{"status": "ok", "auth_token": "<new token>"}`. Send an empty JSON object as the
    body. Use the new token (`Authorization: Token <auth_token>`) for every later call.

    Args:
        user_id (int): PaymentWorks id of the API user whose token is rotated.
        body (RefreshAuthTokenRequest): The token rotation takes an empty JSON object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AuthTokenRefreshed | BadRequestError | Error | str]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: int,
    *,
    client: AuthenticatedClient,
    body: RefreshAuthTokenRequest,
) -> Any | AuthTokenRefreshed | BadRequestError | Error | str | None:
    """Rotate the API token of a user

     Issues a new API token for the user `userId` and answers
    `{"status": "ok", "auth_token": "<new token>"}`. Send an empty JSON object as the
    body. Use the new token (`Authorization: Token <auth_token>`) for every later call.

    Args:
        user_id (int): PaymentWorks id of the API user whose token is rotated.
        body (RefreshAuthTokenRequest): The token rotation takes an empty JSON object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AuthTokenRefreshed | BadRequestError | Error | str
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    user_id: int,
    *,
    client: AuthenticatedClient,
    body: RefreshAuthTokenRequest,
) -> Response[Any | AuthTokenRefreshed | BadRequestError | Error | str]:
    """Rotate the API token of a user

     Issues a new API token for the user `userId` and answers
    `{"status": "ok", "auth_token": "<new token>"}`. Send an empty JSON object as the
    body. Use the new token (`Authorization: Token <auth_token>`) for every later call.

    Args:
        user_id (int): PaymentWorks id of the API user whose token is rotated.
        body (RefreshAuthTokenRequest): The token rotation takes an empty JSON object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AuthTokenRefreshed | BadRequestError | Error | str]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: int,
    *,
    client: AuthenticatedClient,
    body: RefreshAuthTokenRequest,
) -> Any | AuthTokenRefreshed | BadRequestError | Error | str | None:
    """Rotate the API token of a user

     Issues a new API token for the user `userId` and answers
    `{"status": "ok", "auth_token": "<new token>"}`. Send an empty JSON object as the
    body. Use the new token (`Authorization: Token <auth_token>`) for every later call.

    Args:
        user_id (int): PaymentWorks id of the API user whose token is rotated.
        body (RefreshAuthTokenRequest): The token rotation takes an empty JSON object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AuthTokenRefreshed | BadRequestError | Error | str
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            body=body,
        )
    ).parsed
