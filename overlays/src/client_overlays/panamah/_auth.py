"""Panamah's three credentials, chosen per request, with single-flight stream token handling.

- `/admin/...` and `POST /stream/auth` carry the partner's authorization token.
- `GET /stream/auth/refresh` carries the current refresh token.
- Every other `/stream/...` call carries an access token, obtained on first use by computing
  the stream key (`base64(SHA1(secret + assinanteId + ts))`), and refreshed once, then the
  request replayed, when Panamah answers 403 (its answer to an expired access token).

However many requests hit an expired token at the same moment, in threads or in asyncio
tasks, exactly one refresh goes out: the first to take the lock refreshes, the others find a
new token when they get the lock and simply replay. Each of them reads its 403 answer to the
end before waiting for the lock: over a real connection an unread answer still holds its
connection (a pool of 403s waiting for a refresh that needs a connection would starve it), and
httpx reads the answer again, from memory, when it files it in `response.history`; a 403 closed
unread makes that read raise `httpx.StreamClosed`. Every request carries `x-sdk-identity`.
"""

from __future__ import annotations

import base64
import hashlib
import json
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    import asyncio

from .._redact import mask
from .._responses import error_from_response

__all__ = ["DEFAULT_SDK_IDENTITY", "PARTNER_WIDE", "PanamahAuth", "StreamTokens", "stream_key"]

DEFAULT_SDK_IDENTITY = "panamah-api1.0.0"
PARTNER_WIDE = "*"


def stream_key(secret: str, assinante_id: str, ts: str) -> str:
    """The key `POST /stream/auth` expects: base64 of the raw 20-byte SHA-1 digest."""
    digest = hashlib.sha1((secret + assinante_id + ts).encode()).digest()
    return base64.b64encode(digest).decode("ascii")


@dataclass(frozen=True)
class StreamTokens:
    access: str
    refresh: str

    def __repr__(self) -> str:
        return f"StreamTokens(access={mask(self.access)}, refresh={mask(self.refresh)})"


class PanamahAuth(httpx.Auth):
    """See the module docstring. `clock` gives Unix seconds for the stream key's `ts`."""

    def __init__(
        self,
        *,
        base_url: str,
        partner_token: str,
        partner_secret: str | None = None,
        assinante_id: str = PARTNER_WIDE,
        sdk_identity: str = DEFAULT_SDK_IDENTITY,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not partner_token:
            raise ValueError("the Panamah partner authorization token is empty")
        self._base = httpx.URL(base_url.rstrip("/") + "/")
        self._partner_token = partner_token
        self._partner_secret = partner_secret
        self.assinante_id = assinante_id
        self.sdk_identity = sdk_identity
        self._clock = clock
        self._tokens: StreamTokens | None = None
        self._thread_lock = threading.Lock()
        self._async_locks: dict[asyncio.AbstractEventLoop, asyncio.Lock] = {}
        self.token_requests = 0  # stream auths and refreshes sent, for monitoring and tests

    # --- what each request needs ---------------------------------------------------------------

    def _route(self, request: httpx.Request) -> str:
        path = request.url.path.removeprefix(self._base.path.rstrip("/"))
        if path == "/stream/auth/refresh":
            return "refresh"
        if path.startswith("/admin/") or path == "/stream/auth":
            return "partner"
        return "stream" if path.startswith("/stream/") else "partner"

    def _prepare(self, request: httpx.Request, route: str) -> str | None:
        """Set the identity and the route's credential; returns the access token used, if any."""
        request.headers["x-sdk-identity"] = self.sdk_identity
        if route == "partner":
            request.headers["Authorization"] = self._partner_token
            return None
        tokens = self._tokens
        if tokens is None:
            return None
        request.headers["Authorization"] = tokens.refresh if route == "refresh" else tokens.access
        return tokens.access

    # --- sync ------------------------------------------------------------------------------------

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        route = self._route(request)
        if route == "stream" and self._tokens is None:
            with self._thread_lock:
                if self._tokens is None:
                    yield from self._sync_obtain()
        used = self._prepare(request, route)
        response = yield request
        if route != "stream" or response.status_code != 403:
            return
        response.read()  # before the lock, never close(): see the module docstring
        with self._thread_lock:
            if self._tokens is None or self._tokens.access == used:
                yield from self._sync_renew()
        self._prepare(request, route)
        yield request

    def _sync_obtain(self) -> Generator[httpx.Request, httpx.Response, None]:
        response = yield self._auth_request()
        response.read()
        self._tokens = self._tokens_from(response)

    def _sync_renew(self) -> Generator[httpx.Request, httpx.Response, None]:
        refresh = self._refresh_request()
        if refresh is not None:
            response = yield refresh
            response.read()
            if response.status_code == 200:
                self._tokens = self._tokens_from(response)
                return
        # No refresh token, or it expired too: authenticate from scratch.
        yield from self._sync_obtain()

    # --- async -----------------------------------------------------------------------------------

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        route = self._route(request)
        lock = self._async_lock()
        if route == "stream" and self._tokens is None:
            async with lock:
                if self._tokens is None:
                    response = yield self._auth_request()
                    await response.aread()
                    self._tokens = self._tokens_from(response)
        used = self._prepare(request, route)
        response = yield request
        if route != "stream" or response.status_code != 403:
            return
        await response.aread()  # before the lock, never aclose(): see the module docstring
        async with lock:
            if self._tokens is None or self._tokens.access == used:
                renewed = False
                refresh = self._refresh_request()
                if refresh is not None:
                    answer = yield refresh
                    await answer.aread()
                    if answer.status_code == 200:
                        self._tokens, renewed = self._tokens_from(answer), True
                if not renewed:
                    answer = yield self._auth_request()
                    await answer.aread()
                    self._tokens = self._tokens_from(answer)
        self._prepare(request, route)
        yield request

    def _async_lock(self) -> asyncio.Lock:
        import asyncio  # on the async path only: a sync program never loads asyncio

        # An asyncio.Lock belongs to one event loop; keep one per loop this auth is used on.
        loop = asyncio.get_running_loop()
        with self._thread_lock:
            return self._async_locks.setdefault(loop, asyncio.Lock())

    # --- token requests (I/O-free: built here, sent by httpx) ---------------------------------------------

    def _auth_request(self) -> httpx.Request:
        if not self._partner_secret:
            raise ValueError(
                "streaming needs the partner secret: pass partner_secret=... or set PANAMAH_PARTNER_SECRET"
            )
        self.token_requests += 1
        ts = str(int(self._clock()))
        body = {
            "assinanteId": self.assinante_id,
            "key": stream_key(self._partner_secret, self.assinante_id, ts),
            "ts": ts,
        }
        return httpx.Request(
            "POST",
            self._base.join("stream/auth"),
            headers={
                "Authorization": self._partner_token,
                "x-sdk-identity": self.sdk_identity,
                "Content-Type": "application/json",
            },
            content=json.dumps(body).encode(),
        )

    def _refresh_request(self) -> httpx.Request | None:
        if self._tokens is None:
            return None
        self.token_requests += 1
        return httpx.Request(
            "GET",
            self._base.join("stream/auth/refresh"),
            headers={"Authorization": self._tokens.refresh, "x-sdk-identity": self.sdk_identity},
        )

    @staticmethod
    def _tokens_from(response: httpx.Response) -> StreamTokens:
        if response.status_code != 200:
            raise error_from_response(response)
        data = response.json()
        return StreamTokens(access=str(data["accessToken"]), refresh=str(data["refreshToken"]))

    def __repr__(self) -> str:
        return (
            f"PanamahAuth(partner_token={mask(self._partner_token)}, assinante_id={self.assinante_id!r}, "
            f"sdk_identity={self.sdk_identity!r}, tokens={self._tokens!r})"
        )
