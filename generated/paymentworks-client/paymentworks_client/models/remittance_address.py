from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, EmptyDictUntilSet, Unset, parse_date_time

T = TypeVar("T", bound="RemittanceAddress")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "street1",
        "street2",
        "city",
        "state",
        "zipcode",
        "country",
        "iso_3166_2",
        "address_type",
        "pay_to",
        "bank_acct",
        "validated",
        "created",
        "modified",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class RemittanceAddress:
    """A remittance address of the requesting company.

    Attributes:
        id (int): Identifier of the address.
        name (str | Unset): Name the payee gave the address.
        street1 (str | Unset): First street line.
        street2 (str | Unset): Second street line (empty when unused).
        city (str | Unset): City.
        state (str | Unset): State or province code.
        zipcode (str | Unset): Postal code.
        country (str | Unset): ISO 3166-1 alpha-2 country code.
        iso_3166_2 (str | Unset): ISO 3166-2 subdivision code, e.g. "US-VA".
        address_type (str | Unset): Address type code ("R" for a remittance address).
        pay_to (str | Unset): Name payments to this address are made out to.
        bank_acct (int | None | Unset): Identifier of the bank account attached to the address, or null.
        validated (bool | Unset): Whether the address passed address validation.
        created (datetime.datetime | Unset): When the address was created.
        modified (datetime.datetime | Unset): When the address was last modified.
    """

    id: int
    name: str | Unset = UNSET
    street1: str | Unset = UNSET
    street2: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    zipcode: str | Unset = UNSET
    country: str | Unset = UNSET
    iso_3166_2: str | Unset = UNSET
    address_type: str | Unset = UNSET
    pay_to: str | Unset = UNSET
    bank_acct: int | None | Unset = UNSET
    validated: bool | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    modified: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        street1 = self.street1

        street2 = self.street2

        city = self.city

        state = self.state

        zipcode = self.zipcode

        country = self.country

        iso_3166_2 = self.iso_3166_2

        address_type = self.address_type

        pay_to = self.pay_to

        bank_acct: int | None | Unset
        if isinstance(self.bank_acct, Unset):
            bank_acct = UNSET
        else:
            bank_acct = self.bank_acct

        validated = self.validated

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        modified: str | Unset = UNSET
        if not isinstance(self.modified, Unset):
            modified = self.modified.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if street1 is not UNSET:
            field_dict["street1"] = street1
        if street2 is not UNSET:
            field_dict["street2"] = street2
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if zipcode is not UNSET:
            field_dict["zipcode"] = zipcode
        if country is not UNSET:
            field_dict["country"] = country
        if iso_3166_2 is not UNSET:
            field_dict["iso_3166_2"] = iso_3166_2
        if address_type is not UNSET:
            field_dict["address_type"] = address_type
        if pay_to is not UNSET:
            field_dict["pay_to"] = pay_to
        if bank_acct is not UNSET:
            field_dict["bank_acct"] = bank_acct
        if validated is not UNSET:
            field_dict["validated"] = validated
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        self = _new_instance(RemittanceAddress)
        self.id = src_dict["id"]

        self.name = get("name", UNSET)

        self.street1 = get("street1", UNSET)

        self.street2 = get("street2", UNSET)

        self.city = get("city", UNSET)

        self.state = get("state", UNSET)

        self.zipcode = get("zipcode", UNSET)

        self.country = get("country", UNSET)

        self.iso_3166_2 = get("iso_3166_2", UNSET)

        self.address_type = get("address_type", UNSET)

        self.pay_to = get("pay_to", UNSET)

        self.bank_acct = get("bank_acct", UNSET)

        self.validated = get("validated", UNSET)

        _created = get("created", UNSET)
        self.created = UNSET if _created is UNSET else parse_date_time(_created)

        _modified = get("modified", UNSET)
        self.modified = UNSET if _modified is UNSET else parse_date_time(_modified)

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is RemittanceAddress:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        remittance_address = cls(
            self.id,
            self.name,
            self.street1,
            self.street2,
            self.city,
            self.state,
            self.zipcode,
            self.country,
            self.iso_3166_2,
            self.address_type,
            self.pay_to,
            self.bank_acct,
            self.validated,
            self.created,
            self.modified,
        )
        remittance_address.additional_properties = self.additional_properties
        return remittance_address

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


setattr(RemittanceAddress, "additional_properties", EmptyDictUntilSet(vars(RemittanceAddress)["additional_properties"]))
