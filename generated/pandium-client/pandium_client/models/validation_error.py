from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import EmptyDictUntilSet

T = TypeVar("T", bound="ValidationError")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "loc",
        "msg",
        "type",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class ValidationError:
    """One request validation failure.

    Attributes:
        loc (list[int | str]): Path to the invalid input, e.g. `["body", "name"]` or `["query", "limit"]`.
        msg (str): Human-readable message.
        type_ (str): Machine-readable error type.
    """

    loc: list[int | str]
    msg: str
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        loc = []
        for loc_item_data in self.loc:
            loc_item: int | str
            loc_item = loc_item_data
            loc.append(loc_item)

        msg = self.msg

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "loc": loc,
                "msg": msg,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        self = _new_instance(ValidationError)
        loc = []
        _loc = src_dict["loc"]
        for loc_item_data in _loc:

            def _parse_loc_item(data: object) -> int | str:
                return cast(int | str, data)

            loc_item = _parse_loc_item(loc_item_data)

            loc.append(loc_item)

        self.loc = loc

        self.msg = src_dict["msg"]

        self.type_ = src_dict["type"]

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is ValidationError:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        validation_error = cls(
            self.loc,
            self.msg,
            self.type_,
        )
        validation_error.additional_properties = self.additional_properties
        return validation_error

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


setattr(ValidationError, "additional_properties", EmptyDictUntilSet(vars(ValidationError)["additional_properties"]))
