"""Shared test setup: the scripts/ modules (speclib, generate, ...) are importable from tests.

The example integration project has its own tests, run only from installed wheels in a bare
virtual environment (tests/integration/test_example_integration.py), never from here."""

from __future__ import annotations

import sys
from pathlib import Path

_SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"
if str(_SCRIPTS) not in sys.path:
    sys.path.insert(0, str(_SCRIPTS))

collect_ignore = ["example_integration"]
