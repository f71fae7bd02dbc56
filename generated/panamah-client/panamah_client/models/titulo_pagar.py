from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import EmptyDictUntilSet, build_list, parse_date_time

if TYPE_CHECKING:
    from ..models.titulo_pagar_pagamento import TituloPagarPagamento


T = TypeVar("T", bound="TituloPagar")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "lojaId",
        "fornecedorId",
        "documento",
        "valorNominal",
        "valorJuros",
        "valorMulta",
        "valorDevido",
        "valorPago",
        "dataEmissao",
        "dataVencimento",
        "pagamentos",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class TituloPagar:
    """Account payable (titulo a pagar) owed to a supplier.

    Attributes:
        id (str): Identifier of the record in the partner's system.
        loja_id (str): Id of the store (LOJA).
        fornecedor_id (str): Id of the supplier (FORNECEDOR).
        documento (str): Number of the document (invoice, bill, slip).
        valor_nominal (float): Face value in BRL.
        valor_juros (float): Interest in BRL.
        valor_multa (float): Late fee in BRL.
        valor_devido (float): Amount due in BRL.
        valor_pago (float): Amount paid in BRL.
        data_emissao (datetime.datetime): Issue date of the document.
        data_vencimento (datetime.datetime): Due date.
        pagamentos (list[TituloPagarPagamento]): Payments made against the bill.
    """

    id: str
    loja_id: str
    fornecedor_id: str
    documento: str
    valor_nominal: float
    valor_juros: float
    valor_multa: float
    valor_devido: float
    valor_pago: float
    data_emissao: datetime.datetime
    data_vencimento: datetime.datetime
    pagamentos: list[TituloPagarPagamento]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        loja_id = self.loja_id

        fornecedor_id = self.fornecedor_id

        documento = self.documento

        valor_nominal = self.valor_nominal

        valor_juros = self.valor_juros

        valor_multa = self.valor_multa

        valor_devido = self.valor_devido

        valor_pago = self.valor_pago

        data_emissao = self.data_emissao.isoformat()

        data_vencimento = self.data_vencimento.isoformat()

        pagamentos = []
        for pagamentos_item_data in self.pagamentos:
            pagamentos_item = pagamentos_item_data.to_dict()
            pagamentos.append(pagamentos_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "lojaId": loja_id,
                "fornecedorId": fornecedor_id,
                "documento": documento,
                "valorNominal": valor_nominal,
                "valorJuros": valor_juros,
                "valorMulta": valor_multa,
                "valorDevido": valor_devido,
                "valorPago": valor_pago,
                "dataEmissao": data_emissao,
                "dataVencimento": data_vencimento,
                "pagamentos": pagamentos,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.titulo_pagar_pagamento import TituloPagarPagamento  # noqa: PLC0415

        self = _new_instance(TituloPagar)
        self.id = src_dict["id"]

        self.loja_id = src_dict["lojaId"]

        self.fornecedor_id = src_dict["fornecedorId"]

        self.documento = src_dict["documento"]

        self.valor_nominal = src_dict["valorNominal"]

        self.valor_juros = src_dict["valorJuros"]

        self.valor_multa = src_dict["valorMulta"]

        self.valor_devido = src_dict["valorDevido"]

        self.valor_pago = src_dict["valorPago"]

        self.data_emissao = parse_date_time(src_dict["dataEmissao"])

        self.data_vencimento = parse_date_time(src_dict["dataVencimento"])

        pagamentos = build_list(TituloPagarPagamento.from_dict, src_dict["pagamentos"])

        self.pagamentos = pagamentos

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is TituloPagar:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        titulo_pagar = cls(
            self.id,
            self.loja_id,
            self.fornecedor_id,
            self.documento,
            self.valor_nominal,
            self.valor_juros,
            self.valor_multa,
            self.valor_devido,
            self.valor_pago,
            self.data_emissao,
            self.data_vencimento,
            self.pagamentos,
        )
        titulo_pagar.additional_properties = self.additional_properties
        return titulo_pagar

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


setattr(TituloPagar, "additional_properties", EmptyDictUntilSet(vars(TituloPagar)["additional_properties"]))
