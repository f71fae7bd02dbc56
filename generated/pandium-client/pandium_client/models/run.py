from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, EmptyDictUntilSet, Unset, build_list, parse_date_time

if TYPE_CHECKING:
    from ..models.run_phase import RunPhase
    from ..models.run_trigger import RunTrigger


T = TypeVar("T", bound="Run")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "tenant_id",
        "integration_id",
        "mode",
        "status",
        "triggers",
        "started_date",
        "completed_date",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class Run:
    """A run of a tenant (inferred shape; Pandium documents only that the list exists).

    Attributes:
        id (int): Unique identifier of the run; use it with getRunLog.
        tenant_id (int | None | Unset): Id of the tenant the run belongs to.
        integration_id (int | None | Unset): Id of the integration the run belongs to.
        mode (None | str | Unset): Run mode (`init` or `normal`).
        status (None | RunPhase | Unset): Execution state of the run.
        triggers (list[RunTrigger] | None | Unset): Triggers (debounced together) that requested this run.
        started_date (datetime.datetime | None | Unset): When the run started.
        completed_date (datetime.datetime | None | Unset): When the run completed; null while it is running.
    """

    id: int
    tenant_id: int | None | Unset = UNSET
    integration_id: int | None | Unset = UNSET
    mode: None | str | Unset = UNSET
    status: None | RunPhase | Unset = UNSET
    triggers: list[RunTrigger] | None | Unset = UNSET
    started_date: datetime.datetime | None | Unset = UNSET
    completed_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.run_phase import RunPhase  # noqa: PLC0415

        id = self.id

        tenant_id: int | None | Unset
        if isinstance(self.tenant_id, Unset):
            tenant_id = UNSET
        else:
            tenant_id = self.tenant_id

        integration_id: int | None | Unset
        if isinstance(self.integration_id, Unset):
            integration_id = UNSET
        else:
            integration_id = self.integration_id

        mode: None | str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        else:
            mode = self.mode

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, RunPhase):
            status = self.status.to_dict()
        else:
            status = self.status

        triggers: list[dict[str, Any]] | None | Unset
        if isinstance(self.triggers, Unset):
            triggers = UNSET
        elif isinstance(self.triggers, list):
            triggers = []
            for triggers_type_0_item_data in self.triggers:
                triggers_type_0_item = triggers_type_0_item_data.to_dict()
                triggers.append(triggers_type_0_item)

        else:
            triggers = self.triggers

        started_date: None | str | Unset
        if isinstance(self.started_date, Unset):
            started_date = UNSET
        elif isinstance(self.started_date, datetime.datetime):
            started_date = self.started_date.isoformat()
        else:
            started_date = self.started_date

        completed_date: None | str | Unset
        if isinstance(self.completed_date, Unset):
            completed_date = UNSET
        elif isinstance(self.completed_date, datetime.datetime):
            completed_date = self.completed_date.isoformat()
        else:
            completed_date = self.completed_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if tenant_id is not UNSET:
            field_dict["tenant_id"] = tenant_id
        if integration_id is not UNSET:
            field_dict["integration_id"] = integration_id
        if mode is not UNSET:
            field_dict["mode"] = mode
        if status is not UNSET:
            field_dict["status"] = status
        if triggers is not UNSET:
            field_dict["triggers"] = triggers
        if started_date is not UNSET:
            field_dict["started_date"] = started_date
        if completed_date is not UNSET:
            field_dict["completed_date"] = completed_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.run_phase import RunPhase  # noqa: PLC0415
        from ..models.run_trigger import RunTrigger  # noqa: PLC0415

        get = src_dict.get
        self = _new_instance(Run)
        self.id = src_dict["id"]

        self.tenant_id = get("tenant_id", UNSET)

        self.integration_id = get("integration_id", UNSET)

        self.mode = get("mode", UNSET)

        def _parse_status(data: object) -> None | RunPhase | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_type_0 = RunPhase.from_dict(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RunPhase | Unset, data)

        status = _parse_status(get("status", UNSET))

        self.status = status

        def _parse_triggers(data: object) -> list[RunTrigger] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                triggers_type_0 = build_list(RunTrigger.from_dict, data)

                return triggers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RunTrigger] | None | Unset, data)

        triggers = _parse_triggers(get("triggers", UNSET))

        self.triggers = triggers

        def _parse_started_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_date_type_0 = parse_date_time(data)

                return started_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_date = _parse_started_date(get("started_date", UNSET))

        self.started_date = started_date

        def _parse_completed_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_date_type_0 = parse_date_time(data)

                return completed_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_date = _parse_completed_date(get("completed_date", UNSET))

        self.completed_date = completed_date

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is Run:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        run = cls(
            self.id,
            self.tenant_id,
            self.integration_id,
            self.mode,
            self.status,
            self.triggers,
            self.started_date,
            self.completed_date,
        )
        run.additional_properties = self.additional_properties
        return run

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


setattr(Run, "additional_properties", EmptyDictUntilSet(vars(Run)["additional_properties"]))
