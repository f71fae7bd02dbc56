from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import EmptyDictUntilSet

T = TypeVar("T", bound="Revenda")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "nome",
        "fantasia",
        "ramo",
        "uf",
        "cidade",
        "bairro",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class Revenda:
    """Reseller (revenda) that sells the partner's software to subscribers.

    Attributes:
        id (str): Identifier of the record in the partner's system.
        nome (str): Legal name of the reseller.
        fantasia (str): Trade name (nome fantasia).
        ramo (str): Line of business (ramo de atividade).
        uf (str): Brazilian state code (UF), e.g. CE.
        cidade (str): City.
        bairro (str): Neighbourhood (bairro).
    """

    id: str
    nome: str
    fantasia: str
    ramo: str
    uf: str
    cidade: str
    bairro: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        nome = self.nome

        fantasia = self.fantasia

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
                "fantasia": fantasia,
                "ramo": ramo,
                "uf": uf,
                "cidade": cidade,
                "bairro": bairro,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        self = _new_instance(Revenda)
        self.id = src_dict["id"]

        self.nome = src_dict["nome"]

        self.fantasia = src_dict["fantasia"]

        self.ramo = src_dict["ramo"]

        self.uf = src_dict["uf"]

        self.cidade = src_dict["cidade"]

        self.bairro = src_dict["bairro"]

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is Revenda:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        revenda = cls(
            self.id,
            self.nome,
            self.fantasia,
            self.ramo,
            self.uf,
            self.cidade,
            self.bairro,
        )
        revenda.additional_properties = self.additional_properties
        return revenda

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


setattr(Revenda, "additional_properties", EmptyDictUntilSet(vars(Revenda)["additional_properties"]))
