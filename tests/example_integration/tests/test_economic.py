"""e-conomic: contacts created through our code are there, in-process and over a socket."""

from __future__ import annotations

import pytest

from acme_vendor_sync import economic
from vendor_mocks import RunningMock


@pytest.mark.parametrize("fixture", ["economic_mock", "economic_mock_served"])
def test_add_contact_then_list_the_suppliers_contacts(fixture: str, request: pytest.FixtureRequest) -> None:
    economic_mock: RunningMock = request.getfixturevalue(fixture)
    economic_mock.mock.seed({"contacts": [{"number": 1, "supplierNumber": 2001, "name": "Mette Holm"}]})

    number = economic.add_contact(economic_mock.client, 2001, "Lars Berg", "lars@example.dk")

    assert economic.contacts_of(economic_mock.client, 2001) == ["Lars Berg", "Mette Holm"]
    created = next(c for c in economic_mock.mock.snapshot()["contacts"] if c["number"] == number)
    assert created["email"] == "lars@example.dk"
    post = next(r for r in economic_mock.mock.request_log if r.operation == "CreateContact")
    assert post.body["name"] == "Lars Berg" and post.headers["x-appsecrettoken"] == "[redacted]"
