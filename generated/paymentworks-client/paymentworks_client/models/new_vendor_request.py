from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, EmptyDictUntilSet, Unset, parse_date_time

if TYPE_CHECKING:
    from ..models.requesting_company_summary import RequestingCompanySummary


T = TypeVar("T", bound="NewVendorRequest")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "request_status",
        "request_type",
        "requesting_company",
        "ts",
        "last_submitted_ts",
        "is_resubmitted",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


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
    """

    id: int
    request_status: str
    request_type: str
    requesting_company: RequestingCompanySummary | Unset = UNSET
    ts: datetime.datetime | Unset = UNSET
    last_submitted_ts: datetime.datetime | None | Unset = UNSET
    is_resubmitted: bool | Unset = UNSET
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.requesting_company_summary import RequestingCompanySummary  # noqa: PLC0415

        get = src_dict.get
        self = _new_instance(NewVendorRequest)
        self.id = src_dict["id"]

        self.request_status = src_dict["request_status"]

        self.request_type = src_dict["request_type"]

        _requesting_company = get("requesting_company", UNSET)
        self.requesting_company = (
            UNSET if _requesting_company is UNSET else RequestingCompanySummary.from_dict(_requesting_company)
        )

        _ts = get("ts", UNSET)
        self.ts = UNSET if _ts is UNSET else parse_date_time(_ts)

        def _parse_last_submitted_ts(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_submitted_ts_type_0 = parse_date_time(data)

                return last_submitted_ts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_submitted_ts = _parse_last_submitted_ts(get("last_submitted_ts", UNSET))

        self.last_submitted_ts = last_submitted_ts

        self.is_resubmitted = get("is_resubmitted", UNSET)

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is NewVendorRequest:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        new_vendor_request = cls(
            self.id,
            self.request_status,
            self.request_type,
            self.requesting_company,
            self.ts,
            self.last_submitted_ts,
            self.is_resubmitted,
        )
        new_vendor_request.additional_properties = self.additional_properties
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


setattr(NewVendorRequest, "additional_properties", EmptyDictUntilSet(vars(NewVendorRequest)["additional_properties"]))
