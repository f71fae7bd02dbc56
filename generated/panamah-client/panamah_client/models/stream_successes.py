from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import EmptyDictUntilSet, build_list

if TYPE_CHECKING:
    from ..models.stream_result_item import StreamResultItem


T = TypeVar("T", bound="StreamSuccesses")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "total",
        "itens",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class StreamSuccesses:
    """Operations of the batch that were processed successfully.

    Attributes:
        total (int): Number of successful operations.
        itens (list[StreamResultItem]): The successful operations.
    """

    total: int
    itens: list[StreamResultItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        itens = []
        for itens_item_data in self.itens:
            itens_item = itens_item_data.to_dict()
            itens.append(itens_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "itens": itens,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stream_result_item import StreamResultItem  # noqa: PLC0415

        self = _new_instance(StreamSuccesses)
        self.total = src_dict["total"]

        itens = build_list(StreamResultItem.from_dict, src_dict["itens"])

        self.itens = itens

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is StreamSuccesses:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        stream_successes = cls(
            self.total,
            self.itens,
        )
        stream_successes.additional_properties = self.additional_properties
        return stream_successes

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


setattr(StreamSuccesses, "additional_properties", EmptyDictUntilSet(vars(StreamSuccesses)["additional_properties"]))
