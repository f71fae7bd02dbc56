from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import EmptyDictUntilSet

T = TypeVar("T", bound="Acesso")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "funcionarioIds",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class Acesso:
    """Access group (acesso) listing the employees that share one access.

    Attributes:
        id (str): Identifier of the record in the partner's system.
        funcionario_ids (list[str]): Ids of the employees (FUNCIONARIO) in this access group.
    """

    id: str
    funcionario_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        funcionario_ids = self.funcionario_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "funcionarioIds": funcionario_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        self = _new_instance(Acesso)
        self.id = src_dict["id"]

        self.funcionario_ids = src_dict["funcionarioIds"]

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is Acesso:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        acesso = cls(
            self.id,
            self.funcionario_ids,
        )
        acesso.additional_properties = self.additional_properties
        return acesso

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


setattr(Acesso, "additional_properties", EmptyDictUntilSet(vars(Acesso)["additional_properties"]))
