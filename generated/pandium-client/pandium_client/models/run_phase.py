from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, EmptyDictUntilSet, Unset

T = TypeVar("T", bound="RunPhase")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "phase",
        "startTime",
        "completionTime",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class RunPhase:
    """Execution state of a run (inferred shape).

    Attributes:
        phase (None | str | Unset): Execution phase, e.g. `Pending`, `Running`, `Succeeded`, `Failed` or `Error`.
        start_time (None | str | Unset): When execution started, as reported by the executor.
        completion_time (None | str | Unset): When execution finished, as reported by the executor.
    """

    phase: None | str | Unset = UNSET
    start_time: None | str | Unset = UNSET
    completion_time: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phase: None | str | Unset
        if isinstance(self.phase, Unset):
            phase = UNSET
        else:
            phase = self.phase

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        completion_time: None | str | Unset
        if isinstance(self.completion_time, Unset):
            completion_time = UNSET
        else:
            completion_time = self.completion_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phase is not UNSET:
            field_dict["phase"] = phase
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if completion_time is not UNSET:
            field_dict["completionTime"] = completion_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        self = _new_instance(RunPhase)
        self.phase = get("phase", UNSET)

        self.start_time = get("startTime", UNSET)

        self.completion_time = get("completionTime", UNSET)

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is RunPhase:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        run_phase = cls(
            self.phase,
            self.start_time,
            self.completion_time,
        )
        run_phase.additional_properties = self.additional_properties
        return run_phase

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


setattr(RunPhase, "additional_properties", EmptyDictUntilSet(vars(RunPhase)["additional_properties"]))
