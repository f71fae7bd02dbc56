"""Hand-written additions to the generated vendor clients.

One subpackage per vendor, each importing only its own generated client:

- `client_overlays.economic` -> `economic_suppliers_client`
- `client_overlays.panamah` -> `panamah_client`
- `client_overlays.panorays` -> `panorays_client`
- `client_overlays.paymentworks` -> `paymentworks_client`
- `client_overlays.pandium` -> `pandium_client`

This top-level package imports no vendor client, so `import client_overlays` works with any
subset of the vendor extras installed.
"""

from __future__ import annotations

from ._version import __version__

__all__ = ["__version__"]
