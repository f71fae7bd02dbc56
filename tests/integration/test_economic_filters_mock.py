"""client_overlays.economic.filters end to end: filters and sorts built by the overlay, sent
through the generated client to the e-conomic mock, answer what `filters.matches` says;
`collect_in` spreads 450 numbers over three requests and merges them without duplicates."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from economic_suppliers_client import AuthenticatedClient
from economic_suppliers_client.api.contacts import get_all_contacts, get_number_of_contacts, get_page_of_contacts
from economic_suppliers_client.models import Contact, ContactCollection
from filter_eval import matcher

from client_overlays import BadRequestError, RetryPolicy, economic, unwrap
from client_overlays.economic import filters
from client_overlays.economic.filters import ContactFields, Expr, field
from integration.conftest import MOCK_BASE_URL, CountingTransport
from vendor_mocks import FakeClock, create_mock
from vendor_mocks.economic import EconomicMock
from vendor_mocks.economic.mock import APP_SECRET_TOKEN, GRANT_TOKEN


@pytest.fixture(scope="module")
def mock() -> EconomicMock:
    # Read-only tests share one mock: 2,500 seeded contacts, tricky names every seventh.
    created = create_mock("economic-suppliers", clock=FakeClock())
    return created


def connect(transport: Any) -> AuthenticatedClient:
    return economic.connect(
        APP_SECRET_TOKEN,
        GRANT_TOKEN,
        base_url=MOCK_BASE_URL,
        transport=transport,
        retry=RetryPolicy(sleep=lambda seconds: None),
    )


def fetch_all(client: AuthenticatedClient, filter_text: str) -> list[Contact]:
    """Every contact matching `filter_text`, following cursors."""
    found: list[Contact] = []
    cursor: str | None = None
    while True:
        answer = get_all_contacts.sync_detailed(client=client, filter_=filter_text, cursor=cursor or "")
        page = unwrap(answer, ContactCollection)
        found += page.items or []
        if not isinstance(page.cursor, str) or not page.cursor:
            return found
        cursor = page.cursor


def numbers(contacts: list[Contact]) -> list[int]:
    return [contact.number for contact in contacts if isinstance(contact.number, int)]


FILTERS: list[Expr] = [
    ContactFields.name.eq("Kaffe & Co (DK)"),
    ContactFields.name.like("$ dave"),  # contains, any case
    ContactFields.name.like(filters.literal("Star*"), "*"),
    ContactFields.name.in_(["Berg, Lise", "[Team] Invoices", None]),
    ContactFields.supplierNumber.in_([1001, 1002, 1003]) & ContactFields.isDeleted.eq(False),
    ContactFields.email.is_null() & (ContactFields.number.lte(60) | ContactFields.number.gt(4_900)),
    ContactFields.lastUpdated.gte(dt.datetime(2025, 11, 1, tzinfo=dt.UTC)) & ContactFields.name.like("*sen"),
    ContactFields.isDeleted.eq(True) | ContactFields.userInterfaceNumber.in_([1]),
]


@pytest.mark.parametrize("expr", FILTERS, ids=[str(expr) for expr in FILTERS])
def test_the_mock_answers_what_matches_predicts(mock: EconomicMock, expr: Expr) -> None:
    client = connect(mock.transport())
    keep = matcher(expr, model="Contact")
    expected = [record["number"] for record in mock.agreement.contacts if keep(record)]
    assert expected, "each filter should select something in the seeded data"
    assert numbers(fetch_all(client, str(expr))) == expected
    count = unwrap(get_number_of_contacts.sync_detailed(client=client, filter_=str(expr)))
    assert count == len(expected)


def test_a_filter_validate_refuses_is_one_the_mock_refuses_too(mock: EconomicMock) -> None:
    for expr in (field("notes").eq("x"), field("isDeleted").like("x"), field("number").eq("abc")):
        with pytest.raises(filters.FilterError):
            filters.validate(expr, model="Contact")
        with pytest.raises(BadRequestError):
            unwrap(get_all_contacts.sync_detailed(client=connect(mock.transport()), filter_=str(expr)))


def test_sort_keys_order_the_page_as_rendered(mock: EconomicMock) -> None:
    order = filters.sort(ContactFields.supplierNumber.desc(), ContactFields.number.asc())
    page = unwrap(
        get_page_of_contacts.sync_detailed(
            client=connect(mock.transport()),
            filter_=str(ContactFields.supplierNumber.in_([1001, 1002])),
            sort=order,
            page_size=100,
        ),
        list,
    )
    keys = [(contact.supplier_number, contact.number) for contact in page]
    assert keys and keys == sorted(keys, key=lambda key: (-key[0], key[1]))


def test_collect_in_spreads_450_numbers_over_three_requests_and_merges_them(mock: EconomicMock) -> None:
    existing = [record["number"] for record in mock.agreement.contacts]
    asked = existing[1::5][:448]
    wanted = [*asked, 999_999, 999_998, *asked[:6]]  # two unknown numbers; six asked for twice
    assert len(set(wanted)) == 450
    counting = CountingTransport(mock.transport())
    client = connect(counting)
    found = filters.collect_in(lambda text: fetch_all(client, text), ContactFields.number, wanted)
    assert counting.paths["/Contacts"] == 3
    assert sorted(numbers(found)) == sorted(set(wanted) - {999_999, 999_998})
    assert len(numbers(found)) == len(set(numbers(found)))


def test_collect_in_merges_overlapping_answers_without_duplicates(mock: EconomicMock) -> None:
    # Parts that overlap on purpose: every part also asks for the contacts of supplier 1001.
    suppliers = list(range(1001, 1001 + 400))
    overlap = ContactFields.supplierNumber.eq(1001)
    client = connect(mock.transport())
    found = filters.collect_in(
        lambda text: fetch_all(client, str(filters.parse(text) | overlap)), ContactFields.supplierNumber, suppliers
    )
    expected = [r["number"] for r in mock.agreement.contacts if 1001 <= r["supplierNumber"] < 1401]
    assert sorted(numbers(found)) == expected
