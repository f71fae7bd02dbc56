from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import EmptyDictUntilSet

T = TypeVar("T", bound="Meta")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "mes",
        "ano",
        "lojaId",
        "secaoId",
        "valor",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class Meta:
    """Monthly sales target (meta) of a store section.

    Attributes:
        id (str): Identifier of the record in the partner's system.
        mes (float): Month of the target (1-12).
        ano (float): Year of the target.
        loja_id (str): Id of the store (LOJA).
        secao_id (str): Id of the section (SECAO).
        valor (float): Target amount in BRL.
    """

    id: str
    mes: float
    ano: float
    loja_id: str
    secao_id: str
    valor: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        mes = self.mes

        ano = self.ano

        loja_id = self.loja_id

        secao_id = self.secao_id

        valor = self.valor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "mes": mes,
                "ano": ano,
                "lojaId": loja_id,
                "secaoId": secao_id,
                "valor": valor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        self = _new_instance(Meta)
        self.id = src_dict["id"]

        self.mes = src_dict["mes"]

        self.ano = src_dict["ano"]

        self.loja_id = src_dict["lojaId"]

        self.secao_id = src_dict["secaoId"]

        self.valor = src_dict["valor"]

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is Meta:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        meta = cls(
            self.id,
            self.mes,
            self.ano,
            self.loja_id,
            self.secao_id,
            self.valor,
        )
        meta.additional_properties = self.additional_properties
        return meta

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


setattr(Meta, "additional_properties", EmptyDictUntilSet(vars(Meta)["additional_properties"]))
