"""The ASGI app factory `scripts/mock.py --workers N` hands to uvicorn: each worker process
builds its own mock from the same settings (passed in the environment, as uvicorn starts
workers by import string). Same seed, same data: for reads, N workers serve one dataset;
writes land in one worker's state only, so several workers suit read-heavy benchmarks."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from starlette.types import ASGIApp

from mocks import FaultConfig, create_mock  # found through tests/, added to the path above

SETTINGS_ENV = "VENDOR_MOCK_SETTINGS"


def app() -> ASGIApp:
    settings = json.loads(os.environ[SETTINGS_ENV])
    faults = FaultConfig(**settings["faults"])
    return create_mock(settings["vendor"], faults=faults, **settings["options"]).app
