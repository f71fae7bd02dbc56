from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LocalEstoque")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "lojaId",
        "descricao",
        "disponivelParaVenda",
    }
)


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
        id = src_dict["id"]

        loja_id = src_dict["lojaId"]

        descricao = src_dict["descricao"]

        disponivel_para_venda = src_dict["disponivelParaVenda"]

        if _KNOWN_KEYS.issuperset(src_dict):
            additional_properties = {}
        else:
            additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is LocalEstoque:
            local_estoque = object.__new__(cls)
            local_estoque.id = id
            local_estoque.loja_id = loja_id
            local_estoque.descricao = descricao
            local_estoque.disponivel_para_venda = disponivel_para_venda
            local_estoque.additional_properties = additional_properties
            return local_estoque

        local_estoque = cls(
            id,
            loja_id,
            descricao,
            disponivel_para_venda,
        )
        local_estoque.additional_properties = additional_properties
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
