from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import EmptyDictUntilSet

T = TypeVar("T", bound="Subgrupo")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "codigo",
        "descricao",
        "secaoId",
        "grupoId",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class Subgrupo:
    """Product subgroup (subgrupo) inside a group.

    Attributes:
        id (str): Identifier of the record in the partner's system.
        codigo (str): Code of the record in the partner's system.
        descricao (str): Description (name) of the record as shown in the partner's software.
        secao_id (str): Id of the section (SECAO).
        grupo_id (str): Id of the group (GRUPO).
    """

    id: str
    codigo: str
    descricao: str
    secao_id: str
    grupo_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        codigo = self.codigo

        descricao = self.descricao

        secao_id = self.secao_id

        grupo_id = self.grupo_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "codigo": codigo,
                "descricao": descricao,
                "secaoId": secao_id,
                "grupoId": grupo_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        self = _new_instance(Subgrupo)
        self.id = src_dict["id"]

        self.codigo = src_dict["codigo"]

        self.descricao = src_dict["descricao"]

        self.secao_id = src_dict["secaoId"]

        self.grupo_id = src_dict["grupoId"]

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is Subgrupo:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        subgrupo = cls(
            self.id,
            self.codigo,
            self.descricao,
            self.secao_id,
            self.grupo_id,
        )
        subgrupo.additional_properties = self.additional_properties
        return subgrupo

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


setattr(Subgrupo, "additional_properties", EmptyDictUntilSet(vars(Subgrupo)["additional_properties"]))
