"""The stored JSON form of the Panamah queue's records (queued operations, dead letters): what is
written reads back equal, fields at their default are left out, and a file written by an earlier
version (every field present) or a damaged one (a field missing or of the wrong type) is read
or refused as recovery expects."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from client_overlays.panamah._queue import DeadLetter, QueuedOperation

FRESH = QueuedOperation(7, "update", "PRODUTO", {"id": "P-1", "descricao": "Arroz"}, None, 1_700_000_000.5)
FAILED = replace(FRESH, attempts=2, not_before=1_700_000_004.5, last_error="Registro inválido")
LETTER = DeadLetter(8, "delete", "SECAO", {"id": "10"}, "03954345000109", 5, "Registro não encontrado", 1.0)


@pytest.mark.parametrize("record", [FRESH, FAILED, LETTER], ids=["fresh", "failed", "dead-letter"])
def test_each_record_reads_back_equal(record: QueuedOperation | DeadLetter) -> None:
    assert type(record).from_json(record.to_json()) == record


def test_the_stored_form_is_the_wire_form_plus_camel_case_fields_not_at_their_default() -> None:
    wire = {"op": "update", "tipo": "PRODUTO", "data": {"id": "P-1", "descricao": "Arroz"}}
    assert FRESH.to_json() == {"seq": 7, **wire, "acceptedAt": 1_700_000_000.5}
    assert FAILED.to_json() == {
        "seq": 7,
        **wire,
        "acceptedAt": 1_700_000_000.5,
        "attempts": 2,
        "notBefore": 1_700_000_004.5,
        "lastError": "Registro inválido",
    }
    assert LETTER.to_json() == {
        "seq": 8,
        "op": "delete",
        "tipo": "SECAO",
        "data": {"id": "10"},
        "assinanteId": "03954345000109",
        "attempts": 5,
        "reason": "Registro não encontrado",
        "failedAt": 1.0,
    }


def test_a_record_with_every_field_written_reads_as_before() -> None:
    stored = {**FRESH.to_json(), "attempts": 0, "assinanteId": None}
    assert QueuedOperation.from_json(stored) == FRESH


@pytest.mark.parametrize(
    "damage",
    [{"seq": "seven"}, {"acceptedAt": None}, {"data": 3}, {"attempts": "many"}],
    ids=["seq-not-a-number", "acceptedAt-null", "data-not-an-object", "attempts-not-a-number"],
)
def test_a_mistyped_field_is_refused(damage: dict[str, Any]) -> None:
    with pytest.raises((TypeError, ValueError)):
        QueuedOperation.from_json({**FAILED.to_json(), **damage})


@pytest.mark.parametrize("missing", ["seq", "op", "tipo", "data", "acceptedAt"])
def test_a_missing_field_without_a_default_is_refused(missing: str) -> None:
    stored = FRESH.to_json()
    del stored[missing]
    with pytest.raises(KeyError):
        QueuedOperation.from_json(stored)
