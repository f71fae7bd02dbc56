from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, EmptyDictUntilSet, Unset

T = TypeVar("T", bound="Loja")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "ativa",
        "id",
        "descricao",
        "numeroDocumento",
        "matriz",
        "holdingId",
        "ramo",
        "uf",
        "cidade",
        "bairro",
        "logradouro",
        "numero",
        "cep",
        "distrito",
        "complemento",
        "telefone",
        "qtdCheckouts",
        "areaM2",
        "qtdFuncionarios",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class Loja:
    """Store (loja) of a subscriber.

    Attributes:
        ativa (bool): Whether the store is active.
        id (str): Identifier of the record in the partner's system.
        descricao (str): Description (name) of the record as shown in the partner's software.
        numero_documento (str): CNPJ of the store, digits only.
        matriz (bool): Whether the store is the head office (matriz).
        holding_id (str): Id of the holding (HOLDING) that owns the store.
        ramo (str): Line of business (ramo de atividade).
        uf (str): Brazilian state code (UF), e.g. CE.
        cidade (str): City.
        bairro (str): Neighbourhood (bairro).
        logradouro (str | Unset): Street address.
        numero (str | Unset): Street number.
        cep (str | Unset): Postal code (CEP), digits only.
        distrito (str | Unset): District.
        complemento (str | Unset): Address complement.
        telefone (str | Unset): Phone number.
        qtd_checkouts (float | Unset): Number of checkouts in the store.
        area_m2 (float | Unset): Sales area in square metres.
        qtd_funcionarios (float | Unset): Number of employees in the store.
    """

    ativa: bool
    id: str
    descricao: str
    numero_documento: str
    matriz: bool
    holding_id: str
    ramo: str
    uf: str
    cidade: str
    bairro: str
    logradouro: str | Unset = UNSET
    numero: str | Unset = UNSET
    cep: str | Unset = UNSET
    distrito: str | Unset = UNSET
    complemento: str | Unset = UNSET
    telefone: str | Unset = UNSET
    qtd_checkouts: float | Unset = UNSET
    area_m2: float | Unset = UNSET
    qtd_funcionarios: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ativa = self.ativa

        id = self.id

        descricao = self.descricao

        numero_documento = self.numero_documento

        matriz = self.matriz

        holding_id = self.holding_id

        ramo = self.ramo

        uf = self.uf

        cidade = self.cidade

        bairro = self.bairro

        logradouro = self.logradouro

        numero = self.numero

        cep = self.cep

        distrito = self.distrito

        complemento = self.complemento

        telefone = self.telefone

        qtd_checkouts = self.qtd_checkouts

        area_m2 = self.area_m2

        qtd_funcionarios = self.qtd_funcionarios

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ativa": ativa,
                "id": id,
                "descricao": descricao,
                "numeroDocumento": numero_documento,
                "matriz": matriz,
                "holdingId": holding_id,
                "ramo": ramo,
                "uf": uf,
                "cidade": cidade,
                "bairro": bairro,
            }
        )
        if logradouro is not UNSET:
            field_dict["logradouro"] = logradouro
        if numero is not UNSET:
            field_dict["numero"] = numero
        if cep is not UNSET:
            field_dict["cep"] = cep
        if distrito is not UNSET:
            field_dict["distrito"] = distrito
        if complemento is not UNSET:
            field_dict["complemento"] = complemento
        if telefone is not UNSET:
            field_dict["telefone"] = telefone
        if qtd_checkouts is not UNSET:
            field_dict["qtdCheckouts"] = qtd_checkouts
        if area_m2 is not UNSET:
            field_dict["areaM2"] = area_m2
        if qtd_funcionarios is not UNSET:
            field_dict["qtdFuncionarios"] = qtd_funcionarios

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        self = _new_instance(Loja)
        self.ativa = src_dict["ativa"]

        self.id = src_dict["id"]

        self.descricao = src_dict["descricao"]

        self.numero_documento = src_dict["numeroDocumento"]

        self.matriz = src_dict["matriz"]

        self.holding_id = src_dict["holdingId"]

        self.ramo = src_dict["ramo"]

        self.uf = src_dict["uf"]

        self.cidade = src_dict["cidade"]

        self.bairro = src_dict["bairro"]

        self.logradouro = get("logradouro", UNSET)

        self.numero = get("numero", UNSET)

        self.cep = get("cep", UNSET)

        self.distrito = get("distrito", UNSET)

        self.complemento = get("complemento", UNSET)

        self.telefone = get("telefone", UNSET)

        self.qtd_checkouts = get("qtdCheckouts", UNSET)

        self.area_m2 = get("areaM2", UNSET)

        self.qtd_funcionarios = get("qtdFuncionarios", UNSET)

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is Loja:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        loja = cls(
            self.ativa,
            self.id,
            self.descricao,
            self.numero_documento,
            self.matriz,
            self.holding_id,
            self.ramo,
            self.uf,
            self.cidade,
            self.bairro,
            self.logradouro,
            self.numero,
            self.cep,
            self.distrito,
            self.complemento,
            self.telefone,
            self.qtd_checkouts,
            self.area_m2,
            self.qtd_funcionarios,
        )
        loja.additional_properties = self.additional_properties
        return loja

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


setattr(Loja, "additional_properties", EmptyDictUntilSet(vars(Loja)["additional_properties"]))
