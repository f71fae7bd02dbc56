from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import EmptyDictUntilSet

T = TypeVar("T", bound="VendorNumber")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "vendor_num",
        "site_codes",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class VendorNumber:
    """An ERP vendor number and the sites of that vendor affected by the update.

    Attributes:
        vendor_num (str): Identifier of the vendor in the ERP (the document's "vendur_num").
        site_codes (list[str]): ERP site codes of this vendor affected by the update.
    """

    vendor_num: str
    site_codes: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vendor_num = self.vendor_num

        site_codes = self.site_codes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vendor_num": vendor_num,
                "site_codes": site_codes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        self = _new_instance(VendorNumber)
        self.vendor_num = src_dict["vendor_num"]

        self.site_codes = src_dict["site_codes"]

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is VendorNumber:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        vendor_number = cls(
            self.vendor_num,
            self.site_codes,
        )
        vendor_number.additional_properties = self.additional_properties
        return vendor_number

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


setattr(VendorNumber, "additional_properties", EmptyDictUntilSet(vars(VendorNumber)["additional_properties"]))
