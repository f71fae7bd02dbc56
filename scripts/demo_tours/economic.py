"""e-conomic: create a supplier contact, walk every contact by cursor, filter, update safely, delete."""

from __future__ import annotations

from economic_suppliers_client.api.contacts import (
    create_contact,
    delete_contact_by_id,
    get_all_contacts,
    get_contact_by_id,
    get_number_of_contacts,
    update_contact,
)
from economic_suppliers_client.models import Contact, ContactCollection, CreatedResponse
from economic_suppliers_client.types import UNSET, Unset

from client_overlays import BadRequestError, ForbiddenError, economic, unwrap

from ._common import create_mock, mock_options, mocks_module, step

_tokens = mocks_module("economic.mock")


def tour() -> None:
    mock = create_mock("economic-suppliers")
    client = economic.connect(_tokens.APP_SECRET_TOKEN, _tokens.GRANT_TOKEN, **mock_options(mock))

    body = Contact(name="Jane Doe", supplier_number=1001, email="jane@acme.example")
    created = unwrap(create_contact.sync_detailed(client=client, body=body), CreatedResponse)
    step("create a supplier contact", f"number {created.number} (sent with an Idempotency-Key)")

    pages, seen = 0, 0
    cursor: str | Unset = UNSET
    while True:
        page = unwrap(get_all_contacts.sync_detailed(client=client, cursor=cursor), ContactCollection)
        pages, seen = pages + 1, seen + len(page.items or [])
        if not isinstance(page.cursor, str):
            break
        cursor = page.cursor
    step("walk every contact by cursor", f"{seen} contacts in {pages} pages")

    expression = "name$like:jane$and:supplierNumber$eq:1001"
    count = unwrap(get_number_of_contacts.sync_detailed(client=client, filter_=expression))
    step("count with a filter", f"{count} match {expression}")

    def read() -> Contact:
        return unwrap(get_contact_by_id.sync_detailed(client=client, number=created.number), Contact)

    def write(contact: Contact) -> None:
        unwrap(update_contact.sync_detailed(client=client, body=contact))

    updated = economic.update_with_retry(read, lambda contact: setattr(contact, "phone", "+45 70 20 25 10"), write)
    step("update it (read-modify-write, retried on 409)", f"phone is now {updated.phone}")

    try:
        unwrap(get_all_contacts.sync_detailed(client=client, filter_="notes$eq:vip"))
    except BadRequestError as error:
        step("filter on a non-filterable property (error)", f"BadRequestError: {error.detail.split('; ')[-1][:80]}")

    demo = economic.connect(demo=True, **mock_options(mock))
    try:
        unwrap(delete_contact_by_id.sync_detailed(client=demo, number=created.number))
    except ForbiddenError:
        step("delete with the demo agreement (error)", "ForbiddenError: the demo agreement may only read")
    unwrap(delete_contact_by_id.sync_detailed(client=client, number=created.number))
    step("delete it with the app's own tokens", "204 No Content")
