"""A mock running for a test, without pytest: in-process (an httpx transport, no sockets) or
served by uvicorn on 127.0.0.1 on a free port, on a `FakeClock`, patching nothing global.

    with vendor_mocks.running("economic") as running:
        client = running.client                    # client_overlays.economic.connect(...) on the mock
        running.mock.seed({"contacts": [...]})
        running.mock.advance(3600)
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ._core import FakeClock, InProcessTransport, VendorMock, serve

__all__ = ["IN_PROCESS_URL", "RunningMock", "running"]

# An in-process client needs some base URL; `.invalid` can never reach a real host (RFC 2606).
IN_PROCESS_URL = "http://mock.invalid"


@dataclass
class RunningMock:
    """A mock and how to reach it: `base_url`, and `transport` when in-process (None when served)."""

    mock: VendorMock
    base_url: str
    transport: InProcessTransport | None
    _clients: list[Any] = field(default_factory=list, repr=False)
    _client: Any = field(default=None, repr=False)

    @property
    def served(self) -> bool:
        return self.transport is None

    @property
    def client(self) -> Any:
        """A client from `connect()` with the mock's credentials, made on first use and kept."""
        if self._client is None:
            self._client = self.connect()
        return self._client

    def connect_arguments(self) -> dict[str, Any]:
        """Everything `client_overlays.<vendor>.connect()` needs to talk to this mock."""
        arguments: dict[str, Any] = {**self.mock.connect_arguments(), "base_url": self.base_url}
        if self.transport is not None:
            arguments["transport"] = self.transport
        return arguments

    def connect(self, **overrides: Any) -> Any:
        """The vendor's client from `client_overlays.<vendor>.connect()`, aimed at this mock (any
        argument of connect() may be overridden). Needs the client-overlays distribution with
        the vendor's extra; it is imported only here, so the mocks run without it."""
        module_name = f"client_overlays.{self.mock.overlay}"
        try:
            overlay = importlib.import_module(module_name)
        except ImportError as error:
            raise ImportError(
                f"running.connect() needs {module_name} ({error}): install client-overlays[{self.mock.overlay}] "
                "(or vendor-api-mocks[clients]); without it, use running.base_url / running.transport "
                "and the credentials in vendor_mocks.credentials with your own client"
            ) from error
        arguments = {**self.connect_arguments(), **_clock_arguments(self.mock, overlay), **overrides}
        client = overlay.connect(**arguments)
        self._clients.append(client)
        return client

    def close_clients(self) -> None:
        """Close the sync httpx clients of the clients `connect()` made (their sockets, when served).
        An async client belongs to its event loop: close it there (`await client.__aexit__(...)`)."""
        for client in self._clients:
            httpx_client = getattr(client, "_client", None)  # created by the generated client on first use
            if httpx_client is not None:
                httpx_client.close()
        self._clients.clear()


def _clock_arguments(mock: VendorMock, overlay: Any) -> dict[str, Any]:
    """Clients whose own behaviour depends on time read the mock's clock, so moving it moves both:
    Panamah signs its stream login with a timestamp the mock checks against its clock, and
    Panorays' rate limiter waits by advancing the mock's clock instead of sleeping."""
    clock = mock.clock
    if not isinstance(clock, FakeClock):
        return {}
    if mock.overlay == "panamah":
        return {"clock": clock.now}
    if mock.overlay == "panorays":

        async def advance_async(seconds: float) -> None:
            clock.advance(seconds)

        limiter = overlay.TokenBucket(
            limit=overlay.RATE_LIMIT,
            window=overlay.RATE_WINDOW,
            clock=clock.now,
            sleep=clock.advance,
            async_sleep=advance_async,
        )
        return {"limiter": limiter}
    return {}


@contextlib.contextmanager
def running(vendor: str, *, served: bool = False, **options: Any) -> Iterator[RunningMock]:
    """Build the vendor's mock (`options` go to its constructor; `clock` defaults to a fresh
    `FakeClock`) and yield it in-process, or `served=True` on 127.0.0.1 on a free port."""
    from . import create_mock  # the package imports this module

    options.setdefault("clock", FakeClock())
    mock = create_mock(vendor, **options)
    handle: RunningMock | None = None
    try:
        if served:
            with serve(mock.app) as base_url:
                handle = RunningMock(mock, base_url, None)
                yield handle
        else:
            handle = RunningMock(mock, IN_PROCESS_URL, mock.transport())
            yield handle
    finally:
        if handle is not None:
            handle.close_clients()
        mock.close()
