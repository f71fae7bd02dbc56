from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evento_caixa_tipo import EventoCaixaTipo
from ..types import UNSET, EmptyDictUntilSet, Unset, build_list, parse_date_time

if TYPE_CHECKING:
    from ..models.evento_caixa_valor_declarado import EventoCaixaValorDeclarado


T = TypeVar("T", bound="EventoCaixa")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "lojaId",
        "numeroCaixa",
        "dataHora",
        "tipo",
        "funcionarioId",
        "valoresDeclarados",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class EventoCaixa:
    """Cash register event (evento de caixa): opening, closing, operator sign-in and sign-out.

    Attributes:
        id (str): Identifier of the record in the partner's system.
        loja_id (str): Id of the store (LOJA).
        numero_caixa (str): Number of the cash register (checkout).
        data_hora (datetime.datetime): Date and time of the event.
        tipo (EventoCaixaTipo): Kind of cash register event.
        funcionario_id (str | Unset): Id of the operator (FUNCIONARIO) involved in the event.
        valores_declarados (list[EventoCaixaValorDeclarado] | Unset): Amounts declared per payment method.
    """

    id: str
    loja_id: str
    numero_caixa: str
    data_hora: datetime.datetime
    tipo: EventoCaixaTipo
    funcionario_id: str | Unset = UNSET
    valores_declarados: list[EventoCaixaValorDeclarado] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        loja_id = self.loja_id

        numero_caixa = self.numero_caixa

        data_hora = self.data_hora.isoformat()

        tipo = self.tipo.value

        funcionario_id = self.funcionario_id

        valores_declarados: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.valores_declarados, Unset):
            valores_declarados = []
            for valores_declarados_item_data in self.valores_declarados:
                valores_declarados_item = valores_declarados_item_data.to_dict()
                valores_declarados.append(valores_declarados_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "lojaId": loja_id,
                "numeroCaixa": numero_caixa,
                "dataHora": data_hora,
                "tipo": tipo,
            }
        )
        if funcionario_id is not UNSET:
            field_dict["funcionarioId"] = funcionario_id
        if valores_declarados is not UNSET:
            field_dict["valoresDeclarados"] = valores_declarados

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.evento_caixa_valor_declarado import EventoCaixaValorDeclarado  # noqa: PLC0415

        get = src_dict.get
        self = _new_instance(EventoCaixa)
        self.id = src_dict["id"]

        self.loja_id = src_dict["lojaId"]

        self.numero_caixa = src_dict["numeroCaixa"]

        self.data_hora = parse_date_time(src_dict["dataHora"])

        self.tipo = EventoCaixaTipo(src_dict["tipo"])

        self.funcionario_id = get("funcionarioId", UNSET)

        _valores_declarados = get("valoresDeclarados", UNSET)
        valores_declarados: list[EventoCaixaValorDeclarado] | Unset = UNSET
        if _valores_declarados is not UNSET:
            valores_declarados = build_list(EventoCaixaValorDeclarado.from_dict, _valores_declarados)

        self.valores_declarados = valores_declarados

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is EventoCaixa:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        evento_caixa = cls(
            self.id,
            self.loja_id,
            self.numero_caixa,
            self.data_hora,
            self.tipo,
            self.funcionario_id,
            self.valores_declarados,
        )
        evento_caixa.additional_properties = self.additional_properties
        return evento_caixa

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


setattr(EventoCaixa, "additional_properties", EmptyDictUntilSet(vars(EventoCaixa)["additional_properties"]))
