"""Receiving Panorays event hooks safely, in any web framework.

Panorays signs every event: `X-Panorays-Signature` is
`base64(HMAC-SHA256(secret, "<X-Pano-Request-Time>:<body>"))`, where `secret` is what the
handshake returned and `<body>` the exact bytes sent. `verify_signature` checks that against
the raw body (never a re-serialisation, which may differ in spacing or key order), in
constant time, and rejects stale or future request times so a captured event cannot be
replayed later.

```python
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from client_overlays.panorays import webhooks

async def panorays_hook(request: Request) -> Response:
    body = await request.body()
    challenge = webhooks.challenge_answer(body)
    if challenge is not None:                      # the handshake's challenge
        return Response(challenge, media_type="application/json")
    try:
        event = webhooks.verify_event(request.headers, body, secret=SECRET)
    except webhooks.WebhookVerificationError:
        return Response(status_code=401)
    handle(event)
    return JSONResponse({"ok": True})
```
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import hmac
import json
import time
from collections.abc import Callable, Mapping
from typing import Any

__all__ = [
    "REQUEST_TIME_HEADER",
    "SIGNATURE_HEADER",
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


def parse_request_time(value: str) -> float:
    """`X-Pano-Request-Time` as Unix seconds. Panorays does not document the format, so Unix
    seconds, Unix milliseconds and ISO 8601 are all accepted."""
    text = value.strip()
    try:
        number = float(text)
    except ValueError:
        try:
            moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise WebhookVerificationError(f"malformed {REQUEST_TIME_HEADER}: {text[:40]!r}") from None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=dt.UTC)
        return moment.timestamp()
    return number / 1000 if number > 100_000_000_000 else number  # milliseconds after 1973


def verify_signature(
    headers: Mapping[str, str],
    body: bytes,
    *,
    secret: str,
    tolerance: float = DEFAULT_TOLERANCE,
    now: Callable[[], float] = time.time,
) -> None:
    """Raise `WebhookVerificationError` unless `body` is signed with `secret` and fresh.

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
    try:
        provided = base64.b64decode(signature.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise WebhookVerificationError(f"malformed {SIGNATURE_HEADER}: not base64") from None
    expected = base64.b64decode(sign(secret, request_time, bytes(body)))
    if not hmac.compare_digest(provided, expected):
        raise WebhookVerificationError("signature mismatch: the body or the time was altered, or the secret differs")
    age = now() - parse_request_time(request_time)
    if abs(age) > tolerance:
        direction = "old" if age > 0 else "in the future"
        raise WebhookVerificationError(f"stale request: {abs(age):.0f} s {direction} (tolerance {tolerance:.0f} s)")


def verify_event(
    headers: Mapping[str, str],
    body: bytes,
    *,
    secret: str,
    tolerance: float = DEFAULT_TOLERANCE,
    now: Callable[[], float] = time.time,
) -> dict[str, Any]:
    """`verify_signature`, then the event as a dict (only once it is known to be genuine)."""
    verify_signature(headers, body, secret=secret, tolerance=tolerance, now=now)
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
