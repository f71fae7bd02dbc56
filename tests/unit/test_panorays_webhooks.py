"""Panorays webhook verification: genuine events pass; forged, tampered, malformed and stale
ones are rejected with a reason, and no message ever contains the secret."""

from __future__ import annotations

import json

import pytest

from client_overlays.panorays.webhooks import (
    WebhookVerificationError,
    challenge_answer,
    parse_request_time,
    sign,
    verify_event,
    verify_signature,
)

SECRET = "whsec-test-9f8e7d"
NOW = 1_767_225_600.0
BODY = json.dumps({"event": "supplier.created", "supplier_id": "s-1"}, separators=(",", ":")).encode()


def headers(body: bytes = BODY, *, time: str | None = None, secret: str = SECRET) -> dict[str, str]:
    request_time = time or str(int(NOW * 1000))
    return {"X-Pano-Request-Time": request_time, "X-Panorays-Signature": sign(secret, request_time, body)}


def verify(request_headers: dict[str, str], body: bytes = BODY, *, tolerance: float = 300.0) -> None:
    verify_signature(request_headers, body, secret=SECRET, now=lambda: NOW, tolerance=tolerance)


def test_a_genuine_event_verifies_and_parses() -> None:
    assert verify_event(headers(), BODY, secret=SECRET, now=lambda: NOW) == {
        "event": "supplier.created",
        "supplier_id": "s-1",
    }


def test_header_names_are_case_insensitive() -> None:
    verify({name.lower(): value for name, value in headers().items()})


@pytest.mark.parametrize(
    ("mutate", "reason"),
    [
        (lambda h: h.pop("X-Panorays-Signature"), "missing X-Panorays-Signature"),
        (lambda h: h.pop("X-Pano-Request-Time"), "missing X-Pano-Request-Time"),
        (lambda h: h.update({"X-Panorays-Signature": "%%%not-base64"}), "not base64"),
        (
            lambda h: h.update({"X-Panorays-Signature": sign("another-secret", h["X-Pano-Request-Time"], BODY)}),
            "mismatch",
        ),
        (lambda h: h.update({"X-Pano-Request-Time": str(int(NOW * 1000) + 1)}), "mismatch"),
    ],
)
def test_forged_or_malformed_headers_are_rejected(mutate: object, reason: str) -> None:
    request_headers = headers()
    mutate(request_headers)  # type: ignore[operator]
    with pytest.raises(WebhookVerificationError, match=reason) as caught:
        verify(request_headers)
    assert SECRET not in str(caught.value)


def test_a_tampered_body_is_rejected() -> None:
    tampered = BODY.replace(b"s-1", b"s-2")
    with pytest.raises(WebhookVerificationError, match="mismatch"):
        verify(headers(), tampered)


def test_a_reserialised_body_is_rejected_so_only_raw_bytes_verify() -> None:
    pretty = json.dumps(json.loads(BODY), indent=2).encode()
    with pytest.raises(WebhookVerificationError, match="mismatch"):
        verify(headers(), pretty)


@pytest.mark.parametrize(("offset", "word"), [(-301, "old"), (301, "in the future")])
def test_stale_and_future_request_times_are_rejected(offset: float, word: str) -> None:
    when = str(int((NOW + offset) * 1000))
    request_headers = headers(time=when)
    with pytest.raises(WebhookVerificationError, match=f"stale request: 301 s {word}"):
        verify(request_headers)
    verify(request_headers, tolerance=400)


@pytest.mark.parametrize(
    ("value", "seconds"),
    [("1767225600", NOW), ("1767225600000", NOW), ("2026-01-01T00:00:00Z", NOW), ("2026-01-01T01:00:00+01:00", NOW)],
)
def test_request_time_formats(value: str, seconds: float) -> None:
    assert parse_request_time(value) == seconds


def test_malformed_request_time_is_rejected_after_the_signature_check() -> None:
    request_headers = headers(time="yesterday")
    with pytest.raises(WebhookVerificationError, match="malformed X-Pano-Request-Time"):
        verify(request_headers)


def test_bodies_must_be_raw_bytes() -> None:
    with pytest.raises(TypeError, match="raw request body bytes"):
        verify_signature(headers(), json.loads(BODY), secret=SECRET)


def test_challenge_answer_echoes_only_a_challenge() -> None:
    assert challenge_answer(b'{"challenge": "abc123"}') == b'{"challenge":"abc123"}'
    assert challenge_answer(BODY) is None
    assert challenge_answer(b"not json") is None
    assert challenge_answer(b'{"challenge": 5}') is None
