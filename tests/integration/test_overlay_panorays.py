"""client_overlays.panorays against the Panorays mock: the rate limiter keeps a 500-call burst
under the vendor's limit (zero 429s, so no one-hour block), a 429 that still comes is raised
with the time to wait instead of being retried, and webhook verification accepts the events the
mock really sends while rejecting forged, tampered and stale ones."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator

import httpx
import pytest
from panorays_client import AuthenticatedClient
from panorays_client.api.supplier import create_supplier, get_supplier, list_suppliers
from panorays_client.api.webhooks import subscribe
from panorays_client.models import (
    CreatedId,
    EventSubscription,
    Supplier,
    SupplierCreate,
    SupplierPage,
    WebhookEventName,
)

from client_overlays import RateLimitedError, RetryPolicy, UnauthorizedError, panorays, unwrap
from client_overlays.panorays import TokenBucket, webhooks
from integration.conftest import Wire
from integration.lanes import IN_PROCESS_ONLY
from vendor_mocks import FakeClock, create_mock
from vendor_mocks.panorays import FULL_TOKEN, PanoraysMock

HOOK_URL = "https://hooks.example.com/panorays"
BURST = 500


class Receiver:
    """The user's webhook endpoint, written with the overlay's helpers."""

    def __init__(self) -> None:
        self.secret = ""
        self.delivered: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        answer = webhooks.challenge_answer(request.content)
        if answer is not None:
            return httpx.Response(200, content=answer, headers={"Content-Type": "application/json"})
        self.delivered.append(request)
        return httpx.Response(200, json={"ok": True})


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def receiver() -> Receiver:
    return Receiver()


@pytest.fixture
def mock(clock: FakeClock, receiver: Receiver) -> Iterator[PanoraysMock]:
    # The client reaches the mock in both lanes (`wire`); the mock's webhook deliveries reach the
    # receiver in memory in both: the receiver is the user's code, the overlay's part is pure.
    with httpx.Client(transport=httpx.MockTransport(receiver)) as outgoing:
        created = create_mock("panorays", clock=clock, webhook_client=outgoing)
        yield created


def bucket_on(clock: FakeClock) -> TokenBucket:
    """Panorays' own limit, on the mock's clock: waiting moves that clock forward."""
    return TokenBucket(limit=150, window=60, clock=clock.now, sleep=clock.advance)


def connect(
    mock: PanoraysMock, wire: Wire, clock: FakeClock, token: str = FULL_TOKEN, **options: object
) -> AuthenticatedClient:
    options.setdefault("limiter", bucket_on(clock))
    options.setdefault("retry", RetryPolicy(sleep=clock.advance))
    return panorays.connect(token, base_url=wire.base_url, transport=wire.transport(), **options)  # type: ignore[arg-type]


# In-process only: 500 sequential calls on the mock's clock; the limiter decides before any
# connection is made, and test_concurrent_tasks_share_the_limit runs it over the socket.
@IN_PROCESS_ONLY
@pytest.mark.slow  # seconds: hundreds of calls
def test_a_500_call_burst_stays_under_the_limit_with_zero_429s(
    mock: PanoraysMock, wire: Wire, clock: FakeClock
) -> None:
    client = connect(mock, wire, clock)
    started = clock.now()
    for _ in range(BURST):
        unwrap(list_suppliers.sync_detailed(client=client, limit=1), SupplierPage)
    counters = mock.rate.counters(FULL_TOKEN)
    assert counters.requests_seen == BURST
    assert counters.throttled == 0 and not mock.rate.is_blocked(FULL_TOKEN)
    per_minute = BURST / (clock.now() - started) * 60
    assert 0.95 * 150 <= per_minute <= 150, f"{per_minute:.1f} requests per minute"


@pytest.mark.slow  # seconds in each lane: hundreds of calls
async def test_concurrent_tasks_share_the_limit(mock: PanoraysMock, wire: Wire, clock: FakeClock) -> None:
    async def advance(seconds: float) -> None:
        clock.advance(seconds)

    shared = TokenBucket(limit=150, window=60, clock=clock.now, async_sleep=advance)
    clients = [connect(mock, wire, clock, limiter=shared) for _ in range(3)]

    async def calls(client: AuthenticatedClient) -> None:
        for _ in range(100):
            unwrap(await list_suppliers.asyncio_detailed(client=client, limit=1), SupplierPage)

    await asyncio.gather(*(calls(client) for client in clients))
    assert mock.rate.counters(FULL_TOKEN).requests_seen == 300
    assert mock.rate.counters(FULL_TOKEN).throttled == 0


def test_a_429_is_raised_with_the_wait_and_never_retried(mock: PanoraysMock, wire: Wire, clock: FakeClock) -> None:
    mock.rate.block(FULL_TOKEN)
    client = connect(mock, wire, clock)
    with pytest.raises(RateLimitedError) as caught:
        unwrap(list_suppliers.sync_detailed(client=client))
    assert caught.value.retry_after == 3600
    assert "retry after 3600 s" in str(caught.value)
    assert mock.rate.counters(FULL_TOKEN).requests_seen == 1, "no retry into the block"


def test_bearer_auth_end_to_end(mock: PanoraysMock, wire: Wire, clock: FakeClock) -> None:
    client = connect(mock, wire, clock)
    created = unwrap(create_supplier.sync_detailed(client=client, body=SupplierCreate(name="Acme", asset="acme.io")))
    assert isinstance(created, CreatedId)
    assert unwrap(get_supplier.sync_detailed(created.id, client=client), Supplier).name == "Acme"
    with pytest.raises(UnauthorizedError):
        unwrap(list_suppliers.sync_detailed(client=connect(mock, wire, clock, token="pano-wrong")))


def registered(mock: PanoraysMock, wire: Wire, clock: FakeClock, receiver: Receiver) -> AuthenticatedClient:
    client = connect(mock, wire, clock)
    receiver.secret = panorays.handshake(client, HOOK_URL)
    body = EventSubscription(events=[WebhookEventName.SUPPLIER_CREATED])
    unwrap(subscribe.sync_detailed(client=client, body=body))
    return client


def test_handshake_then_real_events_verify(
    mock: PanoraysMock, wire: Wire, clock: FakeClock, receiver: Receiver
) -> None:
    client = registered(mock, wire, clock, receiver)
    assert receiver.secret
    unwrap(create_supplier.sync_detailed(client=client, body=SupplierCreate(name="Signed", asset="signed.io")))
    [request] = receiver.delivered
    event = webhooks.verify_event(request.headers, request.content, secret=receiver.secret, now=clock.now)
    assert event["event"] == "supplier.created"


@pytest.fixture
def delivered(mock: PanoraysMock, wire: Wire, clock: FakeClock, receiver: Receiver) -> httpx.Request:
    client = registered(mock, wire, clock, receiver)
    unwrap(create_supplier.sync_detailed(client=client, body=SupplierCreate(name="Target", asset="target.io")))
    return receiver.delivered[-1]


def test_tampered_body_from_a_real_event_is_rejected(
    delivered: httpx.Request, receiver: Receiver, clock: FakeClock
) -> None:
    event = json.loads(delivered.content)
    event["supplier_id"] = "someone-else"
    tampered = json.dumps(event, separators=(",", ":")).encode()
    with pytest.raises(webhooks.WebhookVerificationError, match="mismatch"):
        webhooks.verify_event(delivered.headers, tampered, secret=receiver.secret, now=clock.now)


def test_forged_signature_is_rejected(delivered: httpx.Request, clock: FakeClock) -> None:
    with pytest.raises(webhooks.WebhookVerificationError, match="mismatch"):
        webhooks.verify_event(delivered.headers, delivered.content, secret="guessed-secret", now=clock.now)


def test_replayed_event_is_rejected_once_stale(delivered: httpx.Request, receiver: Receiver, clock: FakeClock) -> None:
    clock.advance(301)
    with pytest.raises(webhooks.WebhookVerificationError, match="stale request"):
        webhooks.verify_event(delivered.headers, delivered.content, secret=receiver.secret, now=clock.now)


def test_missing_headers_are_rejected(delivered: httpx.Request, receiver: Receiver, clock: FakeClock) -> None:
    headers = {k: v for k, v in delivered.headers.items() if k.lower() != "x-panorays-signature"}
    with pytest.raises(webhooks.WebhookVerificationError, match="missing X-Panorays-Signature"):
        webhooks.verify_event(headers, delivered.content, secret=receiver.secret, now=clock.now)
