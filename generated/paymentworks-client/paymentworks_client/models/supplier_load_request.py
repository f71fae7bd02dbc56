from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import types
from ..types import File

T = TypeVar("T", bound="SupplierLoadRequest")


@_attrs_define
class SupplierLoadRequest:
    """Multipart body of a supplier load.

    Attributes:
        suppliers (File): CSV file with the payer's ERP suppliers (column layout agreed with PaymentWorks).
    """

    suppliers: File

    def to_dict(self) -> dict[str, Any]:
        suppliers = self.suppliers.to_tuple()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "suppliers": suppliers,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("suppliers", self.suppliers.to_tuple()))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        suppliers = File(payload=BytesIO(d.pop("suppliers")))

        supplier_load_request = cls(
            suppliers=suppliers,
        )

        return supplier_load_request
