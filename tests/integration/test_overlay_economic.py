"""client_overlays.economic against the e-conomic mock: token pair and demo agreement,
idempotency keys that make retried writes safe, object-version conflicts and their
read-modify-write helper, and typed errors for every documented status."""

from __future__ import annotations

import threading
from typing import Any

import httpx
import pytest
from economic_suppliers_client import AuthenticatedClient
from economic_suppliers_client.api.contacts import (
    create_contact,
    delete_contact_by_id,
    get_all_contacts,
    get_contact_by_id,
    update_contact,
)
from economic_suppliers_client.models import Contact, ContactCollection, CreatedResponse

from client_overlays import (
    BadRequestError,
    ForbiddenError,
    NotFoundError,
    ObjectVersionConflictError,
    RetryPolicy,
    UnauthorizedError,
    economic,
    unwrap,
)
from integration.conftest import CountingTransport, Wire
from vendor_mocks import FakeClock, FaultConfig, create_mock
from vendor_mocks.economic import EconomicMock
from vendor_mocks.economic.mock import APP_SECRET_TOKEN, GRANT_TOKEN, GRANT_WITHOUT_ROLES


@pytest.fixture
def mock() -> EconomicMock:
    created = create_mock("economic-suppliers", clock=FakeClock(), contacts=120, groups=5)
    return created


def connect(mock: EconomicMock, wire: Wire, transport: Any = None, **options: Any) -> AuthenticatedClient:
    options.setdefault("retry", RetryPolicy(sleep=lambda seconds: None))
    if not options.pop("demo", False):
        options.setdefault("app_secret_token", APP_SECRET_TOKEN)
        options.setdefault("agreement_grant_token", GRANT_TOKEN)
    else:
        options["demo"] = True
    return economic.connect(base_url=wire.base_url, transport=transport or wire.transport(), **options)


def new_contact(name: str = "Jane Doe") -> Contact:
    return Contact(name=name, supplier_number=1001)


def test_token_pair_end_to_end(mock: EconomicMock, wire: Wire) -> None:
    page = unwrap(get_all_contacts.sync_detailed(client=connect(mock, wire)), ContactCollection)
    assert len(page.items or []) == 120


def test_demo_agreement_reads_but_cannot_write(mock: EconomicMock, wire: Wire) -> None:
    client = connect(mock, wire, demo=True)
    assert unwrap(get_all_contacts.sync_detailed(client=client), ContactCollection).items
    with pytest.raises(ForbiddenError):
        unwrap(create_contact.sync_detailed(client=client, body=new_contact()))


def test_a_dropped_post_answer_is_retried_and_creates_exactly_one_contact(mock: EconomicMock, wire: Wire) -> None:
    counting = CountingTransport(wire.transport())
    before = len(mock.agreement.contacts)
    mock.faults = FaultConfig(seed=3, rate_drop=1.0)  # the contact is stored, the answer lost
    calls: list[int] = []

    def lift_after_first_loss(seconds: float) -> None:
        calls.append(1)
        mock.faults = FaultConfig()

    client = connect(mock, wire, counting, retry=RetryPolicy(sleep=lift_after_first_loss))
    created = unwrap(create_contact.sync_detailed(client=client, body=new_contact("Only Once")), CreatedResponse)
    assert counting.paths["/Contacts"] == 2, "the POST was sent twice: once lost, once replayed"
    assert len(mock.agreement.contacts) == before + 1, "yet exactly one contact exists"
    assert [c["name"] for c in mock.agreement.contacts if c["name"] == "Only Once"] == ["Only Once"]
    assert created.number == max(c["number"] for c in mock.agreement.contacts)
    assert calls == [1]


def test_every_retry_of_a_write_reuses_its_idempotency_key(mock: EconomicMock, wire: Wire) -> None:
    seen: list[str] = []

    class Recording(httpx.BaseTransport):
        def __init__(self) -> None:
            self.inner = wire.transport()

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            seen.append(request.headers["Idempotency-Key"])
            return self.inner.handle_request(request)

    waits: list[float] = []

    def lift_after_two_retries(seconds: float) -> None:
        waits.append(seconds)
        if len(waits) % 2 == 0:
            mock.faults = FaultConfig()

    mock.faults = FaultConfig(rate_503=1.0)
    client = connect(mock, wire, Recording(), retry=RetryPolicy(retries=10, sleep=lift_after_two_retries))
    unwrap(create_contact.sync_detailed(client=client, body=new_contact("Keyed")))
    mock.faults = FaultConfig(rate_503=1.0)
    unwrap(create_contact.sync_detailed(client=client, body=new_contact("Keyed Too")))
    assert len(seen) == 6, "each write: two 503s, then success"
    assert len(set(seen[:3])) == 1 and len(set(seen[3:])) == 1, "retries reuse their request's key"
    assert seen[0] != seen[3], "each logical request has its own key"


def test_a_callers_own_idempotency_key_is_kept(mock: EconomicMock, wire: Wire) -> None:
    client = connect(mock, wire)
    first = unwrap(create_contact.sync_detailed(client=client, body=new_contact("Mine"), idempotency_key="order-42"))
    again = create_contact.sync_detailed(client=client, body=new_contact("Mine"), idempotency_key="order-42")
    assert unwrap(again, CreatedResponse).number == first.number
    assert again.headers["X-ResultFromCache"] == "true"


def first_numbers(mock: EconomicMock, count: int) -> list[int]:
    return sorted(record["number"] for record in mock.agreement.contacts)[:count]


def test_stale_object_version_raises_a_conflict(mock: EconomicMock, wire: Wire) -> None:
    client = connect(mock, wire)
    number = first_numbers(mock, 1)[0]
    contact = unwrap(get_contact_by_id.sync_detailed(client=client, number=number), Contact)
    other = unwrap(get_contact_by_id.sync_detailed(client=client, number=number), Contact)
    other.phone = "+45 11 11 11 11"
    unwrap(update_contact.sync_detailed(client=client, body=other))
    contact.phone = "+45 22 22 22 22"
    with pytest.raises(ObjectVersionConflictError) as caught:
        unwrap(update_contact.sync_detailed(client=client, body=contact))
    assert caught.value.status_code == 409
    assert "Version does not match" in str(caught.value) or "version" in str(caught.value).lower()


def test_update_with_retry_reapplies_a_change_after_a_concurrent_write(mock: EconomicMock, wire: Wire) -> None:
    client = connect(mock, wire)
    number = first_numbers(mock, 2)[1]
    interfered = threading.Event()

    def read() -> Contact:
        contact = unwrap(get_contact_by_id.sync_detailed(client=client, number=number), Contact)
        if not interfered.is_set():  # someone else writes between our read and our write
            interfered.set()
            rival = unwrap(get_contact_by_id.sync_detailed(client=client, number=number), Contact)
            rival.notes = "edited elsewhere"
            unwrap(update_contact.sync_detailed(client=client, body=rival))
        return contact

    def write(contact: Contact) -> None:
        unwrap(update_contact.sync_detailed(client=client, body=contact))

    economic.update_with_retry(read, lambda contact: setattr(contact, "phone", "+45 33 33 33 33"), write)
    final = unwrap(get_contact_by_id.sync_detailed(client=client, number=number), Contact)
    assert final.phone == "+45 33 33 33 33" and final.notes == "edited elsewhere", "both writes survive"


def test_update_with_retry_gives_up_after_its_attempts() -> None:
    def always_conflicts(contact: object) -> None:
        raise ObjectVersionConflictError(status_code=409, method="PUT", url="", body=None)

    with pytest.raises(ObjectVersionConflictError):
        economic.update_with_retry(lambda: object(), lambda contact: None, always_conflicts, attempts=2)


@pytest.mark.parametrize(
    ("call", "error_class"),
    [
        (lambda c: get_contact_by_id.sync_detailed(client=c, number=999_999), NotFoundError),
        (lambda c: delete_contact_by_id.sync_detailed(client=c, number=999_999), NotFoundError),
        (lambda c: get_all_contacts.sync_detailed(client=c, filter_="notes$eq:x"), BadRequestError),
    ],
)
def test_documented_errors_are_typed(mock: EconomicMock, wire: Wire, call: Any, error_class: type[Exception]) -> None:
    with pytest.raises(error_class) as caught:
        unwrap(call(connect(mock, wire)))
    assert APP_SECRET_TOKEN not in str(caught.value) and GRANT_TOKEN not in str(caught.value)


def test_unauthorized_and_missing_roles_are_typed(mock: EconomicMock, wire: Wire) -> None:
    with pytest.raises(UnauthorizedError):
        unwrap(get_all_contacts.sync_detailed(client=connect(mock, wire, agreement_grant_token="eco-wrong")))
    with pytest.raises(ForbiddenError):
        unwrap(get_all_contacts.sync_detailed(client=connect(mock, wire, agreement_grant_token=GRANT_WITHOUT_ROLES)))


def test_problem_details_reach_the_error(mock: EconomicMock, wire: Wire) -> None:
    with pytest.raises(BadRequestError) as caught:
        unwrap(get_all_contacts.sync_detailed(client=connect(mock, wire), filter_="notes$eq:x"))
    assert "notes" in caught.value.detail
