from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, EmptyDictUntilSet, Unset

T = TypeVar("T", bound="Group")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "number",
        "name",
        "accountNumber",
        "objectVersion",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class Group:
    """A supplier group. Used for reads and writes. `number`, `name` and `accountNumber` are required on POST and PUT (the
    caller chooses the number); `objectVersion` must also be sent on PUT. Null values are omitted from answers; on
    writes, leave a property out instead of sending null.

        Attributes:
            number (int): The unique number of the supplier group. Identifies the group in the body of UpdateGroup.
            name (str): The name of the supplier group. Must not be empty.
            account_number (int): The unique number of the account that the group is linked to. The account must exist and
                be of balance or profit-and-loss type.
            object_version (str | Unset): The object version, required for PUT requests to help ensure that updates made by
                others don't get overwritten by your update request. Send the value from the latest GET; a stale value answers
                409. Never null: leave it out on POST rather than sending null.
    """

    number: int
    name: str
    account_number: int
    object_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        name = self.name

        account_number = self.account_number

        object_version = self.object_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "name": name,
                "accountNumber": account_number,
            }
        )
        if object_version is not UNSET:
            field_dict["objectVersion"] = object_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        self = _new_instance(Group)
        self.number = src_dict["number"]

        self.name = src_dict["name"]

        self.account_number = src_dict["accountNumber"]

        self.object_version = get("objectVersion", UNSET)

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is Group:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        group = cls(
            self.number,
            self.name,
            self.account_number,
            self.object_version,
        )
        group.additional_properties = self.additional_properties
        return group

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


setattr(Group, "additional_properties", EmptyDictUntilSet(vars(Group)["additional_properties"]))
