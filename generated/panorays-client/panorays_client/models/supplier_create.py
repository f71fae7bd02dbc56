from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evaluation_type import EvaluationType
from ..types import UNSET, EmptyDictUntilSet, Unset, build_list

if TYPE_CHECKING:
    from ..models.business_information_answer import BusinessInformationAnswer
    from ..models.poc import Poc


T = TypeVar("T", bound="SupplierCreate")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "asset",
        "pocs",
        "business_impact",
        "business_information",
        "evaluation_type",
        "portfolios",
        "questionnaire_template_name",
        "relationships",
        "tags",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class SupplierCreate:
    """Body of createSupplier.

    Attributes:
        name (str): Supplier name.
        asset (str): The supplier's main asset (one domain, e.g. `acme-cloud.com`).
        pocs (list[Poc] | Unset): Points of contact at the supplier.
        business_impact (int | Unset): Business impact (criticality), 1 (lowest) to 5 (highest).
        business_information (list[BusinessInformationAnswer] | Unset): Answers to the company's business information
            questions.
        evaluation_type (EvaluationType | Unset): How Panorays evaluates the supplier.
        portfolios (list[str] | Unset): Portfolios to put the supplier in.
        questionnaire_template_name (str | Unset): Name of a questionnaire template to send to the supplier on creation.
        relationships (list[str] | Unset): Relationships of the company with the supplier.
        tags (list[str] | Unset): Names of existing company tags to set on the supplier.
    """

    name: str
    asset: str
    pocs: list[Poc] | Unset = UNSET
    business_impact: int | Unset = UNSET
    business_information: list[BusinessInformationAnswer] | Unset = UNSET
    evaluation_type: EvaluationType | Unset = UNSET
    portfolios: list[str] | Unset = UNSET
    questionnaire_template_name: str | Unset = UNSET
    relationships: list[str] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        asset = self.asset

        pocs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pocs, Unset):
            pocs = []
            for pocs_item_data in self.pocs:
                pocs_item = pocs_item_data.to_dict()
                pocs.append(pocs_item)

        business_impact = self.business_impact

        business_information: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.business_information, Unset):
            business_information = []
            for business_information_item_data in self.business_information:
                business_information_item = business_information_item_data.to_dict()
                business_information.append(business_information_item)

        evaluation_type: str | Unset = UNSET
        if not isinstance(self.evaluation_type, Unset):
            evaluation_type = self.evaluation_type.value

        portfolios: list[str] | Unset = UNSET
        if not isinstance(self.portfolios, Unset):
            portfolios = self.portfolios

        questionnaire_template_name = self.questionnaire_template_name

        relationships: list[str] | Unset = UNSET
        if not isinstance(self.relationships, Unset):
            relationships = self.relationships

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "asset": asset,
            }
        )
        if pocs is not UNSET:
            field_dict["pocs"] = pocs
        if business_impact is not UNSET:
            field_dict["business_impact"] = business_impact
        if business_information is not UNSET:
            field_dict["business_information"] = business_information
        if evaluation_type is not UNSET:
            field_dict["evaluation_type"] = evaluation_type
        if portfolios is not UNSET:
            field_dict["portfolios"] = portfolios
        if questionnaire_template_name is not UNSET:
            field_dict["questionnaire_template_name"] = questionnaire_template_name
        if relationships is not UNSET:
            field_dict["relationships"] = relationships
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.business_information_answer import BusinessInformationAnswer  # noqa: PLC0415
        from ..models.poc import Poc  # noqa: PLC0415

        get = src_dict.get
        self = _new_instance(SupplierCreate)
        self.name = src_dict["name"]

        self.asset = src_dict["asset"]

        _pocs = get("pocs", UNSET)
        pocs: list[Poc] | Unset = UNSET
        if _pocs is not UNSET:
            pocs = build_list(Poc.from_dict, _pocs)

        self.pocs = pocs

        self.business_impact = get("business_impact", UNSET)

        _business_information = get("business_information", UNSET)
        business_information: list[BusinessInformationAnswer] | Unset = UNSET
        if _business_information is not UNSET:
            business_information = build_list(BusinessInformationAnswer.from_dict, _business_information)

        self.business_information = business_information

        _evaluation_type = get("evaluation_type", UNSET)
        self.evaluation_type = UNSET if _evaluation_type is UNSET else EvaluationType(_evaluation_type)

        self.portfolios = get("portfolios", UNSET)

        self.questionnaire_template_name = get("questionnaire_template_name", UNSET)

        self.relationships = get("relationships", UNSET)

        self.tags = get("tags", UNSET)

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is SupplierCreate:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        supplier_create = cls(
            self.name,
            self.asset,
            self.pocs,
            self.business_impact,
            self.business_information,
            self.evaluation_type,
            self.portfolios,
            self.questionnaire_template_name,
            self.relationships,
            self.tags,
        )
        supplier_create.additional_properties = self.additional_properties
        return supplier_create

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


setattr(SupplierCreate, "additional_properties", EmptyDictUntilSet(vars(SupplierCreate)["additional_properties"]))
