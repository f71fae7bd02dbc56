"""Panamah: register a subscriber, stream products and sales, resolve pending resources."""

from __future__ import annotations

import datetime as dt

from panamah_client import AuthenticatedClient
from panamah_client.api.admin import create_assinante, delete_assinante, get_assinante, update_assinante
from panamah_client.api.stream import list_pending_resources, send_stream_data
from panamah_client.models import (
    AssinanteCreateRequest,
    AssinanteRecord,
    AssinanteUpdateRequest,
    PendingResources,
    Produto,
    StreamDataResult,
    StreamModelTipo,
    StreamOperation,
    StreamOperationData,
    StreamOperationKind,
    Venda,
    VendaItem,
    VendaPagamento,
)

from client_overlays import NotFoundError, panamah, unwrap

from ._common import create_mock, mock_options, mocks_module, step

PanamahMock = mocks_module("panamah").PanamahMock

SUBSCRIBER = "35472867000228"
SOLD_AT = dt.datetime(2026, 1, 2, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=-3)))
PRODUCTS = ("7891000100103", "7891910000197")


def _operation(tipo: StreamModelTipo, data: dict[str, object]) -> StreamOperation:
    return StreamOperation(
        op=StreamOperationKind.UPDATE, tipo=tipo, data=StreamOperationData.from_dict(data), assinante_id=SUBSCRIBER
    )


def _sale() -> dict[str, object]:
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
        for product in PRODUCTS
    ]
    total = 9.9 * len(items)
    return Venda(
        id="V-1001",
        loja_id="1",
        data=SOLD_AT,
        data_hora_venda=SOLD_AT,
        efetiva=True,
        quantidade_itens=len(items),
        sequencial="1001",
        tipo_preco="NORMAL",
        valor=total,
        itens=items,
        pagamentos=[VendaPagamento(forma_pagamento_id="1", sequencial="1", valor=total)],
    ).to_dict()


def _pending(client: AuthenticatedClient) -> list[str]:
    page = unwrap(list_pending_resources.sync_detailed(client=client, start=0, count=100), PendingResources)
    by_tipo = page.additional_properties.get(SUBSCRIBER)
    return sorted(by_tipo.additional_properties.get("PRODUTO", [])) if by_tipo else []


def tour() -> None:
    mock = create_mock("panamah")
    client = panamah.connect(mock.partner_token, mock.partner_secret, clock=mock.clock.now, **mock_options(mock))

    body = AssinanteCreateRequest(
        id=SUBSCRIBER, nome="Mercadinho Boa Vista LTDA", fantasia="Boa Vista", cnpj=SUBSCRIBER
    )
    record = unwrap(create_assinante.sync_detailed(client=client, body=body), AssinanteRecord)
    step("create a subscriber (admin, partner token)", f"{record.id} {record.fantasia!r}")

    sale = _operation(StreamModelTipo.VENDA, _sale())
    result = unwrap(send_stream_data.sync_detailed(client=client, body=[sale]), StreamDataResult)
    step(
        "stream a sale (stream token from the SHA-1 key)",
        f"{result.sucessos.total} accepted, {result.falhas.total} failed",
    )
    step("list pending resources", f"products the sale names but were never sent: {_pending(client)}")

    products = [
        _operation(StreamModelTipo.PRODUTO, Produto(descricao=f"Produto {pid}", id=pid, secao_id="10").to_dict())
        for pid in PRODUCTS
    ]
    unwrap(send_stream_data.sync_detailed(client=client, body=products), StreamDataResult)
    step("stream the missing products", f"pending now: {_pending(client)}")

    update = AssinanteUpdateRequest(id=SUBSCRIBER, nome=record.nome, fantasia="Boa Vista Express", cnpj=SUBSCRIBER)
    renamed = unwrap(update_assinante.sync_detailed(SUBSCRIBER, client=client, body=update), AssinanteRecord)
    step("rename the subscriber", f"fantasia is now {renamed.fantasia!r}")

    unwrap(delete_assinante.sync_detailed(SUBSCRIBER, client=client))
    try:
        unwrap(get_assinante.sync_detailed(SUBSCRIBER, client=client))
    except NotFoundError as error:
        step("delete it, then read it (error)", f"NotFoundError: {error.detail or error.status_code}")
