from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, EmptyDictUntilSet, Unset, build_list, parse_date_time

if TYPE_CHECKING:
    from ..models.troca_devolucao_item import TrocaDevolucaoItem


T = TypeVar("T", bound="TrocaDevolucao")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "data",
        "id",
        "itens",
        "lojaId",
        "valor",
        "autorizadorId",
        "vendaId",
        "numeroCaixa",
        "operadorId",
        "sequencial",
        "vendedorId",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class TrocaDevolucao:
    """Exchange or return of goods (troca/devolucao).

    Attributes:
        data (datetime.datetime): When the exchange or return happened.
        id (str): Identifier of the record in the partner's system.
        itens (list[TrocaDevolucaoItem]): Items exchanged or returned.
        loja_id (str): Id of the store (LOJA).
        valor (float): Total amount exchanged or returned in BRL.
        autorizador_id (str | Unset): Id of the employee (FUNCIONARIO) who authorised the operation.
        venda_id (str | Unset): Id of the related sale (VENDA).
        numero_caixa (str | Unset): Number of the cash register (checkout).
        operador_id (str | Unset): Id of the checkout operator (FUNCIONARIO).
        sequencial (str | Unset): Sequence number of the document at the checkout.
        vendedor_id (str | Unset): Id of the salesperson (FUNCIONARIO).
    """

    data: datetime.datetime
    id: str
    itens: list[TrocaDevolucaoItem]
    loja_id: str
    valor: float
    autorizador_id: str | Unset = UNSET
    venda_id: str | Unset = UNSET
    numero_caixa: str | Unset = UNSET
    operador_id: str | Unset = UNSET
    sequencial: str | Unset = UNSET
    vendedor_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.isoformat()

        id = self.id

        itens = []
        for itens_item_data in self.itens:
            itens_item = itens_item_data.to_dict()
            itens.append(itens_item)

        loja_id = self.loja_id

        valor = self.valor

        autorizador_id = self.autorizador_id

        venda_id = self.venda_id

        numero_caixa = self.numero_caixa

        operador_id = self.operador_id

        sequencial = self.sequencial

        vendedor_id = self.vendedor_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "id": id,
                "itens": itens,
                "lojaId": loja_id,
                "valor": valor,
            }
        )
        if autorizador_id is not UNSET:
            field_dict["autorizadorId"] = autorizador_id
        if venda_id is not UNSET:
            field_dict["vendaId"] = venda_id
        if numero_caixa is not UNSET:
            field_dict["numeroCaixa"] = numero_caixa
        if operador_id is not UNSET:
            field_dict["operadorId"] = operador_id
        if sequencial is not UNSET:
            field_dict["sequencial"] = sequencial
        if vendedor_id is not UNSET:
            field_dict["vendedorId"] = vendedor_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.troca_devolucao_item import TrocaDevolucaoItem  # noqa: PLC0415

        get = src_dict.get
        self = _new_instance(TrocaDevolucao)
        self.data = parse_date_time(src_dict["data"])

        self.id = src_dict["id"]

        itens = build_list(TrocaDevolucaoItem.from_dict, src_dict["itens"])

        self.itens = itens

        self.loja_id = src_dict["lojaId"]

        self.valor = src_dict["valor"]

        self.autorizador_id = get("autorizadorId", UNSET)

        self.venda_id = get("vendaId", UNSET)

        self.numero_caixa = get("numeroCaixa", UNSET)

        self.operador_id = get("operadorId", UNSET)

        self.sequencial = get("sequencial", UNSET)

        self.vendedor_id = get("vendedorId", UNSET)

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is TrocaDevolucao:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        troca_devolucao = cls(
            self.data,
            self.id,
            self.itens,
            self.loja_id,
            self.valor,
            self.autorizador_id,
            self.venda_id,
            self.numero_caixa,
            self.operador_id,
            self.sequencial,
            self.vendedor_id,
        )
        troca_devolucao.additional_properties = self.additional_properties
        return troca_devolucao

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


setattr(TrocaDevolucao, "additional_properties", EmptyDictUntilSet(vars(TrocaDevolucao)["additional_properties"]))
