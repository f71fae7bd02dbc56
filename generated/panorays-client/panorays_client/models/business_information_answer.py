from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import EmptyDictUntilSet

T = TypeVar("T", bound="BusinessInformationAnswer")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "question_id",
        "answer",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class BusinessInformationAnswer:
    """An answer to one of the company's business information questions (request side).

    Attributes:
        question_id (str): Id of the business information question.
        answer (list[str] | str): The answer: a string (text, date as YYYY-MM-DD, dropDown option), or a list of options
            for multiSelection questions.
    """

    question_id: str
    answer: list[str] | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        question_id = self.question_id

        answer: list[str] | str
        if isinstance(self.answer, list):
            answer = self.answer

        else:
            answer = self.answer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "question_id": question_id,
                "answer": answer,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        self = _new_instance(BusinessInformationAnswer)
        self.question_id = src_dict["question_id"]

        def _parse_answer(data: object) -> list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                answer_type_1 = cast(list[str], data)

                return answer_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str, data)

        answer = _parse_answer(src_dict["answer"])

        self.answer = answer

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is BusinessInformationAnswer:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        business_information_answer = cls(
            self.question_id,
            self.answer,
        )
        business_information_answer.additional_properties = self.additional_properties
        return business_information_answer

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
    BusinessInformationAnswer,
    "additional_properties",
    EmptyDictUntilSet(vars(BusinessInformationAnswer)["additional_properties"]),
)
