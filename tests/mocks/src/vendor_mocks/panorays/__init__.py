"""Panorays public API v2 mock (see `_mock.py` for the behaviour it implements)."""

from __future__ import annotations

from ._cursors import Cursors, Page
from ._data import Company, StoredFile, StoredSupplier
from ._hooks import HookDispatcher, HookRegistration, SentEvent, WebhookTargetRefused, sign
from ._mock import FULL_TOKEN, NO_ACCESS_TOKEN, OTHER_TOKEN, READ_ONLY_TOKEN, Caller, PanoraysMock
from ._rate import RateLimiter, RateLimits, Throttle, TokenRate

__all__ = [
    "FULL_TOKEN",
    "NO_ACCESS_TOKEN",
    "OTHER_TOKEN",
    "READ_ONLY_TOKEN",
    "Caller",
    "Company",
    "Cursors",
    "HookDispatcher",
    "HookRegistration",
    "Page",
    "PanoraysMock",
    "RateLimiter",
    "RateLimits",
    "SentEvent",
    "StoredFile",
    "StoredSupplier",
    "Throttle",
    "TokenRate",
    "WebhookTargetRefused",
    "sign",
]
