from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, EmptyDictUntilSet, Unset, parse_date_time

T = TypeVar("T", bound="Funcionario")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "nome",
        "ativo",
        "dataNascimento",
        "login",
        "numeroDocumento",
        "senha",
        "lojaIds",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class Funcionario:
    """Employee (funcionario) of the subscriber.

    Attributes:
        id (str): Identifier of the record in the partner's system.
        nome (str): Name of the employee.
        ativo (bool): Whether the employee is active.
        data_nascimento (datetime.datetime | Unset): Date of birth.
        login (str | Unset): Login of the employee in the partner's software.
        numero_documento (str | Unset): Tax document number (CNPJ or CPF), digits only.
        senha (str | Unset): Password of the employee in the partner's software.
        loja_ids (list[str] | Unset): Ids of the stores (LOJA) where the employee works.
    """

    id: str
    nome: str
    ativo: bool
    data_nascimento: datetime.datetime | Unset = UNSET
    login: str | Unset = UNSET
    numero_documento: str | Unset = UNSET
    senha: str | Unset = UNSET
    loja_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        nome = self.nome

        ativo = self.ativo

        data_nascimento: str | Unset = UNSET
        if not isinstance(self.data_nascimento, Unset):
            data_nascimento = self.data_nascimento.isoformat()

        login = self.login

        numero_documento = self.numero_documento

        senha = self.senha

        loja_ids: list[str] | Unset = UNSET
        if not isinstance(self.loja_ids, Unset):
            loja_ids = self.loja_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "nome": nome,
                "ativo": ativo,
            }
        )
        if data_nascimento is not UNSET:
            field_dict["dataNascimento"] = data_nascimento
        if login is not UNSET:
            field_dict["login"] = login
        if numero_documento is not UNSET:
            field_dict["numeroDocumento"] = numero_documento
        if senha is not UNSET:
            field_dict["senha"] = senha
        if loja_ids is not UNSET:
            field_dict["lojaIds"] = loja_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        self = _new_instance(Funcionario)
        self.id = src_dict["id"]

        self.nome = src_dict["nome"]

        self.ativo = src_dict["ativo"]

        _data_nascimento = get("dataNascimento", UNSET)
        self.data_nascimento = UNSET if _data_nascimento is UNSET else parse_date_time(_data_nascimento)

        self.login = get("login", UNSET)

        self.numero_documento = get("numeroDocumento", UNSET)

        self.senha = get("senha", UNSET)

        self.loja_ids = get("lojaIds", UNSET)

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is Funcionario:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        funcionario = cls(
            self.id,
            self.nome,
            self.ativo,
            self.data_nascimento,
            self.login,
            self.numero_documento,
            self.senha,
            self.loja_ids,
        )
        funcionario.additional_properties = self.additional_properties
        return funcionario

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


setattr(Funcionario, "additional_properties", EmptyDictUntilSet(vars(Funcionario)["additional_properties"]))
