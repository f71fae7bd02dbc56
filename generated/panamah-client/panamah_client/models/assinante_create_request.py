from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.software import Software
from ..types import UNSET, EmptyDictUntilSet, Unset, build_list

T = TypeVar("T", bound="AssinanteCreateRequest")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "nome",
        "fantasia",
        "cnpj",
        "ramo",
        "uf",
        "cidade",
        "bairro",
        "revendaId",
        "ativo",
        "softwaresAtivos",
        "softwaresEmContratosDeManutencao",
        "series",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class AssinanteCreateRequest:
    """Body of createAssinante. `id`, `nome` and `fantasia` are required; `cnpj` and the other fields of the ASSINANTE
    model (see the `Assinante` schema) may be sent too, and are listed here as optional. Fields Panamah does not know
    are ignored.

        Attributes:
            id (str): Id of the subscriber, usually its CNPJ (digits only).
            nome (str): Legal name of the subscriber (razao social).
            fantasia (str): Trade name (nome fantasia).
            cnpj (str | Unset): CNPJ of the subscriber.
            ramo (str | Unset): Line of business (ramo de atividade).
            uf (str | Unset): Brazilian state code (UF), e.g. CE.
            cidade (str | Unset): City.
            bairro (str | Unset): Neighbourhood (bairro).
            revenda_id (str | Unset): Id of the reseller (REVENDA) that serves this subscriber.
            ativo (bool | Unset): Whether the subscriber is active.
            softwares_ativos (list[Software] | Unset): Partner software products the subscriber actively uses.
            softwares_em_contratos_de_manutencao (list[Software] | Unset): Partner software products under a maintenance
                contract.
            series (list[str] | Unset): Serial numbers of the subscriber's software licences.
    """

    id: str
    nome: str
    fantasia: str
    cnpj: str | Unset = UNSET
    ramo: str | Unset = UNSET
    uf: str | Unset = UNSET
    cidade: str | Unset = UNSET
    bairro: str | Unset = UNSET
    revenda_id: str | Unset = UNSET
    ativo: bool | Unset = UNSET
    softwares_ativos: list[Software] | Unset = UNSET
    softwares_em_contratos_de_manutencao: list[Software] | Unset = UNSET
    series: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        nome = self.nome

        fantasia = self.fantasia

        cnpj = self.cnpj

        ramo = self.ramo

        uf = self.uf

        cidade = self.cidade

        bairro = self.bairro

        revenda_id = self.revenda_id

        ativo = self.ativo

        softwares_ativos: list[str] | Unset = UNSET
        if not isinstance(self.softwares_ativos, Unset):
            softwares_ativos = []
            for softwares_ativos_item_data in self.softwares_ativos:
                softwares_ativos_item = softwares_ativos_item_data.value
                softwares_ativos.append(softwares_ativos_item)

        softwares_em_contratos_de_manutencao: list[str] | Unset = UNSET
        if not isinstance(self.softwares_em_contratos_de_manutencao, Unset):
            softwares_em_contratos_de_manutencao = []
            for softwares_em_contratos_de_manutencao_item_data in self.softwares_em_contratos_de_manutencao:
                softwares_em_contratos_de_manutencao_item = softwares_em_contratos_de_manutencao_item_data.value
                softwares_em_contratos_de_manutencao.append(softwares_em_contratos_de_manutencao_item)

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
            }
        )
        if cnpj is not UNSET:
            field_dict["cnpj"] = cnpj
        if ramo is not UNSET:
            field_dict["ramo"] = ramo
        if uf is not UNSET:
            field_dict["uf"] = uf
        if cidade is not UNSET:
            field_dict["cidade"] = cidade
        if bairro is not UNSET:
            field_dict["bairro"] = bairro
        if revenda_id is not UNSET:
            field_dict["revendaId"] = revenda_id
        if ativo is not UNSET:
            field_dict["ativo"] = ativo
        if softwares_ativos is not UNSET:
            field_dict["softwaresAtivos"] = softwares_ativos
        if softwares_em_contratos_de_manutencao is not UNSET:
            field_dict["softwaresEmContratosDeManutencao"] = softwares_em_contratos_de_manutencao
        if series is not UNSET:
            field_dict["series"] = series

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        self = _new_instance(AssinanteCreateRequest)
        self.id = src_dict["id"]

        self.nome = src_dict["nome"]

        self.fantasia = src_dict["fantasia"]

        self.cnpj = get("cnpj", UNSET)

        self.ramo = get("ramo", UNSET)

        self.uf = get("uf", UNSET)

        self.cidade = get("cidade", UNSET)

        self.bairro = get("bairro", UNSET)

        self.revenda_id = get("revendaId", UNSET)

        self.ativo = get("ativo", UNSET)

        _softwares_ativos = get("softwaresAtivos", UNSET)
        softwares_ativos: list[Software] | Unset = UNSET
        if _softwares_ativos is not UNSET:
            softwares_ativos = build_list(Software, _softwares_ativos)

        self.softwares_ativos = softwares_ativos

        _softwares_em_contratos_de_manutencao = get("softwaresEmContratosDeManutencao", UNSET)
        softwares_em_contratos_de_manutencao: list[Software] | Unset = UNSET
        if _softwares_em_contratos_de_manutencao is not UNSET:
            softwares_em_contratos_de_manutencao = build_list(Software, _softwares_em_contratos_de_manutencao)

        self.softwares_em_contratos_de_manutencao = softwares_em_contratos_de_manutencao

        self.series = get("series", UNSET)

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is AssinanteCreateRequest:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        assinante_create_request = cls(
            self.id,
            self.nome,
            self.fantasia,
            self.cnpj,
            self.ramo,
            self.uf,
            self.cidade,
            self.bairro,
            self.revenda_id,
            self.ativo,
            self.softwares_ativos,
            self.softwares_em_contratos_de_manutencao,
            self.series,
        )
        assinante_create_request.additional_properties = self.additional_properties
        return assinante_create_request

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
    AssinanteCreateRequest,
    "additional_properties",
    EmptyDictUntilSet(vars(AssinanteCreateRequest)["additional_properties"]),
)
