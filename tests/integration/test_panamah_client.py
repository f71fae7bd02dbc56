"""Every Panamah Core operation through the generated client against the mock: the success path,
every documented error status, and the vendor behaviours (SHA-1 stream key, ts window, token
expiry and refresh, per-item batch results, pending resources and their paging)."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from http import HTTPStatus
from typing import Any

import pytest
from panamah_client import AuthenticatedClient
from panamah_client.api.admin import create_assinante, delete_assinante, get_assinante, update_assinante
from panamah_client.api.stream import (
    authenticate_stream,
    list_pending_resources,
    refresh_stream_tokens,
    send_stream_data,
)
from panamah_client.errors import UnexpectedStatus
from panamah_client.models import (
    AssinanteCreateRequest,
    AssinanteRecord,
    AssinanteUpdateRequest,
    Error,
    PendingResources,
    Produto,
    Software,
    StreamAuthRequest,
    StreamDataResult,
    StreamFailureItem,
    StreamModelTipo,
    StreamOperation,
    StreamOperationData,
    StreamOperationKind,
    StreamResultItem,
    StreamTokens,
    Venda,
    VendaItem,
    VendaPagamento,
)

from integration.conftest import generated_client
from vendor_mocks import FakeClock, FaultConfig, create_mock
from vendor_mocks.panamah import PARTNER_WIDE, SDK_IDENTITY, PanamahMock

NEW_ID = "35472867000228"
SOLD_AT = dt.datetime(2026, 1, 1, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=-3)))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def mock(clock: FakeClock) -> PanamahMock:
    created = create_mock("panamah", clock=clock)
    return created


def client_for(mock: PanamahMock, token: str, identity: str = SDK_IDENTITY) -> AuthenticatedClient:
    """A generated client sending `token` raw in `Authorization` (Panamah uses no `Bearer`)."""
    headers = {"x-sdk-identity": identity} if identity else {}
    client: AuthenticatedClient = generated_client(
        AuthenticatedClient, mock, token=token, prefix="", auth_header_name="Authorization", headers=headers
    )
    return client


def partner(mock: PanamahMock) -> AuthenticatedClient:
    return client_for(mock, mock.partner_token)


def stream_key(secret: str, assinante_id: str, ts: str) -> str:
    """Computed here, independently of the mock: base64 of the raw SHA-1 digest."""
    return base64.b64encode(hashlib.sha1((secret + assinante_id + ts).encode()).digest()).decode()


def auth_request(mock: PanamahMock, assinante_id: str, *, ts: int, secret: str | None = None) -> StreamAuthRequest:
    key = stream_key(secret or mock.partner_secret, assinante_id, str(ts))
    return StreamAuthRequest(assinante_id=assinante_id, key=key, ts=str(ts))


def open_session(mock: PanamahMock, assinante_id: str) -> StreamTokens:
    now = int(mock.clock.now())
    tokens = authenticate_stream.sync(client=partner(mock), body=auth_request(mock, assinante_id, ts=now))
    assert isinstance(tokens, StreamTokens)
    return tokens


def stream(mock: PanamahMock, assinante_id: str) -> AuthenticatedClient:
    return client_for(mock, open_session(mock, assinante_id).access_token)


def new_assinante(mock: PanamahMock, assinante_id: str = NEW_ID) -> AssinanteRecord:
    body = AssinanteCreateRequest(id=assinante_id, nome="Mercadinho Boa Vista LTDA", fantasia="Boa Vista", cnpj=NEW_ID)
    record = create_assinante.sync(client=partner(mock), body=body)
    assert isinstance(record, AssinanteRecord)
    return record


def operation(op: str, tipo: StreamModelTipo, data: dict[str, Any], assinante_id: str | None = None) -> StreamOperation:
    built = StreamOperation(op=StreamOperationKind(op), tipo=tipo, data=StreamOperationData.from_dict(data))
    if assinante_id is not None:
        built.assinante_id = assinante_id
    return built


def venda(sale_id: str, *product_ids: str) -> dict[str, Any]:
    """A sale built with the generated models, as a client would."""
    items = [
        VendaItem(
            efetivo=True,
            preco=9.9,
            produto_id=product,
            quantidade=1,
            valor_total=9.9,
            valor_unitario=9.9,
            tipo_preco="N",
        )
        for product in product_ids
    ]
    sale = Venda(
        id=sale_id,
        loja_id="1",
        data=SOLD_AT,
        data_hora_venda=SOLD_AT,
        efetiva=True,
        quantidade_itens=len(items),
        sequencial=sale_id,
        tipo_preco="NORMAL",
        valor=9.9 * len(items),
        itens=items,
        pagamentos=[VendaPagamento(forma_pagamento_id="1", sequencial="1", valor=9.9 * len(items))],
    )
    return sale.to_dict()


def produto(product_id: str) -> dict[str, Any]:
    return Produto(descricao="Arroz branco tipo 1 5kg", id=product_id, secao_id="10").to_dict()


def send(client: AuthenticatedClient, *operations: StreamOperation) -> StreamDataResult:
    result = send_stream_data.sync(client=client, body=list(operations))
    assert isinstance(result, StreamDataResult)
    return result


Grouped = dict[str, dict[str, list[str]]]  # assinanteId -> tipo -> ids


def grouped(page: PendingResources | Error | None) -> Grouped:
    assert isinstance(page, PendingResources)
    return {assinante: by_tipo.additional_properties for assinante, by_tipo in page.additional_properties.items()}


def flat(page: Grouped) -> list[tuple[str, str, str]]:
    return [(assinante, tipo, i) for assinante, by_tipo in page.items() for tipo, ids in by_tipo.items() for i in ids]


def pending(client: AuthenticatedClient, **paging: int) -> Grouped:
    return grouped(list_pending_resources.sync(client=client, **paging))


# --- admin ---------------------------------------------------------------------------------


def test_create_get_update_delete_assinante(mock: PanamahMock) -> None:
    client = client_for(mock, mock.partner_token, identity="panamah-python1.0.0")
    body = AssinanteCreateRequest(
        id=NEW_ID, nome="Mercadinho LTDA", fantasia="Boa Vista", cnpj=NEW_ID, softwares_ativos=[Software.SYSPDV]
    )
    created = create_assinante.sync_detailed(client=client, body=body)
    assert created.status_code == HTTPStatus.CREATED
    assert isinstance(created.parsed, AssinanteRecord)
    assert (created.parsed.id, created.parsed.softwares_ativos, created.parsed.ativo) == (NEW_ID, ["SYSPDV"], True)
    assert created.parsed.creator_sdk_identity == "panamah-python1.0.0"  # what the caller sent

    got = get_assinante.sync(NEW_ID, client=client)
    assert isinstance(got, AssinanteRecord) and got.to_dict() == created.parsed.to_dict()

    change = AssinanteUpdateRequest.from_dict({**got.to_dict(), "fantasia": "Boa Vista Aldeota", "oficial": True})
    change.creator_host = "elsewhere.example"  # set by Panamah: the update must not change it
    updated = update_assinante.sync(NEW_ID, client=client, body=change)
    assert isinstance(updated, AssinanteRecord)
    assert (updated.fantasia, updated.oficial, updated.creator_host) == ("Boa Vista Aldeota", True, got.creator_host)

    deleted = delete_assinante.sync_detailed(NEW_ID, client=client)
    assert deleted.status_code == HTTPStatus.OK and deleted.parsed is None
    assert get_assinante.sync_detailed(NEW_ID, client=client).status_code == HTTPStatus.NOT_FOUND


async def test_admin_calls_async(mock: PanamahMock) -> None:
    client = partner(mock)
    body = AssinanteCreateRequest(id=NEW_ID, nome="Mercadinho LTDA", fantasia="Boa Vista", cnpj=NEW_ID)
    created = await create_assinante.asyncio(client=client, body=body)
    assert isinstance(created, AssinanteRecord)
    got = await get_assinante.asyncio(NEW_ID, client=client)
    assert isinstance(got, AssinanteRecord) and got.nome == "Mercadinho LTDA"
    update = AssinanteUpdateRequest(id=NEW_ID, nome="Novo nome LTDA", fantasia="Boa Vista", cnpj=NEW_ID)
    updated = await update_assinante.asyncio(NEW_ID, client=client, body=update)
    assert isinstance(updated, AssinanteRecord) and updated.nome == "Novo nome LTDA"
    deleted = await delete_assinante.asyncio_detailed(NEW_ID, client=client)
    assert deleted.status_code == HTTPStatus.OK


def test_create_409_when_the_id_exists(mock: PanamahMock) -> None:
    new_assinante(mock)
    body = AssinanteCreateRequest(id=NEW_ID, nome="Outro LTDA", fantasia="Outro", cnpj=NEW_ID)
    response = create_assinante.sync_detailed(client=partner(mock), body=body)
    assert response.status_code == HTTPStatus.CONFLICT
    assert isinstance(response.parsed, Error) and response.parsed.message == "Assinante já existe."
    assert mock.assinantes[NEW_ID]["nome"] == "Mercadinho Boa Vista LTDA", "the first one is kept"


def test_create_422_names_the_invalid_field(mock: PanamahMock) -> None:
    body = AssinanteCreateRequest(id="", nome="Sem id LTDA", fantasia="Sem id", cnpj=NEW_ID)
    response = create_assinante.sync_detailed(client=partner(mock), body=body)
    assert response.status_code == HTTPStatus.UNPROCESSABLE_ENTITY
    assert isinstance(response.parsed, Error) and response.parsed.message == "Erro de validação"
    assert isinstance(response.parsed.detail, str) and "body id" in response.parsed.detail


def test_update_422_when_the_body_names_another_id(mock: PanamahMock) -> None:
    new_assinante(mock)
    body = AssinanteUpdateRequest(id="07526557000100", nome="Outro LTDA", fantasia="Outro", cnpj=NEW_ID)
    response = update_assinante.sync_detailed(NEW_ID, client=partner(mock), body=body)
    assert response.status_code == HTTPStatus.UNPROCESSABLE_ENTITY
    assert isinstance(response.parsed, Error) and response.parsed.detail == "o id do corpo deve ser o id da rota"


def test_update_422_on_an_invalid_body(mock: PanamahMock) -> None:
    new_assinante(mock)
    body = AssinanteUpdateRequest(id="", nome="Outro LTDA", fantasia="Outro", cnpj=NEW_ID)
    response = update_assinante.sync_detailed(NEW_ID, client=partner(mock), body=body)
    assert response.status_code == HTTPStatus.UNPROCESSABLE_ENTITY
    assert isinstance(response.parsed, Error)


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(lambda c: get_assinante.sync_detailed("00000000000000", client=c), id="get"),
        pytest.param(
            lambda c: update_assinante.sync_detailed(
                "00000000000000",
                client=c,
                body=AssinanteUpdateRequest(id="00000000000000", nome="N", fantasia="F", cnpj="00000000000000"),
            ),
            id="update",
        ),
        pytest.param(lambda c: delete_assinante.sync_detailed("00000000000000", client=c), id="delete"),
    ],
)
def test_404_for_an_unknown_assinante(mock: PanamahMock, call: Any) -> None:
    response = call(partner(mock))
    assert response.status_code == HTTPStatus.NOT_FOUND
    assert isinstance(response.parsed, Error) and response.parsed.message == "Assinante não existe."


ADMIN_CALLS = [
    pytest.param(
        lambda c: create_assinante.sync_detailed(
            client=c, body=AssinanteCreateRequest(id=NEW_ID, nome="N", fantasia="F", cnpj=NEW_ID)
        ),
        id="create",
    ),
    pytest.param(lambda c: get_assinante.sync_detailed(NEW_ID, client=c), id="get"),
    pytest.param(
        lambda c: update_assinante.sync_detailed(
            NEW_ID, client=c, body=AssinanteUpdateRequest(id=NEW_ID, nome="N", fantasia="F", cnpj=NEW_ID)
        ),
        id="update",
    ),
    pytest.param(lambda c: delete_assinante.sync_detailed(NEW_ID, client=c), id="delete"),
    pytest.param(lambda c: authenticate_stream.sync_detailed(client=c, body=_any_auth_body()), id="stream-auth"),
]


def _any_auth_body() -> StreamAuthRequest:
    return StreamAuthRequest(assinante_id=PARTNER_WIDE, key="A" * 27 + "=", ts="1767225600")


@pytest.mark.parametrize("call", ADMIN_CALLS)
def test_401_without_x_sdk_identity_or_token(mock: PanamahMock, call: Any) -> None:
    for client in (client_for(mock, mock.partner_token, identity=""), client_for(mock, "")):
        response = call(client)
        assert response.status_code == HTTPStatus.UNAUTHORIZED
        assert isinstance(response.parsed, Error) and response.parsed.message == "Não autorizado"


@pytest.mark.parametrize("call", ADMIN_CALLS)
def test_403_with_a_wrong_partner_token(mock: PanamahMock, call: Any) -> None:
    response = call(client_for(mock, "pnm-test-not-the-partner"))
    assert response.status_code == HTTPStatus.FORBIDDEN
    assert isinstance(response.parsed, Error) and response.parsed.message == "Token inválido"


def test_403_hints_that_the_token_goes_without_bearer(mock: PanamahMock) -> None:
    response = get_assinante.sync_detailed(NEW_ID, client=client_for(mock, f"Bearer {mock.partner_token}"))
    assert response.status_code == HTTPStatus.FORBIDDEN
    assert isinstance(response.parsed, Error) and "sem o prefixo Bearer" in str(response.parsed.detail)


def test_sdk_identity_is_recorded(mock: PanamahMock) -> None:
    get_assinante.sync_detailed(NEW_ID, client=client_for(mock, mock.partner_token, identity="panamah-java1.0.0"))
    get_assinante.sync_detailed(NEW_ID, client=client_for(mock, "wrong", identity="panamah-java1.0.0"))
    assert mock.sdk_identities["panamah-java1.0.0"] == 2


# --- stream auth ---------------------------------------------------------------------------


def test_the_spec_example_key_authenticates() -> None:
    """The spec's StreamAuthRequest example (secret "s3cr3t-parceiro-0f9a") at its own ts."""
    mock = create_mock("panamah", clock=FakeClock(1_714_990_500), partner_secret="s3cr3t-parceiro-0f9a")
    new_assinante(mock, NEW_ID)
    for assinante_id, key in ((NEW_ID, "EtG5phLya0pP6S1D4WhfX0ZdNBE="), (PARTNER_WIDE, "CPyxf8Y+KPETWseIPoOiQ20m2eE=")):
        body = StreamAuthRequest(assinante_id=assinante_id, key=key, ts="1714990500")
        response = authenticate_stream.sync_detailed(client=partner(mock), body=body)
        assert response.status_code == HTTPStatus.OK, response.content
        assert isinstance(response.parsed, StreamTokens)


async def test_client_side_key_authenticates_for_a_subscriber_and_partner_wide(mock: PanamahMock) -> None:
    now = int(mock.clock.now())
    for assinante_id in (next(iter(mock.assinantes)), PARTNER_WIDE):
        body = auth_request(mock, assinante_id, ts=now)
        response = await authenticate_stream.asyncio_detailed(client=partner(mock), body=body)
        assert response.status_code == HTTPStatus.OK
        assert isinstance(response.parsed, StreamTokens)
        assert response.parsed.access_token != response.parsed.refresh_token


@pytest.mark.parametrize(
    ("secret", "skew", "expected"),
    [
        pytest.param("wrong-secret", 0, "key não confere", id="wrong-key"),
        pytest.param(None, -301, "ts fora da janela", id="stale-ts"),
        pytest.param(None, 301, "ts fora da janela", id="future-ts"),
    ],
)
def test_403_on_a_wrong_key_or_a_ts_outside_the_window(
    mock: PanamahMock, secret: str | None, skew: int, expected: str
) -> None:
    body = auth_request(mock, PARTNER_WIDE, ts=int(mock.clock.now()) + skew, secret=secret)
    response = authenticate_stream.sync_detailed(client=partner(mock), body=body)
    assert response.status_code == HTTPStatus.FORBIDDEN
    assert isinstance(response.parsed, Error) and response.parsed.message == "Credenciais inválidas"
    assert expected in str(response.parsed.detail)


def test_ts_at_the_edge_of_the_window_is_accepted(mock: PanamahMock) -> None:
    body = auth_request(mock, PARTNER_WIDE, ts=int(mock.clock.now()) - 300)
    assert isinstance(authenticate_stream.sync(client=partner(mock), body=body), StreamTokens)


def test_403_for_an_unknown_subscriber(mock: PanamahMock) -> None:
    body = auth_request(mock, "00000000000000", ts=int(mock.clock.now()))
    response = authenticate_stream.sync_detailed(client=partner(mock), body=body)
    assert response.status_code == HTTPStatus.FORBIDDEN
    assert isinstance(response.parsed, Error) and response.parsed.detail == "Assinante não existe."


def test_400_on_a_malformed_auth_body(mock: PanamahMock) -> None:
    body = StreamAuthRequest(assinante_id=PARTNER_WIDE, key="A" * 27 + "=", ts="agora")
    response = authenticate_stream.sync_detailed(client=partner(mock), body=body)
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert isinstance(response.parsed, Error) and "ts" in str(response.parsed.detail)


# --- tokens ---------------------------------------------------------------------------------


def test_expired_access_token_answers_403_and_a_refresh_restores_access(mock: PanamahMock, clock: FakeClock) -> None:
    tokens = open_session(mock, PARTNER_WIDE)
    data = client_for(mock, tokens.access_token)
    assert list_pending_resources.sync_detailed(client=data).status_code == HTTPStatus.OK
    clock.advance(mock.tokens.access_ttl)
    expired = list_pending_resources.sync_detailed(client=data)
    assert expired.status_code == HTTPStatus.FORBIDDEN
    assert isinstance(expired.parsed, Error) and expired.parsed.message == "Token expirado"

    refreshed = refresh_stream_tokens.sync(client=client_for(mock, tokens.refresh_token))
    assert isinstance(refreshed, StreamTokens)
    assert list_pending_resources.sync_detailed(client=client_for(mock, refreshed.access_token)).status_code == 200
    reused = refresh_stream_tokens.sync_detailed(client=client_for(mock, tokens.refresh_token))
    assert reused.status_code == HTTPStatus.FORBIDDEN, "a refresh token works once"
    assert isinstance(reused.parsed, Error)


async def test_refresh_async_and_expired_refresh_token(mock: PanamahMock, clock: FakeClock) -> None:
    tokens = open_session(mock, PARTNER_WIDE)
    refreshed = await refresh_stream_tokens.asyncio(client=client_for(mock, tokens.refresh_token))
    assert isinstance(refreshed, StreamTokens)
    clock.advance(mock.tokens.refresh_ttl)
    response = await refresh_stream_tokens.asyncio_detailed(client=client_for(mock, refreshed.refresh_token))
    assert response.status_code == HTTPStatus.FORBIDDEN
    assert isinstance(response.parsed, Error)


def test_ttls_are_constructor_options(clock: FakeClock) -> None:
    mock = create_mock("panamah", clock=clock, access_token_ttl=60, ts_window=5)
    data = client_for(mock, open_session(mock, PARTNER_WIDE).access_token)
    clock.advance(59)
    assert list_pending_resources.sync_detailed(client=data).status_code == HTTPStatus.OK
    clock.advance(1)
    assert list_pending_resources.sync_detailed(client=data).status_code == HTTPStatus.FORBIDDEN
    stale = auth_request(mock, PARTNER_WIDE, ts=int(clock.now()) - 6)
    assert authenticate_stream.sync_detailed(client=partner(mock), body=stale).status_code == HTTPStatus.FORBIDDEN


STREAM_CALLS = [
    pytest.param(lambda c: refresh_stream_tokens.sync_detailed(client=c), id="refresh"),
    pytest.param(lambda c: send_stream_data.sync_detailed(client=c, body=[]), id="data"),
    pytest.param(lambda c: list_pending_resources.sync_detailed(client=c), id="pending"),
]


@pytest.mark.parametrize("call", STREAM_CALLS)
def test_stream_calls_401_without_headers_and_403_with_the_partner_token(mock: PanamahMock, call: Any) -> None:
    for client in (client_for(mock, ""), client_for(mock, mock.partner_token, identity="")):
        response = call(client)
        assert response.status_code == HTTPStatus.UNAUTHORIZED and isinstance(response.parsed, Error)
    response = call(partner(mock))  # the partner token is not a stream token
    assert response.status_code == HTTPStatus.FORBIDDEN and isinstance(response.parsed, Error)


# --- stream data ----------------------------------------------------------------------------


def test_batch_reports_each_operation_in_sucessos_or_falhas(mock: PanamahMock) -> None:
    new_assinante(mock)
    result = send(
        stream(mock, NEW_ID),
        operation("update", StreamModelTipo.PRODUTO, produto("7891000100103")),
        operation("UPDATE", StreamModelTipo.VENDA, venda("V-1", "7891000100103")),
        operation("update", StreamModelTipo.VENDA, {"id": "V-2", "lojaId": "1"}),
        operation("update", StreamModelTipo.ASSINANTE, {"id": NEW_ID}),
        operation("DELETE", StreamModelTipo.EAN, {"id": "7891000100103"}),
    )
    assert result.sucessos.total == 2 and result.falhas.total == 3
    assert all(isinstance(item, StreamResultItem) for item in result.sucessos.itens)
    assert [(i.tipo, i.op, i.id) for i in result.sucessos.itens] == [
        (StreamModelTipo.PRODUTO, StreamOperationKind.UPDATE, "7891000100103"),
        (StreamModelTipo.VENDA, StreamOperationKind.UPDATE_UPPERCASE, "V-1"),
    ]
    falhas = result.falhas.itens
    assert all(isinstance(item, StreamFailureItem) and item.assinante_id == NEW_ID for item in falhas)
    assert [(i.tipo, i.op, i.id) for i in falhas] == [
        (StreamModelTipo.VENDA, StreamOperationKind.UPDATE, "V-2"),
        (StreamModelTipo.ASSINANTE, StreamOperationKind.UPDATE, NEW_ID),
        (StreamModelTipo.EAN, StreamOperationKind.DELETE_UPPERCASE, "7891000100103"),
    ]
    messages = [str(item.mensagem) for item in falhas]
    assert "'dataHoraVenda' is a required property" in messages[0]
    assert messages[1].startswith("ASSINANTE não é aceito no stream")
    assert messages[2] == "Registro não encontrado"
    assert set(mock.records[NEW_ID]["VENDA"]) == {"V-1"}, "only the valid sale is stored"


async def test_delete_removes_a_stored_record(mock: PanamahMock) -> None:
    new_assinante(mock)
    client = stream(mock, NEW_ID)
    await send_stream_data.asyncio(client=client, body=[operation("update", StreamModelTipo.PRODUTO, produto("P1"))])
    result = await send_stream_data.asyncio(
        client=client, body=[operation("delete", StreamModelTipo.PRODUTO, {"id": "P1"})]
    )
    assert isinstance(result, StreamDataResult) and result.sucessos.total == 1
    assert mock.records[NEW_ID]["PRODUTO"] == {}


def test_partner_wide_session_needs_each_operations_assinante_id(mock: PanamahMock) -> None:
    new_assinante(mock)
    result = send(
        stream(mock, PARTNER_WIDE),
        operation("update", StreamModelTipo.PRODUTO, produto("P1"), assinante_id=NEW_ID),
        operation("update", StreamModelTipo.PRODUTO, produto("P2")),
        operation("update", StreamModelTipo.PRODUTO, produto("P3"), assinante_id="00000000000000"),
    )
    assert [item.id for item in result.sucessos.itens] == ["P1"]
    assert [str(item.mensagem) for item in result.falhas.itens] == [
        "assinanteId é obrigatório numa sessão de parceiro (*)",
        "Assinante não existe.",
    ]


def test_subscriber_session_refuses_another_subscribers_operations(mock: PanamahMock) -> None:
    new_assinante(mock)
    other = next(iter(mock.assinantes))
    result = send(stream(mock, NEW_ID), operation("update", StreamModelTipo.PRODUTO, produto("P1"), assinante_id=other))
    assert result.sucessos.total == 0
    assert result.falhas.itens[0].mensagem == "assinanteId difere do assinante da sessão"
    assert "P1" not in mock.records[other]["PRODUTO"]


class _MalformedOperation(StreamOperation):
    """What a buggy client might send: an `op` Panamah does not know."""

    def to_dict(self) -> dict[str, Any]:
        return {**super().to_dict(), "op": "upsert"}


def test_400_on_a_malformed_batch(mock: PanamahMock) -> None:
    bad = _MalformedOperation(op=StreamOperationKind.UPDATE, tipo=StreamModelTipo.PRODUTO, data=StreamOperationData())
    response = send_stream_data.sync_detailed(client=stream(mock, PARTNER_WIDE), body=[bad])
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert isinstance(response.parsed, Error) and response.parsed.message == "Requisição inválida"
    assert "op" in str(response.parsed.detail)


# --- pending resources ----------------------------------------------------------------------


def test_sale_of_an_unknown_product_is_pending_until_the_product_arrives(mock: PanamahMock) -> None:
    new_assinante(mock)
    client = stream(mock, NEW_ID)
    assert pending(client) == {}
    send(client, operation("update", StreamModelTipo.VENDA, venda("V-1", "P-KNOWN", "P-MISSING")))
    send(client, operation("update", StreamModelTipo.PRODUTO, produto("P-KNOWN")))
    assert pending(client) == {NEW_ID: {"PRODUTO": ["P-MISSING"]}}
    send(client, operation("update", StreamModelTipo.PRODUTO, produto("P-MISSING")))
    assert pending(client) == {}


@pytest.mark.parametrize("tipo", ["EAN", "COMPRA", "ESTOQUE_MOVIMENTACAO", "TROCA_DEVOLUCAO"])
def test_other_models_naming_a_product_make_it_pending(mock: PanamahMock, tipo: str) -> None:
    """The references come from the spec's model schemas, not from a list in the mock."""
    new_assinante(mock)
    client = stream(mock, NEW_ID)
    record = mock.catalog.example(tipo)  # the spec's example names product 7891000100103
    assert send(client, operation("update", StreamModelTipo(tipo), record)).sucessos.total == 1
    assert pending(client) == {NEW_ID: {"PRODUTO": ["7891000100103"]}}


def test_pending_tipos_option_reports_other_references(clock: FakeClock) -> None:
    """Panamah reports only PRODUTO today; the mock can report any model the schemas reference."""
    mock = create_mock("panamah", clock=clock, pending_tipos=["PRODUTO", "LOJA", "FORMA_PAGAMENTO"])
    new_assinante(mock)
    client = stream(mock, NEW_ID)
    send(client, operation("update", StreamModelTipo.VENDA, venda("V-1", "P1")))
    assert pending(client) == {NEW_ID: {"FORMA_PAGAMENTO": ["1"], "LOJA": ["1"], "PRODUTO": ["P1"]}}


async def test_pending_resources_page_by_start_and_count_until_empty() -> None:
    mock = create_mock("panamah", clock=FakeClock(), assinantes=4, sales_per_assinante=8)
    client = stream(mock, PARTNER_WIDE)
    expected = flat(pending(client, count=1000))
    assert len(expected) > 7, "enough seeded pending products for several pages"
    seen: list[tuple[str, str, str]] = []
    start = 0
    for _ in range(len(expected)):  # bounded: one page per pending id at most
        page = flat(grouped(await list_pending_resources.asyncio(client=client, start=start, count=3)))
        if not page:
            break
        assert len(page) <= 3
        seen += page
        start += 3
    assert seen == expected and start >= len(expected)
    assert pending(client, start=len(expected), count=3) == {}


def test_subscriber_session_sees_only_its_own_pending(mock: PanamahMock) -> None:
    first = next(iter(mock.assinantes))
    own = pending(stream(mock, first))
    assert list(own) == [first]
    everyone = pending(stream(mock, PARTNER_WIDE))
    assert own[first] == everyone[first] and len(everyone) > 1


@pytest.mark.parametrize("paging", [{"start": -1}, {"count": 0}, {"count": 1001}])
def test_400_on_paging_out_of_range(mock: PanamahMock, paging: dict[str, int]) -> None:
    response = list_pending_resources.sync_detailed(client=stream(mock, PARTNER_WIDE), **paging)
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert isinstance(response.parsed, Error)


def test_deleting_a_subscriber_drops_its_stream_data(mock: PanamahMock) -> None:
    first = next(iter(mock.assinantes))
    client = stream(mock, first)
    assert pending(client)
    delete_assinante.sync(first, client=partner(mock))
    assert pending(client) == {}
    result = send(client, operation("update", StreamModelTipo.PRODUTO, produto("P1")))
    assert result.falhas.itens[0].mensagem == "Assinante não existe."


# --- mock properties -------------------------------------------------------------------------


def test_seed_is_deterministic_and_seeded_records_are_valid() -> None:
    first, again, other = (create_mock("panamah", seed=seed) for seed in (3, 3, 4))
    assert first.assinantes == again.assinantes and first.records == again.records
    assert first.assinantes != other.assinantes
    for records in first.records.values():
        for tipo, by_id in records.items():
            assert all(first.catalog.errors(tipo, record) == [] for record in by_id.values())


def test_undocumented_5xx_raises_unexpected_status(mock: PanamahMock) -> None:
    """Panamah documents no 5xx; with `raise_on_unexpected_status` the client raises."""
    mock.faults = FaultConfig(rate_503=1.0)
    with pytest.raises(UnexpectedStatus) as raised:
        get_assinante.sync_detailed(NEW_ID, client=partner(mock))
    assert raised.value.status_code == HTTPStatus.SERVICE_UNAVAILABLE
    assert b'"message":"Service unavailable"' in raised.value.content
