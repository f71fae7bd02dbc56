from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, EmptyDictUntilSet, Unset, parse_date_time

T = TypeVar("T", bound="TrocaFormaPagamento")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "data",
        "formaPagamentoDestinoId",
        "formaPagamentoOrigemId",
        "id",
        "lojaId",
        "sequencialPagamento",
        "valor",
        "autorizadorId",
        "vendaId",
        "operadorId",
        "valorContraValeOuTroco",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class TrocaFormaPagamento:
    """Change of payment method (troca de forma de pagamento) at a checkout after a sale was paid.

    Attributes:
        data (datetime.datetime): When the payment method was changed.
        forma_pagamento_destino_id (str): Id of the new payment method (FORMA_PAGAMENTO).
        forma_pagamento_origem_id (str): Id of the original payment method (FORMA_PAGAMENTO).
        id (str): Identifier of the record in the partner's system.
        loja_id (str): Id of the store (LOJA).
        sequencial_pagamento (str): Sequence number of the payment inside the sale.
        valor (float): Amount moved to the new payment method in BRL.
        autorizador_id (str | Unset): Id of the employee (FUNCIONARIO) who authorised the operation.
        venda_id (str | Unset): Id of the related sale (VENDA).
        operador_id (str | Unset): Id of the checkout operator (FUNCIONARIO).
        valor_contra_vale_ou_troco (float | Unset): Amount returned as change or as a credit voucher (contra-vale).
    """

    data: datetime.datetime
    forma_pagamento_destino_id: str
    forma_pagamento_origem_id: str
    id: str
    loja_id: str
    sequencial_pagamento: str
    valor: float
    autorizador_id: str | Unset = UNSET
    venda_id: str | Unset = UNSET
    operador_id: str | Unset = UNSET
    valor_contra_vale_ou_troco: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.isoformat()

        forma_pagamento_destino_id = self.forma_pagamento_destino_id

        forma_pagamento_origem_id = self.forma_pagamento_origem_id

        id = self.id

        loja_id = self.loja_id

        sequencial_pagamento = self.sequencial_pagamento

        valor = self.valor

        autorizador_id = self.autorizador_id

        venda_id = self.venda_id

        operador_id = self.operador_id

        valor_contra_vale_ou_troco = self.valor_contra_vale_ou_troco

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "formaPagamentoDestinoId": forma_pagamento_destino_id,
                "formaPagamentoOrigemId": forma_pagamento_origem_id,
                "id": id,
                "lojaId": loja_id,
                "sequencialPagamento": sequencial_pagamento,
                "valor": valor,
            }
        )
        if autorizador_id is not UNSET:
            field_dict["autorizadorId"] = autorizador_id
        if venda_id is not UNSET:
            field_dict["vendaId"] = venda_id
        if operador_id is not UNSET:
            field_dict["operadorId"] = operador_id
        if valor_contra_vale_ou_troco is not UNSET:
            field_dict["valorContraValeOuTroco"] = valor_contra_vale_ou_troco

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        self = _new_instance(TrocaFormaPagamento)
        self.data = parse_date_time(src_dict["data"])

        self.forma_pagamento_destino_id = src_dict["formaPagamentoDestinoId"]

        self.forma_pagamento_origem_id = src_dict["formaPagamentoOrigemId"]

        self.id = src_dict["id"]

        self.loja_id = src_dict["lojaId"]

        self.sequencial_pagamento = src_dict["sequencialPagamento"]

        self.valor = src_dict["valor"]

        self.autorizador_id = get("autorizadorId", UNSET)

        self.venda_id = get("vendaId", UNSET)

        self.operador_id = get("operadorId", UNSET)

        self.valor_contra_vale_ou_troco = get("valorContraValeOuTroco", UNSET)

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is TrocaFormaPagamento:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        troca_forma_pagamento = cls(
            self.data,
            self.forma_pagamento_destino_id,
            self.forma_pagamento_origem_id,
            self.id,
            self.loja_id,
            self.sequencial_pagamento,
            self.valor,
            self.autorizador_id,
            self.venda_id,
            self.operador_id,
            self.valor_contra_vale_ou_troco,
        )
        troca_forma_pagamento.additional_properties = self.additional_properties
        return troca_forma_pagamento

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
    TrocaFormaPagamento, "additional_properties", EmptyDictUntilSet(vars(TrocaFormaPagamento)["additional_properties"])
)
