from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Meta")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "mes",
        "ano",
        "lojaId",
        "secaoId",
        "valor",
    }
)


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
        id = src_dict["id"]

        mes = src_dict["mes"]

        ano = src_dict["ano"]

        loja_id = src_dict["lojaId"]

        secao_id = src_dict["secaoId"]

        valor = src_dict["valor"]

        if _KNOWN_KEYS.issuperset(src_dict):
            additional_properties = {}
        else:
            additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is Meta:
            meta = object.__new__(cls)
            meta.id = id
            meta.mes = mes
            meta.ano = ano
            meta.loja_id = loja_id
            meta.secao_id = secao_id
            meta.valor = valor
            meta.additional_properties = additional_properties
            return meta

        meta = cls(
            id,
            mes,
            ano,
            loja_id,
            secao_id,
            valor,
        )
        meta.additional_properties = additional_properties
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
