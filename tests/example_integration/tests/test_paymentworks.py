"""PaymentWorks: after a token rotation our client keeps working and the old token is dead."""

from __future__ import annotations

import pytest
from paymentworks_client.api.updates import list_updates

from acme_vendor_sync.paymentworks import rotate_then_count_updates
from client_overlays import UnauthorizedError, paymentworks, unwrap
from vendor_mocks import RunningMock
from vendor_mocks.credentials import PAYMENTWORKS


@pytest.mark.parametrize("fixture", ["paymentworks_mock", "paymentworks_mock_served"])
def test_rotation_keeps_the_client_working(fixture: str, request: pytest.FixtureRequest) -> None:
    paymentworks_mock: RunningMock = request.getfixturevalue(fixture)
    paymentworks_mock.mock.seed({"updates": paymentworks_mock.mock.snapshot()["updates"][:3]})

    new_token, count = rotate_then_count_updates(paymentworks_mock.client, user_id=1)

    assert count == 3 and new_token != PAYMENTWORKS["token"]
    assert paymentworks_mock.mock.connect_arguments() == {"token": new_token}
    old = paymentworks_mock.connect(token=PAYMENTWORKS["token"])
    with pytest.raises(UnauthorizedError):
        unwrap(list_updates.sync_detailed(client=old))
    assert paymentworks.connect(**paymentworks_mock.connect_arguments()) is not None
