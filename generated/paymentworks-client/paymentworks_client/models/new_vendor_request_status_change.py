from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.new_vendor_request_status_code import NewVendorRequestStatusCode

T = TypeVar("T", bound="NewVendorRequestStatusChange")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__


@_attrs_define
class NewVendorRequestStatusChange:
    """One entry of a bulk status change.

    Attributes:
        id (int): Identifier of the new vendor request to change.
        request_status (NewVendorRequestStatusCode): New vendor request status: 0 Pending, 1 Approved, 2 Processed, 3
            Connected, 4 Rejected, 5 Returned.
    """

    id: int
    request_status: NewVendorRequestStatusCode

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        request_status = self.request_status.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "request_status": request_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        self = _new_instance(NewVendorRequestStatusChange)
        self.id = src_dict["id"]

        self.request_status = NewVendorRequestStatusCode(src_dict["request_status"])

        if cls is NewVendorRequestStatusChange:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        new_vendor_request_status_change = cls(
            self.id,
            self.request_status,
        )
        return new_vendor_request_status_change
