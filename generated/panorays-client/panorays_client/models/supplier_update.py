from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evaluation_type import EvaluationType
from ..types import UNSET, EmptyDictUntilSet, Unset, build_list

if TYPE_CHECKING:
    from ..models.approval import Approval
    from ..models.business_information_answer import BusinessInformationAnswer
    from ..models.poc import Poc


T = TypeVar("T", bound="SupplierUpdate")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "assets",
        "pocs",
        "approval",
        "relationships",
        "tags",
        "business_impact",
        "business_information",
        "evaluation_type",
        "portfolios",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class SupplierUpdate:
    """Body of updateSupplier; fields left out are unchanged.

    Attributes:
        name (str | Unset): Supplier name.
        assets (list[str] | Unset): The supplier's assets (domains); replaces the current list.
        pocs (list[Poc] | Unset): Points of contact at the supplier.
        approval (Approval | Unset): Approval state of a supplier. The sources list the fields (status, by, update_ts,
            reason) but no required one, so none is declared.
        relationships (list[str] | Unset): Relationships of the company with the supplier.
        tags (list[str] | Unset): Names of existing company tags the supplier carries.
        business_impact (int | Unset): Business impact (criticality), 1 (lowest) to 5 (highest).
        business_information (list[BusinessInformationAnswer] | Unset): Answers to the company's business information
            questions.
        evaluation_type (EvaluationType | Unset): How Panorays evaluates the supplier.
        portfolios (list[str] | Unset): Portfolios the supplier belongs to.
    """

    name: str | Unset = UNSET
    assets: list[str] | Unset = UNSET
    pocs: list[Poc] | Unset = UNSET
    approval: Approval | Unset = UNSET
    relationships: list[str] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    business_impact: int | Unset = UNSET
    business_information: list[BusinessInformationAnswer] | Unset = UNSET
    evaluation_type: EvaluationType | Unset = UNSET
    portfolios: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        assets: list[str] | Unset = UNSET
        if not isinstance(self.assets, Unset):
            assets = self.assets

        pocs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pocs, Unset):
            pocs = []
            for pocs_item_data in self.pocs:
                pocs_item = pocs_item_data.to_dict()
                pocs.append(pocs_item)

        approval: dict[str, Any] | Unset = UNSET
        if not isinstance(self.approval, Unset):
            approval = self.approval.to_dict()

        relationships: list[str] | Unset = UNSET
        if not isinstance(self.relationships, Unset):
            relationships = self.relationships

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if assets is not UNSET:
            field_dict["assets"] = assets
        if pocs is not UNSET:
            field_dict["pocs"] = pocs
        if approval is not UNSET:
            field_dict["approval"] = approval
        if relationships is not UNSET:
            field_dict["relationships"] = relationships
        if tags is not UNSET:
            field_dict["tags"] = tags
        if business_impact is not UNSET:
            field_dict["business_impact"] = business_impact
        if business_information is not UNSET:
            field_dict["business_information"] = business_information
        if evaluation_type is not UNSET:
            field_dict["evaluation_type"] = evaluation_type
        if portfolios is not UNSET:
            field_dict["portfolios"] = portfolios

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.approval import Approval  # noqa: PLC0415
        from ..models.business_information_answer import BusinessInformationAnswer  # noqa: PLC0415
        from ..models.poc import Poc  # noqa: PLC0415

        get = src_dict.get
        self = _new_instance(SupplierUpdate)
        self.name = get("name", UNSET)

        self.assets = get("assets", UNSET)

        _pocs = get("pocs", UNSET)
        pocs: list[Poc] | Unset = UNSET
        if _pocs is not UNSET:
            pocs = build_list(Poc.from_dict, _pocs)

        self.pocs = pocs

        _approval = get("approval", UNSET)
        self.approval = UNSET if _approval is UNSET else Approval.from_dict(_approval)

        self.relationships = get("relationships", UNSET)

        self.tags = get("tags", UNSET)

        self.business_impact = get("business_impact", UNSET)

        _business_information = get("business_information", UNSET)
        business_information: list[BusinessInformationAnswer] | Unset = UNSET
        if _business_information is not UNSET:
            business_information = build_list(BusinessInformationAnswer.from_dict, _business_information)

        self.business_information = business_information

        _evaluation_type = get("evaluation_type", UNSET)
        self.evaluation_type = UNSET if _evaluation_type is UNSET else EvaluationType(_evaluation_type)

        self.portfolios = get("portfolios", UNSET)

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is SupplierUpdate:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        supplier_update = cls(
            self.name,
            self.assets,
            self.pocs,
            self.approval,
            self.relationships,
            self.tags,
            self.business_impact,
            self.business_information,
            self.evaluation_type,
            self.portfolios,
        )
        supplier_update.additional_properties = self.additional_properties
        return supplier_update

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


setattr(SupplierUpdate, "additional_properties", EmptyDictUntilSet(vars(SupplierUpdate)["additional_properties"]))
