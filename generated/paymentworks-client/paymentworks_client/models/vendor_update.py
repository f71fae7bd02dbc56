from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_change import FieldChange
    from ..models.vendor_number import VendorNumber
    from ..models.vendor_update_metadata import VendorUpdateMetadata


T = TypeVar("T", bound="VendorUpdate")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "ts",
        "vendor_nums",
        "vendor_name",
        "group_name",
        "status",
        "field_changes",
        "status_ts",
        "from_value_display",
        "to_value_display",
        "user_can_approve",
        "pending_approvers",
        "user_can_skip",
        "user_can_bypass",
        "addr_validated",
        "bank_validation_status_display",
        "bank_verification_reason_context",
        "bank_verification_note",
        "metadata",
    }
)


@_attrs_define
class VendorUpdate:
    """A change a registered vendor made to its profile, awaiting or past approval.

    Attributes:
        id (int): Numeric identifier of the update.
        ts (datetime.datetime): When the update was created.
        vendor_nums (list[VendorNumber]): ERP vendor numbers (with their site codes) of the vendor being updated; empty
            when the vendor is not connected.
        vendor_name (str): Name of the vendor being updated.
        group_name (str): Display name of the group of fields the update belongs to, e.g. "Company" (the filter takes
            the code, e.g. `company`).
        status (str): Display name of the update status: Pending, Approved, Rejected, Processed or Promoted.
        field_changes (list[FieldChange]): The individual field changes of this update.
        status_ts (datetime.datetime | None | Unset): When the status of the update last changed.
        from_value_display (str | Unset): Human-readable summary of the values before the change.
        to_value_display (str | Unset): Human-readable summary of the values after the change.
        user_can_approve (bool | Unset): Whether the calling user may approve the update.
        pending_approvers (list[Any] | Unset): Approvers the update still waits for (item shape not documented).
        user_can_skip (bool | Unset): Whether the calling user may skip the approval step.
        user_can_bypass (bool | Unset): Whether the calling user may bypass the approval workflow.
        addr_validated (bool | None | Unset): Result of address validation, or null when not validated.
        bank_validation_status_display (str | Unset): Display text of the bank account validation status (empty when
            none).
        bank_verification_reason_context (None | str | Unset): Context of the bank verification reason, if any.
        bank_verification_note (None | str | Unset): Note recorded during bank verification, if any.
        metadata (VendorUpdateMetadata | Unset): Free-form metadata attached to the update.
    """

    id: int
    ts: datetime.datetime
    vendor_nums: list[VendorNumber]
    vendor_name: str
    group_name: str
    status: str
    field_changes: list[FieldChange]
    status_ts: datetime.datetime | None | Unset = UNSET
    from_value_display: str | Unset = UNSET
    to_value_display: str | Unset = UNSET
    user_can_approve: bool | Unset = UNSET
    pending_approvers: list[Any] | Unset = UNSET
    user_can_skip: bool | Unset = UNSET
    user_can_bypass: bool | Unset = UNSET
    addr_validated: bool | None | Unset = UNSET
    bank_validation_status_display: str | Unset = UNSET
    bank_verification_reason_context: None | str | Unset = UNSET
    bank_verification_note: None | str | Unset = UNSET
    metadata: VendorUpdateMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ts = self.ts.isoformat()

        vendor_nums = []
        for vendor_nums_item_data in self.vendor_nums:
            vendor_nums_item = vendor_nums_item_data.to_dict()
            vendor_nums.append(vendor_nums_item)

        vendor_name = self.vendor_name

        group_name = self.group_name

        status = self.status

        field_changes = []
        for field_changes_item_data in self.field_changes:
            field_changes_item = field_changes_item_data.to_dict()
            field_changes.append(field_changes_item)

        status_ts: None | str | Unset
        if isinstance(self.status_ts, Unset):
            status_ts = UNSET
        elif isinstance(self.status_ts, datetime.datetime):
            status_ts = self.status_ts.isoformat()
        else:
            status_ts = self.status_ts

        from_value_display = self.from_value_display

        to_value_display = self.to_value_display

        user_can_approve = self.user_can_approve

        pending_approvers: list[Any] | Unset = UNSET
        if not isinstance(self.pending_approvers, Unset):
            pending_approvers = self.pending_approvers

        user_can_skip = self.user_can_skip

        user_can_bypass = self.user_can_bypass

        addr_validated: bool | None | Unset
        if isinstance(self.addr_validated, Unset):
            addr_validated = UNSET
        else:
            addr_validated = self.addr_validated

        bank_validation_status_display = self.bank_validation_status_display

        bank_verification_reason_context: None | str | Unset
        if isinstance(self.bank_verification_reason_context, Unset):
            bank_verification_reason_context = UNSET
        else:
            bank_verification_reason_context = self.bank_verification_reason_context

        bank_verification_note: None | str | Unset
        if isinstance(self.bank_verification_note, Unset):
            bank_verification_note = UNSET
        else:
            bank_verification_note = self.bank_verification_note

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "ts": ts,
                "vendor_nums": vendor_nums,
                "vendor_name": vendor_name,
                "group_name": group_name,
                "status": status,
                "field_changes": field_changes,
            }
        )
        if status_ts is not UNSET:
            field_dict["status_ts"] = status_ts
        if from_value_display is not UNSET:
            field_dict["from_value_display"] = from_value_display
        if to_value_display is not UNSET:
            field_dict["to_value_display"] = to_value_display
        if user_can_approve is not UNSET:
            field_dict["user_can_approve"] = user_can_approve
        if pending_approvers is not UNSET:
            field_dict["pending_approvers"] = pending_approvers
        if user_can_skip is not UNSET:
            field_dict["user_can_skip"] = user_can_skip
        if user_can_bypass is not UNSET:
            field_dict["user_can_bypass"] = user_can_bypass
        if addr_validated is not UNSET:
            field_dict["addr_validated"] = addr_validated
        if bank_validation_status_display is not UNSET:
            field_dict["bank_validation_status_display"] = bank_validation_status_display
        if bank_verification_reason_context is not UNSET:
            field_dict["bank_verification_reason_context"] = bank_verification_reason_context
        if bank_verification_note is not UNSET:
            field_dict["bank_verification_note"] = bank_verification_note
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_change import FieldChange  # noqa: PLC0415
        from ..models.vendor_number import VendorNumber  # noqa: PLC0415
        from ..models.vendor_update_metadata import VendorUpdateMetadata  # noqa: PLC0415

        get = src_dict.get
        id = src_dict["id"]

        ts = datetime.datetime.fromisoformat(src_dict["ts"])

        vendor_nums = [
            VendorNumber.from_dict(vendor_nums_item_data) for vendor_nums_item_data in src_dict["vendor_nums"]
        ]

        vendor_name = src_dict["vendor_name"]

        group_name = src_dict["group_name"]

        status = src_dict["status"]

        field_changes = [
            FieldChange.from_dict(field_changes_item_data) for field_changes_item_data in src_dict["field_changes"]
        ]

        def _parse_status_ts(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_ts_type_0 = datetime.datetime.fromisoformat(data)

                return status_ts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        status_ts = _parse_status_ts(get("status_ts", UNSET))

        from_value_display = get("from_value_display", UNSET)

        to_value_display = get("to_value_display", UNSET)

        user_can_approve = get("user_can_approve", UNSET)

        pending_approvers = get("pending_approvers", UNSET)

        user_can_skip = get("user_can_skip", UNSET)

        user_can_bypass = get("user_can_bypass", UNSET)

        addr_validated = get("addr_validated", UNSET)

        bank_validation_status_display = get("bank_validation_status_display", UNSET)

        bank_verification_reason_context = get("bank_verification_reason_context", UNSET)

        bank_verification_note = get("bank_verification_note", UNSET)

        _metadata = get("metadata", UNSET)
        metadata: VendorUpdateMetadata | Unset = (
            UNSET if _metadata is UNSET else VendorUpdateMetadata.from_dict(_metadata)
        )

        vendor_update = cls(
            id,
            ts,
            vendor_nums,
            vendor_name,
            group_name,
            status,
            field_changes,
            status_ts,
            from_value_display,
            to_value_display,
            user_can_approve,
            pending_approvers,
            user_can_skip,
            user_can_bypass,
            addr_validated,
            bank_validation_status_display,
            bank_verification_reason_context,
            bank_verification_note,
            metadata,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            vendor_update.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return vendor_update

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
