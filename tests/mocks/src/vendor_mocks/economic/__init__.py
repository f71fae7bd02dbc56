"""Visma e-conomic Suppliers API mock (`economic-suppliers`): see `mock.py` for its behaviour,
`filters.py` / `sorting.py` for the filter and sort grammars and `state.py` for the seeded data."""

from __future__ import annotations

from .mock import APP_SECRET_TOKEN, DEMO_TOKEN, GRANT_TOKEN, GRANT_WITHOUT_ROLES, EconomicMock

__all__ = ["APP_SECRET_TOKEN", "DEMO_TOKEN", "GRANT_TOKEN", "GRANT_WITHOUT_ROLES", "EconomicMock"]
