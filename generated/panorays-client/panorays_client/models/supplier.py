from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evaluation_type import EvaluationType
from ..types import UNSET, EmptyDictUntilSet, Unset, build_list, parse_date_time

if TYPE_CHECKING:
    from ..models.approval import Approval
    from ..models.business_information_item import BusinessInformationItem
    from ..models.poc import Poc
    from ..models.questionnaire import Questionnaire


T = TypeVar("T", bound="Supplier")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "insert_ts",
        "created_by",
        "business_impact",
        "combined_score",
        "approval",
        "assets",
        "contacts",
        "tags",
        "relationships",
        "portfolios",
        "evaluation_type",
        "latest_assessment_date",
        "business_information",
        "questionnaires",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class Supplier:
    """A supplier (third party) of the company. Only `id` is always present: `fields[]` projects
    the answer to the requested fields. More fields than listed here may be returned.

        Attributes:
            id (str): Id of the supplier.
            name (str | Unset): Supplier name.
            insert_ts (datetime.datetime | Unset): When the supplier was added.
            created_by (str | Unset): User who added the supplier.
            business_impact (int | Unset): Business impact (criticality) of the supplier, 1 (lowest) to 5 (highest).
            combined_score (float | None | Unset): Combined risk score; null until the supplier has been assessed.
            approval (Approval | Unset): Approval state of a supplier. The sources list the fields (status, by, update_ts,
                reason) but no required one, so none is declared.
            assets (list[str] | Unset): The supplier's assets (domains).
            contacts (list[Poc] | Unset): Points of contact at the supplier (set as `pocs` on create/update).
            tags (list[str] | Unset): Names of the company tags the supplier carries.
            relationships (list[str] | Unset): Relationships of the company with the supplier.
            portfolios (list[str] | Unset): Portfolios the supplier belongs to (inferred on reads; settable on
                create/update).
            evaluation_type (EvaluationType | Unset): How Panorays evaluates the supplier.
            latest_assessment_date (datetime.datetime | None | Unset): When the supplier was last assessed; null if never.
            business_information (list[BusinessInformationItem] | Unset): Answers to the company's business information
                questions.
            questionnaires (list[Questionnaire] | Unset): Questionnaires sent to the supplier.
    """

    id: str
    name: str | Unset = UNSET
    insert_ts: datetime.datetime | Unset = UNSET
    created_by: str | Unset = UNSET
    business_impact: int | Unset = UNSET
    combined_score: float | None | Unset = UNSET
    approval: Approval | Unset = UNSET
    assets: list[str] | Unset = UNSET
    contacts: list[Poc] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    relationships: list[str] | Unset = UNSET
    portfolios: list[str] | Unset = UNSET
    evaluation_type: EvaluationType | Unset = UNSET
    latest_assessment_date: datetime.datetime | None | Unset = UNSET
    business_information: list[BusinessInformationItem] | Unset = UNSET
    questionnaires: list[Questionnaire] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        insert_ts: str | Unset = UNSET
        if not isinstance(self.insert_ts, Unset):
            insert_ts = self.insert_ts.isoformat()

        created_by = self.created_by

        business_impact = self.business_impact

        combined_score: float | None | Unset
        if isinstance(self.combined_score, Unset):
            combined_score = UNSET
        else:
            combined_score = self.combined_score

        approval: dict[str, Any] | Unset = UNSET
        if not isinstance(self.approval, Unset):
            approval = self.approval.to_dict()

        assets: list[str] | Unset = UNSET
        if not isinstance(self.assets, Unset):
            assets = self.assets

        contacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contacts, Unset):
            contacts = []
            for contacts_item_data in self.contacts:
                contacts_item = contacts_item_data.to_dict()
                contacts.append(contacts_item)

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        relationships: list[str] | Unset = UNSET
        if not isinstance(self.relationships, Unset):
            relationships = self.relationships

        portfolios: list[str] | Unset = UNSET
        if not isinstance(self.portfolios, Unset):
            portfolios = self.portfolios

        evaluation_type: str | Unset = UNSET
        if not isinstance(self.evaluation_type, Unset):
            evaluation_type = self.evaluation_type.value

        latest_assessment_date: None | str | Unset
        if isinstance(self.latest_assessment_date, Unset):
            latest_assessment_date = UNSET
        elif isinstance(self.latest_assessment_date, datetime.datetime):
            latest_assessment_date = self.latest_assessment_date.isoformat()
        else:
            latest_assessment_date = self.latest_assessment_date

        business_information: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.business_information, Unset):
            business_information = []
            for business_information_item_data in self.business_information:
                business_information_item = business_information_item_data.to_dict()
                business_information.append(business_information_item)

        questionnaires: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.questionnaires, Unset):
            questionnaires = []
            for questionnaires_item_data in self.questionnaires:
                questionnaires_item = questionnaires_item_data.to_dict()
                questionnaires.append(questionnaires_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if insert_ts is not UNSET:
            field_dict["insert_ts"] = insert_ts
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if business_impact is not UNSET:
            field_dict["business_impact"] = business_impact
        if combined_score is not UNSET:
            field_dict["combined_score"] = combined_score
        if approval is not UNSET:
            field_dict["approval"] = approval
        if assets is not UNSET:
            field_dict["assets"] = assets
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if tags is not UNSET:
            field_dict["tags"] = tags
        if relationships is not UNSET:
            field_dict["relationships"] = relationships
        if portfolios is not UNSET:
            field_dict["portfolios"] = portfolios
        if evaluation_type is not UNSET:
            field_dict["evaluation_type"] = evaluation_type
        if latest_assessment_date is not UNSET:
            field_dict["latest_assessment_date"] = latest_assessment_date
        if business_information is not UNSET:
            field_dict["business_information"] = business_information
        if questionnaires is not UNSET:
            field_dict["questionnaires"] = questionnaires

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.approval import Approval  # noqa: PLC0415
        from ..models.business_information_item import BusinessInformationItem  # noqa: PLC0415
        from ..models.poc import Poc  # noqa: PLC0415
        from ..models.questionnaire import Questionnaire  # noqa: PLC0415

        get = src_dict.get
        self = _new_instance(Supplier)
        self.id = src_dict["id"]

        self.name = get("name", UNSET)

        _insert_ts = get("insert_ts", UNSET)
        self.insert_ts = UNSET if _insert_ts is UNSET else parse_date_time(_insert_ts)

        self.created_by = get("created_by", UNSET)

        self.business_impact = get("business_impact", UNSET)

        self.combined_score = get("combined_score", UNSET)

        _approval = get("approval", UNSET)
        self.approval = UNSET if _approval is UNSET else Approval.from_dict(_approval)

        self.assets = get("assets", UNSET)

        _contacts = get("contacts", UNSET)
        contacts: list[Poc] | Unset = UNSET
        if _contacts is not UNSET:
            contacts = build_list(Poc.from_dict, _contacts)

        self.contacts = contacts

        self.tags = get("tags", UNSET)

        self.relationships = get("relationships", UNSET)

        self.portfolios = get("portfolios", UNSET)

        _evaluation_type = get("evaluation_type", UNSET)
        self.evaluation_type = UNSET if _evaluation_type is UNSET else EvaluationType(_evaluation_type)

        def _parse_latest_assessment_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                latest_assessment_date_type_0 = parse_date_time(data)

                return latest_assessment_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        latest_assessment_date = _parse_latest_assessment_date(get("latest_assessment_date", UNSET))

        self.latest_assessment_date = latest_assessment_date

        _business_information = get("business_information", UNSET)
        business_information: list[BusinessInformationItem] | Unset = UNSET
        if _business_information is not UNSET:
            business_information = build_list(BusinessInformationItem.from_dict, _business_information)

        self.business_information = business_information

        _questionnaires = get("questionnaires", UNSET)
        questionnaires: list[Questionnaire] | Unset = UNSET
        if _questionnaires is not UNSET:
            questionnaires = build_list(Questionnaire.from_dict, _questionnaires)

        self.questionnaires = questionnaires

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is Supplier:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        supplier = cls(
            self.id,
            self.name,
            self.insert_ts,
            self.created_by,
            self.business_impact,
            self.combined_score,
            self.approval,
            self.assets,
            self.contacts,
            self.tags,
            self.relationships,
            self.portfolios,
            self.evaluation_type,
            self.latest_assessment_date,
            self.business_information,
            self.questionnaires,
        )
        supplier.additional_properties = self.additional_properties
        return supplier

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


setattr(Supplier, "additional_properties", EmptyDictUntilSet(vars(Supplier)["additional_properties"]))
