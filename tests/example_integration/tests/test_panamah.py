"""Panamah: products our code publishes land in the subscriber's stream records."""

from __future__ import annotations

from pathlib import Path

import pytest

from acme_vendor_sync.panamah import publish_products
from vendor_mocks import RunningMock


@pytest.mark.parametrize("fixture", ["panamah_mock", "panamah_mock_served"])
def test_published_products_reach_the_stream(fixture: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    panamah_mock: RunningMock = request.getfixturevalue(fixture)
    shop = {"id": "03954345000109", "cnpj": "03954345000109", "nome": "Mercado Exemplo LTDA", "fantasia": "Exemplo"}
    panamah_mock.mock.seed({"assinantes": [shop], "stream_records": []})
    products = [{"id": f"P-{n}", "descricao": f"Produto {n}", "secaoId": "10"} for n in range(3)]

    acknowledged = publish_products(panamah_mock.client, "03954345000109", products, tmp_path / "outbox")

    assert acknowledged == 3
    stored = panamah_mock.mock.snapshot()["stream_records"]
    assert sorted(r["data"]["id"] for r in stored if r["tipo"] == "PRODUTO") == ["P-0", "P-1", "P-2"]
    assert all(r.headers.get("authorization") in (None, "[redacted]") for r in panamah_mock.mock.request_log)
