from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.registration_routing import RegistrationRouting
    from ..models.requesting_company_summary import RequestingCompanySummary


T = TypeVar("T", bound="NewVendorRequest")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "request_status",
        "request_type",
        "requesting_company",
        "ts",
        "last_submitted_ts",
        "is_resubmitted",
        "user_can_approve",
        "user_can_bypass",
        "pending_approvers",
        "latest_sent_msg_id",
        "registration_routing",
        "tags",
    }
)


@_attrs_define
class NewVendorRequest:
    """A new vendor request (vendor registration) as listed; the details endpoint returns all fields.

    Attributes:
        id (int): Unique identifier of the new vendor request.
        request_status (str): Display name of the request status: Pending, Approved, Processed, Connected, Rejected or
            Returned.
        request_type (str): Display name of the registration type: Full, Partial or Edit.
        requesting_company (RequestingCompanySummary | Unset): Identifier and name of the company that submitted the
            registration.
        ts (datetime.datetime | Unset): When the request was first created.
        last_submitted_ts (datetime.datetime | None | Unset): When the payee last submitted the request.
        is_resubmitted (bool | Unset): Whether the request was returned to the payee and resubmitted.
        user_can_approve (bool | Unset): Whether the calling user may approve the request.
        user_can_bypass (bool | Unset): Whether the calling user may bypass the approval workflow.
        pending_approvers (list[Any] | Unset): Approvers the request still waits for (item shape not documented).
        latest_sent_msg_id (int | None | Unset): Identifier of the latest message sent about the request, or null.
        registration_routing (RegistrationRouting | Unset): How the registration is routed into the ERP (e.g. which
            existing vendor record an edit overwrites).
        tags (list[Any] | Unset): Tags attached to the request (item shape not documented here).
    """

    id: int
    request_status: str
    request_type: str
    requesting_company: RequestingCompanySummary | Unset = UNSET
    ts: datetime.datetime | Unset = UNSET
    last_submitted_ts: datetime.datetime | None | Unset = UNSET
    is_resubmitted: bool | Unset = UNSET
    user_can_approve: bool | Unset = UNSET
    user_can_bypass: bool | Unset = UNSET
    pending_approvers: list[Any] | Unset = UNSET
    latest_sent_msg_id: int | None | Unset = UNSET
    registration_routing: RegistrationRouting | Unset = UNSET
    tags: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        request_status = self.request_status

        request_type = self.request_type

        requesting_company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.requesting_company, Unset):
            requesting_company = self.requesting_company.to_dict()

        ts: str | Unset = UNSET
        if not isinstance(self.ts, Unset):
            ts = self.ts.isoformat()

        last_submitted_ts: None | str | Unset
        if isinstance(self.last_submitted_ts, Unset):
            last_submitted_ts = UNSET
        elif isinstance(self.last_submitted_ts, datetime.datetime):
            last_submitted_ts = self.last_submitted_ts.isoformat()
        else:
            last_submitted_ts = self.last_submitted_ts

        is_resubmitted = self.is_resubmitted

        user_can_approve = self.user_can_approve

        user_can_bypass = self.user_can_bypass

        pending_approvers: list[Any] | Unset = UNSET
        if not isinstance(self.pending_approvers, Unset):
            pending_approvers = self.pending_approvers

        latest_sent_msg_id: int | None | Unset
        if isinstance(self.latest_sent_msg_id, Unset):
            latest_sent_msg_id = UNSET
        else:
            latest_sent_msg_id = self.latest_sent_msg_id

        registration_routing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.registration_routing, Unset):
            registration_routing = self.registration_routing.to_dict()

        tags: list[Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "request_status": request_status,
                "request_type": request_type,
            }
        )
        if requesting_company is not UNSET:
            field_dict["requesting_company"] = requesting_company
        if ts is not UNSET:
            field_dict["ts"] = ts
        if last_submitted_ts is not UNSET:
            field_dict["last_submitted_ts"] = last_submitted_ts
        if is_resubmitted is not UNSET:
            field_dict["is_resubmitted"] = is_resubmitted
        if user_can_approve is not UNSET:
            field_dict["user_can_approve"] = user_can_approve
        if user_can_bypass is not UNSET:
            field_dict["user_can_bypass"] = user_can_bypass
        if pending_approvers is not UNSET:
            field_dict["pending_approvers"] = pending_approvers
        if latest_sent_msg_id is not UNSET:
            field_dict["latest_sent_msg_id"] = latest_sent_msg_id
        if registration_routing is not UNSET:
            field_dict["registration_routing"] = registration_routing
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.registration_routing import RegistrationRouting  # noqa: PLC0415
        from ..models.requesting_company_summary import RequestingCompanySummary  # noqa: PLC0415

        get = src_dict.get
        id = src_dict["id"]

        request_status = src_dict["request_status"]

        request_type = src_dict["request_type"]

        _requesting_company = get("requesting_company", UNSET)
        requesting_company: RequestingCompanySummary | Unset = (
            UNSET if _requesting_company is UNSET else RequestingCompanySummary.from_dict(_requesting_company)
        )

        _ts = get("ts", UNSET)
        ts: datetime.datetime | Unset = UNSET if _ts is UNSET else datetime.datetime.fromisoformat(_ts)

        def _parse_last_submitted_ts(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_submitted_ts_type_0 = datetime.datetime.fromisoformat(data)

                return last_submitted_ts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_submitted_ts = _parse_last_submitted_ts(get("last_submitted_ts", UNSET))

        is_resubmitted = get("is_resubmitted", UNSET)

        user_can_approve = get("user_can_approve", UNSET)

        user_can_bypass = get("user_can_bypass", UNSET)

        pending_approvers = get("pending_approvers", UNSET)

        latest_sent_msg_id = get("latest_sent_msg_id", UNSET)

        _registration_routing = get("registration_routing", UNSET)
        registration_routing: RegistrationRouting | Unset = (
            UNSET if _registration_routing is UNSET else RegistrationRouting.from_dict(_registration_routing)
        )

        tags = get("tags", UNSET)

        new_vendor_request = cls(
            id,
            request_status,
            request_type,
            requesting_company,
            ts,
            last_submitted_ts,
            is_resubmitted,
            user_can_approve,
            user_can_bypass,
            pending_approvers,
            latest_sent_msg_id,
            registration_routing,
            tags,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            new_vendor_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return new_vendor_request

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
