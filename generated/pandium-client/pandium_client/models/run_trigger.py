from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, EmptyDictUntilSet, Unset, parse_date_time

if TYPE_CHECKING:
    from ..models.run_trigger_payload import RunTriggerPayload


T = TypeVar("T", bound="RunTrigger")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "created_date",
        "mode",
        "source",
        "payload",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class RunTrigger:
    """A trigger that requested a run (inferred shape).

    Attributes:
        id (int): Trigger id.
        created_date (datetime.datetime | None | Unset): When the trigger was created.
        mode (None | str | Unset): Requested mode (`init` or `normal`).
        source (None | str | Unset): What created the trigger (e.g. `api`, `schedule`).
        payload (None | RunTriggerPayload | Unset): Body sent with the sync request, if any.
    """

    id: int
    created_date: datetime.datetime | None | Unset = UNSET
    mode: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    payload: None | RunTriggerPayload | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.run_trigger_payload import RunTriggerPayload  # noqa: PLC0415

        id = self.id

        created_date: None | str | Unset
        if isinstance(self.created_date, Unset):
            created_date = UNSET
        elif isinstance(self.created_date, datetime.datetime):
            created_date = self.created_date.isoformat()
        else:
            created_date = self.created_date

        mode: None | str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        else:
            mode = self.mode

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        payload: dict[str, Any] | None | Unset
        if isinstance(self.payload, Unset):
            payload = UNSET
        elif isinstance(self.payload, RunTriggerPayload):
            payload = self.payload.to_dict()
        else:
            payload = self.payload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if created_date is not UNSET:
            field_dict["created_date"] = created_date
        if mode is not UNSET:
            field_dict["mode"] = mode
        if source is not UNSET:
            field_dict["source"] = source
        if payload is not UNSET:
            field_dict["payload"] = payload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.run_trigger_payload import RunTriggerPayload  # noqa: PLC0415

        get = src_dict.get
        self = _new_instance(RunTrigger)
        self.id = src_dict["id"]

        def _parse_created_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_date_type_0 = parse_date_time(data)

                return created_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_date = _parse_created_date(get("created_date", UNSET))

        self.created_date = created_date

        self.mode = get("mode", UNSET)

        self.source = get("source", UNSET)

        def _parse_payload(data: object) -> None | RunTriggerPayload | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payload_type_0 = RunTriggerPayload.from_dict(data)

                return payload_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RunTriggerPayload | Unset, data)

        payload = _parse_payload(get("payload", UNSET))

        self.payload = payload

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is RunTrigger:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        run_trigger = cls(
            self.id,
            self.created_date,
            self.mode,
            self.source,
            self.payload,
        )
        run_trigger.additional_properties = self.additional_properties
        return run_trigger

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


setattr(RunTrigger, "additional_properties", EmptyDictUntilSet(vars(RunTrigger)["additional_properties"]))
