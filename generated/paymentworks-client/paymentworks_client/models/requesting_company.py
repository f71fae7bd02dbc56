from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, EmptyDictUntilSet, Unset, build_list

if TYPE_CHECKING:
    from ..models.remittance_address import RemittanceAddress
    from ..models.tax_classification import TaxClassification


T = TypeVar("T", bound="RequestingCompany")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "legal_name",
        "tin",
        "tin_type",
        "tax_country",
        "duns",
        "uei",
        "telephone",
        "remittance_addresses",
        "tax_classification",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class RequestingCompany:
    """The company that submitted the registration, with its tax data and remittance addresses. Further documented company
    fields arrive as additional properties.

        Attributes:
            id (int): PaymentWorks identifier of the company.
            legal_name (str | Unset): Legal name of the company.
            tin (str | Unset): Taxpayer identification number (masked unless the user may view it unmasked).
            tin_type (int | None | Unset): Code of the TIN type (e.g. 1 for an EIN).
            tax_country (str | Unset): ISO 3166-1 alpha-2 code of the tax country.
            duns (str | Unset): D-U-N-S number (empty when not given).
            uei (str | Unset): Unique Entity ID (SAM.gov; empty when not given).
            telephone (str | Unset): Telephone number in E.164 form.
            remittance_addresses (list[RemittanceAddress] | Unset): Remittance (remit-to) addresses of the company.
            tax_classification (TaxClassification | Unset): US federal tax classification of the company.
    """

    id: int
    legal_name: str | Unset = UNSET
    tin: str | Unset = UNSET
    tin_type: int | None | Unset = UNSET
    tax_country: str | Unset = UNSET
    duns: str | Unset = UNSET
    uei: str | Unset = UNSET
    telephone: str | Unset = UNSET
    remittance_addresses: list[RemittanceAddress] | Unset = UNSET
    tax_classification: TaxClassification | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        legal_name = self.legal_name

        tin = self.tin

        tin_type: int | None | Unset
        if isinstance(self.tin_type, Unset):
            tin_type = UNSET
        else:
            tin_type = self.tin_type

        tax_country = self.tax_country

        duns = self.duns

        uei = self.uei

        telephone = self.telephone

        remittance_addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.remittance_addresses, Unset):
            remittance_addresses = []
            for remittance_addresses_item_data in self.remittance_addresses:
                remittance_addresses_item = remittance_addresses_item_data.to_dict()
                remittance_addresses.append(remittance_addresses_item)

        tax_classification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_classification, Unset):
            tax_classification = self.tax_classification.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if legal_name is not UNSET:
            field_dict["legal_name"] = legal_name
        if tin is not UNSET:
            field_dict["tin"] = tin
        if tin_type is not UNSET:
            field_dict["tin_type"] = tin_type
        if tax_country is not UNSET:
            field_dict["tax_country"] = tax_country
        if duns is not UNSET:
            field_dict["duns"] = duns
        if uei is not UNSET:
            field_dict["uei"] = uei
        if telephone is not UNSET:
            field_dict["telephone"] = telephone
        if remittance_addresses is not UNSET:
            field_dict["remittance_addresses"] = remittance_addresses
        if tax_classification is not UNSET:
            field_dict["tax_classification"] = tax_classification

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.remittance_address import RemittanceAddress  # noqa: PLC0415
        from ..models.tax_classification import TaxClassification  # noqa: PLC0415

        get = src_dict.get
        self = _new_instance(RequestingCompany)
        self.id = src_dict["id"]

        self.legal_name = get("legal_name", UNSET)

        self.tin = get("tin", UNSET)

        self.tin_type = get("tin_type", UNSET)

        self.tax_country = get("tax_country", UNSET)

        self.duns = get("duns", UNSET)

        self.uei = get("uei", UNSET)

        self.telephone = get("telephone", UNSET)

        _remittance_addresses = get("remittance_addresses", UNSET)
        remittance_addresses: list[RemittanceAddress] | Unset = UNSET
        if _remittance_addresses is not UNSET:
            remittance_addresses = build_list(RemittanceAddress.from_dict, _remittance_addresses)

        self.remittance_addresses = remittance_addresses

        _tax_classification = get("tax_classification", UNSET)
        self.tax_classification = (
            UNSET if _tax_classification is UNSET else TaxClassification.from_dict(_tax_classification)
        )

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is RequestingCompany:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        requesting_company = cls(
            self.id,
            self.legal_name,
            self.tin,
            self.tin_type,
            self.tax_country,
            self.duns,
            self.uei,
            self.telephone,
            self.remittance_addresses,
            self.tax_classification,
        )
        requesting_company.additional_properties = self.additional_properties
        return requesting_company

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


setattr(RequestingCompany, "additional_properties", EmptyDictUntilSet(vars(RequestingCompany)["additional_properties"]))
