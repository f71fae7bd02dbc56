"""client_overlays.panamah against the Panamah mock: one client for admin and stream calls,
stream tokens obtained on first use, refreshed once (single-flight) on 403, identity header.

Every test runs in-process and over a real socket (the `wire` fixture): the refresh races
failed only over a socket, where a 403 answer is still streaming when the auth flow sees it."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from panamah_client import AuthenticatedClient
from panamah_client.api.admin import create_assinante, get_assinante
from panamah_client.api.stream import list_pending_resources, send_stream_data
from panamah_client.models import (
    AssinanteCreateRequest,
    AssinanteRecord,
    PendingResources,
    Produto,
    StreamDataResult,
    StreamModelTipo,
    StreamOperation,
    StreamOperationData,
    StreamOperationKind,
)

from client_overlays import ConflictError, ForbiddenError, NotFoundError, RetryPolicy, panamah, unwrap
from integration.conftest import CountingTransport, Wire
from vendor_mocks import FakeClock, FaultConfig, create_mock
from vendor_mocks.panamah import PanamahMock

REFRESH = "/stream/auth/refresh"
AUTH = "/stream/auth"
CONCURRENCY = 50


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def mock(clock: FakeClock) -> PanamahMock:
    created = create_mock("panamah", clock=clock, access_token_ttl=600)
    return created


@pytest.fixture
def counting(wire: Wire) -> CountingTransport:
    return CountingTransport(wire.transport())


def connect(mock: PanamahMock, wire: Wire, transport: Any = None, **options: Any) -> AuthenticatedClient:
    options.setdefault("retry", RetryPolicy(sleep=lambda seconds: None))
    return panamah.connect(
        mock.partner_token,
        mock.partner_secret,
        base_url=wire.base_url,
        transport=transport or wire.transport(),
        clock=mock.clock.now,
        **options,
    )


def pending(client: AuthenticatedClient) -> PendingResources:
    return unwrap(list_pending_resources.sync_detailed(client=client), PendingResources)


def test_first_stream_call_authenticates_with_the_sha1_key(
    mock: PanamahMock, wire: Wire, counting: CountingTransport
) -> None:
    client = connect(mock, wire, counting)
    first = pending(client)
    assert first.additional_properties, "the seeded sales name products never sent"
    pending(client)
    assert counting.paths[AUTH] == 1, "tokens are obtained once and reused"
    assert counting.paths[REFRESH] == 0


def test_one_client_for_admin_and_stream(mock: PanamahMock, wire: Wire, counting: CountingTransport) -> None:
    client = connect(mock, wire, counting)
    body = AssinanteCreateRequest(
        id="35472867000228", nome="Mercadinho Boa Vista", fantasia="Boa Vista", cnpj="35472867000228"
    )
    record = unwrap(create_assinante.sync_detailed(client=client, body=body), AssinanteRecord)
    assert record.id == "35472867000228"
    product = Produto(descricao="Arroz 5kg", id="P-1", secao_id="10").to_dict()
    operation = StreamOperation(
        op=StreamOperationKind.UPDATE,
        tipo=StreamModelTipo.PRODUTO,
        data=StreamOperationData.from_dict(product),
        assinante_id=record.id,
    )
    result = unwrap(send_stream_data.sync_detailed(client=client, body=[operation]), StreamDataResult)
    assert result.sucessos.total == 1 and result.falhas.total == 0
    assert counting.paths[AUTH] == 1


def test_every_request_names_the_sdk_identity(mock: PanamahMock, wire: Wire, counting: CountingTransport) -> None:
    pending(connect(mock, wire, counting))
    unwrap(list_pending_resources.sync_detailed(client=connect(mock, wire, counting, sdk_identity="acme-erp/2.1")))
    assert mock.sdk_identities["panamah-api1.0.0"] >= 2  # stream auth + the call
    assert mock.sdk_identities["acme-erp/2.1"] >= 2


def test_expired_token_is_refreshed_once_and_the_request_replayed(
    mock: PanamahMock, wire: Wire, counting: CountingTransport, clock: FakeClock
) -> None:
    client = connect(mock, wire, counting)
    pending(client)
    clock.advance(601)
    assert pending(client).additional_properties
    assert counting.paths[REFRESH] == 1
    assert counting.paths[AUTH] == 1


def test_expired_refresh_token_falls_back_to_a_new_stream_auth(
    mock: PanamahMock, wire: Wire, counting: CountingTransport, clock: FakeClock
) -> None:
    mock.tokens.access_ttl, mock.tokens.refresh_ttl = 60, 120
    client = connect(mock, wire, counting)
    pending(client)
    clock.advance(500)
    pending(client)
    assert counting.paths[REFRESH] == 1, "tried the refresh token first"
    assert counting.paths[AUTH] == 2, "then authenticated again"


def test_refresh_race_in_threads_makes_exactly_one_refresh(
    mock: PanamahMock, wire: Wire, counting: CountingTransport, clock: FakeClock
) -> None:
    client = connect(mock, wire, counting)
    pending(client)
    clock.advance(601)
    start = threading.Barrier(CONCURRENCY)

    def call(_: int) -> int:
        start.wait(timeout=30)
        return len(pending(client).additional_properties)

    with ThreadPoolExecutor(max_workers=CONCURRENCY) as pool:
        results = list(pool.map(call, range(CONCURRENCY), timeout=60))
    assert len(results) == CONCURRENCY and all(results)
    assert counting.paths[REFRESH] == 1
    assert counting.paths[AUTH] == 1
    assert mock.token_requests == {"auth": 1, "refresh": 1}


async def test_refresh_race_in_asyncio_makes_exactly_one_refresh(
    mock: PanamahMock, wire: Wire, counting: CountingTransport, clock: FakeClock
) -> None:
    client = connect(mock, wire, counting)
    await list_pending_resources.asyncio_detailed(client=client)
    clock.advance(601)

    async def call() -> PendingResources:
        return unwrap(await list_pending_resources.asyncio_detailed(client=client), PendingResources)

    results = await asyncio.wait_for(asyncio.gather(*(call() for _ in range(CONCURRENCY))), timeout=60)
    assert len(results) == CONCURRENCY and all(result.additional_properties for result in results)
    assert counting.paths[REFRESH] == 1
    assert counting.paths[AUTH] == 1
    assert mock.token_requests == {"auth": 1, "refresh": 1}


def test_stream_auth_refused_is_a_typed_error_without_the_secret(mock: PanamahMock, wire: Wire) -> None:
    client = panamah.connect(
        mock.partner_token, "wrong-secret", base_url=wire.base_url, transport=wire.transport(), clock=mock.clock.now
    )
    with pytest.raises(ForbiddenError) as caught:
        list_pending_resources.sync_detailed(client=client)
    assert "/stream/auth" in str(caught.value)
    assert "wrong-secret" not in str(caught.value) and mock.partner_token not in repr(client)


def test_streaming_without_a_secret_says_what_is_missing(
    mock: PanamahMock, wire: Wire, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PANAMAH_PARTNER_SECRET", raising=False)
    client = panamah.connect(mock.partner_token, base_url=wire.base_url, transport=wire.transport())
    assert unwrap(get_assinante.sync_detailed(client=client, id=next(iter(mock.assinantes))), AssinanteRecord)
    with pytest.raises(ValueError, match="PANAMAH_PARTNER_SECRET"):
        list_pending_resources.sync_detailed(client=client)


def test_admin_errors_are_typed(mock: PanamahMock, wire: Wire, counting: CountingTransport) -> None:
    client = connect(mock, wire, counting)
    with pytest.raises(NotFoundError):
        unwrap(get_assinante.sync_detailed(client=client, id="00000000000000"))
    existing = next(iter(mock.assinantes))
    body = AssinanteCreateRequest(id=existing, nome="Dup", fantasia="Dup", cnpj="35472867000228")
    with pytest.raises(ConflictError):
        unwrap(create_assinante.sync_detailed(client=client, body=body))


def test_stream_calls_survive_injected_faults(mock: PanamahMock, wire: Wire, counting: CountingTransport) -> None:
    mock.faults = FaultConfig(seed=2, rate_503=0.25, rate_drop=0.1)
    client = connect(mock, wire, counting, retry=RetryPolicy(retries=8, sleep=lambda seconds: None))
    for _ in range(8):
        assert pending(client).additional_properties
    assert sum(mock.injected.values()) >= 2
