from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import EmptyDictUntilSet

if TYPE_CHECKING:
    from ..models.stream_failures import StreamFailures
    from ..models.stream_successes import StreamSuccesses


T = TypeVar("T", bound="StreamDataResult")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "sucessos",
        "falhas",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class StreamDataResult:
    """Answer of sendStreamData.

    Attributes:
        sucessos (StreamSuccesses): Operations of the batch that were processed successfully.
        falhas (StreamFailures): Operations of the batch that failed.
    """

    sucessos: StreamSuccesses
    falhas: StreamFailures
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sucessos = self.sucessos.to_dict()

        falhas = self.falhas.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sucessos": sucessos,
                "falhas": falhas,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stream_failures import StreamFailures  # noqa: PLC0415
        from ..models.stream_successes import StreamSuccesses  # noqa: PLC0415

        self = _new_instance(StreamDataResult)
        self.sucessos = StreamSuccesses.from_dict(src_dict["sucessos"])

        self.falhas = StreamFailures.from_dict(src_dict["falhas"])

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is StreamDataResult:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        stream_data_result = cls(
            self.sucessos,
            self.falhas,
        )
        stream_data_result.additional_properties = self.additional_properties
        return stream_data_result

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


setattr(StreamDataResult, "additional_properties", EmptyDictUntilSet(vars(StreamDataResult)["additional_properties"]))
