"""Shared machinery of the vendor mocks: clock, faults, spec validation, transports."""

from __future__ import annotations

from .app import Reject, VendorMock, json_response
from .clock import Clock, FakeClock, SystemClock
from .faults import DroppedConnection, FaultConfig, FaultInjector
from .requestlog import REDACTED, LoggedRequest
from .seeding import Collection, SeedError
from .spec import Problem, RequestInvalid, SpecValidator, ValidatedRequest
from .transport import InProcessTransport, serve

__all__ = [
    "REDACTED",
    "Clock",
    "Collection",
    "DroppedConnection",
    "FakeClock",
    "FaultConfig",
    "FaultInjector",
    "InProcessTransport",
    "LoggedRequest",
    "Problem",
    "Reject",
    "RequestInvalid",
    "SeedError",
    "SpecValidator",
    "SystemClock",
    "ValidatedRequest",
    "VendorMock",
    "json_response",
    "serve",
]
