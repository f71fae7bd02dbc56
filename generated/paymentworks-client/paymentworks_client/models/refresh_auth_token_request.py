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
        if cls is RefreshAuthTokenRequest:
            refresh_auth_token_request = object.__new__(cls)
            return refresh_auth_token_request

        refresh_auth_token_request = cls()
        return refresh_auth_token_request
