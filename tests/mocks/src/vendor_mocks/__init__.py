"""Stateful mock servers that behave like five vendor APIs (distribution `vendor-api-mocks`).

`create_mock(vendor)` builds one; each mock is an ASGI app (`mock.app`) with an in-process
httpx transport (`mock.transport()`), an injectable clock, seeded fault injection and the
test-facing API of `VendorMock`. `running(vendor)` yields one ready for a test, in-process or
served on 127.0.0.1; the pytest plugin (`vendor_mocks.pytest_plugin`) wraps that in fixtures.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Literal, overload

from ._core import REDACTED, FakeClock, FaultConfig, LoggedRequest, SeedError, VendorMock, serve
from ._core.specs import canonical_slug
from ._running import IN_PROCESS_URL, RunningMock, running

if TYPE_CHECKING:  # the mock modules are imported on demand, only the one asked for
    from .economic import EconomicMock
    from .panamah import PanamahMock
    from .pandium import PandiumMock
    from .panorays import PanoraysMock
    from .paymentworks import PaymentWorksMock

__all__ = [
    "IN_PROCESS_URL",
    "MOCK_CLASSES",
    "REDACTED",
    "FakeClock",
    "FaultConfig",
    "LoggedRequest",
    "RunningMock",
    "SeedError",
    "VendorMock",
    "create_mock",
    "running",
    "serve",
]

# vendor slug -> "module:class"; modules are imported on demand.
MOCK_CLASSES = {
    "economic-suppliers": "economic:EconomicMock",
    "panamah": "panamah:PanamahMock",
    "pandium": "pandium:PandiumMock",
    "panorays": "panorays:PanoraysMock",
    "paymentworks": "paymentworks:PaymentWorksMock",
}


@overload
def create_mock(vendor: Literal["economic", "economic-suppliers"], **options: Any) -> EconomicMock: ...
@overload
def create_mock(vendor: Literal["panamah"], **options: Any) -> PanamahMock: ...
@overload
def create_mock(vendor: Literal["pandium"], **options: Any) -> PandiumMock: ...
@overload
def create_mock(vendor: Literal["panorays"], **options: Any) -> PanoraysMock: ...
@overload
def create_mock(vendor: Literal["paymentworks"], **options: Any) -> PaymentWorksMock: ...
@overload
def create_mock(vendor: str, **options: Any) -> VendorMock: ...
def create_mock(vendor: str, **options: Any) -> VendorMock:
    """The vendor's mock (`economic` or `economic-suppliers`, `panamah`, `pandium`, `panorays`,
    `paymentworks`), built with the mock class's keyword options (`clock=`, `faults=`, sizes);
    typed as the vendor's mock class when the name is a literal."""
    slug = canonical_slug(vendor)
    module_name, class_name = MOCK_CLASSES[slug].split(":")
    module = importlib.import_module(f"{__name__}.{module_name}")
    mock: VendorMock = getattr(module, class_name)(**options)
    return mock
