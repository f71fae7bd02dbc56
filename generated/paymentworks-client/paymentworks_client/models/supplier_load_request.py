from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import EmptyDictUntilSet, File

T = TypeVar("T", bound="SupplierLoadRequest")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "suppliers",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class SupplierLoadRequest:
    """Multipart body of a supplier load. Other form parts are ignored, as Django REST framework ignores form fields a view
    does not read.

        Attributes:
            suppliers (File): CSV file with the payer's ERP suppliers (column layout agreed with PaymentWorks).
    """

    suppliers: File
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        suppliers = self.suppliers.to_tuple()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "suppliers": suppliers,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("suppliers", self.suppliers.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        self = _new_instance(SupplierLoadRequest)
        self.suppliers = File(payload=BytesIO(src_dict["suppliers"]))

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is SupplierLoadRequest:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        supplier_load_request = cls(
            self.suppliers,
        )
        supplier_load_request.additional_properties = self.additional_properties
        return supplier_load_request

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
    SupplierLoadRequest, "additional_properties", EmptyDictUntilSet(vars(SupplierLoadRequest)["additional_properties"])
)
