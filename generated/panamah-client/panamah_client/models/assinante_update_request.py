from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.software import Software
from ..types import UNSET, EmptyDictUntilSet, Unset, build_list

if TYPE_CHECKING:
    from ..models.assinante_update_request_plano_uso import AssinanteUpdateRequestPlanoUso


T = TypeVar("T", bound="AssinanteUpdateRequest")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "nome",
        "fantasia",
        "ativo",
        "oficial",
        "creatorHost",
        "creatorSDKIdentity",
        "cnpj",
        "softwaresAtivos",
        "softwaresEmContratosDeManutencao",
        "planoUso",
        "ramo",
        "uf",
        "cidade",
        "bairro",
        "revendaId",
        "series",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class AssinanteUpdateRequest:
    """Body of updateAssinante: the full subscriber record. `creatorHost`, `creatorSDKIdentity` and `planoUso` are set by
    Panamah; send them back as read, or leave them out.

        Attributes:
            id (str): Id of the subscriber; must equal the id in the path.
            nome (str): Legal name of the subscriber (razao social).
            fantasia (str): Trade name (nome fantasia).
            ativo (bool | Unset): Whether the subscriber is active.
            oficial (bool | Unset): Whether the subscriber is official (oficial).
            creator_host (str | Unset): Host that created the subscriber (set by Panamah).
            creator_sdk_identity (str | Unset): x-sdk-identity of the SDK that created the subscriber (set by Panamah).
            cnpj (str | Unset): CNPJ of the subscriber.
            softwares_ativos (list[Software] | Unset): Partner software products the subscriber actively uses.
            softwares_em_contratos_de_manutencao (list[Software] | Unset): Partner software products under a maintenance
                contract.
            plano_uso (AssinanteUpdateRequestPlanoUso | Unset): Usage plans of the subscriber (free-form; set by Panamah).
            ramo (str | Unset): Line of business (ramo de atividade).
            uf (str | Unset): Brazilian state code (UF), e.g. CE.
            cidade (str | Unset): City.
            bairro (str | Unset): Neighbourhood (bairro).
            revenda_id (str | Unset): Id of the reseller (REVENDA) that serves this subscriber.
            series (list[str] | Unset): Serial numbers of the subscriber's software licences.
    """

    id: str
    nome: str
    fantasia: str
    ativo: bool | Unset = UNSET
    oficial: bool | Unset = UNSET
    creator_host: str | Unset = UNSET
    creator_sdk_identity: str | Unset = UNSET
    cnpj: str | Unset = UNSET
    softwares_ativos: list[Software] | Unset = UNSET
    softwares_em_contratos_de_manutencao: list[Software] | Unset = UNSET
    plano_uso: AssinanteUpdateRequestPlanoUso | Unset = UNSET
    ramo: str | Unset = UNSET
    uf: str | Unset = UNSET
    cidade: str | Unset = UNSET
    bairro: str | Unset = UNSET
    revenda_id: str | Unset = UNSET
    series: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        nome = self.nome

        fantasia = self.fantasia

        ativo = self.ativo

        oficial = self.oficial

        creator_host = self.creator_host

        creator_sdk_identity = self.creator_sdk_identity

        cnpj = self.cnpj

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

        plano_uso: dict[str, Any] | Unset = UNSET
        if not isinstance(self.plano_uso, Unset):
            plano_uso = self.plano_uso.to_dict()

        ramo = self.ramo

        uf = self.uf

        cidade = self.cidade

        bairro = self.bairro

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
            }
        )
        if ativo is not UNSET:
            field_dict["ativo"] = ativo
        if oficial is not UNSET:
            field_dict["oficial"] = oficial
        if creator_host is not UNSET:
            field_dict["creatorHost"] = creator_host
        if creator_sdk_identity is not UNSET:
            field_dict["creatorSDKIdentity"] = creator_sdk_identity
        if cnpj is not UNSET:
            field_dict["cnpj"] = cnpj
        if softwares_ativos is not UNSET:
            field_dict["softwaresAtivos"] = softwares_ativos
        if softwares_em_contratos_de_manutencao is not UNSET:
            field_dict["softwaresEmContratosDeManutencao"] = softwares_em_contratos_de_manutencao
        if plano_uso is not UNSET:
            field_dict["planoUso"] = plano_uso
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
        if series is not UNSET:
            field_dict["series"] = series

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assinante_update_request_plano_uso import AssinanteUpdateRequestPlanoUso  # noqa: PLC0415

        get = src_dict.get
        self = _new_instance(AssinanteUpdateRequest)
        self.id = src_dict["id"]

        self.nome = src_dict["nome"]

        self.fantasia = src_dict["fantasia"]

        self.ativo = get("ativo", UNSET)

        self.oficial = get("oficial", UNSET)

        self.creator_host = get("creatorHost", UNSET)

        self.creator_sdk_identity = get("creatorSDKIdentity", UNSET)

        self.cnpj = get("cnpj", UNSET)

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

        _plano_uso = get("planoUso", UNSET)
        self.plano_uso = UNSET if _plano_uso is UNSET else AssinanteUpdateRequestPlanoUso.from_dict(_plano_uso)

        self.ramo = get("ramo", UNSET)

        self.uf = get("uf", UNSET)

        self.cidade = get("cidade", UNSET)

        self.bairro = get("bairro", UNSET)

        self.revenda_id = get("revendaId", UNSET)

        self.series = get("series", UNSET)

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is AssinanteUpdateRequest:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        assinante_update_request = cls(
            self.id,
            self.nome,
            self.fantasia,
            self.ativo,
            self.oficial,
            self.creator_host,
            self.creator_sdk_identity,
            self.cnpj,
            self.softwares_ativos,
            self.softwares_em_contratos_de_manutencao,
            self.plano_uso,
            self.ramo,
            self.uf,
            self.cidade,
            self.bairro,
            self.revenda_id,
            self.series,
        )
        assinante_update_request.additional_properties = self.additional_properties
        return assinante_update_request

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
    AssinanteUpdateRequest,
    "additional_properties",
    EmptyDictUntilSet(vars(AssinanteUpdateRequest)["additional_properties"]),
)
