"""The ASGI app factory `vendor-mock --workers N` hands to uvicorn: each worker process
builds its own mock from the same settings (passed in the environment, as uvicorn starts
workers by import string). Same seed, same data: for reads, N workers serve one dataset;
writes land in one worker's state only, so several workers suit read-heavy benchmarks."""

from __future__ import annotations

import json
import os

from starlette.types import ASGIApp

SETTINGS_ENV = "VENDOR_MOCK_SETTINGS"


def app() -> ASGIApp:
    from . import FaultConfig, create_mock  # imported in the worker process, not by the CLI's import of this module

    settings = json.loads(os.environ[SETTINGS_ENV])
    per_operation = {name: FaultConfig(**values) for name, values in settings["faults"].pop("per_operation").items()}
    faults = FaultConfig(**settings["faults"], per_operation=per_operation)
    vendor: str = settings["vendor"]
    mock = create_mock(vendor, faults=faults, **settings["options"])
    if settings.get("state"):
        mock.seed(path=settings["state"])
    return mock.app
