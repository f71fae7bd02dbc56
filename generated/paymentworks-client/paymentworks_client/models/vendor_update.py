from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, EmptyDictUntilSet, Unset, build_list, parse_date_time

if TYPE_CHECKING:
    from ..models.field_change import FieldChange
    from ..models.vendor_number import VendorNumber
    from ..models.vendor_update_metadata import VendorUpdateMetadata


T = TypeVar("T", bound="VendorUpdate")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "ts",
        "status_ts",
        "vendor_nums",
        "vendor_name",
        "group_name",
        "from_value_display",
        "to_value_display",
        "status",
        "field_changes",
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
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class VendorUpdate:
    """A change a registered vendor made to its profile, awaiting or past approval. Only `id` is required: the document
    says each update is identified by it; its sample shows the other fields, which no source says are always present.

        Attributes:
            id (int): Numeric identifier of the update.
            ts (datetime.datetime | Unset): When the update was created.
            status_ts (datetime.datetime | None | Unset): When the status of the update last changed.
            vendor_nums (list[VendorNumber] | Unset): ERP vendor numbers (with their site codes) of the vendor being
                updated; empty when the vendor is not connected.
            vendor_name (str | Unset): Name of the vendor being updated.
            group_name (str | Unset): Display name of the group of fields the update belongs to, e.g. "Company" (the filter
                takes the code, e.g. `company`).
            from_value_display (str | Unset): Human-readable summary of the values before the change.
            to_value_display (str | Unset): Human-readable summary of the values after the change.
            status (str | Unset): Display name of the update status: Pending, Approved, Rejected, Processed or Promoted.
            field_changes (list[FieldChange] | Unset): The individual field changes of this update.
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
    ts: datetime.datetime | Unset = UNSET
    status_ts: datetime.datetime | None | Unset = UNSET
    vendor_nums: list[VendorNumber] | Unset = UNSET
    vendor_name: str | Unset = UNSET
    group_name: str | Unset = UNSET
    from_value_display: str | Unset = UNSET
    to_value_display: str | Unset = UNSET
    status: str | Unset = UNSET
    field_changes: list[FieldChange] | Unset = UNSET
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

        ts: str | Unset = UNSET
        if not isinstance(self.ts, Unset):
            ts = self.ts.isoformat()

        status_ts: None | str | Unset
        if isinstance(self.status_ts, Unset):
            status_ts = UNSET
        elif isinstance(self.status_ts, datetime.datetime):
            status_ts = self.status_ts.isoformat()
        else:
            status_ts = self.status_ts

        vendor_nums: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vendor_nums, Unset):
            vendor_nums = []
            for vendor_nums_item_data in self.vendor_nums:
                vendor_nums_item = vendor_nums_item_data.to_dict()
                vendor_nums.append(vendor_nums_item)

        vendor_name = self.vendor_name

        group_name = self.group_name

        from_value_display = self.from_value_display

        to_value_display = self.to_value_display

        status = self.status

        field_changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.field_changes, Unset):
            field_changes = []
            for field_changes_item_data in self.field_changes:
                field_changes_item = field_changes_item_data.to_dict()
                field_changes.append(field_changes_item)

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
            }
        )
        if ts is not UNSET:
            field_dict["ts"] = ts
        if status_ts is not UNSET:
            field_dict["status_ts"] = status_ts
        if vendor_nums is not UNSET:
            field_dict["vendor_nums"] = vendor_nums
        if vendor_name is not UNSET:
            field_dict["vendor_name"] = vendor_name
        if group_name is not UNSET:
            field_dict["group_name"] = group_name
        if from_value_display is not UNSET:
            field_dict["from_value_display"] = from_value_display
        if to_value_display is not UNSET:
            field_dict["to_value_display"] = to_value_display
        if status is not UNSET:
            field_dict["status"] = status
        if field_changes is not UNSET:
            field_dict["field_changes"] = field_changes
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
        self = _new_instance(VendorUpdate)
        self.id = src_dict["id"]

        _ts = get("ts", UNSET)
        self.ts = UNSET if _ts is UNSET else parse_date_time(_ts)

        def _parse_status_ts(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_ts_type_0 = parse_date_time(data)

                return status_ts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        status_ts = _parse_status_ts(get("status_ts", UNSET))

        self.status_ts = status_ts

        _vendor_nums = get("vendor_nums", UNSET)
        vendor_nums: list[VendorNumber] | Unset = UNSET
        if _vendor_nums is not UNSET:
            vendor_nums = build_list(VendorNumber.from_dict, _vendor_nums)

        self.vendor_nums = vendor_nums

        self.vendor_name = get("vendor_name", UNSET)

        self.group_name = get("group_name", UNSET)

        self.from_value_display = get("from_value_display", UNSET)

        self.to_value_display = get("to_value_display", UNSET)

        self.status = get("status", UNSET)

        _field_changes = get("field_changes", UNSET)
        field_changes: list[FieldChange] | Unset = UNSET
        if _field_changes is not UNSET:
            field_changes = build_list(FieldChange.from_dict, _field_changes)

        self.field_changes = field_changes

        self.user_can_approve = get("user_can_approve", UNSET)

        self.pending_approvers = get("pending_approvers", UNSET)

        self.user_can_skip = get("user_can_skip", UNSET)

        self.user_can_bypass = get("user_can_bypass", UNSET)

        self.addr_validated = get("addr_validated", UNSET)

        self.bank_validation_status_display = get("bank_validation_status_display", UNSET)

        self.bank_verification_reason_context = get("bank_verification_reason_context", UNSET)

        self.bank_verification_note = get("bank_verification_note", UNSET)

        _metadata = get("metadata", UNSET)
        self.metadata = UNSET if _metadata is UNSET else VendorUpdateMetadata.from_dict(_metadata)

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is VendorUpdate:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        vendor_update = cls(
            self.id,
            self.ts,
            self.status_ts,
            self.vendor_nums,
            self.vendor_name,
            self.group_name,
            self.from_value_display,
            self.to_value_display,
            self.status,
            self.field_changes,
            self.user_can_approve,
            self.pending_approvers,
            self.user_can_skip,
            self.user_can_bypass,
            self.addr_validated,
            self.bank_validation_status_display,
            self.bank_verification_reason_context,
            self.bank_verification_note,
            self.metadata,
        )
        vendor_update.additional_properties = self.additional_properties
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


setattr(VendorUpdate, "additional_properties", EmptyDictUntilSet(vars(VendorUpdate)["additional_properties"]))
