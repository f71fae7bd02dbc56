from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, EmptyDictUntilSet, Unset, build_list

if TYPE_CHECKING:
    from ..models.contact import Contact


T = TypeVar("T", bound="ContactCollection")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "cursor",
        "items",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class ContactCollection:
    """One set of Contacts from cursor-based retrieval (e-conomic's CursorResults), at most `x-cursor-page-size` items.
    `cursor` is absent on the last set.

        Attributes:
            cursor (None | str | Unset): Use this continuation cursor in a request back to continue the list. In case there
                are no more items to retrieve, the cursor is not returned at all.
            items (list[Contact] | None | Unset): The Contacts of this set. Max number of items returned is 1000.
    """

    cursor: None | str | Unset = UNSET
    items: list[Contact] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cursor: None | str | Unset
        if isinstance(self.cursor, Unset):
            cursor = UNSET
        else:
            cursor = self.cursor

        items: list[dict[str, Any]] | None | Unset
        if isinstance(self.items, Unset):
            items = UNSET
        elif isinstance(self.items, list):
            items = []
            for items_type_0_item_data in self.items:
                items_type_0_item = items_type_0_item_data.to_dict()
                items.append(items_type_0_item)

        else:
            items = self.items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact import Contact  # noqa: PLC0415

        get = src_dict.get
        self = _new_instance(ContactCollection)
        self.cursor = get("cursor", UNSET)

        def _parse_items(data: object) -> list[Contact] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                items_type_0 = build_list(Contact.from_dict, data)

                return items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Contact] | None | Unset, data)

        items = _parse_items(get("items", UNSET))

        self.items = items

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is ContactCollection:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        contact_collection = cls(
            self.cursor,
            self.items,
        )
        contact_collection.additional_properties = self.additional_properties
        return contact_collection

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


setattr(ContactCollection, "additional_properties", EmptyDictUntilSet(vars(ContactCollection)["additional_properties"]))
