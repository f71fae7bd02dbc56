from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.approval_status import ApprovalStatus
from ..types import UNSET, EmptyDictUntilSet, Unset, parse_date_time

T = TypeVar("T", bound="Approval")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "status",
        "by",
        "update_ts",
        "reason",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class Approval:
    """Approval state of a supplier. The sources list the fields (status, by, update_ts, reason) but no required one, so
    none is declared.

        Attributes:
            status (ApprovalStatus | Unset): Approval status of a supplier.
            by (None | str | Unset): Who set the status (user e-mail or name).
            update_ts (datetime.datetime | None | Unset): When the status was last set.
            reason (None | str | Unset): Free-text reason for the status.
    """

    status: ApprovalStatus | Unset = UNSET
    by: None | str | Unset = UNSET
    update_ts: datetime.datetime | None | Unset = UNSET
    reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        by: None | str | Unset
        if isinstance(self.by, Unset):
            by = UNSET
        else:
            by = self.by

        update_ts: None | str | Unset
        if isinstance(self.update_ts, Unset):
            update_ts = UNSET
        elif isinstance(self.update_ts, datetime.datetime):
            update_ts = self.update_ts.isoformat()
        else:
            update_ts = self.update_ts

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if by is not UNSET:
            field_dict["by"] = by
        if update_ts is not UNSET:
            field_dict["update_ts"] = update_ts
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        self = _new_instance(Approval)
        _status = get("status", UNSET)
        self.status = UNSET if _status is UNSET else ApprovalStatus(_status)

        self.by = get("by", UNSET)

        def _parse_update_ts(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                update_ts_type_0 = parse_date_time(data)

                return update_ts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        update_ts = _parse_update_ts(get("update_ts", UNSET))

        self.update_ts = update_ts

        self.reason = get("reason", UNSET)

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is Approval:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        approval = cls(
            self.status,
            self.by,
            self.update_ts,
            self.reason,
        )
        approval.additional_properties = self.additional_properties
        return approval

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


setattr(Approval, "additional_properties", EmptyDictUntilSet(vars(Approval)["additional_properties"]))
