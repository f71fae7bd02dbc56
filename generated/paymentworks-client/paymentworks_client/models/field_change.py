from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, EmptyDictUntilSet, Unset

T = TypeVar("T", bound="FieldChange")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "field_name",
        "from_value",
        "to_value",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class FieldChange:
    """One changed field of a vendor update.

    Attributes:
        field_name (str): Display name of the changed field, e.g. "Telephone".
        from_value (None | str | Unset): Value before the change (null when the field was empty).
        to_value (None | str | Unset): Value after the change (null when the field was cleared).
    """

    field_name: str
    from_value: None | str | Unset = UNSET
    to_value: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_name = self.field_name

        from_value: None | str | Unset
        if isinstance(self.from_value, Unset):
            from_value = UNSET
        else:
            from_value = self.from_value

        to_value: None | str | Unset
        if isinstance(self.to_value, Unset):
            to_value = UNSET
        else:
            to_value = self.to_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field_name": field_name,
            }
        )
        if from_value is not UNSET:
            field_dict["from_value"] = from_value
        if to_value is not UNSET:
            field_dict["to_value"] = to_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        self = _new_instance(FieldChange)
        self.field_name = src_dict["field_name"]

        self.from_value = get("from_value", UNSET)

        self.to_value = get("to_value", UNSET)

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is FieldChange:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        field_change = cls(
            self.field_name,
            self.from_value,
            self.to_value,
        )
        field_change.additional_properties = self.additional_properties
        return field_change

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


setattr(FieldChange, "additional_properties", EmptyDictUntilSet(vars(FieldChange)["additional_properties"]))
