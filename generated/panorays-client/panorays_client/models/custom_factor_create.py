from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, EmptyDictUntilSet, Unset

T = TypeVar("T", bound="CustomFactorCreate")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "description",
        "severity",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class CustomFactorCreate:
    """Body of createSupplierCustomFactor (inferred shape).

    Attributes:
        name (str): Name of the custom factor.
        description (str | Unset): What the factor is and why it applies to the supplier.
        severity (str | Unset): Severity of the factor (e.g. `low`, `medium`, `high`, `critical`).
    """

    name: str
    description: str | Unset = UNSET
    severity: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        severity = self.severity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if severity is not UNSET:
            field_dict["severity"] = severity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        self = _new_instance(CustomFactorCreate)
        self.name = src_dict["name"]

        self.description = get("description", UNSET)

        self.severity = get("severity", UNSET)

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is CustomFactorCreate:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        custom_factor_create = cls(
            self.name,
            self.description,
            self.severity,
        )
        custom_factor_create.additional_properties = self.additional_properties
        return custom_factor_create

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
    CustomFactorCreate, "additional_properties", EmptyDictUntilSet(vars(CustomFactorCreate)["additional_properties"])
)
