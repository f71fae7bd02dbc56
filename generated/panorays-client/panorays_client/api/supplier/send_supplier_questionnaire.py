from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.questionnaire_created import QuestionnaireCreated
from ...types import Response, parse_json_body


def _get_kwargs(
    supplier_id: str,
    template_or_questionnaire_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/suppliers/{supplier_id}/questionnaires/{template_or_questionnaire_id}".format(
            supplier_id=quote(str(supplier_id), safe=""),
            template_or_questionnaire_id=quote(str(template_or_questionnaire_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | QuestionnaireCreated | None:
    if response.status_code == 200:
        response_200 = parse_json_body(QuestionnaireCreated.from_dict, response.content)
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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | QuestionnaireCreated]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    supplier_id: str,
    template_or_questionnaire_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | QuestionnaireCreated]:
    """Send a questionnaire to a supplier

     Creates a questionnaire from the given template and sends it to the supplier's contacts.
    The call has no request body; the answer carries the new questionnaire's id.

    Args:
        supplier_id (str):
        template_or_questionnaire_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | QuestionnaireCreated]
    """

    kwargs = _get_kwargs(
        supplier_id=supplier_id,
        template_or_questionnaire_id=template_or_questionnaire_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    supplier_id: str,
    template_or_questionnaire_id: str,
    *,
    client: AuthenticatedClient,
) -> Error | QuestionnaireCreated | None:
    """Send a questionnaire to a supplier

     Creates a questionnaire from the given template and sends it to the supplier's contacts.
    The call has no request body; the answer carries the new questionnaire's id.

    Args:
        supplier_id (str):
        template_or_questionnaire_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | QuestionnaireCreated
    """

    return sync_detailed(
        supplier_id=supplier_id,
        template_or_questionnaire_id=template_or_questionnaire_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    supplier_id: str,
    template_or_questionnaire_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | QuestionnaireCreated]:
    """Send a questionnaire to a supplier

     Creates a questionnaire from the given template and sends it to the supplier's contacts.
    The call has no request body; the answer carries the new questionnaire's id.

    Args:
        supplier_id (str):
        template_or_questionnaire_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | QuestionnaireCreated]
    """

    kwargs = _get_kwargs(
        supplier_id=supplier_id,
        template_or_questionnaire_id=template_or_questionnaire_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    supplier_id: str,
    template_or_questionnaire_id: str,
    *,
    client: AuthenticatedClient,
) -> Error | QuestionnaireCreated | None:
    """Send a questionnaire to a supplier

     Creates a questionnaire from the given template and sends it to the supplier's contacts.
    The call has no request body; the answer carries the new questionnaire's id.

    Args:
        supplier_id (str):
        template_or_questionnaire_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | QuestionnaireCreated
    """

    return (
        await asyncio_detailed(
            supplier_id=supplier_id,
            template_or_questionnaire_id=template_or_questionnaire_id,
            client=client,
        )
    ).parsed
