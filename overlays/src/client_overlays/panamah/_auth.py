"""Panamah's three credentials, chosen per request, with single-flight stream token handling.

Which credential an operation takes is the spec's per-operation `security` (read from the
generated `_generated/panamah.py`, matched by method and path template):

- `partnerToken` (the admin API and `authenticateStream`): the partner's authorization token.
- `refreshToken` (`refreshStreamTokens`): the current refresh token.
- `accessToken` (the other stream calls): an access token, obtained on first use by computing
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
import re
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    import asyncio

    from panamah_client.models import StreamTokens

from .._redact import mask
from .._responses import make_status_error
from .._settings import MissingCredentialError
from .._specfacts import spec_facts

__all__ = ["DEFAULT_SDK_IDENTITY", "PARTNER_WIDE", "PanamahAuth", "stream_key"]

DEFAULT_SDK_IDENTITY = "panamah-api1.0.0"
PARTNER_WIDE = "*"
spec = spec_facts("panamah")
_AUTHORIZATION = spec.credential_headers["partnerToken"]
_IDENTITY = spec.credential_headers["sdkIdentity"]
# (method, path pattern, the credential scheme the operation takes), from the spec's `security`.
_ROUTES = [
    (method, re.compile(re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)) + "$"), schemes[0])
    for (method, path), schemes in spec.operation_security.items()
]
# What a token exchange yields: a request to send, answered by its (already read) response.
Exchange = Generator[httpx.Request, httpx.Response, None]


def stream_key(secret: str, assinante_id: str, ts: str) -> str:
    """The key `POST /stream/auth` expects: base64 of the raw 20-byte SHA-1 digest."""
    digest = hashlib.sha1((secret + assinante_id + ts).encode()).digest()
    return base64.b64encode(digest).decode("ascii")


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
            raise MissingCredentialError("the Panamah partner authorization token is empty")
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

    def _scheme(self, request: httpx.Request) -> str:
        path = request.url.path.removeprefix(self._base.path.rstrip("/"))
        for method, pattern, scheme in _ROUTES:
            if method == request.method and pattern.match(path):
                return scheme
        return "partnerToken"  # an operation the spec does not list: the partner's own token

    def _prepare(self, request: httpx.Request, scheme: str) -> str | None:
        """Set the identity and the scheme's credential; returns the access token used, if any."""
        request.headers[_IDENTITY] = self.sdk_identity
        tokens = self._tokens
        if scheme == "partnerToken":
            request.headers[_AUTHORIZATION] = self._partner_token
        elif tokens is not None:
            request.headers[_AUTHORIZATION] = tokens.refresh_token if scheme == "refreshToken" else tokens.access_token
            return tokens.access_token
        return None

    def _stale(self, used: str | None) -> bool:
        """No tokens yet, or still the access token an answer just refused."""
        return self._tokens is None or (used is not None and self._tokens.access_token == used)

    # --- the flows: one exchange (`_renew`), driven by each side's lock and reads -----------------

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        scheme, used = self._scheme(request), None
        for attempt in (1, 2):
            if scheme == "accessToken" and self._stale(used):
                with self._thread_lock:
                    exchange = self._renew(used)
                    step = next(exchange, None)
                    while step is not None:
                        answer = yield step
                        answer.read()
                        step = _send(exchange, answer)
            used = self._prepare(request, scheme)
            response = yield request
            if scheme != "accessToken" or response.status_code != 403 or attempt == 2:
                return
            response.read()  # before the lock, never close(): see the module docstring

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        scheme, used = self._scheme(request), None
        for attempt in (1, 2):
            if scheme == "accessToken" and self._stale(used):
                async with self._async_lock():
                    exchange = self._renew(used)
                    step = next(exchange, None)
                    while step is not None:
                        answer = yield step
                        await answer.aread()
                        step = _send(exchange, answer)
            used = self._prepare(request, scheme)
            response = yield request
            if scheme != "accessToken" or response.status_code != 403 or attempt == 2:
                return
            await response.aread()  # before the lock, never aclose(): see the module docstring

    def _async_lock(self) -> asyncio.Lock:
        import asyncio  # on the async path only: a sync program never loads asyncio

        # An asyncio.Lock belongs to one event loop; keep one per loop this auth is used on.
        loop = asyncio.get_running_loop()
        with self._thread_lock:
            return self._async_locks.setdefault(loop, asyncio.Lock())

    def _renew(self, used: str | None) -> Exchange:
        """Under the lock: new tokens unless another request already renewed them. A refresh when
        there are tokens to refresh; when there are none, or the refresh token expired too,
        authentication from scratch."""
        if not self._stale(used):
            return
        if self._tokens is not None:
            answer = yield self._token_request("refreshStreamTokens", self._tokens.refresh_token)
            if answer.status_code == 200:
                self._tokens = _tokens_from(answer)
                return
        answer = yield self._auth_request()
        self._tokens = _tokens_from(answer)

    def _token_request(self, operation: str, credential: str, body: object = None) -> httpx.Request:
        self.token_requests += 1
        method, path = spec.operations[operation]
        headers = {_AUTHORIZATION: credential, _IDENTITY: self.sdk_identity}
        return httpx.Request(method, self._base.join(path.lstrip("/")), headers=headers, json=body)

    def _auth_request(self) -> httpx.Request:
        if not self._partner_secret:
            raise MissingCredentialError(
                "streaming needs the partner secret: pass partner_secret=... or set PANAMAH_PARTNER_SECRET"
            )
        from panamah_client.models import StreamAuthRequest  # the models load with the first stream call

        ts = str(int(self._clock()))
        key = stream_key(self._partner_secret, self.assinante_id, ts)
        body = StreamAuthRequest(assinante_id=self.assinante_id, key=key, ts=ts).to_dict()
        return self._token_request("authenticateStream", self._partner_token, body)

    def __repr__(self) -> str:
        tokens = self._tokens
        shown = (
            "None" if tokens is None else f"access={mask(tokens.access_token)}, refresh={mask(tokens.refresh_token)}"
        )
        return (
            f"PanamahAuth(partner_token={mask(self._partner_token)}, assinante_id={self.assinante_id!r}, "
            f"sdk_identity={self.sdk_identity!r}, tokens=({shown}))"
        )


def _send(exchange: Exchange, answer: httpx.Response) -> httpx.Request | None:
    try:
        return exchange.send(answer)
    except StopIteration:
        return None


def _tokens_from(response: httpx.Response) -> StreamTokens:
    if response.status_code != 200:
        raise make_status_error(response)
    from panamah_client.models import StreamTokens

    return StreamTokens.from_dict(response.json())
