"""Auth flows shared by several vendors: static credential headers."""

from __future__ import annotations

from collections.abc import Generator, Mapping

import httpx

from ._redact import mask

__all__ = ["HeaderAuth"]


class HeaderAuth(httpx.Auth):
    """Sets fixed credential headers on every request (API keys, app tokens).

    The repr shows header names and secret lengths only.
    """

    def __init__(self, headers: Mapping[str, str]) -> None:
        empty = [name for name, value in headers.items() if not value]
        if empty:
            raise ValueError(f"empty credential for header(s): {', '.join(empty)}")
        self._headers = dict(headers)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers.update(self._headers)
        yield request

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={mask(value)}" for name, value in self._headers.items())
        return f"{type(self).__name__}({shown})"
