"""The Panamah mock validates each stream operation once, with compiled validators, and accepts
and refuses exactly what its full validators (openapi-core, jsonschema) do; so does the
uploader's check before queuing."""

from __future__ import annotations

import copy
import random
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastjsonschema import JsonSchemaException

from client_overlays import APIError, RetryPolicy, panamah
from vendor_mocks import create_mock
from vendor_mocks.panamah import PanamahMock

WRONG_VALUES: list[Any] = [None, 1, 1.5, True, "", "x", "2024-13-01T00:00:00", [], {}, ["x"], [{}]]


@pytest.fixture(scope="module")
def mock() -> PanamahMock:
    created = create_mock("panamah")
    assert isinstance(created, PanamahMock)
    return created


def _variants(record: dict[str, Any], rng: random.Random) -> Iterator[dict[str, Any]]:
    """The record, each property removed, each property set to each wrong value, and nested
    objects (lists of them) broken the same way, one change at a time."""
    yield record
    for key, value in record.items():
        yield {k: v for k, v in record.items() if k != key}
        for wrong in WRONG_VALUES:
            yield {**record, key: wrong}
        nested = value[0] if isinstance(value, list) and value and isinstance(value[0], dict) else value
        if isinstance(nested, dict):
            for broken in list(_variants(nested, rng))[1:]:
                changed = copy.deepcopy(record)
                if isinstance(value, list):
                    changed[key][0] = broken
                else:
                    changed[key] = broken
                yield changed


def test_compiled_data_validators_agree_with_jsonschema_on_every_tipo(mock: PanamahMock) -> None:
    catalog = mock.catalog
    rng = random.Random(16)
    checked = 0
    for tipo in catalog.schema_names:
        for record in catalog.schema(tipo)["examples"]:
            for variant in _variants(record, rng):
                full = sorted(catalog._validators[tipo].iter_errors(variant), key=str)
                try:
                    catalog._compiled[tipo](variant)
                    compiled_ok = True
                except JsonSchemaException:
                    compiled_ok = False
                assert compiled_ok == (not full), (tipo, variant, [e.message for e in full])
                checked += 1
    assert checked > 1000


def test_the_uploaders_compiled_check_agrees_with_jsonschema_on_every_tipo(mock: PanamahMock) -> None:
    from client_overlays.panamah._uploader import _compiled, _validator, stream_tipos

    rng = random.Random(16)
    checked = 0
    for tipo in stream_tipos():
        for record in mock.catalog.schema(tipo)["examples"]:
            for variant in _variants(record, rng):
                full_ok = not list(_validator(tipo).iter_errors(variant))
                try:
                    _compiled(tipo)(variant)
                    compiled_ok = True
                except JsonSchemaException:
                    compiled_ok = False
                assert compiled_ok == full_ok, (tipo, variant)
                checked += 1
    assert checked > 1000


def _client(mock: PanamahMock) -> Any:
    return panamah.connect(
        mock.partner_token,
        mock.partner_secret,
        assinante_id=next(iter(mock.assinantes)),
        base_url="http://mock",
        transport=mock.transport(),
        retry=RetryPolicy.none(),
    )


def test_compiled_envelope_accepts_only_what_openapi_core_accepts(
    mock: PanamahMock, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = {"op": "update", "tipo": "SECAO", "data": {"id": "1", "codigo": "1", "descricao": "S"}}
    cases: list[Any] = [
        [good],
        [],
        [{**good, "op": "DELETE"}],
        [{**good, "assinanteId": next(iter(mock.assinantes))}],
        {"op": "update"},
        [{**good, "op": "upsert"}],
        [{**good, "tipo": "NOPE"}],
        [{**good, "data": []}],
        [{**good, "assinanteId": 7}],
        [{"op": "update", "tipo": "SECAO"}],
        [good, 3],
        "[]",
        None,
    ]

    async def always_full(request: object) -> None:
        return None  # every request through openapi-core

    monkeypatch.setattr(mock, "_valid_batch", always_full)
    with _client(mock) as client:
        http = client.get_httpx_client()
        for body in cases:
            try:
                status = http.post("/stream/data", json=body).status_code
            except APIError as error:  # a connect() client raises on every error status
                status = error.status_code
            assert status in (200, 400), (body, status)
            try:
                mock.catalog.compiled_batch(body)
                compiled_ok = True
            except JsonSchemaException:
                compiled_ok = False
            assert compiled_ok == (status == 200), (body, status)


class _CountingValidator:
    def __init__(self, calls: list[str], tipo: str) -> None:
        self.calls, self.tipo = calls, tipo

    def iter_errors(self, data: object) -> Iterator[Any]:
        self.calls.append(self.tipo)
        return iter(())


def test_a_valid_batch_is_validated_once_per_operation_by_compiled_code(
    mock: PanamahMock, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    client = _client(mock)
    full_checks: list[str] = []
    compiled_checks: list[str] = []

    def counted(tipo: str, check: Callable[[Any], Any]) -> Callable[[Any], Any]:
        def run(data: Any) -> Any:
            compiled_checks.append(tipo)
            return check(data)

        return run

    for tipo, check in dict(mock.catalog._compiled).items():
        monkeypatch.setitem(mock.catalog._compiled, tipo, counted(tipo, check))
    for tipo in list(mock.catalog._validators):
        monkeypatch.setitem(mock.catalog._validators, tipo, _CountingValidator(full_checks, tipo))

    full_validation = mock._validate

    async def refused(request: Any, status: int) -> Any:
        if request.url.path == "/stream/data":  # the auth calls before it are validated as before
            full_checks.append("openapi-core")
        return await full_validation(request, status)

    monkeypatch.setattr(mock, "_validate", refused)
    operations = [
        {"op": "update", "tipo": "SECAO", "data": {"id": str(n), "codigo": str(n), "descricao": "S"}} for n in range(5)
    ]
    with client, panamah.Uploader(client, tmp_path / "outbox", concurrency=1) as uploader:
        uploader.add(operations)
    assert compiled_checks == ["SECAO"] * 5 and not full_checks
