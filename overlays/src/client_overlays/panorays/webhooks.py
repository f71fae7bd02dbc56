"""Receiving Panorays event hooks safely, in any web framework.

Panorays signs every event: `X-Panorays-Signature` is
`base64(HMAC-SHA256(secret, "<X-Pano-Request-Time>:<body>"))`, where `secret` is what the
handshake returned and `<body>` the exact bytes sent. `verify_signature` checks that against
the raw body (never a re-serialisation, which may differ in spacing or key order), in
constant time, and rejects stale or future request times so a captured event cannot be
replayed later. Within the freshness window a `ReplayGuard` refuses a signature it has
already accepted.

The request time is parsed strictly first: Unix seconds or milliseconds (digits, optionally
a decimal fraction) or an RFC 3339 time with seconds and a `Z` or `±HH:MM` offset. Neither
form can end where another valid time followed by `:` begins, so the signed message
`"<time>:<body>"` splits one way only: moving the `:` (time `2026-05-30T10:15`, body
`00Z:{...}`) yields a malformed time, not a second valid reading of the same signature.

```python
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from client_overlays.panorays import webhooks

guard = webhooks.ReplayGuard()                     # one per process (or a shared store)

async def panorays_hook(request: Request) -> Response:
    body = await request.body()
    challenge = webhooks.challenge_answer(body)
    if challenge is not None:                      # the handshake's challenge
        return Response(challenge, media_type="application/json")
    try:
        event = webhooks.verify_event(request.headers, body, secret=SECRET, replay_guard=guard)
    except webhooks.WebhookVerificationError:
        return Response(status_code=401)
    handle(event)
    return JSONResponse({"ok": True})
```
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import heapq
import hmac
import json
import math
import re
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any, Protocol, TypedDict, Unpack

__all__ = [
    "REQUEST_TIME_HEADER",
    "SIGNATURE_HEADER",
    "Checks",
    "MemorySeenStore",
    "ReplayGuard",
    "SeenStore",
    "WebhookVerificationError",
    "challenge_answer",
    "parse_request_time",
    "sign",
    "verify_event",
    "verify_signature",
]

SIGNATURE_HEADER = "X-Panorays-Signature"
REQUEST_TIME_HEADER = "X-Pano-Request-Time"
DEFAULT_TOLERANCE = 300.0  # seconds either side of now


class WebhookVerificationError(ValueError):
    """The request is not a genuine, fresh Panorays event. The message says why; it never
    contains the secret or the expected signature."""


def sign(secret: str, request_time: str, body: bytes) -> str:
    """The signature Panorays sends for `body` at `request_time`."""
    message = request_time.encode() + b":" + body
    return base64.b64encode(hmac.new(secret.encode(), message, hashlib.sha256).digest()).decode("ascii")


_UNIX_TIME = re.compile(r"[0-9]{1,16}(?:\.[0-9]{1,9})?")
_RFC3339 = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,9})?(?:[Zz]|[+-][0-9]{2}:[0-9]{2})"
)


def parse_request_time(value: str) -> float:
    """`X-Pano-Request-Time` as Unix seconds. Panorays sends milliseconds since the epoch;
    Unix seconds and RFC 3339 with an offset (`2026-05-30T10:15:00Z`) are accepted too.
    Anything else (`nan`, `inf`, a time without seconds or offset, spaces inside) is refused."""
    text = value.strip()
    malformed = WebhookVerificationError(
        f"malformed {REQUEST_TIME_HEADER}: {text[:40]!r} (expected Unix seconds or milliseconds, "
        "or RFC 3339 with seconds and an offset, e.g. 2026-05-30T10:15:00Z)"
    )
    # Finite either way: both forms bound the number of digits.
    if _UNIX_TIME.fullmatch(text):
        number = float(text)
        return number / 1000 if number > 100_000_000_000 else number  # milliseconds after 1973
    if not _RFC3339.fullmatch(text):
        raise malformed
    try:
        return dt.datetime.fromisoformat(text.upper().replace("Z", "+00:00")).timestamp()
    except ValueError:  # e.g. month 13
        raise malformed from None


class SeenStore(Protocol):
    """Where a `ReplayGuard` remembers signatures: in memory by default; implement this over a
    shared store (Redis `SET key 1 NX EXAT expires`, a database table) when several processes
    receive events."""

    def add_if_new(self, key: str, expires_at: float) -> bool:
        """Remember `key` until `expires_at` (Unix seconds); False when it is already there."""
        ...


class MemorySeenStore:
    """A bounded in-process `SeenStore`: expired keys are evicted on every call, and past
    `max_entries` live keys the one closest to expiry is dropped to make room."""

    def __init__(self, *, max_entries: int = 100_000, now: Callable[[], float] = time.time) -> None:
        if max_entries < 1:
            raise ValueError(f"max_entries must be >= 1, got {max_entries}")
        self.max_entries = max_entries
        self._now = now
        self._expiry: dict[str, float] = {}
        self._queue: list[tuple[float, str]] = []  # (expires_at, key), soonest first
        self._lock = threading.Lock()

    def add_if_new(self, key: str, expires_at: float) -> bool:
        with self._lock:
            self._evict(self._now())
            if key in self._expiry:
                return False
            while len(self._expiry) >= self.max_entries:
                _, oldest = heapq.heappop(self._queue)
                self._expiry.pop(oldest, None)
            self._expiry[key] = expires_at
            heapq.heappush(self._queue, (expires_at, key))
            return True

    def __len__(self) -> int:
        with self._lock:
            self._evict(self._now())
            return len(self._expiry)

    def _evict(self, now: float) -> None:
        while self._queue and self._queue[0][0] <= now:
            _, key = heapq.heappop(self._queue)
            self._expiry.pop(key, None)


class ReplayGuard:
    """Refuses an event whose signature was already accepted within the freshness window.

    A signature is kept until its request time plus the tolerance: after that the freshness
    check refuses the replay anyway. Only events that passed every other check are recorded.
    """

    def __init__(self, store: SeenStore | None = None) -> None:
        self.store: SeenStore = store if store is not None else MemorySeenStore()

    def check(self, signature: bytes, expires_at: float) -> None:
        if not self.store.add_if_new(hashlib.sha256(signature).hexdigest(), expires_at):
            raise WebhookVerificationError("replayed event: this signature was already accepted")


def verify_signature(
    headers: Mapping[str, str],
    body: bytes,
    *,
    secret: str,
    tolerance: float = DEFAULT_TOLERANCE,
    now: Callable[[], float] = time.time,
    replay_guard: ReplayGuard | None = None,
) -> None:
    """Raise `WebhookVerificationError` unless `body` is signed with `secret` and fresh (and,
    with a `replay_guard`, not seen before).

    `headers` may be any mapping; names are matched case-insensitively.
    """
    if not secret:
        raise ValueError("no webhook secret configured: store the secret the handshake returned")
    if not isinstance(body, bytes | bytearray):
        raise TypeError("verify the raw request body bytes, not a parsed or re-serialised body")
    lowered = {name.lower(): value for name, value in headers.items()}
    signature = lowered.get(SIGNATURE_HEADER.lower())
    request_time = lowered.get(REQUEST_TIME_HEADER.lower())
    if not signature:
        raise WebhookVerificationError(f"missing {SIGNATURE_HEADER} header")
    if not request_time:
        raise WebhookVerificationError(f"missing {REQUEST_TIME_HEADER} header")
    if not math.isfinite(tolerance) or tolerance < 0:
        raise ValueError(f"tolerance must be a finite number of seconds >= 0, got {tolerance}")
    sent_at = parse_request_time(request_time)  # strictly, so "<time>:<body>" splits one way only
    try:
        provided = base64.b64decode(signature.strip(), validate=True)
    except ValueError:  # binascii.Error included
        raise WebhookVerificationError(f"malformed {SIGNATURE_HEADER}: not base64") from None
    expected = base64.b64decode(sign(secret, request_time, bytes(body)))
    if not hmac.compare_digest(provided, expected):
        raise WebhookVerificationError("signature mismatch: the body or the time was altered, or the secret differs")
    age = now() - sent_at
    if not abs(age) <= tolerance:
        direction = "old" if age > 0 else "in the future"
        raise WebhookVerificationError(f"stale request: {abs(age):.0f} s {direction} (tolerance {tolerance:.0f} s)")
    if replay_guard is not None:
        replay_guard.check(provided, sent_at + tolerance)


class Checks(TypedDict, total=False):
    """`verify_signature`'s optional checks, which `verify_event` passes on."""

    tolerance: float
    now: Callable[[], float]
    replay_guard: ReplayGuard | None


def verify_event(headers: Mapping[str, str], body: bytes, *, secret: str, **checks: Unpack[Checks]) -> dict[str, Any]:
    """`verify_signature`, then the event as a dict (only once it is known to be genuine)."""
    verify_signature(headers, body, secret=secret, **checks)
    try:
        event = json.loads(body)
    except ValueError:
        raise WebhookVerificationError("the signed body is not JSON") from None
    if not isinstance(event, dict):
        raise WebhookVerificationError("the signed body is not a JSON object")
    return event


def challenge_answer(body: bytes) -> bytes | None:
    """For the handshake's `{"challenge": "<value>"}` request, the body to answer with (200,
    echoing it); `None` for anything else. Challenges are not signed: no secret exists yet."""
    try:
        data = json.loads(body)
    except ValueError:
        return None
    if isinstance(data, dict) and set(data) == {"challenge"} and isinstance(data["challenge"], str):
        return json.dumps({"challenge": data["challenge"]}, separators=(",", ":")).encode()
    return None
