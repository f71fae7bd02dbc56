from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import EmptyDictUntilSet

T = TypeVar("T", bound="Cliente")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "nome",
        "numeroDocumento",
        "ramo",
        "uf",
        "cidade",
        "bairro",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class Cliente:
    """Customer (cliente) of the subscriber.

    Attributes:
        id (str): Identifier of the record in the partner's system.
        nome (str): Name of the customer.
        numero_documento (str): Tax document number (CNPJ or CPF), digits only.
        ramo (str): Line of business (ramo de atividade).
        uf (str): Brazilian state code (UF), e.g. CE.
        cidade (str): City.
        bairro (str): Neighbourhood (bairro).
    """

    id: str
    nome: str
    numero_documento: str
    ramo: str
    uf: str
    cidade: str
    bairro: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        nome = self.nome

        numero_documento = self.numero_documento

        ramo = self.ramo

        uf = self.uf

        cidade = self.cidade

        bairro = self.bairro

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "nome": nome,
                "numeroDocumento": numero_documento,
                "ramo": ramo,
                "uf": uf,
                "cidade": cidade,
                "bairro": bairro,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        self = _new_instance(Cliente)
        self.id = src_dict["id"]

        self.nome = src_dict["nome"]

        self.numero_documento = src_dict["numeroDocumento"]

        self.ramo = src_dict["ramo"]

        self.uf = src_dict["uf"]

        self.cidade = src_dict["cidade"]

        self.bairro = src_dict["bairro"]

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is Cliente:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        cliente = cls(
            self.id,
            self.nome,
            self.numero_documento,
            self.ramo,
            self.uf,
            self.cidade,
            self.bairro,
        )
        cliente.additional_properties = self.additional_properties
        return cliente

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


setattr(Cliente, "additional_properties", EmptyDictUntilSet(vars(Cliente)["additional_properties"]))
