from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, EmptyDictUntilSet, Unset

T = TypeVar("T", bound="BadRequestError")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "detail",
        "error",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class BadRequestError:
    """Body of a 400 answer. DRF-style `detail`, or `error` (supplier load). Neither is
    required because field validation errors carry one key per invalid field instead;
    those arrive as additional properties.

        Attributes:
            detail (str | Unset): Human-readable error message (DRF style).
            error (str | Unset): Human-readable error message (supplier load).
    """

    detail: str | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detail = self.detail

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if detail is not UNSET:
            field_dict["detail"] = detail
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        self = _new_instance(BadRequestError)
        self.detail = get("detail", UNSET)

        self.error = get("error", UNSET)

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is BadRequestError:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        bad_request_error = cls(
            self.detail,
            self.error,
        )
        bad_request_error.additional_properties = self.additional_properties
        return bad_request_error

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


setattr(BadRequestError, "additional_properties", EmptyDictUntilSet(vars(BadRequestError)["additional_properties"]))
