from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrocaDevolucaoItem")


@_attrs_define
class TrocaDevolucaoItem:
    """One item exchanged or returned.

    Attributes:
        produto_id (str): Id of the product (PRODUTO).
        quantidade (float): Quantity exchanged or returned.
        valor_total (float): Total amount of the item in BRL.
        valor_unitario (float): Unit price in BRL.
        desconto (float | Unset): Discount amount in BRL.
        vendedor_id (str | Unset): Id of the salesperson (FUNCIONARIO) of the item.
    """

    produto_id: str
    quantidade: float
    valor_total: float
    valor_unitario: float
    desconto: float | Unset = UNSET
    vendedor_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        produto_id = self.produto_id

        quantidade = self.quantidade

        valor_total = self.valor_total

        valor_unitario = self.valor_unitario

        desconto = self.desconto

        vendedor_id = self.vendedor_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "produtoId": produto_id,
                "quantidade": quantidade,
                "valorTotal": valor_total,
                "valorUnitario": valor_unitario,
            }
        )
        if desconto is not UNSET:
            field_dict["desconto"] = desconto
        if vendedor_id is not UNSET:
            field_dict["vendedorId"] = vendedor_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        produto_id = d.pop("produtoId")

        quantidade = d.pop("quantidade")

        valor_total = d.pop("valorTotal")

        valor_unitario = d.pop("valorUnitario")

        desconto = d.pop("desconto", UNSET)

        vendedor_id = d.pop("vendedorId", UNSET)

        troca_devolucao_item = cls(
            produto_id=produto_id,
            quantidade=quantidade,
            valor_total=valor_total,
            valor_unitario=valor_unitario,
            desconto=desconto,
            vendedor_id=vendedor_id,
        )

        troca_devolucao_item.additional_properties = d
        return troca_devolucao_item

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
