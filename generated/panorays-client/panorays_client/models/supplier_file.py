from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_origin import FileOrigin
from ..types import UNSET, EmptyDictUntilSet, Unset, parse_date_time

T = TypeVar("T", bound="SupplierFile")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "origin",
        "type",
        "filename",
        "added_by",
        "insert_ts",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class SupplierFile:
    """A file of a supplier. The reference marks origin, type, filename, id and added_by as
    required, but `fields` projects the answer, so only `id` is relied upon here.

        Attributes:
            id (str): Id of the file (use with getFile).
            origin (FileOrigin | Unset): Where a file comes from.
            type_ (str | Unset): File type (extension). The reference lists a truncated enum beginning jpg, jpeg, png, gif,
                bmp, accdb, accde, accdr, accdt, aclscript, ...; any extension may appear.
            filename (str | Unset): Original file name.
            added_by (str | Unset): User who added the file.
            insert_ts (datetime.datetime | Unset): When the file was added (selectable in `fields`; not shown in the file
                object of the reference).
    """

    id: str
    origin: FileOrigin | Unset = UNSET
    type_: str | Unset = UNSET
    filename: str | Unset = UNSET
    added_by: str | Unset = UNSET
    insert_ts: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        origin: str | Unset = UNSET
        if not isinstance(self.origin, Unset):
            origin = self.origin.value

        type_ = self.type_

        filename = self.filename

        added_by = self.added_by

        insert_ts: str | Unset = UNSET
        if not isinstance(self.insert_ts, Unset):
            insert_ts = self.insert_ts.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if origin is not UNSET:
            field_dict["origin"] = origin
        if type_ is not UNSET:
            field_dict["type"] = type_
        if filename is not UNSET:
            field_dict["filename"] = filename
        if added_by is not UNSET:
            field_dict["added_by"] = added_by
        if insert_ts is not UNSET:
            field_dict["insert_ts"] = insert_ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        self = _new_instance(SupplierFile)
        self.id = src_dict["id"]

        _origin = get("origin", UNSET)
        self.origin = UNSET if _origin is UNSET else FileOrigin(_origin)

        self.type_ = get("type", UNSET)

        self.filename = get("filename", UNSET)

        self.added_by = get("added_by", UNSET)

        _insert_ts = get("insert_ts", UNSET)
        self.insert_ts = UNSET if _insert_ts is UNSET else parse_date_time(_insert_ts)

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is SupplierFile:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        supplier_file = cls(
            self.id,
            self.origin,
            self.type_,
            self.filename,
            self.added_by,
            self.insert_ts,
        )
        supplier_file.additional_properties = self.additional_properties
        return supplier_file

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


setattr(SupplierFile, "additional_properties", EmptyDictUntilSet(vars(SupplierFile)["additional_properties"]))
