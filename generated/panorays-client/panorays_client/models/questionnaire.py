from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, EmptyDictUntilSet, Unset, parse_date_time

T = TypeVar("T", bound="Questionnaire")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "questionnaire_id",
        "questionnaire_score",
        "questionnaire_sent_date",
        "questionnaire_submit_date",
        "questionnaire_type",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class Questionnaire:
    """A questionnaire sent to a supplier.

    Attributes:
        questionnaire_id (str): Id of the questionnaire.
        questionnaire_score (float | None | Unset): Score of the submitted questionnaire; null until it is scored.
        questionnaire_sent_date (datetime.datetime | Unset): When the questionnaire was sent.
        questionnaire_submit_date (datetime.datetime | None | Unset): When the supplier submitted it; null while open.
        questionnaire_type (None | str | Unset): Template or type name of the questionnaire.
    """

    questionnaire_id: str
    questionnaire_score: float | None | Unset = UNSET
    questionnaire_sent_date: datetime.datetime | Unset = UNSET
    questionnaire_submit_date: datetime.datetime | None | Unset = UNSET
    questionnaire_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        questionnaire_id = self.questionnaire_id

        questionnaire_score: float | None | Unset
        if isinstance(self.questionnaire_score, Unset):
            questionnaire_score = UNSET
        else:
            questionnaire_score = self.questionnaire_score

        questionnaire_sent_date: str | Unset = UNSET
        if not isinstance(self.questionnaire_sent_date, Unset):
            questionnaire_sent_date = self.questionnaire_sent_date.isoformat()

        questionnaire_submit_date: None | str | Unset
        if isinstance(self.questionnaire_submit_date, Unset):
            questionnaire_submit_date = UNSET
        elif isinstance(self.questionnaire_submit_date, datetime.datetime):
            questionnaire_submit_date = self.questionnaire_submit_date.isoformat()
        else:
            questionnaire_submit_date = self.questionnaire_submit_date

        questionnaire_type: None | str | Unset
        if isinstance(self.questionnaire_type, Unset):
            questionnaire_type = UNSET
        else:
            questionnaire_type = self.questionnaire_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "questionnaire_id": questionnaire_id,
            }
        )
        if questionnaire_score is not UNSET:
            field_dict["questionnaire_score"] = questionnaire_score
        if questionnaire_sent_date is not UNSET:
            field_dict["questionnaire_sent_date"] = questionnaire_sent_date
        if questionnaire_submit_date is not UNSET:
            field_dict["questionnaire_submit_date"] = questionnaire_submit_date
        if questionnaire_type is not UNSET:
            field_dict["questionnaire_type"] = questionnaire_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        self = _new_instance(Questionnaire)
        self.questionnaire_id = src_dict["questionnaire_id"]

        self.questionnaire_score = get("questionnaire_score", UNSET)

        _questionnaire_sent_date = get("questionnaire_sent_date", UNSET)
        self.questionnaire_sent_date = (
            UNSET if _questionnaire_sent_date is UNSET else parse_date_time(_questionnaire_sent_date)
        )

        def _parse_questionnaire_submit_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                questionnaire_submit_date_type_0 = parse_date_time(data)

                return questionnaire_submit_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        questionnaire_submit_date = _parse_questionnaire_submit_date(get("questionnaire_submit_date", UNSET))

        self.questionnaire_submit_date = questionnaire_submit_date

        self.questionnaire_type = get("questionnaire_type", UNSET)

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is Questionnaire:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        questionnaire = cls(
            self.questionnaire_id,
            self.questionnaire_score,
            self.questionnaire_sent_date,
            self.questionnaire_submit_date,
            self.questionnaire_type,
        )
        questionnaire.additional_properties = self.additional_properties
        return questionnaire

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


setattr(Questionnaire, "additional_properties", EmptyDictUntilSet(vars(Questionnaire)["additional_properties"]))
