from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="RefreshAuthTokenRequest")


@_attrs_define
class RefreshAuthTokenRequest:
    """The token rotation takes an empty JSON object."""

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        self = object.__new__(RefreshAuthTokenRequest)
        if cls is RefreshAuthTokenRequest:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        refresh_auth_token_request = cls()
        return refresh_auth_token_request
