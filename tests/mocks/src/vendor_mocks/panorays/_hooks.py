"""Panorays event hooks: the handshake challenge, subscriptions and signed event delivery.

Every outgoing call goes through one `httpx.Client`, injectable so tests capture calls
in-process with `httpx.MockTransport`. The default client only calls loopback hosts
(this mock is a test double: it must never reach the internet) and refuses others with
`WebhookTargetRefused`.

Each event is signed as VENDOR-FACTS says: `X-Pano-Request-Time` (milliseconds since the
epoch, as a string) and `X-Panorays-Signature` = base64(HMAC-SHA256(secret,
"<X-Pano-Request-Time>:<body>")), where `<body>` is exactly the compact JSON bytes sent.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import random
import threading
import uuid
from collections import deque
from dataclasses import dataclass, field
from typing import Any

import httpx

from .._core import Clock

__all__ = [
    "HandshakeFailed",
    "HookDispatcher",
    "HookRegistration",
    "SentEvent",
    "WebhookTargetRefused",
    "loopback_only_client",
    "sign",
]

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


class WebhookTargetRefused(httpx.TransportError):
    """The default webhook client was asked to call a host other than this machine."""


class HandshakeFailed(Exception):
    """The registered URL did not answer 200 echoing the challenge; the message says why."""


class _LoopbackOnlyTransport(httpx.BaseTransport):
    def __init__(self) -> None:
        self._inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.host not in LOOPBACK_HOSTS:
            raise WebhookTargetRefused(
                f"the Panorays mock only calls 127.0.0.1/localhost, not {request.url.host!r}; "
                "inject a webhook_client (e.g. with httpx.MockTransport) to receive events elsewhere",
                request=request,
            )
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


def loopback_only_client() -> httpx.Client:
    return httpx.Client(transport=_LoopbackOnlyTransport(), timeout=httpx.Timeout(5.0))


def compact_json(data: Any) -> bytes:
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode()


def sign(secret: str, request_time: str, body: bytes) -> str:
    digest = hmac.new(secret.encode(), request_time.encode() + b":" + body, hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


@dataclass
class HookRegistration:
    """One service account's app: where events go, the signing secret, what it subscribed to."""

    url: str
    secret: str
    events: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class SentEvent:
    """One event request as sent (body is the exact signed bytes) and how it went."""

    url: str
    headers: dict[str, str]
    body: bytes
    status: int | None  # None when the request failed before an answer
    error: str | None = None

    def json(self) -> Any:
        return json.loads(self.body)


class HookDispatcher:
    def __init__(
        self, client: httpx.Client | None, clock: Clock, rng: random.Random, *, max_recorded: int = 1_000
    ) -> None:
        self._client = client
        self._owns_client = client is None
        self._clock = clock
        self._rng = rng
        self._lock = threading.Lock()  # deliveries run on worker threads
        self.registrations: dict[str, HookRegistration] = {}  # by the caller's token
        self.sent: deque[SentEvent] = deque(maxlen=max_recorded)

    @property
    def client(self) -> httpx.Client:
        if self._client is None:  # created on first use, so a mock that never calls out owns nothing
            self._client = loopback_only_client()
        return self._client

    def close(self) -> None:
        if self._owns_client and self._client is not None:
            self._client.close()
            self._client = None

    # --- handshake and subscriptions ------------------------------------------------------

    def handshake(self, token: str, url: str) -> str:
        """Challenges `url`; on an echo, registers it for `token` and answers the secret."""
        challenge = str(uuid.UUID(bytes=self._rng.randbytes(16), version=4))
        self._challenge(url, challenge)
        with self._lock:
            existing = self.registrations.get(token)
            # The secret belongs to the service account, so a new URL keeps it (and the subscriptions).
            secret = existing.secret if existing else self._rng.randbytes(16).hex()
            self.registrations[token] = HookRegistration(url, secret, existing.events if existing else set())
        return secret

    def _challenge(self, url: str, challenge: str) -> None:
        try:
            response = self.client.post(
                url, content=compact_json({"challenge": challenge}), headers={"Content-Type": "application/json"}
            )
        except (httpx.HTTPError, httpx.InvalidURL) as error:
            raise HandshakeFailed(f"Handshake failed: could not call {url}: {error}") from error
        if response.status_code != 200:
            raise HandshakeFailed(f"Handshake failed: {url} answered {response.status_code}, not 200")
        if not _echoes(response, challenge):
            raise HandshakeFailed(f"Handshake failed: {url} did not echo the challenge")

    def subscribe(self, token: str, events: list[str]) -> bool:
        """Adds `events`; False if `token` never completed a handshake."""
        with self._lock:
            registration = self.registrations.get(token)
            if registration is None:
                return False
            registration.events.update(events)
            return True

    def unsubscribe(self, token: str, events: list[str]) -> bool:
        with self._lock:
            registration = self.registrations.get(token)
            if registration is None:
                return False
            registration.events.difference_update(events)
            return True

    # --- delivery ---------------------------------------------------------------------------

    def deliver(self, event: dict[str, Any]) -> list[SentEvent]:
        """Sends `event` to every app subscribed to it; records and answers what was sent."""
        with self._lock:
            targets = [(r.url, r.secret) for r in self.registrations.values() if event["event"] in r.events]
        sent = [self._send(url, secret, event) for url, secret in targets]
        with self._lock:
            self.sent.extend(sent)
        return sent

    def _send(self, url: str, secret: str, event: dict[str, Any]) -> SentEvent:
        body = compact_json(event)
        request_time = str(int(self._clock.now() * 1000))
        headers = {
            "Content-Type": "application/json",
            "X-Pano-Request-Time": request_time,
            "X-Panorays-Signature": sign(secret, request_time, body),
        }
        try:
            response = self.client.post(url, content=body, headers=headers)
        except (httpx.HTTPError, httpx.InvalidURL) as error:
            # Panorays does not tell the API caller about a failed delivery; the record does.
            return SentEvent(url, headers, body, None, str(error))
        return SentEvent(url, headers, body, response.status_code)


def _echoes(response: httpx.Response, challenge: str) -> bool:
    """The echo as the documented JSON object `{"challenge": ...}`, or the bare value as text."""
    try:
        answer: object = response.json()
    except ValueError:
        return response.text.strip() == challenge
    return answer == {"challenge": challenge} or answer == challenge
