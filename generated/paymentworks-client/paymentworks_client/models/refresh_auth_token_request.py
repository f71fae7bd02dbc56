from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="RefreshAuthTokenRequest")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__


@_attrs_define
class RefreshAuthTokenRequest:
    """The token rotation takes an empty JSON object."""

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        self = _new_instance(RefreshAuthTokenRequest)
        if cls is RefreshAuthTokenRequest:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        refresh_auth_token_request = cls()
        return refresh_auth_token_request
