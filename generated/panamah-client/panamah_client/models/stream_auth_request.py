from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import EmptyDictUntilSet

T = TypeVar("T", bound="StreamAuthRequest")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "assinanteId",
        "key",
        "ts",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class StreamAuthRequest:
    """Body of authenticateStream.

    Attributes:
        assinante_id (str): Id of the subscriber the session sends data for, or `*` for a partner-wide session (every
            stream operation then names its own assinanteId).
        key (str): base64(SHA1(secret + assinanteId + ts)) over the raw 20-byte SHA-1 digest of the UTF-8 string, where
            secret is the partner secret.
        ts (int | str): Current Unix time in seconds, as a string of digits or a JSON integer; the same value (its
            decimal digits) that went into key.
    """

    assinante_id: str
    key: str
    ts: int | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assinante_id = self.assinante_id

        key = self.key

        ts: int | str
        ts = self.ts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assinanteId": assinante_id,
                "key": key,
                "ts": ts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        self = _new_instance(StreamAuthRequest)
        self.assinante_id = src_dict["assinanteId"]

        self.key = src_dict["key"]

        self.ts = src_dict["ts"]

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is StreamAuthRequest:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        stream_auth_request = cls(
            self.assinante_id,
            self.key,
            self.ts,
        )
        stream_auth_request.additional_properties = self.additional_properties
        return stream_auth_request

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


setattr(StreamAuthRequest, "additional_properties", EmptyDictUntilSet(vars(StreamAuthRequest)["additional_properties"]))
