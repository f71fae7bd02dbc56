from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import EmptyDictUntilSet, build_list

if TYPE_CHECKING:
    from ..models.vendor_update import VendorUpdate


T = TypeVar("T", bound="UpdatePage")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "count",
        "next",
        "previous",
        "results",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class UpdatePage:
    """One page of vendor updates (DRF page-number pagination).

    Attributes:
        count (int): Total number of vendor updates matching the filters (all pages).
        next_ (None | str): Absolute URL of the next page, or null on the last page.
        previous (None | str): Absolute URL of the previous page, or null on the first page.
        results (list[VendorUpdate]): The updates of this page (at most `per_page`).
    """

    count: int
    next_: None | str
    previous: None | str
    results: list[VendorUpdate]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        next_: None | str
        next_ = self.next_

        previous: None | str
        previous = self.previous

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "next": next_,
                "previous": previous,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vendor_update import VendorUpdate  # noqa: PLC0415

        self = _new_instance(UpdatePage)
        self.count = src_dict["count"]

        self.next_ = src_dict["next"]

        self.previous = src_dict["previous"]

        results = build_list(VendorUpdate.from_dict, src_dict["results"])

        self.results = results

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is UpdatePage:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        update_page = cls(
            self.count,
            self.next_,
            self.previous,
            self.results,
        )
        update_page.additional_properties = self.additional_properties
        return update_page

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


setattr(UpdatePage, "additional_properties", EmptyDictUntilSet(vars(UpdatePage)["additional_properties"]))
