from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stream_model_tipo import StreamModelTipo
from ..models.stream_operation_kind import StreamOperationKind
from ..types import UNSET, EmptyDictUntilSet, Unset

T = TypeVar("T", bound="StreamFailureItem")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "tipo",
        "op",
        "id",
        "assinanteId",
        "mensagem",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class StreamFailureItem:
    """An operation of the batch that failed; re-send it. `tipo`, `op` and `id` are documented. `assinanteId` and
    `mensagem` are inferred field names (the SDKs read only tipo, op and id), and other fields may appear.

        Attributes:
            tipo (StreamModelTipo): Name of a Panamah data model. Each has a component schema whose `x-panamah-tipo` is this
                value (e.g. `Venda` for `VENDA`). ASSINANTE is listed by the reference but refused on the stream: subscribers
                are managed with the Admin calls.
            op (StreamOperationKind): Operation kind: `update` inserts or replaces the record, `delete` removes it. The
                reference lists the lower-case values; the Java SDK sends them in capitals and Panamah accepts both.
            id (str): Id of the record (`data.id` of the operation).
            assinante_id (str | Unset): Subscriber of the operation (inferred field).
            mensagem (str | Unset): Why the operation failed (inferred field).
    """

    tipo: StreamModelTipo
    op: StreamOperationKind
    id: str
    assinante_id: str | Unset = UNSET
    mensagem: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tipo = self.tipo.value

        op = self.op.value

        id = self.id

        assinante_id = self.assinante_id

        mensagem = self.mensagem

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tipo": tipo,
                "op": op,
                "id": id,
            }
        )
        if assinante_id is not UNSET:
            field_dict["assinanteId"] = assinante_id
        if mensagem is not UNSET:
            field_dict["mensagem"] = mensagem

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        self = _new_instance(StreamFailureItem)
        self.tipo = StreamModelTipo(src_dict["tipo"])

        self.op = StreamOperationKind(src_dict["op"])

        self.id = src_dict["id"]

        self.assinante_id = get("assinanteId", UNSET)

        self.mensagem = get("mensagem", UNSET)

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is StreamFailureItem:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        stream_failure_item = cls(
            self.tipo,
            self.op,
            self.id,
            self.assinante_id,
            self.mensagem,
        )
        stream_failure_item.additional_properties = self.additional_properties
        return stream_failure_item

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


setattr(StreamFailureItem, "additional_properties", EmptyDictUntilSet(vars(StreamFailureItem)["additional_properties"]))
