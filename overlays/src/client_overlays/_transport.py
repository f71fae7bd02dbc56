"""The innermost layer of every client: hands each answer up with the request it answers (for
typed errors, `AnsweredHeaders`) and, when asked, logs each attempt with credentials redacted."""

from __future__ import annotations

import logging
import time

import httpx

from ._redact import redact_headers, redact_url
from ._responses import AnsweredHeaders, Classify

__all__ = ["Inner", "Layer", "ObservedTransport", "enable_debug_logging", "logger"]

logger = logging.getLogger("client_overlays.http")
Inner = httpx.BaseTransport | httpx.AsyncBaseTransport


def enable_debug_logging() -> None:
    """Show the overlay's request log on stderr (idempotent; respects existing handlers)."""
    package_logger = logging.getLogger("client_overlays")
    package_logger.setLevel(logging.DEBUG)
    if not package_logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        package_logger.addHandler(handler)


class Layer(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """One layer of a client's transport stack, over a transport that is sync, async or both
    (None: the network, both ways); closing the layer closes what it wraps."""

    def __init__(self, transport: Inner | None) -> None:
        self._sync_inner: httpx.BaseTransport | None
        self._async_inner: httpx.AsyncBaseTransport | None
        if transport is None:  # the network: httpx's own connection pools, one per side
            self._sync_inner, self._async_inner = httpx.HTTPTransport(), httpx.AsyncHTTPTransport()
            return
        self._sync_inner = transport if isinstance(transport, httpx.BaseTransport) else None
        self._async_inner = transport if isinstance(transport, httpx.AsyncBaseTransport) else None

    @property
    def sync_inner(self) -> httpx.BaseTransport:
        if self._sync_inner is None:
            raise RuntimeError("this client's transport is async-only; use the asyncio functions")
        return self._sync_inner

    @property
    def async_inner(self) -> httpx.AsyncBaseTransport:
        if self._async_inner is None:
            raise RuntimeError("this client's transport is sync-only; use the sync functions")
        return self._async_inner

    def close(self) -> None:
        if self._sync_inner is not None:
            self._sync_inner.close()

    async def aclose(self) -> None:
        if self._async_inner is not None:
            await self._async_inner.aclose()


class ObservedTransport(Layer):
    """The innermost layer: changes nothing that goes over the wire."""

    def __init__(self, transport: Inner | None = None, *, classify: Classify | None = None) -> None:
        super().__init__(transport)
        self.classify = classify

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        inner, started = self.sync_inner, _log_request(request)
        try:
            return _observed(request, inner.handle_request(request), started, self.classify)
        except httpx.TransportError as error:
            _log_failure(request, error, started)
            raise

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        inner, started = self.async_inner, _log_request(request)
        try:
            return _observed(request, await inner.handle_async_request(request), started, self.classify)
        except httpx.TransportError as error:
            _log_failure(request, error, started)
            raise


def _log_request(request: httpx.Request) -> float:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "-> %s %s headers=%s",
            request.method,
            redact_url(request.url),
            redact_headers(request.headers.multi_items()),
        )
    return time.perf_counter()


def _observed(
    request: httpx.Request, response: httpx.Response, started: float, classify: Classify | None
) -> httpx.Response:
    response.request = request
    response.headers = AnsweredHeaders(response, request, classify)
    if logger.isEnabledFor(logging.DEBUG):
        elapsed = (time.perf_counter() - started) * 1000
        logger.debug("<- %s %s %s (%.1f ms)", response.status_code, request.method, redact_url(request.url), elapsed)
    return response


def _log_failure(request: httpx.Request, error: Exception, started: float) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        elapsed = (time.perf_counter() - started) * 1000
        logger.debug("<- %s on %s %s (%.1f ms)", type(error).__name__, request.method, redact_url(request.url), elapsed)
