from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, EmptyDictUntilSet, Unset

T = TypeVar("T", bound="CompraItem")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "produtoId",
        "quantidade",
        "valorTotal",
        "valorUnitario",
        "acrescimo",
        "desconto",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class CompraItem:
    """One item of a purchase.

    Attributes:
        produto_id (str): Id of the product (PRODUTO).
        quantidade (float): Quantity purchased.
        valor_total (float): Total amount of the item in BRL.
        valor_unitario (float): Unit price in BRL.
        acrescimo (float | Unset): Surcharge amount in BRL.
        desconto (float | Unset): Discount amount in BRL.
    """

    produto_id: str
    quantidade: float
    valor_total: float
    valor_unitario: float
    acrescimo: float | Unset = UNSET
    desconto: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        produto_id = self.produto_id

        quantidade = self.quantidade

        valor_total = self.valor_total

        valor_unitario = self.valor_unitario

        acrescimo = self.acrescimo

        desconto = self.desconto

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
        if acrescimo is not UNSET:
            field_dict["acrescimo"] = acrescimo
        if desconto is not UNSET:
            field_dict["desconto"] = desconto

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        self = _new_instance(CompraItem)
        self.produto_id = src_dict["produtoId"]

        self.quantidade = src_dict["quantidade"]

        self.valor_total = src_dict["valorTotal"]

        self.valor_unitario = src_dict["valorUnitario"]

        self.acrescimo = get("acrescimo", UNSET)

        self.desconto = get("desconto", UNSET)

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is CompraItem:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        compra_item = cls(
            self.produto_id,
            self.quantidade,
            self.valor_total,
            self.valor_unitario,
            self.acrescimo,
            self.desconto,
        )
        compra_item.additional_properties = self.additional_properties
        return compra_item

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


setattr(CompraItem, "additional_properties", EmptyDictUntilSet(vars(CompraItem)["additional_properties"]))
