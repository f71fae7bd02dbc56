from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RegistrationRouting")

_KNOWN_KEYS = frozenset(
    {
        "op_code",
        "annotation",
        "related_site_code",
        "related_vendor_number",
    }
)


@_attrs_define
class RegistrationRouting:
    """How the registration is routed into the ERP (e.g. which existing vendor record an edit overwrites).

    Attributes:
        op_code (str | Unset): Routing operation code (value as sent by PaymentWorks, e.g. "overwrite_exiting").
        annotation (str | Unset): Free-text annotation of the routing.
        related_site_code (None | str | Unset): ERP site code the registration relates to.
        related_vendor_number (None | str | Unset): ERP vendor number the registration relates to.
    """

    op_code: str | Unset = UNSET
    annotation: str | Unset = UNSET
    related_site_code: None | str | Unset = UNSET
    related_vendor_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        op_code = self.op_code

        annotation = self.annotation

        related_site_code: None | str | Unset
        if isinstance(self.related_site_code, Unset):
            related_site_code = UNSET
        else:
            related_site_code = self.related_site_code

        related_vendor_number: None | str | Unset
        if isinstance(self.related_vendor_number, Unset):
            related_vendor_number = UNSET
        else:
            related_vendor_number = self.related_vendor_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if op_code is not UNSET:
            field_dict["op_code"] = op_code
        if annotation is not UNSET:
            field_dict["annotation"] = annotation
        if related_site_code is not UNSET:
            field_dict["related_site_code"] = related_site_code
        if related_vendor_number is not UNSET:
            field_dict["related_vendor_number"] = related_vendor_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        op_code = get("op_code", UNSET)

        annotation = get("annotation", UNSET)

        related_site_code = get("related_site_code", UNSET)

        related_vendor_number = get("related_vendor_number", UNSET)

        registration_routing = cls(
            op_code,
            annotation,
            related_site_code,
            related_vendor_number,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            registration_routing.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return registration_routing

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
