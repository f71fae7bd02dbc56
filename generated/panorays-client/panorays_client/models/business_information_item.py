from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.business_information_type import BusinessInformationType
from ..types import UNSET, EmptyDictUntilSet, Unset

T = TypeVar("T", bound="BusinessInformationItem")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "question_id",
        "question",
        "type",
        "answer",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class BusinessInformationItem:
    """A business information question and its answer, as returned on a supplier.

    Attributes:
        question_id (str): Id of the business information question.
        question (str | Unset): The question's text (inferred field).
        type_ (BusinessInformationType | Unset): Kind of answer a business information question takes.
        answer (list[str] | None | str | Unset): The answer (a list for multiSelection questions); null if unanswered.
    """

    question_id: str
    question: str | Unset = UNSET
    type_: BusinessInformationType | Unset = UNSET
    answer: list[str] | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        question_id = self.question_id

        question = self.question

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        answer: list[str] | None | str | Unset
        if isinstance(self.answer, Unset):
            answer = UNSET
        elif isinstance(self.answer, list):
            answer = self.answer

        else:
            answer = self.answer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "question_id": question_id,
            }
        )
        if question is not UNSET:
            field_dict["question"] = question
        if type_ is not UNSET:
            field_dict["type"] = type_
        if answer is not UNSET:
            field_dict["answer"] = answer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        self = _new_instance(BusinessInformationItem)
        self.question_id = src_dict["question_id"]

        self.question = get("question", UNSET)

        _type_ = get("type", UNSET)
        self.type_ = UNSET if _type_ is UNSET else BusinessInformationType(_type_)

        def _parse_answer(data: object) -> list[str] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                answer_type_1 = cast(list[str], data)

                return answer_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | str | Unset, data)

        answer = _parse_answer(get("answer", UNSET))

        self.answer = answer

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is BusinessInformationItem:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        business_information_item = cls(
            self.question_id,
            self.question,
            self.type_,
            self.answer,
        )
        business_information_item.additional_properties = self.additional_properties
        return business_information_item

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


setattr(
    BusinessInformationItem,
    "additional_properties",
    EmptyDictUntilSet(vars(BusinessInformationItem)["additional_properties"]),
)
