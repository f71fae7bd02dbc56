"""client_overlays.paymentworks against the PaymentWorks mock: auth, rotation, retries under
injected faults, and typed errors for every documented error status."""

from __future__ import annotations

from typing import Any

import pytest
from paymentworks_client import AuthenticatedClient
from paymentworks_client.api.new_vendor_requests import get_new_vendor_request_details
from paymentworks_client.api.updates import list_updates
from paymentworks_client.api.users import refresh_auth_token
from paymentworks_client.models import RefreshAuthTokenRequest, UpdatePage

from client_overlays import (
    BadRequestError,
    ForbiddenError,
    NotFoundError,
    RetryPolicy,
    ServerError,
    UnauthorizedError,
    paymentworks,
    unwrap,
)
from integration.conftest import MOCK_BASE_URL, Wire
from vendor_mocks import FaultConfig, create_mock
from vendor_mocks.paymentworks import PaymentWorksMock


@pytest.fixture
def mock() -> PaymentWorksMock:
    created = create_mock("paymentworks")
    return created


def connect(mock: PaymentWorksMock, wire: Wire, token: str | None = None, **options: Any) -> AuthenticatedClient:
    options.setdefault("retry", RetryPolicy(sleep=lambda seconds: None))
    return paymentworks.connect(
        token or mock.users[1].token, base_url=wire.base_url, transport=wire.transport(), **options
    )


def test_token_auth_end_to_end(mock: PaymentWorksMock, wire: Wire) -> None:
    page = unwrap(list_updates.sync_detailed(client=connect(mock, wire), per_page=5), UpdatePage)
    assert page.count == len(mock.updates)


def test_rotation_swaps_the_new_token_into_the_live_client(mock: PaymentWorksMock, wire: Wire) -> None:
    client = connect(mock, wire)
    old = mock.users[1].token
    new = paymentworks.rotate_token(client, user_id=1)
    assert new != old and mock.users[1].token == new
    # The same client object keeps working: the auth flow now sends the new token.
    assert unwrap(list_updates.sync_detailed(client=client), UpdatePage).count == len(mock.updates)
    with pytest.raises(UnauthorizedError):
        unwrap(list_updates.sync_detailed(client=connect(mock, wire, old)))


async def test_rotation_from_asyncio_code(mock: PaymentWorksMock, wire: Wire) -> None:
    client = connect(mock, wire)
    new = await paymentworks.rotate_token_async(client, user_id=1)
    assert mock.users[1].token == new
    page = unwrap(await list_updates.asyncio_detailed(client=client), UpdatePage)
    assert page.count == len(mock.updates)


def test_rotation_needs_a_connected_client(mock: PaymentWorksMock) -> None:
    plain = AuthenticatedClient(base_url=MOCK_BASE_URL, token="x", httpx_args={"transport": mock.transport()})
    with pytest.raises(TypeError, match=r"made by client_overlays\.paymentworks\.connect"):
        paymentworks.rotate_token(plain, user_id=1)


def test_reads_survive_injected_429_503_and_dropped_connections(mock: PaymentWorksMock, wire: Wire) -> None:
    mock.faults = FaultConfig(seed=4, rate_429=0.15, rate_503=0.15, rate_drop=0.1, rate_truncate=0.05)
    client = connect(mock, wire, retry=RetryPolicy(retries=8, sleep=lambda seconds: None))
    for page_number in range(1, 7):
        page = unwrap(list_updates.sync_detailed(client=client, page=page_number, per_page=10), UpdatePage)
        assert page.results
    assert sum(mock.injected.values()) >= 5, mock.injected
    assert {"429", "503"} <= set(mock.injected)


async def test_async_reads_survive_injected_faults(mock: PaymentWorksMock, wire: Wire) -> None:
    async def no_wait(seconds: float) -> None:
        return None

    mock.faults = FaultConfig(seed=9, rate_503=0.3, rate_drop=0.2)
    client = connect(mock, wire, retry=RetryPolicy(retries=8, async_sleep=no_wait))
    for _ in range(10):
        page = unwrap(await list_updates.asyncio_detailed(client=client, per_page=5), UpdatePage)
        assert page.count == len(mock.updates)
    assert sum(mock.injected.values()) >= 3


def test_rotation_is_retried_as_an_idempotent_put(mock: PaymentWorksMock, wire: Wire) -> None:
    mock.faults = FaultConfig(seed=1, rate_503=0.5)
    new = paymentworks.rotate_token(connect(mock, wire, retry=RetryPolicy(retries=10, sleep=lambda s: None)), user_id=1)
    assert mock.users[1].token == new


@pytest.mark.parametrize(
    ("call", "error_class"),
    [
        (lambda c: list_updates.sync_detailed(client=c, per_page=5000), BadRequestError),
        (lambda c: get_new_vendor_request_details.sync_detailed(client=c, id=1), NotFoundError),
        (
            lambda c: refresh_auth_token.sync_detailed(client=c, user_id=2, body=RefreshAuthTokenRequest()),
            ForbiddenError,
        ),
    ],
)
def test_documented_errors_are_typed(
    mock: PaymentWorksMock, wire: Wire, call: Any, error_class: type[Exception]
) -> None:
    mock.users[2] = type(mock.users[1])(2, "pw-someone-else")
    with pytest.raises(error_class) as caught:
        unwrap(call(connect(mock, wire)))
    assert caught.value.url.startswith(wire.base_url)  # type: ignore[attr-defined]


def test_unauthorized_is_typed(mock: PaymentWorksMock, wire: Wire) -> None:
    with pytest.raises(UnauthorizedError, match=r"401 Unauthorized from GET .*: Invalid token\."):
        unwrap(list_updates.sync_detailed(client=connect(mock, wire, "wrong")))


@pytest.mark.parametrize(("fault", "status"), [("rate_500", 500), ("rate_503", 503)])
def test_server_errors_are_typed_after_retries_run_out(
    mock: PaymentWorksMock, wire: Wire, fault: str, status: int
) -> None:
    mock.faults = FaultConfig(**{fault: 1.0})  # type: ignore[arg-type]
    with pytest.raises(ServerError) as caught:
        unwrap(
            list_updates.sync_detailed(client=connect(mock, wire, retry=RetryPolicy(retries=2, sleep=lambda s: None)))
        )
    assert caught.value.status_code == status
    assert mock.injected[str(status)] == 3, "one attempt and two retries"
