"""The official Panamah Python SDK (panamah-sdk-python 1.0.4) runs its real flows against our mock.

Each test runs one flow of `sdk_driver.py` in the SDK's own environment and checks both what
the SDK made of it and what the mock answered (the recorded exchanges). Where the SDK has a
bug of its own (README, "The official Panamah SDK against the mock"), the test shows the mock
answering as Panamah does, not imitating the bug.
"""

from __future__ import annotations

from typing import Any

import pytest

from vendor_mocks.panamah.sessions import Grant

from .conftest import SdkRunner

pytestmark = pytest.mark.slow  # each flow starts a Python process and a server (about a second)


def exchanges(outcome: dict[str, Any], path_start: str) -> list[tuple[str, int]]:
    return [(e["method"], e["status"]) for e in outcome["exchanges"] if e["path"].startswith(path_start)]


def test_authentication_sends_ts_as_a_number_and_refreshes_after_403(sdk: SdkRunner) -> None:
    assinante_id = next(iter(sdk.mock.assinantes))
    flow = sdk.start("auth-refresh", sdk.credentials(assinante_id))
    assert flow.next_event() == {"event": "authenticated", "status": 200}
    sdk.clock.advance(sdk.mock.tokens.access_ttl + 1)  # the access token expires; the refresh token does not
    flow.send("go on")
    outcome = flow.result()

    assert outcome["result"]["first"] == 200
    assert outcome["result"]["second"] == 200
    auth = outcome["exchanges"][0]
    assert auth["path"] == "/stream/auth"
    assert isinstance(auth["sent"]["ts"], int), "the SDK sends ts as a JSON number, which Panamah takes"
    assert [(e["method"], e["path"].split("?")[0], e["status"]) for e in outcome["exchanges"]] == [
        ("POST", "/stream/auth", 200),
        ("GET", "/stream/pending-resources", 200),
        ("GET", "/stream/pending-resources", 403),  # expired by the mock's clock
        ("GET", "/stream/auth/refresh", 200),
        ("GET", "/stream/pending-resources", 200),  # the SDK's one retry with the new pair
    ]
    assert outcome["result"]["tokens"] == outcome["exchanges"][3]["body"]


NEW_SUBSCRIBER = {
    "id": "11222333000181",
    "nome": "Mercado Interop LTDA",
    "fantasia": "Mercado Interop",
    "ramo": "SUPERMERCADO",
    "uf": "CE",
    "cidade": "Fortaleza",
    "bairro": "Centro",
    "softwaresAtivos": ["SYSPDV"],
}


def test_subscriber_create_read_update_delete(sdk: SdkRunner) -> None:
    params = {**sdk.credentials("*"), "assinante": NEW_SUBSCRIBER, "maintained": ["SYSPDV"], "new_name": "Novo LTDA"}
    outcome = sdk.run("subscriber", params)
    result = outcome["result"]

    assert result["validate"]["ok"]
    created = result["create"]
    assert created["ok"], created  # the SDK's subscriber has no cnpj, and Panamah does not require one
    assert created["value"]["id"] == NEW_SUBSCRIBER["id"]
    assert result["read"]["value"]["nome"] == "Mercado Interop LTDA"
    assert result["update"]["status"] == 200
    assert result["update"]["body"]["nome"] == "Novo LTDA"
    assert result["delete"] == {"ok": True, "value": True}
    assert result["read_deleted"]["error"] == "NotFoundException"
    assert NEW_SUBSCRIBER["id"] not in sdk.mock.assinantes
    assert exchanges(outcome, "/admin/assinantes") == [
        ("POST", 201),
        ("POST", 409),
        ("GET", 200),
        ("PUT", 200),
        ("DELETE", 200),
        ("GET", 404),
        ("DELETE", 404),
    ]
    assert result["create_again"]["error"] == "ConflictException"


def test_sdk_bug_404_on_delete_is_raised_as_a_conflict_while_the_mock_answers_404(sdk: SdkRunner) -> None:
    outcome = sdk.run(
        "subscriber",
        {**sdk.credentials("*"), "assinante": NEW_SUBSCRIBER, "maintained": ["SYSPDV"], "new_name": "Novo LTDA"},
    )
    deleted_twice = outcome["exchanges"][-1]
    assert (deleted_twice["method"], deleted_twice["status"]) == ("DELETE", 404)
    assert deleted_twice["body"]["message"] == "Assinante não existe."
    assert outcome["result"]["delete_deleted"]["error"] == "ConflictException"  # the SDK's mistake, not the mock's


def test_sdk_bug_maintenance_contracts_sent_in_snake_case_are_ignored_as_panamah_ignores_unknown_fields(
    sdk: SdkRunner,
) -> None:
    outcome = sdk.run(
        "subscriber",
        {**sdk.credentials("*"), "assinante": NEW_SUBSCRIBER, "maintained": ["SYSPDV"], "new_name": "Novo LTDA"},
    )
    create = outcome["exchanges"][0]
    assert create["sent"]["softwares_em_contratos_de_manutencao"] == ["SYSPDV"]
    assert "softwaresEmContratosDeManutencao" not in create["sent"]
    assert create["status"] == 201
    assert create["body"]["softwaresEmContratosDeManutencao"] == []  # not what the SDK user meant, as at Panamah
    assert create["body"]["softwaresAtivos"] == ["SYSPDV"]


DATED_MODELS = ("FUNCIONARIO", "VENDA", "COMPRA", "TITULO_PAGAR")
PLAIN_MODELS = ("SECAO", "PRODUTO", "LOJA", "FORMA_PAGAMENTO")


def test_batch_processor_sends_several_models_with_local_date_times_and_deletes(sdk: SdkRunner) -> None:
    assinante_id = next(iter(sdk.mock.assinantes))
    records = [[tipo, sdk.mock.catalog.example(tipo), {}] for tipo in (*PLAIN_MODELS, *DATED_MODELS)]
    secao_id = sdk.mock.catalog.example("SECAO")["id"]
    params = {**sdk.credentials(assinante_id), "records": records, "deletes": [["SECAO", secao_id]]}
    outcome = sdk.run("stream", params)
    result = outcome["result"]

    assert all(saved["ok"] for saved in result["saved"].values()), result["saved"]
    assert result["flush"]["ok"] and result["flush_deletes"]["ok"]
    batches = [e for e in outcome["exchanges"] if e["path"] == "/stream/data"]
    assert [e["status"] for e in batches] == [200, 200]
    sent_dates = [record["data"]["dataNascimento"] for record in batches[0]["sent"] if record["tipo"] == "FUNCIONARIO"]
    assert sent_dates and "+" not in sent_dates[0] and not sent_dates[0].endswith("Z")  # local, no offset
    saved = batches[0]["body"]
    assert saved["falhas"] == {"total": 0, "itens": []}, saved["falhas"]
    assert sorted(item["tipo"] for item in saved["sucessos"]["itens"]) == sorted((*PLAIN_MODELS, *DATED_MODELS))
    assert batches[1]["body"]["sucessos"]["itens"] == [{"tipo": "SECAO", "op": "delete", "id": secao_id}]
    assert secao_id not in sdk.mock.records[assinante_id].get("SECAO", {})
    assert len(result["sent"]) == 2 and result["accumulated"] == []


def test_sdk_bug_falhas_are_answered_but_the_sdk_never_resends_them(sdk: SdkRunner) -> None:
    assinante_id = next(iter(sdk.mock.assinantes))
    params = {**sdk.credentials(assinante_id), "records": [], "deletes": [["PRODUTO", "7890000000000"]]}
    outcome = sdk.run("stream", params)

    batches = [e for e in outcome["exchanges"] if e["path"] == "/stream/data"]
    assert len(batches) == 1
    assert batches[0]["status"] == 200
    assert batches[0]["body"]["falhas"]["itens"] == [
        {
            "tipo": "PRODUTO",
            "op": "delete",
            "id": "7890000000000",
            "assinanteId": assinante_id,
            "mensagem": "Registro não encontrado",
        }
    ]
    # The SDK reads `falhas` with hasattr() on a dict, never finds it, and files the batch as sent.
    assert outcome["result"]["sent"] and outcome["result"]["accumulated"] == []


def test_sdk_bug_snake_case_field_gets_the_falha_panamah_gives(sdk: SdkRunner) -> None:
    assinante_id = next(iter(sdk.mock.assinantes))
    record = sdk.mock.catalog.example("ESTOQUE_MOVIMENTACAO")
    # The SDK maps no camelCase name to this field: its users set the attribute, and it is sent as is.
    params = {
        **sdk.credentials(assinante_id),
        "records": [["ESTOQUE_MOVIMENTACAO", record, {"local_estoque_id": record["localEstoqueId"]}]],
        "deletes": [],
    }
    outcome = sdk.run("stream", params)

    batch = next(e for e in outcome["exchanges"] if e["path"] == "/stream/data")
    assert "local_estoque_id" in batch["sent"][0]["data"]
    assert "localEstoqueId" not in batch["sent"][0]["data"]
    (failure,) = batch["body"]["falhas"]["itens"]
    assert failure["tipo"] == "ESTOQUE_MOVIMENTACAO"
    assert "localEstoqueId" in failure["mensagem"]


def test_sdk_bug_allowed_values_compared_by_character_while_panamah_takes_the_value(sdk: SdkRunner) -> None:
    assinante_id = next(iter(sdk.mock.assinantes))
    record = sdk.mock.catalog.example("EVENTO_CAIXA")
    outcome = sdk.run("raw-operation", {**sdk.credentials(assinante_id), "tipo": "EVENTO_CAIXA", "record": record})
    result = outcome["result"]

    assert result["validate"]["error"] == "ValueError"  # the SDK checks each character of `tipo`
    assert record["tipo"] in ("ABERTURA", "FECHAMENTO", "ENTRADA_OPERADOR", "SAIDA_OPERADOR")
    assert result["send"]["status"] == 200
    assert result["send"]["body"]["sucessos"]["itens"] == [{"tipo": "EVENTO_CAIXA", "op": "update", "id": record["id"]}]


def test_pending_resources_page_by_start_and_the_sdk_loop_never_advances(sdk: SdkRunner) -> None:
    assinante_id = next(iter(sdk.mock.assinantes))
    pending = [record_id for _, _, record_id in sdk.mock.pending(Grant(assinante_id, expires_at=float("inf")))]
    assert len(pending) >= 2, "the seed leaves pending products to page through"
    params = {**sdk.credentials(assinante_id), "count": 1, "max_pages": len(pending) + 2, "sdk_loop_budget": 6}
    outcome = sdk.run("pending", params)
    result = outcome["result"]

    pages = result["pages"]
    assert pages[-1] == {}  # past the end: an empty object, as Panamah documents
    listed = [record_id for page in pages[:-1] for record_id in page[assinante_id]["PRODUTO"]]
    assert listed == pending  # one id per page, in order, none twice
    # The SDK's own loop asks for start=count again and again (it never adds to `start`).
    assert result["sdk_loop"]["error"] == "RuntimeError"
    assert result["sdk_loop_paths"][0] == "/stream/pending-resources?start=0&count=100"
    assert set(result["sdk_loop_paths"][1:]) == {"/stream/pending-resources?start=1&count=1"}
