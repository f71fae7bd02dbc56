from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, EmptyDictUntilSet, Unset, build_list, parse_date_time

if TYPE_CHECKING:
    from ..models.venda_item import VendaItem
    from ..models.venda_pagamento import VendaPagamento


T = TypeVar("T", bound="Venda")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "lojaId",
        "data",
        "dataHoraVenda",
        "efetiva",
        "quantidadeItens",
        "sequencial",
        "tipoPreco",
        "valor",
        "itens",
        "pagamentos",
        "clienteId",
        "funcionarioId",
        "dataHoraInicio",
        "dataHoraFim",
        "desconto",
        "quantidadeItensCancelados",
        "servico",
        "tipoDesconto",
        "valorItensCancelados",
        "acrescimo",
        "numeroCaixa",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class Venda:
    """Sale (venda) with its items and payments.

    Attributes:
        id (str): Identifier of the record in the partner's system.
        loja_id (str): Id of the store (LOJA).
        data (datetime.datetime): Business date of the sale.
        data_hora_venda (datetime.datetime): Date and time of the sale.
        efetiva (bool): Whether the operation was completed (not cancelled).
        quantidade_itens (float): Number of items in the sale.
        sequencial (str): Sequence number of the sale (coupon) at the checkout.
        tipo_preco (str): Kind of price applied (e.g. NORMAL, PROMOCIONAL).
        valor (float): Total amount of the sale in BRL.
        itens (list[VendaItem]): Items of the sale.
        pagamentos (list[VendaPagamento]): Payments of the sale.
        cliente_id (str | Unset): Id of the customer (CLIENTE).
        funcionario_id (str | Unset): Id of the checkout operator (FUNCIONARIO).
        data_hora_inicio (datetime.datetime | Unset): When the sale started at the checkout.
        data_hora_fim (datetime.datetime | Unset): When the sale ended at the checkout.
        desconto (float | Unset): Discount amount in BRL.
        quantidade_itens_cancelados (float | Unset): Number of cancelled items.
        servico (float | Unset): Service charge in BRL.
        tipo_desconto (str | Unset): Kind of discount applied.
        valor_itens_cancelados (float | Unset): Amount of the cancelled items in BRL.
        acrescimo (float | Unset): Surcharge amount in BRL.
        numero_caixa (str | Unset): Number of the cash register (checkout).
    """

    id: str
    loja_id: str
    data: datetime.datetime
    data_hora_venda: datetime.datetime
    efetiva: bool
    quantidade_itens: float
    sequencial: str
    tipo_preco: str
    valor: float
    itens: list[VendaItem]
    pagamentos: list[VendaPagamento]
    cliente_id: str | Unset = UNSET
    funcionario_id: str | Unset = UNSET
    data_hora_inicio: datetime.datetime | Unset = UNSET
    data_hora_fim: datetime.datetime | Unset = UNSET
    desconto: float | Unset = UNSET
    quantidade_itens_cancelados: float | Unset = UNSET
    servico: float | Unset = UNSET
    tipo_desconto: str | Unset = UNSET
    valor_itens_cancelados: float | Unset = UNSET
    acrescimo: float | Unset = UNSET
    numero_caixa: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        loja_id = self.loja_id

        data = self.data.isoformat()

        data_hora_venda = self.data_hora_venda.isoformat()

        efetiva = self.efetiva

        quantidade_itens = self.quantidade_itens

        sequencial = self.sequencial

        tipo_preco = self.tipo_preco

        valor = self.valor

        itens = []
        for itens_item_data in self.itens:
            itens_item = itens_item_data.to_dict()
            itens.append(itens_item)

        pagamentos = []
        for pagamentos_item_data in self.pagamentos:
            pagamentos_item = pagamentos_item_data.to_dict()
            pagamentos.append(pagamentos_item)

        cliente_id = self.cliente_id

        funcionario_id = self.funcionario_id

        data_hora_inicio: str | Unset = UNSET
        if not isinstance(self.data_hora_inicio, Unset):
            data_hora_inicio = self.data_hora_inicio.isoformat()

        data_hora_fim: str | Unset = UNSET
        if not isinstance(self.data_hora_fim, Unset):
            data_hora_fim = self.data_hora_fim.isoformat()

        desconto = self.desconto

        quantidade_itens_cancelados = self.quantidade_itens_cancelados

        servico = self.servico

        tipo_desconto = self.tipo_desconto

        valor_itens_cancelados = self.valor_itens_cancelados

        acrescimo = self.acrescimo

        numero_caixa = self.numero_caixa

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "lojaId": loja_id,
                "data": data,
                "dataHoraVenda": data_hora_venda,
                "efetiva": efetiva,
                "quantidadeItens": quantidade_itens,
                "sequencial": sequencial,
                "tipoPreco": tipo_preco,
                "valor": valor,
                "itens": itens,
                "pagamentos": pagamentos,
            }
        )
        if cliente_id is not UNSET:
            field_dict["clienteId"] = cliente_id
        if funcionario_id is not UNSET:
            field_dict["funcionarioId"] = funcionario_id
        if data_hora_inicio is not UNSET:
            field_dict["dataHoraInicio"] = data_hora_inicio
        if data_hora_fim is not UNSET:
            field_dict["dataHoraFim"] = data_hora_fim
        if desconto is not UNSET:
            field_dict["desconto"] = desconto
        if quantidade_itens_cancelados is not UNSET:
            field_dict["quantidadeItensCancelados"] = quantidade_itens_cancelados
        if servico is not UNSET:
            field_dict["servico"] = servico
        if tipo_desconto is not UNSET:
            field_dict["tipoDesconto"] = tipo_desconto
        if valor_itens_cancelados is not UNSET:
            field_dict["valorItensCancelados"] = valor_itens_cancelados
        if acrescimo is not UNSET:
            field_dict["acrescimo"] = acrescimo
        if numero_caixa is not UNSET:
            field_dict["numeroCaixa"] = numero_caixa

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.venda_item import VendaItem  # noqa: PLC0415
        from ..models.venda_pagamento import VendaPagamento  # noqa: PLC0415

        get = src_dict.get
        self = _new_instance(Venda)
        self.id = src_dict["id"]

        self.loja_id = src_dict["lojaId"]

        self.data = parse_date_time(src_dict["data"])

        self.data_hora_venda = parse_date_time(src_dict["dataHoraVenda"])

        self.efetiva = src_dict["efetiva"]

        self.quantidade_itens = src_dict["quantidadeItens"]

        self.sequencial = src_dict["sequencial"]

        self.tipo_preco = src_dict["tipoPreco"]

        self.valor = src_dict["valor"]

        itens = build_list(VendaItem.from_dict, src_dict["itens"])

        self.itens = itens

        pagamentos = build_list(VendaPagamento.from_dict, src_dict["pagamentos"])

        self.pagamentos = pagamentos

        self.cliente_id = get("clienteId", UNSET)

        self.funcionario_id = get("funcionarioId", UNSET)

        _data_hora_inicio = get("dataHoraInicio", UNSET)
        self.data_hora_inicio = UNSET if _data_hora_inicio is UNSET else parse_date_time(_data_hora_inicio)

        _data_hora_fim = get("dataHoraFim", UNSET)
        self.data_hora_fim = UNSET if _data_hora_fim is UNSET else parse_date_time(_data_hora_fim)

        self.desconto = get("desconto", UNSET)

        self.quantidade_itens_cancelados = get("quantidadeItensCancelados", UNSET)

        self.servico = get("servico", UNSET)

        self.tipo_desconto = get("tipoDesconto", UNSET)

        self.valor_itens_cancelados = get("valorItensCancelados", UNSET)

        self.acrescimo = get("acrescimo", UNSET)

        self.numero_caixa = get("numeroCaixa", UNSET)

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is Venda:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        venda = cls(
            self.id,
            self.loja_id,
            self.data,
            self.data_hora_venda,
            self.efetiva,
            self.quantidade_itens,
            self.sequencial,
            self.tipo_preco,
            self.valor,
            self.itens,
            self.pagamentos,
            self.cliente_id,
            self.funcionario_id,
            self.data_hora_inicio,
            self.data_hora_fim,
            self.desconto,
            self.quantidade_itens_cancelados,
            self.servico,
            self.tipo_desconto,
            self.valor_itens_cancelados,
            self.acrescimo,
            self.numero_caixa,
        )
        venda.additional_properties = self.additional_properties
        return venda

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


setattr(Venda, "additional_properties", EmptyDictUntilSet(vars(Venda)["additional_properties"]))
