"""The mocks' test credentials, as the arguments of `client_overlays.<vendor>.connect()`.

    from client_overlays import economic
    from vendor_mocks.credentials import ECONOMIC

    client = economic.connect(**ECONOMIC, base_url=running.base_url, transport=running.transport)

These are what a mock built with its default options accepts (`mock.connect_arguments()`
tells a given mock's, e.g. PaymentWorks' token after a rotation). Schemes (`Bearer`,
`Token`) are not part of them: `connect()` adds them.
"""

from __future__ import annotations

from types import MappingProxyType

from .economic.mock import APP_SECRET_TOKEN, GRANT_TOKEN
from .panamah.mock import DEFAULT_PARTNER_SECRET, DEFAULT_PARTNER_TOKEN
from .pandium.mock import DEFAULT_API_KEY
from .panorays._mock import FULL_TOKEN
from .paymentworks import DEFAULT_TOKEN

__all__ = ["CONNECT_ARGUMENTS", "ECONOMIC", "PANAMAH", "PANDIUM", "PANORAYS", "PAYMENTWORKS"]

ECONOMIC = MappingProxyType({"app_secret_token": APP_SECRET_TOKEN, "agreement_grant_token": GRANT_TOKEN})
PANAMAH = MappingProxyType({"partner_token": DEFAULT_PARTNER_TOKEN, "partner_secret": DEFAULT_PARTNER_SECRET})
PANDIUM = MappingProxyType({"api_key": DEFAULT_API_KEY})
PANORAYS = MappingProxyType({"token": FULL_TOKEN})
PAYMENTWORKS = MappingProxyType({"token": DEFAULT_TOKEN})

CONNECT_ARGUMENTS = MappingProxyType(
    {
        "economic-suppliers": ECONOMIC,
        "panamah": PANAMAH,
        "pandium": PANDIUM,
        "panorays": PANORAYS,
        "paymentworks": PAYMENTWORKS,
    }
)
