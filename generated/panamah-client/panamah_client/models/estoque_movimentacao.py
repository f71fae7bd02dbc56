from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, EmptyDictUntilSet, Unset, parse_date_time

T = TypeVar("T", bound="EstoqueMovimentacao")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "localEstoqueId",
        "dataHora",
        "produtoId",
        "quantidade",
        "custo",
        "preco",
        "markup",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class EstoqueMovimentacao:
    """Stock movement (movimentacao de estoque) of a product in a stock location.

    Attributes:
        id (str): Identifier of the record in the partner's system.
        local_estoque_id (str): Id of the stock location (LOCAL_ESTOQUE).
        data_hora (datetime.datetime): Date and time of the movement.
        produto_id (str): Id of the product (PRODUTO).
        quantidade (float): Quantity moved; negative for outflows.
        custo (float): Unit cost of the product at the movement in BRL.
        preco (float): Unit sale price of the product at the movement in BRL.
        markup (float | Unset): Markup in percent.
    """

    id: str
    local_estoque_id: str
    data_hora: datetime.datetime
    produto_id: str
    quantidade: float
    custo: float
    preco: float
    markup: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        local_estoque_id = self.local_estoque_id

        data_hora = self.data_hora.isoformat()

        produto_id = self.produto_id

        quantidade = self.quantidade

        custo = self.custo

        preco = self.preco

        markup = self.markup

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "localEstoqueId": local_estoque_id,
                "dataHora": data_hora,
                "produtoId": produto_id,
                "quantidade": quantidade,
                "custo": custo,
                "preco": preco,
            }
        )
        if markup is not UNSET:
            field_dict["markup"] = markup

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        self = _new_instance(EstoqueMovimentacao)
        self.id = src_dict["id"]

        self.local_estoque_id = src_dict["localEstoqueId"]

        self.data_hora = parse_date_time(src_dict["dataHora"])

        self.produto_id = src_dict["produtoId"]

        self.quantidade = src_dict["quantidade"]

        self.custo = src_dict["custo"]

        self.preco = src_dict["preco"]

        self.markup = get("markup", UNSET)

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is EstoqueMovimentacao:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        estoque_movimentacao = cls(
            self.id,
            self.local_estoque_id,
            self.data_hora,
            self.produto_id,
            self.quantidade,
            self.custo,
            self.preco,
            self.markup,
        )
        estoque_movimentacao.additional_properties = self.additional_properties
        return estoque_movimentacao

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
    EstoqueMovimentacao, "additional_properties", EmptyDictUntilSet(vars(EstoqueMovimentacao)["additional_properties"])
)
