from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, EmptyDictUntilSet, Unset, parse_date_time

if TYPE_CHECKING:
    from ..models.requesting_company import RequestingCompany


T = TypeVar("T", bound="NewVendorRequestDetails")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "ts",
        "request_status",
        "request_type",
        "requesting_company",
        "status_ts",
        "is_resubmitted",
        "last_submitted_ts",
        "exported_ts",
        "num_submits",
        "ip_address",
        "requested_by",
        "customer",
        "matched_supplier",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class NewVendorRequestDetails:
    """All core fields of a new vendor request. Payer-specific custom form fields are not
    enumerated by PaymentWorks; they arrive as additional properties of this object.

        Attributes:
            id (int): Unique identifier of the new vendor request.
            ts (datetime.datetime): When the request was first created.
            request_status (str): Display name of the request status: Pending, Approved, Processed, Connected, Rejected or
                Returned.
            request_type (str): Display name of the registration type: Full, Partial or Edit.
            requesting_company (RequestingCompany): The company that submitted the registration, with its tax data and
                remittance addresses. Further documented company fields arrive as additional properties.
            status_ts (datetime.datetime | None | Unset): When the request status last changed.
            is_resubmitted (bool | Unset): Whether the request was returned to the payee and resubmitted.
            last_submitted_ts (datetime.datetime | None | Unset): When the payee last submitted the request.
            exported_ts (datetime.datetime | None | Unset): When the request was last exported, or null if never.
            num_submits (int | Unset): How many times the payee submitted the request.
            ip_address (None | str | Unset): IP address the request was submitted from, when recorded.
            requested_by (int | None | Unset): Identifier of the PaymentWorks user who submitted the request.
            customer (int | Unset): Identifier of the payer (customer) account the request was submitted to.
            matched_supplier (int | None | Unset): Identifier of the loaded ERP supplier the request was matched to, or
                null.
    """

    id: int
    ts: datetime.datetime
    request_status: str
    request_type: str
    requesting_company: RequestingCompany
    status_ts: datetime.datetime | None | Unset = UNSET
    is_resubmitted: bool | Unset = UNSET
    last_submitted_ts: datetime.datetime | None | Unset = UNSET
    exported_ts: datetime.datetime | None | Unset = UNSET
    num_submits: int | Unset = UNSET
    ip_address: None | str | Unset = UNSET
    requested_by: int | None | Unset = UNSET
    customer: int | Unset = UNSET
    matched_supplier: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ts = self.ts.isoformat()

        request_status = self.request_status

        request_type = self.request_type

        requesting_company = self.requesting_company.to_dict()

        status_ts: None | str | Unset
        if isinstance(self.status_ts, Unset):
            status_ts = UNSET
        elif isinstance(self.status_ts, datetime.datetime):
            status_ts = self.status_ts.isoformat()
        else:
            status_ts = self.status_ts

        is_resubmitted = self.is_resubmitted

        last_submitted_ts: None | str | Unset
        if isinstance(self.last_submitted_ts, Unset):
            last_submitted_ts = UNSET
        elif isinstance(self.last_submitted_ts, datetime.datetime):
            last_submitted_ts = self.last_submitted_ts.isoformat()
        else:
            last_submitted_ts = self.last_submitted_ts

        exported_ts: None | str | Unset
        if isinstance(self.exported_ts, Unset):
            exported_ts = UNSET
        elif isinstance(self.exported_ts, datetime.datetime):
            exported_ts = self.exported_ts.isoformat()
        else:
            exported_ts = self.exported_ts

        num_submits = self.num_submits

        ip_address: None | str | Unset
        if isinstance(self.ip_address, Unset):
            ip_address = UNSET
        else:
            ip_address = self.ip_address

        requested_by: int | None | Unset
        if isinstance(self.requested_by, Unset):
            requested_by = UNSET
        else:
            requested_by = self.requested_by

        customer = self.customer

        matched_supplier: int | None | Unset
        if isinstance(self.matched_supplier, Unset):
            matched_supplier = UNSET
        else:
            matched_supplier = self.matched_supplier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "ts": ts,
                "request_status": request_status,
                "request_type": request_type,
                "requesting_company": requesting_company,
            }
        )
        if status_ts is not UNSET:
            field_dict["status_ts"] = status_ts
        if is_resubmitted is not UNSET:
            field_dict["is_resubmitted"] = is_resubmitted
        if last_submitted_ts is not UNSET:
            field_dict["last_submitted_ts"] = last_submitted_ts
        if exported_ts is not UNSET:
            field_dict["exported_ts"] = exported_ts
        if num_submits is not UNSET:
            field_dict["num_submits"] = num_submits
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        if requested_by is not UNSET:
            field_dict["requested_by"] = requested_by
        if customer is not UNSET:
            field_dict["customer"] = customer
        if matched_supplier is not UNSET:
            field_dict["matched_supplier"] = matched_supplier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.requesting_company import RequestingCompany  # noqa: PLC0415

        get = src_dict.get
        self = _new_instance(NewVendorRequestDetails)
        self.id = src_dict["id"]

        self.ts = parse_date_time(src_dict["ts"])

        self.request_status = src_dict["request_status"]

        self.request_type = src_dict["request_type"]

        self.requesting_company = RequestingCompany.from_dict(src_dict["requesting_company"])

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

        self.is_resubmitted = get("is_resubmitted", UNSET)

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

        def _parse_exported_ts(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                exported_ts_type_0 = parse_date_time(data)

                return exported_ts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        exported_ts = _parse_exported_ts(get("exported_ts", UNSET))

        self.exported_ts = exported_ts

        self.num_submits = get("num_submits", UNSET)

        self.ip_address = get("ip_address", UNSET)

        self.requested_by = get("requested_by", UNSET)

        self.customer = get("customer", UNSET)

        self.matched_supplier = get("matched_supplier", UNSET)

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is NewVendorRequestDetails:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        new_vendor_request_details = cls(
            self.id,
            self.ts,
            self.request_status,
            self.request_type,
            self.requesting_company,
            self.status_ts,
            self.is_resubmitted,
            self.last_submitted_ts,
            self.exported_ts,
            self.num_submits,
            self.ip_address,
            self.requested_by,
            self.customer,
            self.matched_supplier,
        )
        new_vendor_request_details.additional_properties = self.additional_properties
        return new_vendor_request_details

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
    NewVendorRequestDetails,
    "additional_properties",
    EmptyDictUntilSet(vars(NewVendorRequestDetails)["additional_properties"]),
)
