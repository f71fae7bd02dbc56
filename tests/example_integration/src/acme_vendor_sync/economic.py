"""Keep supplier contacts in e-conomic."""

from __future__ import annotations

from economic_suppliers_client import AuthenticatedClient
from economic_suppliers_client.api.contacts import create_contact, get_all_contacts
from economic_suppliers_client.models import Contact, CreatedResponse

from client_overlays import unwrap
from client_overlays.economic.filters import ContactFields
from client_overlays.economic.pagination import paginate_cursor


def add_contact(client: AuthenticatedClient, supplier_number: int, name: str, email: str) -> int:
    """Create a contact; returns its number."""
    body = Contact(name=name, supplier_number=supplier_number, email=email)
    return unwrap(create_contact.sync_detailed(client=client, body=body), CreatedResponse).number


def contacts_of(client: AuthenticatedClient, supplier_number: int) -> list[str]:
    """Names of a supplier's contacts, across every page."""
    expression = ContactFields.supplierNumber.eq(supplier_number)
    contacts = paginate_cursor(get_all_contacts.sync_detailed, client=client, filter_=str(expression))
    return sorted(contact.name for contact in contacts)
