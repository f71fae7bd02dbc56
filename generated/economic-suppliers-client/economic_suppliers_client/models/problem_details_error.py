from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, EmptyDictUntilSet, Unset

T = TypeVar("T", bound="ProblemDetailsError")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "message",
        "errorCode",
        "property",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class ProblemDetailsError:
    """One error inside a problem-details body.

    Attributes:
        message (str | Unset): Human-readable error message.
        error_code (str | Unset): The e-conomic error code (see the tag's `x-error-codes`).
        property_ (str | Unset): The name of the property whose input validation failed.
    """

    message: str | Unset = UNSET
    error_code: str | Unset = UNSET
    property_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        error_code = self.error_code

        property_ = self.property_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if property_ is not UNSET:
            field_dict["property"] = property_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        self = _new_instance(ProblemDetailsError)
        self.message = get("message", UNSET)

        self.error_code = get("errorCode", UNSET)

        self.property_ = get("property", UNSET)

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is ProblemDetailsError:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        problem_details_error = cls(
            self.message,
            self.error_code,
            self.property_,
        )
        problem_details_error.additional_properties = self.additional_properties
        return problem_details_error

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


setattr(
    ProblemDetailsError, "additional_properties", EmptyDictUntilSet(vars(ProblemDetailsError)["additional_properties"])
)
