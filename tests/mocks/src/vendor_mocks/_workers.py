"""The ASGI app factory `vendor-mock --workers N` hands to uvicorn: each worker process
builds its own mock from the same settings (passed in the environment, as uvicorn starts
workers by import string). Same seed, same data: for reads, N workers serve one dataset;
writes land in one worker's state only, so several workers suit read-heavy benchmarks."""

from __future__ import annotations

import json
import os
import socket

import uvicorn
from starlette.types import ASGIApp
from uvicorn.supervisors import Multiprocess

SETTINGS_ENV = "VENDOR_MOCK_SETTINGS"


class TcpConfig(uvicorn.Config):
    """uvicorn's config, binding a socket that asyncio recognises as TCP.

    uvicorn binds the socket its workers share with protocol 0, and asyncio sets TCP_NODELAY
    only on connections whose socket says IPPROTO_TCP: without it, an answer written in two
    parts (headers, then a small body) waits for the client's delayed ACK, ~40 ms on Linux."""

    def bind_socket(self) -> socket.socket:
        bound = super().bind_socket()
        return socket.socket(bound.family, bound.type, socket.IPPROTO_TCP, fileno=bound.detach())


def serve_workers(port: int, workers: int) -> None:
    """Run `workers` processes, each building the mock of `SETTINGS_ENV` (see `app`), until stopped."""
    config = TcpConfig(
        f"{__name__}:app",
        factory=True,
        host="127.0.0.1",
        port=port,
        workers=workers,
        log_level="warning",
        lifespan="off",
    )
    Multiprocess(config, sockets=[config.bind_socket()]).run()


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
