from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import EmptyDictUntilSet

T = TypeVar("T", bound="LocalEstoque")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "lojaId",
        "descricao",
        "disponivelParaVenda",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class LocalEstoque:
    """Stock location (local de estoque) of a store.

    Attributes:
        id (str): Identifier of the record in the partner's system.
        loja_id (str): Id of the store (LOJA).
        descricao (str): Description (name) of the record as shown in the partner's software.
        disponivel_para_venda (bool): Whether the stock in this location is available for sale.
    """

    id: str
    loja_id: str
    descricao: str
    disponivel_para_venda: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        loja_id = self.loja_id

        descricao = self.descricao

        disponivel_para_venda = self.disponivel_para_venda

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "lojaId": loja_id,
                "descricao": descricao,
                "disponivelParaVenda": disponivel_para_venda,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        self = _new_instance(LocalEstoque)
        self.id = src_dict["id"]

        self.loja_id = src_dict["lojaId"]

        self.descricao = src_dict["descricao"]

        self.disponivel_para_venda = src_dict["disponivelParaVenda"]

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is LocalEstoque:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        local_estoque = cls(
            self.id,
            self.loja_id,
            self.descricao,
            self.disponivel_para_venda,
        )
        local_estoque.additional_properties = self.additional_properties
        return local_estoque

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


setattr(LocalEstoque, "additional_properties", EmptyDictUntilSet(vars(LocalEstoque)["additional_properties"]))
