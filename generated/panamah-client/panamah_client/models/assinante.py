from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.software import Software
from ..types import UNSET, EmptyDictUntilSet, Unset, build_list

T = TypeVar("T", bound="Assinante")
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
        "softwaresAtivos",
        "softwaresEmContratosDeManutencao",
        "ativo",
        "revendaId",
        "series",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class Assinante:
    """Subscriber (assinante): a retail business whose data a partner sends to Panamah. Listed in the stream `tipo` enum,
    but the stream refuses ASSINANTE operations; subscribers are managed through the Admin endpoints.

        Attributes:
            id (str): Id of the subscriber, usually its CNPJ (digits only).
            nome (str): Legal name of the subscriber (razao social).
            fantasia (str): Trade name (nome fantasia).
            ramo (str): Line of business (ramo de atividade).
            uf (str): Brazilian state code (UF), e.g. CE.
            cidade (str): City.
            bairro (str): Neighbourhood (bairro).
            softwares_ativos (list[Software]): Partner software products the subscriber actively uses.
            softwares_em_contratos_de_manutencao (list[Software]): Partner software products under a maintenance contract.
            ativo (bool): Whether the subscriber is active.
            revenda_id (str | Unset): Id of the reseller (REVENDA) that serves this subscriber.
            series (list[str] | Unset): Serial numbers of the subscriber's software licences.
    """

    id: str
    nome: str
    fantasia: str
    ramo: str
    uf: str
    cidade: str
    bairro: str
    softwares_ativos: list[Software]
    softwares_em_contratos_de_manutencao: list[Software]
    ativo: bool
    revenda_id: str | Unset = UNSET
    series: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        nome = self.nome

        fantasia = self.fantasia

        ramo = self.ramo

        uf = self.uf

        cidade = self.cidade

        bairro = self.bairro

        softwares_ativos = []
        for softwares_ativos_item_data in self.softwares_ativos:
            softwares_ativos_item = softwares_ativos_item_data.value
            softwares_ativos.append(softwares_ativos_item)

        softwares_em_contratos_de_manutencao = []
        for softwares_em_contratos_de_manutencao_item_data in self.softwares_em_contratos_de_manutencao:
            softwares_em_contratos_de_manutencao_item = softwares_em_contratos_de_manutencao_item_data.value
            softwares_em_contratos_de_manutencao.append(softwares_em_contratos_de_manutencao_item)

        ativo = self.ativo

        revenda_id = self.revenda_id

        series: list[str] | Unset = UNSET
        if not isinstance(self.series, Unset):
            series = self.series

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
                "softwaresAtivos": softwares_ativos,
                "softwaresEmContratosDeManutencao": softwares_em_contratos_de_manutencao,
                "ativo": ativo,
            }
        )
        if revenda_id is not UNSET:
            field_dict["revendaId"] = revenda_id
        if series is not UNSET:
            field_dict["series"] = series

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        self = _new_instance(Assinante)
        self.id = src_dict["id"]

        self.nome = src_dict["nome"]

        self.fantasia = src_dict["fantasia"]

        self.ramo = src_dict["ramo"]

        self.uf = src_dict["uf"]

        self.cidade = src_dict["cidade"]

        self.bairro = src_dict["bairro"]

        softwares_ativos = build_list(Software, src_dict["softwaresAtivos"])

        self.softwares_ativos = softwares_ativos

        softwares_em_contratos_de_manutencao = build_list(Software, src_dict["softwaresEmContratosDeManutencao"])

        self.softwares_em_contratos_de_manutencao = softwares_em_contratos_de_manutencao

        self.ativo = src_dict["ativo"]

        self.revenda_id = get("revendaId", UNSET)

        self.series = get("series", UNSET)

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is Assinante:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        assinante = cls(
            self.id,
            self.nome,
            self.fantasia,
            self.ramo,
            self.uf,
            self.cidade,
            self.bairro,
            self.softwares_ativos,
            self.softwares_em_contratos_de_manutencao,
            self.ativo,
            self.revenda_id,
            self.series,
        )
        assinante.additional_properties = self.additional_properties
        return assinante

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


setattr(Assinante, "additional_properties", EmptyDictUntilSet(vars(Assinante)["additional_properties"]))
