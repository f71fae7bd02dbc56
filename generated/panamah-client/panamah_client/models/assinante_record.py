from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, EmptyDictUntilSet, Unset

if TYPE_CHECKING:
    from ..models.assinante_record_plano_uso import AssinanteRecordPlanoUso


T = TypeVar("T", bound="AssinanteRecord")
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
        "softwaresAtivos",
        "softwaresEmContratosDeManutencao",
        "planoUso",
        "cnpj",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class AssinanteRecord:
    """A subscriber as stored by Panamah (answer of the admin calls). The reference calls these fields the minimum
    structure of the answer; more fields may come back. `cnpj` comes back when it was sent (the official SDK creates
    subscribers without it). The software lists are open strings here, unlike in requests: an answer must not fail to
    parse when Panamah adds a product to its list.

        Attributes:
            id (str): Id of the subscriber, usually its CNPJ.
            nome (str): Legal name of the subscriber (razao social).
            fantasia (str): Trade name (nome fantasia).
            ativo (bool): Whether the subscriber is active.
            oficial (bool): Whether the subscriber is official (oficial).
            creator_host (str): Host that created the subscriber (set by Panamah).
            creator_sdk_identity (str): x-sdk-identity of the SDK that created the subscriber (set by Panamah).
            softwares_ativos (list[str]): Partner software products the subscriber actively uses (known values: MILENIO,
                SYSPDV, VAREJOFACIL, SYSPDVWEB, EASYASSIST, SYSPDV_APP, COLETOR).
            softwares_em_contratos_de_manutencao (list[str]): Partner software products under a maintenance contract (same
                values as softwaresAtivos).
            plano_uso (AssinanteRecordPlanoUso): Usage plans of the subscriber (free-form; set by Panamah).
            cnpj (str | Unset): CNPJ of the subscriber.
    """

    id: str
    nome: str
    fantasia: str
    ativo: bool
    oficial: bool
    creator_host: str
    creator_sdk_identity: str
    softwares_ativos: list[str]
    softwares_em_contratos_de_manutencao: list[str]
    plano_uso: AssinanteRecordPlanoUso
    cnpj: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        nome = self.nome

        fantasia = self.fantasia

        ativo = self.ativo

        oficial = self.oficial

        creator_host = self.creator_host

        creator_sdk_identity = self.creator_sdk_identity

        softwares_ativos = self.softwares_ativos

        softwares_em_contratos_de_manutencao = self.softwares_em_contratos_de_manutencao

        plano_uso = self.plano_uso.to_dict()

        cnpj = self.cnpj

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "nome": nome,
                "fantasia": fantasia,
                "ativo": ativo,
                "oficial": oficial,
                "creatorHost": creator_host,
                "creatorSDKIdentity": creator_sdk_identity,
                "softwaresAtivos": softwares_ativos,
                "softwaresEmContratosDeManutencao": softwares_em_contratos_de_manutencao,
                "planoUso": plano_uso,
            }
        )
        if cnpj is not UNSET:
            field_dict["cnpj"] = cnpj

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assinante_record_plano_uso import AssinanteRecordPlanoUso  # noqa: PLC0415

        get = src_dict.get
        self = _new_instance(AssinanteRecord)
        self.id = src_dict["id"]

        self.nome = src_dict["nome"]

        self.fantasia = src_dict["fantasia"]

        self.ativo = src_dict["ativo"]

        self.oficial = src_dict["oficial"]

        self.creator_host = src_dict["creatorHost"]

        self.creator_sdk_identity = src_dict["creatorSDKIdentity"]

        self.softwares_ativos = src_dict["softwaresAtivos"]

        self.softwares_em_contratos_de_manutencao = src_dict["softwaresEmContratosDeManutencao"]

        self.plano_uso = AssinanteRecordPlanoUso.from_dict(src_dict["planoUso"])

        self.cnpj = get("cnpj", UNSET)

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is AssinanteRecord:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        assinante_record = cls(
            self.id,
            self.nome,
            self.fantasia,
            self.ativo,
            self.oficial,
            self.creator_host,
            self.creator_sdk_identity,
            self.softwares_ativos,
            self.softwares_em_contratos_de_manutencao,
            self.plano_uso,
            self.cnpj,
        )
        assinante_record.additional_properties = self.additional_properties
        return assinante_record

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


setattr(AssinanteRecord, "additional_properties", EmptyDictUntilSet(vars(AssinanteRecord)["additional_properties"]))
