"""Panorays' bearer token."""

from __future__ import annotations

from collections.abc import Generator

import httpx

from .._redact import mask

__all__ = ["BearerAuth"]


class BearerAuth(httpx.Auth):
    def __init__(self, token: str) -> None:
        if not token:
            raise ValueError("the Panorays API token is empty")
        self._token = token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self._token}"
        yield request

    def __repr__(self) -> str:
        return f"BearerAuth(token={mask(self._token)})"
