from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_name import WebhookEventName
from ..types import UNSET, EmptyDictUntilSet, Unset, parse_date_time

if TYPE_CHECKING:
    from ..models.supplier_event_data import SupplierEventData


T = TypeVar("T", bound="SupplierEvent")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "event",
        "supplier_id",
        "event_time",
        "data",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class SupplierEvent:
    """Body of an event request (inferred shape). Verify its signature on the raw bytes.

    Attributes:
        event (WebhookEventName): An event you can subscribe to (inferred names).
        supplier_id (str): Id of the supplier the event is about.
        event_time (datetime.datetime | Unset): When the event happened.
        data (SupplierEventData | Unset): Event-specific details (e.g. the new score or approval status).
    """

    event: WebhookEventName
    supplier_id: str
    event_time: datetime.datetime | Unset = UNSET
    data: SupplierEventData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event.value

        supplier_id = self.supplier_id

        event_time: str | Unset = UNSET
        if not isinstance(self.event_time, Unset):
            event_time = self.event_time.isoformat()

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "supplier_id": supplier_id,
            }
        )
        if event_time is not UNSET:
            field_dict["event_time"] = event_time
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.supplier_event_data import SupplierEventData  # noqa: PLC0415

        get = src_dict.get
        self = _new_instance(SupplierEvent)
        self.event = WebhookEventName(src_dict["event"])

        self.supplier_id = src_dict["supplier_id"]

        _event_time = get("event_time", UNSET)
        self.event_time = UNSET if _event_time is UNSET else parse_date_time(_event_time)

        _data = get("data", UNSET)
        self.data = UNSET if _data is UNSET else SupplierEventData.from_dict(_data)

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is SupplierEvent:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        supplier_event = cls(
            self.event,
            self.supplier_id,
            self.event_time,
            self.data,
        )
        supplier_event.additional_properties = self.additional_properties
        return supplier_event

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


setattr(SupplierEvent, "additional_properties", EmptyDictUntilSet(vars(SupplierEvent)["additional_properties"]))
