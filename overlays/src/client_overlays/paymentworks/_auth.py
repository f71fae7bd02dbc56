"""PaymentWorks' Django REST framework token authentication."""

from __future__ import annotations

import threading
from collections.abc import Generator

import httpx

from .._redact import mask

__all__ = ["TokenAuth"]


class TokenAuth(httpx.Auth):
    """`Authorization: Token <token>`; the token can be swapped while clients are in use."""

    def __init__(self, token: str) -> None:
        self._token = token
        self._lock = threading.Lock()

    @property
    def token(self) -> str:
        with self._lock:
            return self._token

    @token.setter
    def token(self, value: str) -> None:
        if not value:
            raise ValueError("the new PaymentWorks token is empty")
        with self._lock:
            self._token = value

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Token {self.token}"
        yield request

    def __repr__(self) -> str:
        return f"TokenAuth(token={mask(self.token)})"
