from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, EmptyDictUntilSet, Unset

if TYPE_CHECKING:
    from ..models.proxy_xml_request_headers import ProxyXmlRequestHeaders
    from ..models.proxy_xml_request_query_params import ProxyXmlRequestQueryParams


T = TypeVar("T", bound="ProxyXmlRequest")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "headers",
        "method",
        "query_params",
        "target_url",
        "data",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class ProxyXmlRequest:
    """The XML call Pandium should make with the tenant's connector credentials.

    Attributes:
        headers (list[Any] | None | ProxyXmlRequestHeaders | Unset): Headers needed for the proxied request: an object
            of header names to values, or a list of headers.
        method (str | Unset): HTTP method of the proxied request.
        query_params (None | ProxyXmlRequestQueryParams | Unset): Query params needed for the proxied request.
        target_url (str | Unset): Endpoint for the proxied request.
        data (None | str | Unset): XML data for the proxied request. Authentication will be handled by Pandium and
            doesn't need to be included.
    """

    headers: list[Any] | None | ProxyXmlRequestHeaders | Unset = UNSET
    method: str | Unset = UNSET
    query_params: None | ProxyXmlRequestQueryParams | Unset = UNSET
    target_url: str | Unset = UNSET
    data: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.proxy_xml_request_headers import ProxyXmlRequestHeaders  # noqa: PLC0415
        from ..models.proxy_xml_request_query_params import ProxyXmlRequestQueryParams  # noqa: PLC0415

        headers: dict[str, Any] | list[Any] | None | Unset
        if isinstance(self.headers, Unset):
            headers = UNSET
        elif isinstance(self.headers, ProxyXmlRequestHeaders):
            headers = self.headers.to_dict()
        elif isinstance(self.headers, list):
            headers = self.headers

        else:
            headers = self.headers

        method = self.method

        query_params: dict[str, Any] | None | Unset
        if isinstance(self.query_params, Unset):
            query_params = UNSET
        elif isinstance(self.query_params, ProxyXmlRequestQueryParams):
            query_params = self.query_params.to_dict()
        else:
            query_params = self.query_params

        target_url = self.target_url

        data: None | str | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if headers is not UNSET:
            field_dict["headers"] = headers
        if method is not UNSET:
            field_dict["method"] = method
        if query_params is not UNSET:
            field_dict["query_params"] = query_params
        if target_url is not UNSET:
            field_dict["target_url"] = target_url
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.proxy_xml_request_headers import ProxyXmlRequestHeaders  # noqa: PLC0415
        from ..models.proxy_xml_request_query_params import ProxyXmlRequestQueryParams  # noqa: PLC0415

        get = src_dict.get
        self = _new_instance(ProxyXmlRequest)

        def _parse_headers(data: object) -> list[Any] | None | ProxyXmlRequestHeaders | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                headers_type_0 = ProxyXmlRequestHeaders.from_dict(data)

                return headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                headers_type_1 = cast(list[Any], data)

                return headers_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | ProxyXmlRequestHeaders | Unset, data)

        headers = _parse_headers(get("headers", UNSET))

        self.headers = headers

        self.method = get("method", UNSET)

        def _parse_query_params(data: object) -> None | ProxyXmlRequestQueryParams | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                query_params_type_0 = ProxyXmlRequestQueryParams.from_dict(data)

                return query_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProxyXmlRequestQueryParams | Unset, data)

        query_params = _parse_query_params(get("query_params", UNSET))

        self.query_params = query_params

        self.target_url = get("target_url", UNSET)

        self.data = get("data", UNSET)

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is ProxyXmlRequest:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        proxy_xml_request = cls(
            self.headers,
            self.method,
            self.query_params,
            self.target_url,
            self.data,
        )
        proxy_xml_request.additional_properties = self.additional_properties
        return proxy_xml_request

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


setattr(ProxyXmlRequest, "additional_properties", EmptyDictUntilSet(vars(ProxyXmlRequest)["additional_properties"]))
