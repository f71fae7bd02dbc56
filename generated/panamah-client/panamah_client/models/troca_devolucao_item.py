from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, EmptyDictUntilSet, Unset

T = TypeVar("T", bound="TrocaDevolucaoItem")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "produtoId",
        "quantidade",
        "valorTotal",
        "valorUnitario",
        "desconto",
        "vendedorId",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


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
        get = src_dict.get
        self = _new_instance(TrocaDevolucaoItem)
        self.produto_id = src_dict["produtoId"]

        self.quantidade = src_dict["quantidade"]

        self.valor_total = src_dict["valorTotal"]

        self.valor_unitario = src_dict["valorUnitario"]

        self.desconto = get("desconto", UNSET)

        self.vendedor_id = get("vendedorId", UNSET)

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is TrocaDevolucaoItem:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        troca_devolucao_item = cls(
            self.produto_id,
            self.quantidade,
            self.valor_total,
            self.valor_unitario,
            self.desconto,
            self.vendedor_id,
        )
        troca_devolucao_item.additional_properties = self.additional_properties
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


setattr(
    TrocaDevolucaoItem, "additional_properties", EmptyDictUntilSet(vars(TrocaDevolucaoItem)["additional_properties"])
)
