from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, EmptyDictUntilSet, Unset

T = TypeVar("T", bound="VendaItem")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "efetivo",
        "preco",
        "produtoId",
        "quantidade",
        "valorTotal",
        "valorUnitario",
        "tipoPreco",
        "acrescimo",
        "desconto",
        "funcionarioId",
        "codigoRegistrado",
        "promocao",
        "servico",
        "custo",
        "markup",
        "lucro",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class VendaItem:
    """One item of a sale.

    Attributes:
        efetivo (bool): Whether the item was kept in the sale (not cancelled).
        preco (float): List price of the product in BRL.
        produto_id (str): Id of the product (PRODUTO).
        quantidade (float): Quantity sold.
        valor_total (float): Total amount of the item in BRL.
        valor_unitario (float): Unit price in BRL.
        tipo_preco (str): Kind of price applied (e.g. NORMAL, PROMOCIONAL).
        acrescimo (float | Unset): Surcharge amount in BRL.
        desconto (float | Unset): Discount amount in BRL.
        funcionario_id (str | Unset): Id of the salesperson (FUNCIONARIO) of the item.
        codigo_registrado (str | Unset): Code scanned or typed at the checkout.
        promocao (bool | Unset): Whether the item was sold on promotion.
        servico (float | Unset): Service charge in BRL.
        custo (float | Unset): Cost in BRL.
        markup (float | Unset): Markup in percent.
        lucro (float | Unset): Profit in BRL.
    """

    efetivo: bool
    preco: float
    produto_id: str
    quantidade: float
    valor_total: float
    valor_unitario: float
    tipo_preco: str
    acrescimo: float | Unset = UNSET
    desconto: float | Unset = UNSET
    funcionario_id: str | Unset = UNSET
    codigo_registrado: str | Unset = UNSET
    promocao: bool | Unset = UNSET
    servico: float | Unset = UNSET
    custo: float | Unset = UNSET
    markup: float | Unset = UNSET
    lucro: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        efetivo = self.efetivo

        preco = self.preco

        produto_id = self.produto_id

        quantidade = self.quantidade

        valor_total = self.valor_total

        valor_unitario = self.valor_unitario

        tipo_preco = self.tipo_preco

        acrescimo = self.acrescimo

        desconto = self.desconto

        funcionario_id = self.funcionario_id

        codigo_registrado = self.codigo_registrado

        promocao = self.promocao

        servico = self.servico

        custo = self.custo

        markup = self.markup

        lucro = self.lucro

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "efetivo": efetivo,
                "preco": preco,
                "produtoId": produto_id,
                "quantidade": quantidade,
                "valorTotal": valor_total,
                "valorUnitario": valor_unitario,
                "tipoPreco": tipo_preco,
            }
        )
        if acrescimo is not UNSET:
            field_dict["acrescimo"] = acrescimo
        if desconto is not UNSET:
            field_dict["desconto"] = desconto
        if funcionario_id is not UNSET:
            field_dict["funcionarioId"] = funcionario_id
        if codigo_registrado is not UNSET:
            field_dict["codigoRegistrado"] = codigo_registrado
        if promocao is not UNSET:
            field_dict["promocao"] = promocao
        if servico is not UNSET:
            field_dict["servico"] = servico
        if custo is not UNSET:
            field_dict["custo"] = custo
        if markup is not UNSET:
            field_dict["markup"] = markup
        if lucro is not UNSET:
            field_dict["lucro"] = lucro

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        self = _new_instance(VendaItem)
        self.efetivo = src_dict["efetivo"]

        self.preco = src_dict["preco"]

        self.produto_id = src_dict["produtoId"]

        self.quantidade = src_dict["quantidade"]

        self.valor_total = src_dict["valorTotal"]

        self.valor_unitario = src_dict["valorUnitario"]

        self.tipo_preco = src_dict["tipoPreco"]

        self.acrescimo = get("acrescimo", UNSET)

        self.desconto = get("desconto", UNSET)

        self.funcionario_id = get("funcionarioId", UNSET)

        self.codigo_registrado = get("codigoRegistrado", UNSET)

        self.promocao = get("promocao", UNSET)

        self.servico = get("servico", UNSET)

        self.custo = get("custo", UNSET)

        self.markup = get("markup", UNSET)

        self.lucro = get("lucro", UNSET)

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is VendaItem:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        venda_item = cls(
            self.efetivo,
            self.preco,
            self.produto_id,
            self.quantidade,
            self.valor_total,
            self.valor_unitario,
            self.tipo_preco,
            self.acrescimo,
            self.desconto,
            self.funcionario_id,
            self.codigo_registrado,
            self.promocao,
            self.servico,
            self.custo,
            self.markup,
            self.lucro,
        )
        venda_item.additional_properties = self.additional_properties
        return venda_item

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


setattr(VendaItem, "additional_properties", EmptyDictUntilSet(vars(VendaItem)["additional_properties"]))
