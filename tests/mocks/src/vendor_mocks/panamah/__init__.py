"""The Panamah Core mock (see `mock.py` for the behaviour it reproduces)."""

from __future__ import annotations

from .mock import DEFAULT_PARTNER_SECRET, DEFAULT_PARTNER_TOKEN, SDK_IDENTITY, PanamahMock
from .sessions import PARTNER_WIDE, stream_key

__all__ = [
    "DEFAULT_PARTNER_SECRET",
    "DEFAULT_PARTNER_TOKEN",
    "PARTNER_WIDE",
    "SDK_IDENTITY",
    "PanamahMock",
    "stream_key",
]
