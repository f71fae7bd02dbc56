from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stream_model_tipo import StreamModelTipo
from ..models.stream_operation_kind import StreamOperationKind
from ..types import UNSET, EmptyDictUntilSet, Unset

if TYPE_CHECKING:
    from ..models.stream_operation_data import StreamOperationData


T = TypeVar("T", bound="StreamOperation")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "op",
        "tipo",
        "data",
        "assinanteId",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class StreamOperation:
    """One operation of a stream batch.

    Attributes:
        op (StreamOperationKind): Operation kind: `update` inserts or replaces the record, `delete` removes it. The
            reference lists the lower-case values; the Java SDK sends them in capitals and Panamah accepts both.
        tipo (StreamModelTipo): Name of a Panamah data model. Each has a component schema whose `x-panamah-tipo` is this
            value (e.g. `Venda` for `VENDA`). ASSINANTE is listed by the reference but refused on the stream: subscribers
            are managed with the Admin calls.
        data (StreamOperationData): The record. For an update, an object shaped like the component schema whose
            `x-panamah-tipo` equals `tipo` (e.g. `Venda`); for a delete, just `{"id": "..."}`. Kept free-form here so that
            one request type carries all 24 models. Date-time fields are best sent as RFC 3339 with an offset
            (`2024-05-01T10:00:00-03:00`); Panamah also accepts an ISO 8601 local date-time without one
            (`2024-05-01T10:00:00`), the form the official Python SDK sends.
        assinante_id (str | Unset): Id of the subscriber the record belongs to. Required in a partner-wide session
            (assinanteId `*` at authenticateStream); otherwise the session's subscriber.
    """

    op: StreamOperationKind
    tipo: StreamModelTipo
    data: StreamOperationData
    assinante_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        op = self.op.value

        tipo = self.tipo.value

        data = self.data.to_dict()

        assinante_id = self.assinante_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "op": op,
                "tipo": tipo,
                "data": data,
            }
        )
        if assinante_id is not UNSET:
            field_dict["assinanteId"] = assinante_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stream_operation_data import StreamOperationData  # noqa: PLC0415

        get = src_dict.get
        self = _new_instance(StreamOperation)
        self.op = StreamOperationKind(src_dict["op"])

        self.tipo = StreamModelTipo(src_dict["tipo"])

        self.data = StreamOperationData.from_dict(src_dict["data"])

        self.assinante_id = get("assinanteId", UNSET)

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is StreamOperation:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        stream_operation = cls(
            self.op,
            self.tipo,
            self.data,
            self.assinante_id,
        )
        stream_operation.additional_properties = self.additional_properties
        return stream_operation

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


setattr(StreamOperation, "additional_properties", EmptyDictUntilSet(vars(StreamOperation)["additional_properties"]))
