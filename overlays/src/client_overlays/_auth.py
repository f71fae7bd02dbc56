"""Static credential headers, the auth flow of every vendor but Panamah's."""

from __future__ import annotations

import threading
from collections.abc import Generator, Mapping

import httpx

from ._redact import mask

__all__ = ["HeaderAuth"]


class HeaderAuth(httpx.Auth):
    """Sets fixed credential headers on every request (API keys, bearer and DRF tokens).

    A header can be replaced while clients are in use (`replace`, for token rotation). The
    repr shows header names and secret lengths only.
    """

    def __init__(self, headers: Mapping[str, str]) -> None:
        self._lock = threading.Lock()
        self._headers: dict[str, str] = {}
        self.replace(headers)

    def replace(self, headers: Mapping[str, str]) -> None:
        empty = [name for name, value in headers.items() if not value]
        if empty:
            raise ValueError(f"empty credential for header(s): {', '.join(empty)}")
        with self._lock:
            self._headers = {**self._headers, **headers}

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        with self._lock:
            request.headers.update(self._headers)
        yield request

    def __repr__(self) -> str:
        with self._lock:
            shown = ", ".join(f"{name}={mask(value)}" for name, value in self._headers.items())
        return f"{type(self).__name__}({shown})"
