"""Through a `connect()` client no call returns a vendor's error model: every 4xx/5xx raises
its typed error, whichever generated function (or raw httpx call) made it, sync or async; and a
call that gets no answer raises `APIConnectionError` / `APITimeoutError` saying what was tried."""

from __future__ import annotations

import socket

import httpx
import pytest
from pandium_client.api.integrations import list_integrations
from pandium_client.api.tenants import get_tenant_release, list_tenants
from pandium_client.models import ErrorMessage

from client_overlays import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    DeadlineExceeded,
    NotFoundError,
    RetryPolicy,
    UnauthorizedError,
    pandium,
)
from vendor_mocks import create_mock
from vendor_mocks.pandium import DEFAULT_API_KEY

from .vendor_calls import CASES, VendorCase

MOCK_URL = "http://mock"


async def _no_async_wait(seconds: float) -> None:
    return None


NO_WAIT = RetryPolicy(sleep=lambda seconds: None, async_sleep=_no_async_wait)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.slug)
def test_a_refused_credential_raises_for_every_vendor(case: VendorCase) -> None:
    mock = case.mock()
    wrong = [credential + "-wrong" for credential in case.credentials(mock)]
    client = case.connect_function(*wrong, base_url=MOCK_URL, transport=mock.transport())
    with pytest.raises(APIError) as caught:
        case.read(client)
    assert caught.value.status_code in (401, 403)
    assert caught.value.method == "GET" and caught.value.url.startswith(MOCK_URL)


def test_the_plain_sync_function_raises_instead_of_returning_the_error_model() -> None:
    mock = create_mock("pandium")
    client = pandium.connect("not-the-key", base_url=MOCK_URL, transport=mock.transport())
    with pytest.raises(UnauthorizedError) as caught:
        list_integrations.sync(client=client)  # returned an ErrorMessage before, which len() refused
    assert caught.value.detail  # the vendor's own explanation


def test_a_documented_404_raises_with_the_vendors_body() -> None:
    mock = create_mock("pandium")
    client = pandium.connect(DEFAULT_API_KEY, base_url=MOCK_URL, transport=mock.transport())
    with pytest.raises(NotFoundError) as caught:
        get_tenant_release.sync(999_999, client=client)
    assert caught.value.status_code == 404 and caught.value.detail
    body = caught.value.body  # parsed into the model the spec names for this 404
    assert isinstance(body, ErrorMessage) and body.message == "Tenant not found"


async def test_the_asyncio_functions_and_raw_httpx_calls_raise_too() -> None:
    mock = create_mock("pandium")
    client = pandium.connect("not-the-key", base_url=MOCK_URL, transport=mock.transport())
    with pytest.raises(UnauthorizedError):
        await list_tenants.asyncio(client=client)
    with pytest.raises(UnauthorizedError):
        await client.get_async_httpx_client().get("/v2/tenants")
    with pytest.raises(UnauthorizedError):
        client.get_httpx_client().get("/v2/tenants")


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port  # nobody listens there once the probe is closed


def test_a_refused_connection_names_the_call_the_attempts_and_the_time() -> None:
    url = f"http://127.0.0.1:{_closed_port()}"
    client = pandium.connect(DEFAULT_API_KEY, base_url=url, retry=NO_WAIT)
    with pytest.raises(APIConnectionError) as caught:
        client.get_httpx_client().get("/v2/tenants", params={"access_token": "s3cret-in-the-query"})
    error = caught.value
    assert isinstance(error.__cause__, httpx.ConnectError)
    assert error.attempts == 4 and error.elapsed is not None and error.elapsed >= 0
    assert str(error).startswith(f"GET {url}/v2/tenants?access_token=")
    assert "s3cret" not in str(error) and "ConnectError" in str(error) and "(4 attempts in " in str(error)


async def test_a_timeout_is_an_api_timeout_error_async() -> None:
    def hang(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    client = pandium.connect(DEFAULT_API_KEY, base_url=MOCK_URL, transport=httpx.MockTransport(hang), retry=NO_WAIT)
    with pytest.raises(APITimeoutError) as caught:
        await list_tenants.asyncio_detailed(client=client)
    assert isinstance(caught.value, httpx.TimeoutException) and isinstance(caught.value.__cause__, httpx.ReadTimeout)
    assert caught.value.attempts == 4 and not isinstance(caught.value, DeadlineExceeded)
