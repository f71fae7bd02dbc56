from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import EmptyDictUntilSet

T = TypeVar("T", bound="PendingResourcesByTipo")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset({})
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class PendingResourcesByTipo:
    """Pending record ids of one subscriber: each key is a model name (a StreamModelTipo value, today only PRODUTO), each
    value the ids of that model's pending records.

    """

    additional_properties: dict[str, list[str]] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        self = _new_instance(PendingResourcesByTipo)
        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            additional_properties = {}
            for prop_name, prop_dict in src_dict.items():
                if prop_name in _KNOWN_KEYS:
                    continue
                additional_property = cast(list[str], prop_dict)

                additional_properties[prop_name] = additional_property
            self.additional_properties = additional_properties

        if cls is PendingResourcesByTipo:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        pending_resources_by_tipo = cls()
        pending_resources_by_tipo.additional_properties = self.additional_properties
        return pending_resources_by_tipo

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[str]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[str]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


setattr(
    PendingResourcesByTipo,
    "additional_properties",
    EmptyDictUntilSet(vars(PendingResourcesByTipo)["additional_properties"]),
)
