"""Shared machinery of the vendor mocks: clock, faults, spec validation, transports."""

from __future__ import annotations

from .app import Reject, VendorMock, json_response
from .clock import Clock, FakeClock, SystemClock
from .faults import DroppedConnection, FaultConfig, FaultInjector
from .spec import Problem, RequestInvalid, SpecValidator, ValidatedRequest
from .transport import InProcessTransport, serve

__all__ = [
    "Clock",
    "DroppedConnection",
    "FakeClock",
    "FaultConfig",
    "FaultInjector",
    "InProcessTransport",
    "Problem",
    "Reject",
    "RequestInvalid",
    "SpecValidator",
    "SystemClock",
    "ValidatedRequest",
    "VendorMock",
    "json_response",
    "serve",
]
