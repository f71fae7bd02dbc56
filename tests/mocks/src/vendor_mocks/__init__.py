"""Stateful mock servers that behave like the five vendors (see README, "Mocks").

`create_mock(slug)` builds one; each mock is an ASGI app (`mock.app`) with an in-process
httpx transport (`mock.transport()`), an injectable clock and seeded fault injection.
"""

from __future__ import annotations

import importlib
from typing import Any

from ._core import FakeClock, FaultConfig, VendorMock, serve
from ._core.specs import canonical_slug

__all__ = ["MOCK_CLASSES", "FakeClock", "FaultConfig", "VendorMock", "create_mock", "serve"]

# vendor slug -> "module:class"; modules are imported on demand.
MOCK_CLASSES = {
    "economic-suppliers": "economic:EconomicMock",
    "panamah": "panamah:PanamahMock",
    "pandium": "pandium:PandiumMock",
    "panorays": "panorays:PanoraysMock",
    "paymentworks": "paymentworks:PaymentWorksMock",
}


def create_mock(vendor: str, **options: Any) -> VendorMock:
    """The vendor's mock (`economic` or `economic-suppliers`, `panamah`, `pandium`, `panorays`,
    `paymentworks`), built with the mock class's keyword options (`clock=`, `faults=`, sizes)."""
    slug = canonical_slug(vendor)
    module_name, class_name = MOCK_CLASSES[slug].split(":")
    module = importlib.import_module(f"{__name__}.{module_name}")
    mock: VendorMock = getattr(module, class_name)(**options)
    return mock
