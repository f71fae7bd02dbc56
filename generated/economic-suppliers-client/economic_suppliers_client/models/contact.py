from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, EmptyDictUntilSet, Unset, parse_date_time

T = TypeVar("T", bound="Contact")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "supplierNumber",
        "name",
        "number",
        "userInterfaceNumber",
        "email",
        "phone",
        "notes",
        "lastUpdated",
        "objectVersion",
        "isDeleted",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class Contact:
    """A supplier contact. Used for reads and writes. `name` and `supplierNumber` are required on POST and PUT;
    `objectVersion` (and the read-only `number`) must also be sent on PUT. Read-only properties may be echoed back with
    the value from a GET or left out. In answers, a false boolean (`isDeleted`) and null values are omitted; on writes,
    leave a property out instead of sending null (null is a validation error).

        Attributes:
            supplier_number (int): The unique number of the supplier that the contact is linked to. Cannot be changed by an
                update.
            name (str): The name of the supplier contact. Must not be empty and must be unique per supplier.
            number (int | Unset): The unique number of the supplier contact, assigned by e-conomic on create (documented as
                read-only). It identifies the contact in the body of UpdateContact, so send it back unchanged on PUT.
            user_interface_number (int | Unset): The supplier contact number displayed in the e-conomic web interface.
            email (None | str | Unset): The supplier contact e-mail address.
            phone (None | str | Unset): The supplier contact phone number.
            notes (None | str | Unset): Any extra information related to the supplier contact.
            last_updated (datetime.datetime | Unset): The date when the supplier contact was last updated (equals the
                creation date if never changed). Filter on it to fetch only changed contacts.
            object_version (str | Unset): The object version, required for PUT requests to help ensure that updates made by
                others don't get overwritten by your update request. Send the value from the latest GET; a stale value answers
                409. Never null: leave it out on POST rather than sending null.
            is_deleted (bool | Unset): Flag indicating if the contact person was deleted or not. Present in answers only
                when true; absent means false.
    """

    supplier_number: int
    name: str
    number: int | Unset = UNSET
    user_interface_number: int | Unset = UNSET
    email: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    notes: None | str | Unset = UNSET
    last_updated: datetime.datetime | Unset = UNSET
    object_version: str | Unset = UNSET
    is_deleted: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        supplier_number = self.supplier_number

        name = self.name

        number = self.number

        user_interface_number = self.user_interface_number

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        last_updated: str | Unset = UNSET
        if not isinstance(self.last_updated, Unset):
            last_updated = self.last_updated.isoformat()

        object_version = self.object_version

        is_deleted = self.is_deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "supplierNumber": supplier_number,
                "name": name,
            }
        )
        if number is not UNSET:
            field_dict["number"] = number
        if user_interface_number is not UNSET:
            field_dict["userInterfaceNumber"] = user_interface_number
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if notes is not UNSET:
            field_dict["notes"] = notes
        if last_updated is not UNSET:
            field_dict["lastUpdated"] = last_updated
        if object_version is not UNSET:
            field_dict["objectVersion"] = object_version
        if is_deleted is not UNSET:
            field_dict["isDeleted"] = is_deleted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        self = _new_instance(Contact)
        self.supplier_number = src_dict["supplierNumber"]

        self.name = src_dict["name"]

        self.number = get("number", UNSET)

        self.user_interface_number = get("userInterfaceNumber", UNSET)

        self.email = get("email", UNSET)

        self.phone = get("phone", UNSET)

        self.notes = get("notes", UNSET)

        _last_updated = get("lastUpdated", UNSET)
        self.last_updated = UNSET if _last_updated is UNSET else parse_date_time(_last_updated)

        self.object_version = get("objectVersion", UNSET)

        self.is_deleted = get("isDeleted", UNSET)

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is Contact:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        contact = cls(
            self.supplier_number,
            self.name,
            self.number,
            self.user_interface_number,
            self.email,
            self.phone,
            self.notes,
            self.last_updated,
            self.object_version,
            self.is_deleted,
        )
        contact.additional_properties = self.additional_properties
        return contact

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


setattr(Contact, "additional_properties", EmptyDictUntilSet(vars(Contact)["additional_properties"]))
