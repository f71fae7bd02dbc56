from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, EmptyDictUntilSet, Unset, build_list, parse_date_time

if TYPE_CHECKING:
    from ..models.compra_item import CompraItem


T = TypeVar("T", bound="Compra")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "lojaId",
        "dataEntrada",
        "dataEmissao",
        "dataHoraCompra",
        "efetiva",
        "quantidadeItens",
        "valor",
        "itens",
        "fornecedorId",
        "funcionarioId",
        "desconto",
        "tipoDesconto",
        "acrescimo",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class Compra:
    """Purchase (compra) of goods from a supplier.

    Attributes:
        id (str): Identifier of the record in the partner's system.
        loja_id (str): Id of the store (LOJA).
        data_entrada (datetime.datetime): When the goods were received.
        data_emissao (datetime.datetime): Issue date of the document.
        data_hora_compra (datetime.datetime): Date and time of the purchase.
        efetiva (bool): Whether the operation was completed (not cancelled).
        quantidade_itens (float): Number of items in the purchase.
        valor (float): Total amount of the purchase in BRL.
        itens (list[CompraItem]): Items of the purchase.
        fornecedor_id (str | Unset): Id of the supplier (FORNECEDOR).
        funcionario_id (str | Unset): Id of the employee (FUNCIONARIO) who registered the purchase.
        desconto (float | Unset): Discount amount in BRL.
        tipo_desconto (str | Unset): Kind of discount applied.
        acrescimo (float | Unset): Surcharge amount in BRL.
    """

    id: str
    loja_id: str
    data_entrada: datetime.datetime
    data_emissao: datetime.datetime
    data_hora_compra: datetime.datetime
    efetiva: bool
    quantidade_itens: float
    valor: float
    itens: list[CompraItem]
    fornecedor_id: str | Unset = UNSET
    funcionario_id: str | Unset = UNSET
    desconto: float | Unset = UNSET
    tipo_desconto: str | Unset = UNSET
    acrescimo: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        loja_id = self.loja_id

        data_entrada = self.data_entrada.isoformat()

        data_emissao = self.data_emissao.isoformat()

        data_hora_compra = self.data_hora_compra.isoformat()

        efetiva = self.efetiva

        quantidade_itens = self.quantidade_itens

        valor = self.valor

        itens = []
        for itens_item_data in self.itens:
            itens_item = itens_item_data.to_dict()
            itens.append(itens_item)

        fornecedor_id = self.fornecedor_id

        funcionario_id = self.funcionario_id

        desconto = self.desconto

        tipo_desconto = self.tipo_desconto

        acrescimo = self.acrescimo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "lojaId": loja_id,
                "dataEntrada": data_entrada,
                "dataEmissao": data_emissao,
                "dataHoraCompra": data_hora_compra,
                "efetiva": efetiva,
                "quantidadeItens": quantidade_itens,
                "valor": valor,
                "itens": itens,
            }
        )
        if fornecedor_id is not UNSET:
            field_dict["fornecedorId"] = fornecedor_id
        if funcionario_id is not UNSET:
            field_dict["funcionarioId"] = funcionario_id
        if desconto is not UNSET:
            field_dict["desconto"] = desconto
        if tipo_desconto is not UNSET:
            field_dict["tipoDesconto"] = tipo_desconto
        if acrescimo is not UNSET:
            field_dict["acrescimo"] = acrescimo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.compra_item import CompraItem  # noqa: PLC0415

        get = src_dict.get
        self = _new_instance(Compra)
        self.id = src_dict["id"]

        self.loja_id = src_dict["lojaId"]

        self.data_entrada = parse_date_time(src_dict["dataEntrada"])

        self.data_emissao = parse_date_time(src_dict["dataEmissao"])

        self.data_hora_compra = parse_date_time(src_dict["dataHoraCompra"])

        self.efetiva = src_dict["efetiva"]

        self.quantidade_itens = src_dict["quantidadeItens"]

        self.valor = src_dict["valor"]

        itens = build_list(CompraItem.from_dict, src_dict["itens"])

        self.itens = itens

        self.fornecedor_id = get("fornecedorId", UNSET)

        self.funcionario_id = get("funcionarioId", UNSET)

        self.desconto = get("desconto", UNSET)

        self.tipo_desconto = get("tipoDesconto", UNSET)

        self.acrescimo = get("acrescimo", UNSET)

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is Compra:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        compra = cls(
            self.id,
            self.loja_id,
            self.data_entrada,
            self.data_emissao,
            self.data_hora_compra,
            self.efetiva,
            self.quantidade_itens,
            self.valor,
            self.itens,
            self.fornecedor_id,
            self.funcionario_id,
            self.desconto,
            self.tipo_desconto,
            self.acrescimo,
        )
        compra.additional_properties = self.additional_properties
        return compra

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


setattr(Compra, "additional_properties", EmptyDictUntilSet(vars(Compra)["additional_properties"]))
