"""Webhook verification parses the request time strictly before any freshness check (`nan`,
`inf` and times without seconds or offset are refused), so the signed `"<time>:<body>"`
cannot be re-split by moving the `:`; and a `ReplayGuard` refuses an accepted signature
again within the freshness window, in memory (bounded, expired entries evicted) or in any
`SeenStore`."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from client_overlays.panorays.webhooks import (
    MemorySeenStore,
    ReplayGuard,
    WebhookVerificationError,
    parse_request_time,
    sign,
    verify_event,
    verify_signature,
)

SECRET = "whsec-strict-31a7"
NOW = dt.datetime(2026, 5, 30, 10, 15, tzinfo=dt.UTC).timestamp()
BODY = json.dumps({"event": "supplier.created", "supplier_id": "s-9"}, separators=(",", ":")).encode()


def signed(time: str, body: bytes = BODY) -> dict[str, str]:
    return {"X-Pano-Request-Time": time, "X-Panorays-Signature": sign(SECRET, time, body)}


@pytest.mark.parametrize(
    "value",
    [
        "nan",
        "NaN",
        "inf",
        "-inf",
        "Infinity",
        "1e3",
        "0x10",
        " 1 2",
        "2026-05-30T10:15",
        "2026-05-30T10:15:00",
        "2026-05-30 10:15:00Z",
        "2026-13-30T10:15:00Z",
        "2026-05-30T10:15:00+01",
        "",
        "+1767225600",
        "1_767_225_600",
    ],
)
def test_anything_but_unix_time_or_rfc3339_with_offset_is_refused(value: str) -> None:
    with pytest.raises(WebhookVerificationError, match="malformed X-Pano-Request-Time"):
        parse_request_time(value)


@pytest.mark.parametrize("value", ["nan", "inf", "-inf"])
def test_a_signed_non_finite_time_never_passes_the_freshness_check(value: str) -> None:
    with pytest.raises(WebhookVerificationError, match="malformed"):
        verify_signature(signed(value), BODY, secret=SECRET, now=lambda: NOW)


def test_moving_the_colon_between_time_and_body_does_not_verify() -> None:
    genuine = signed("2026-05-30T10:15:00Z")
    verify_signature(genuine, BODY, secret=SECRET, now=lambda: NOW)
    moved = {"X-Pano-Request-Time": "2026-05-30T10:15", "X-Panorays-Signature": genuine["X-Panorays-Signature"]}
    # Same signed bytes: "2026-05-30T10:15" + ":" + "00Z:{...}" == "2026-05-30T10:15:00Z" + ":" + "{...}"
    assert sign(SECRET, "2026-05-30T10:15", b"00Z:" + BODY) == genuine["X-Panorays-Signature"]
    with pytest.raises(WebhookVerificationError):
        verify_signature(moved, b"00Z:" + BODY, secret=SECRET, now=lambda: NOW)


def test_milliseconds_seconds_and_offsets_still_verify() -> None:
    for time in (str(int(NOW * 1000)), str(int(NOW)), "2026-05-30T12:15:00+02:00", "2026-05-30T10:15:00.250Z"):
        assert verify_event(signed(time), BODY, secret=SECRET, now=lambda: NOW)["supplier_id"] == "s-9"


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> float:
        return self.now


def test_a_replay_within_the_window_is_refused_and_forgotten_after_it() -> None:
    clock = Clock()
    guard = ReplayGuard(MemorySeenStore(now=clock))
    request = signed(str(int(NOW * 1000)))
    verify_event(request, BODY, secret=SECRET, now=clock, replay_guard=guard)
    clock.now += 299
    with pytest.raises(WebhookVerificationError, match="replayed event"):
        verify_event(request, BODY, secret=SECRET, now=clock, replay_guard=guard)
    assert isinstance(guard.store, MemorySeenStore) and len(guard.store) == 1
    clock.now += 2  # past the window: the freshness check refuses it, and the entry is gone
    with pytest.raises(WebhookVerificationError, match="stale request"):
        verify_event(request, BODY, secret=SECRET, now=clock, replay_guard=guard)
    assert len(guard.store) == 0


def test_a_refused_event_is_not_recorded() -> None:
    guard = ReplayGuard()
    request = signed(str(int(NOW * 1000)))
    with pytest.raises(WebhookVerificationError, match="stale"):
        verify_event(request, BODY, secret=SECRET, now=lambda: NOW + 1000, replay_guard=guard)
    verify_event(request, BODY, secret=SECRET, now=lambda: NOW, replay_guard=guard)


def test_the_memory_store_is_bounded() -> None:
    clock = Clock()
    store = MemorySeenStore(max_entries=3, now=clock)
    assert all(store.add_if_new(f"k{i}", NOW + 10 + i) for i in range(5))
    assert len(store) == 3
    assert not store.add_if_new("k4", NOW + 20)
    assert store.add_if_new("k0", NOW + 20)  # the soonest-expiring was dropped to make room


def test_any_store_can_back_the_guard() -> None:
    class DictStore:
        def __init__(self) -> None:
            self.keys: dict[str, float] = {}

        def add_if_new(self, key: str, expires_at: float) -> bool:
            if key in self.keys:
                return False
            self.keys[key] = expires_at
            return True

    store = DictStore()
    guard = ReplayGuard(store)
    request = signed(str(int(NOW * 1000)))
    verify_event(request, BODY, secret=SECRET, now=lambda: NOW, replay_guard=guard)
    assert list(store.keys.values()) == [NOW + 300]
    with pytest.raises(WebhookVerificationError, match="replayed event"):
        verify_event(request, BODY, secret=SECRET, now=lambda: NOW + 1, replay_guard=guard)
