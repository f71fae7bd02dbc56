from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, EmptyDictUntilSet, Unset

T = TypeVar("T", bound="Poc")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "email",
        "name",
        "language",
        "position",
        "phone",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class Poc:
    """A point of contact at the supplier. The sources list the fields (email, name, language, position, phone) but neither
    a required one nor a format, so none is declared.

        Attributes:
            email (str | Unset): Contact e-mail address.
            name (str | Unset): Full name.
            language (str | Unset): Preferred language for questionnaires and e-mails (e.g. `en`).
            position (str | Unset): Job title.
            phone (str | Unset): Phone number.
    """

    email: str | Unset = UNSET
    name: str | Unset = UNSET
    language: str | Unset = UNSET
    position: str | Unset = UNSET
    phone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        name = self.name

        language = self.language

        position = self.position

        phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if language is not UNSET:
            field_dict["language"] = language
        if position is not UNSET:
            field_dict["position"] = position
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        self = _new_instance(Poc)
        self.email = get("email", UNSET)

        self.name = get("name", UNSET)

        self.language = get("language", UNSET)

        self.position = get("position", UNSET)

        self.phone = get("phone", UNSET)

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is Poc:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        poc = cls(
            self.email,
            self.name,
            self.language,
            self.position,
            self.phone,
        )
        poc.additional_properties = self.additional_properties
        return poc

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


setattr(Poc, "additional_properties", EmptyDictUntilSet(vars(Poc)["additional_properties"]))
