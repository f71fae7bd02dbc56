"""Contacts named Jensen: create one, read it back, list them with a filter, then tidy up."""

from __future__ import annotations

from typing import assert_type

from economic_suppliers_client.models import Contact, CreatedResponse

from client_overlays import NotFoundError, economic
from client_overlays.economic.filters import ContactFields
from client_overlays.pagination import Paginator


def main() -> None:
    client = economic.connect()  # ECONOMIC_APP_SECRET_TOKEN, ECONOMIC_AGREEMENT_GRANT_TOKEN, ECONOMIC_BASE_URL
    created = client.contacts.create(body=Contact(supplier_number=1001, name="Karen Jensen"))
    assert_type(created, CreatedResponse)
    contact = client.contacts.get(created.number)
    assert_type(contact, Contact)
    assert contact.name == "Karen Jensen"

    jensens = client.contacts.list(filter_=str(ContactFields.name.like("*Jensen*")))
    assert_type(jensens, Paginator[Contact])
    names = [found.name for found in jensens]
    assert "Karen Jensen" in names, names
    assert client.contacts.count(filter_=str(ContactFields.name.like("*Jensen*"))) == len(names)
    order = ContactFields.supplier_number.asc()
    assert [c.number for c in client.contacts.list_paged(sort=str(order), max_items=5)]

    with client:
        client.contacts.delete(created.number)
    try:
        client.contacts.get(created.number)  # after the `with`: the client still works
    except NotFoundError as error:
        print(f"deleted: {error.status_code} {error.detail}")
    else:
        raise SystemExit("the contact is still there")


if __name__ == "__main__":
    main()
