from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, EmptyDictUntilSet, Unset, build_list

if TYPE_CHECKING:
    from ..models.problem_details_error import ProblemDetailsError


T = TypeVar("T", bound="ProblemDetails")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "title",
        "status",
        "detail",
        "instance",
        "errors",
        "traceId",
        "errorCode",
        "traceTimeUtc",
        "message",
        "developerHint",
        "logId",
        "logTimeUtc",
        "property",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class ProblemDetails:
    """e-conomic's error body. Most errors are RFC 7807-style problem details (`type`, `title`, `status`, `detail`,
    `instance`, `errors`, `traceId`, `errorCode`, `traceTimeUtc`); the 409 update conflict documented in the "Object
    version" section uses `message`, `developerHint`, `logId`, `logTimeUtc` and `property`. All fields are optional so
    one schema covers both shapes; null values are omitted.

        Attributes:
            type_ (str | Unset): A URI reference identifying the problem type.
            title (str | Unset): A short, human-readable summary of the problem type.
            status (int | Unset): The HTTP status code of this answer.
            detail (str | Unset): A human-readable explanation specific to this occurrence.
            instance (str | Unset): A URI reference identifying this occurrence of the problem.
            errors (list[ProblemDetailsError] | Unset): The individual errors, e.g. one per failed property validation.
            trace_id (str | Unset): Trace id of the request, to quote to e-conomic support.
            error_code (str | Unset): The e-conomic error code, one of the tag's `x-error-codes` (e.g.
                SupplierContactNameAlreadyExists).
            trace_time_utc (str | Unset): The UTC time the error was traced (format not documented).
            message (str | Unset): Error message (409 conflict shape).
            developer_hint (str | Unset): A hint on how to get around the issue (409 conflict shape).
            log_id (str | Unset): Log id of the error, to quote to e-conomic support (409 conflict shape).
            log_time_utc (str | Unset): The UTC time the error was logged, without offset (409 conflict shape).
            property_ (str | Unset): The property the error relates to (409 conflict shape).
    """

    type_: str | Unset = UNSET
    title: str | Unset = UNSET
    status: int | Unset = UNSET
    detail: str | Unset = UNSET
    instance: str | Unset = UNSET
    errors: list[ProblemDetailsError] | Unset = UNSET
    trace_id: str | Unset = UNSET
    error_code: str | Unset = UNSET
    trace_time_utc: str | Unset = UNSET
    message: str | Unset = UNSET
    developer_hint: str | Unset = UNSET
    log_id: str | Unset = UNSET
    log_time_utc: str | Unset = UNSET
    property_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        title = self.title

        status = self.status

        detail = self.detail

        instance = self.instance

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        trace_id = self.trace_id

        error_code = self.error_code

        trace_time_utc = self.trace_time_utc

        message = self.message

        developer_hint = self.developer_hint

        log_id = self.log_id

        log_time_utc = self.log_time_utc

        property_ = self.property_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if title is not UNSET:
            field_dict["title"] = title
        if status is not UNSET:
            field_dict["status"] = status
        if detail is not UNSET:
            field_dict["detail"] = detail
        if instance is not UNSET:
            field_dict["instance"] = instance
        if errors is not UNSET:
            field_dict["errors"] = errors
        if trace_id is not UNSET:
            field_dict["traceId"] = trace_id
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if trace_time_utc is not UNSET:
            field_dict["traceTimeUtc"] = trace_time_utc
        if message is not UNSET:
            field_dict["message"] = message
        if developer_hint is not UNSET:
            field_dict["developerHint"] = developer_hint
        if log_id is not UNSET:
            field_dict["logId"] = log_id
        if log_time_utc is not UNSET:
            field_dict["logTimeUtc"] = log_time_utc
        if property_ is not UNSET:
            field_dict["property"] = property_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.problem_details_error import ProblemDetailsError  # noqa: PLC0415

        get = src_dict.get
        self = _new_instance(ProblemDetails)
        self.type_ = get("type", UNSET)

        self.title = get("title", UNSET)

        self.status = get("status", UNSET)

        self.detail = get("detail", UNSET)

        self.instance = get("instance", UNSET)

        _errors = get("errors", UNSET)
        errors: list[ProblemDetailsError] | Unset = UNSET
        if _errors is not UNSET:
            errors = build_list(ProblemDetailsError.from_dict, _errors)

        self.errors = errors

        self.trace_id = get("traceId", UNSET)

        self.error_code = get("errorCode", UNSET)

        self.trace_time_utc = get("traceTimeUtc", UNSET)

        self.message = get("message", UNSET)

        self.developer_hint = get("developerHint", UNSET)

        self.log_id = get("logId", UNSET)

        self.log_time_utc = get("logTimeUtc", UNSET)

        self.property_ = get("property", UNSET)

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is ProblemDetails:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        problem_details = cls(
            self.type_,
            self.title,
            self.status,
            self.detail,
            self.instance,
            self.errors,
            self.trace_id,
            self.error_code,
            self.trace_time_utc,
            self.message,
            self.developer_hint,
            self.log_id,
            self.log_time_utc,
            self.property_,
        )
        problem_details.additional_properties = self.additional_properties
        return problem_details

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


setattr(ProblemDetails, "additional_properties", EmptyDictUntilSet(vars(ProblemDetails)["additional_properties"]))
