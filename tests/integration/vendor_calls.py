"""One mock, one `connect()` and one harmless read per vendor, for tests that hold all five
vendors to the same promise (over a real socket: pass the URL `vendor_mocks.serve()` yields)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from economic_suppliers_client.api.contacts import get_all_contacts
from panamah_client.api.admin import get_assinante
from pandium_client.api.tenants import list_tenants
from panorays_client.api.supplier import list_suppliers
from paymentworks_client.api.updates import list_updates

from client_overlays import economic, panamah, pandium, panorays, paymentworks
from vendor_mocks import VendorMock, create_mock
from vendor_mocks.economic import APP_SECRET_TOKEN, GRANT_TOKEN
from vendor_mocks.pandium import DEFAULT_API_KEY
from vendor_mocks.panorays import FULL_TOKEN
from vendor_mocks.paymentworks import DEFAULT_USER_ID

__all__ = ["CASES", "VendorCase"]


@dataclass(frozen=True)
class VendorCase:
    slug: str
    connect_function: Callable[..., Any]  # the vendor's connect()
    credentials: Callable[[Any], list[str]]  # mock -> connect()'s positional credentials
    read: Callable[[Any], Any]  # client -> the generated *_detailed response of one GET

    def mock(self) -> VendorMock:
        return create_mock(self.slug)

    def connect(self, mock: VendorMock, base_url: str, **options: Any) -> Any:
        return self.connect_function(*self.credentials(mock), base_url=base_url, **options)


CASES = [
    VendorCase(
        "economic-suppliers",
        economic.connect,
        lambda mock: [APP_SECRET_TOKEN, GRANT_TOKEN],
        lambda client: get_all_contacts.sync_detailed(client=client),
    ),
    VendorCase(
        "panamah",
        panamah.connect,
        lambda mock: [mock.partner_token, mock.partner_secret],
        lambda client: get_assinante.sync_detailed("03954345000109", client=client),
    ),
    VendorCase(
        "pandium",
        pandium.connect,
        lambda mock: [DEFAULT_API_KEY],
        lambda client: list_tenants.sync_detailed(client=client),
    ),
    VendorCase(
        "panorays",
        panorays.connect,
        lambda mock: [FULL_TOKEN],
        lambda client: list_suppliers.sync_detailed(client=client),
    ),
    VendorCase(
        "paymentworks",
        paymentworks.connect,
        lambda mock: [mock.users[DEFAULT_USER_ID].token],
        lambda client: list_updates.sync_detailed(client=client),
    ),
]
