from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, EmptyDictUntilSet, Unset

T = TypeVar("T", bound="ErrorMessage")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "message",
        "detail",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class ErrorMessage:
    """Error body of every non-validation error. Pandium's own handlers answer `{"message": ...}`;
    errors raised as FastAPI HTTP exceptions (the proxy endpoints) answer `{"detail": ...}`.
    At least one of the two is present.

        Attributes:
            message (str | Unset): Human-readable error message.
            detail (str | Unset): Human-readable error detail. For proxy errors of the external service, a string-ified
                object with the external response under "data".
    """

    message: str | Unset = UNSET
    detail: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        self = _new_instance(ErrorMessage)
        self.message = get("message", UNSET)

        self.detail = get("detail", UNSET)

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is ErrorMessage:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        error_message = cls(
            self.message,
            self.detail,
        )
        error_message.additional_properties = self.additional_properties
        return error_message

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


setattr(ErrorMessage, "additional_properties", EmptyDictUntilSet(vars(ErrorMessage)["additional_properties"]))
