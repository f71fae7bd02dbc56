"""Panamah date-times: the mock takes both forms, our clients read both, our uploader sends one.

Panamah's model table types dates as "date (ISO 8601)"; its official Python SDK sends local
date-times without an offset (`2024-05-01T10:00:00`). The spec documents RFC 3339 with an
offset as the form to send, and notes that Panamah takes the local form too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from panamah_client.models import Funcionario, Venda

from client_overlays import RetryPolicy, panamah
from client_overlays.panamah import InvalidOperationError, Uploader
from integration.conftest import MOCK_BASE_URL
from vendor_mocks import FakeClock
from vendor_mocks.panamah import PanamahMock

LOCAL = "2024-05-01T10:00:00"
WITH_OFFSET = "2024-05-01T10:00:00-03:00"


@pytest.fixture
def mock() -> PanamahMock:
    return PanamahMock(clock=FakeClock())


@pytest.fixture
def uploader(mock: PanamahMock, tmp_path: Path) -> Iterator[Uploader]:
    assinante_id = next(iter(mock.assinantes))
    client = panamah.connect(
        mock.partner_token,
        mock.partner_secret,
        assinante_id=assinante_id,
        base_url=MOCK_BASE_URL,
        transport=mock.transport(),
        clock=mock.clock.now,
        retry=RetryPolicy(sleep=lambda seconds: None),
    )
    with Uploader(client, tmp_path / "outbox", clock=mock.clock.now, sleep=lambda seconds: None) as made:
        yield made


def employee(birth: str) -> dict[str, Any]:
    return {"id": "77", "nome": "Maria", "ativo": True, "dataNascimento": birth}


@pytest.mark.parametrize("birth", [LOCAL, WITH_OFFSET, "2024-05-01T13:00:00Z", "2024-05-01T10:00:00.250"])
def test_the_mock_takes_date_times_with_and_without_offset(mock: PanamahMock, birth: str) -> None:
    assert mock.catalog.errors("FUNCIONARIO", employee(birth)) == []


@pytest.mark.parametrize("birth", ["2024-04-31T10:00:00", "2024-05-01 10:00:00", "01/05/2024", "2024-05-01T25:00:00"])
def test_the_mock_still_refuses_what_is_no_date_time(mock: PanamahMock, birth: str) -> None:
    expected = f"data.dataNascimento: {birth!r} is not a 'date-time'"
    assert mock.catalog.errors("FUNCIONARIO", employee(birth)) == [expected]


def test_generated_models_read_both_forms() -> None:
    local = Funcionario.from_dict(employee(LOCAL)).data_nascimento
    offset = Funcionario.from_dict(employee(WITH_OFFSET)).data_nascimento
    assert local == dt.datetime(2024, 5, 1, 10, 0)
    assert offset == dt.datetime(2024, 5, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=-3)))
    sale = PanamahMock().catalog.example("VENDA")
    sale["data"] = LOCAL
    assert Venda.from_dict(sale).data == dt.datetime(2024, 5, 1, 10, 0)


def test_the_uploader_sends_the_documented_form_and_refuses_a_local_one(mock: PanamahMock, uploader: Uploader) -> None:
    with pytest.raises(InvalidOperationError) as refused:
        uploader.update("FUNCIONARIO", employee(LOCAL))
    assert refused.value.path == "data.dataNascimento"
    assert "offset" in refused.value.allowed

    uploader.update("FUNCIONARIO", employee(WITH_OFFSET))
    report = uploader.flush()
    assert report.acknowledged == 1
    (stored,) = mock.records[next(iter(mock.assinantes))]["FUNCIONARIO"].values()
    assert stored["dataNascimento"] == WITH_OFFSET
