"""Shared machinery of the vendor mocks: clock, faults, spec validation, transports."""

from __future__ import annotations

from .app import MIB, Reject, VendorMock, json_response
from .clock import Clock, FakeClock, SystemClock
from .faults import DroppedConnection, FaultConfig, FaultInjector
from .limits import MAX_JSON_DEPTH, BodyGuard, json_depth_exceeds
from .requestlog import REDACTED, LoggedRequest
from .seeding import Collection, SeedError
from .spec import Problem, RequestInvalid, SpecValidator, ValidatedRequest
from .transport import InProcessTransport, serve

__all__ = [
    "MAX_JSON_DEPTH",
    "MIB",
    "REDACTED",
    "BodyGuard",
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
    "json_depth_exceeds",
    "json_response",
    "serve",
]
