"""Pandium API v2 mock (see `mock.py` for the behaviour it reproduces)."""

from __future__ import annotations

from .mock import DEFAULT_API_KEY, PandiumMock

__all__ = ["DEFAULT_API_KEY", "PandiumMock"]
