from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, EmptyDictUntilSet, Unset

T = TypeVar("T", bound="Flag")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "id",
        "flag_color",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class Flag:
    """A marketplace flag shown on the integration's card (e.g. "Beta").

    Attributes:
        name (str): Flag label.
        id (int): Flag id.
        flag_color (None | str | Unset): Display colour of the flag.
    """

    name: str
    id: int
    flag_color: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        flag_color: None | str | Unset
        if isinstance(self.flag_color, Unset):
            flag_color = UNSET
        else:
            flag_color = self.flag_color

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "id": id,
            }
        )
        if flag_color is not UNSET:
            field_dict["flag_color"] = flag_color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        self = _new_instance(Flag)
        self.name = src_dict["name"]

        self.id = src_dict["id"]

        self.flag_color = get("flag_color", UNSET)

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is Flag:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        flag = cls(
            self.name,
            self.id,
            self.flag_color,
        )
        flag.additional_properties = self.additional_properties
        return flag

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


setattr(Flag, "additional_properties", EmptyDictUntilSet(vars(Flag)["additional_properties"]))
