from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, EmptyDictUntilSet, Unset, build_list, parse_date_time

if TYPE_CHECKING:
    from ..models.category import Category
    from ..models.connector import Connector
    from ..models.flag import Flag
    from ..models.tag import Tag


T = TypeVar("T", bound="Integration")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "long_name",
        "type",
        "created_date",
        "modified_date",
        "connectors",
        "repository_path",
        "repository_tracking_branch",
        "repository_url",
        "categories",
        "tags",
        "flag",
        "default_release_id",
        "default_release_channel",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class Integration:
    """An integration, the primary record of an application on Pandium.

    Attributes:
        id (int): Unique identifier of the integration.
        name (str): Short (slug) name of the integration.
        long_name (str): Display name of the integration.
        type_ (str): Kind of integration: `Internal` (built and hosted by your team on Pandium), `External`
            (listed in the marketplace but running elsewhere) or `Pandium` (built by Pandium).
            Only `Internal` appears in the reference's samples; the others are inferred from the
            Integration Hub's internal/external integration pages. No source closes the list, so it
            is an open string: `examples` lists the known values, and any other value parses.
        created_date (datetime.datetime | None | Unset): When the integration was created.
        modified_date (datetime.datetime | None | Unset): When the integration was last modified.
        connectors (list[Connector] | None | Unset): Connected systems the integration uses.
        repository_path (None | str | Unset): Path of the integration's code inside its repository.
        repository_tracking_branch (None | str | Unset): Branch the integration builds from by default.
        repository_url (None | str | Unset): URL of the integration's source repository.
        categories (list[Category] | None | Unset): Marketplace categories of the integration.
        tags (list[Tag] | None | Unset): Marketplace tags of the integration.
        flag (Flag | None | Unset): Marketplace flag of the integration, if any.
        default_release_id (int | None | Unset): Id of the integration's default release, when pinned to a release.
        default_release_channel (None | str | Unset): Release channel new tenants follow by default, when not pinned to
            a release id.
    """

    id: int
    name: str
    long_name: str
    type_: str
    created_date: datetime.datetime | None | Unset = UNSET
    modified_date: datetime.datetime | None | Unset = UNSET
    connectors: list[Connector] | None | Unset = UNSET
    repository_path: None | str | Unset = UNSET
    repository_tracking_branch: None | str | Unset = UNSET
    repository_url: None | str | Unset = UNSET
    categories: list[Category] | None | Unset = UNSET
    tags: list[Tag] | None | Unset = UNSET
    flag: Flag | None | Unset = UNSET
    default_release_id: int | None | Unset = UNSET
    default_release_channel: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.flag import Flag  # noqa: PLC0415

        id = self.id

        name = self.name

        long_name = self.long_name

        type_ = self.type_

        created_date: None | str | Unset
        if isinstance(self.created_date, Unset):
            created_date = UNSET
        elif isinstance(self.created_date, datetime.datetime):
            created_date = self.created_date.isoformat()
        else:
            created_date = self.created_date

        modified_date: None | str | Unset
        if isinstance(self.modified_date, Unset):
            modified_date = UNSET
        elif isinstance(self.modified_date, datetime.datetime):
            modified_date = self.modified_date.isoformat()
        else:
            modified_date = self.modified_date

        connectors: list[dict[str, Any]] | None | Unset
        if isinstance(self.connectors, Unset):
            connectors = UNSET
        elif isinstance(self.connectors, list):
            connectors = []
            for connectors_type_0_item_data in self.connectors:
                connectors_type_0_item = connectors_type_0_item_data.to_dict()
                connectors.append(connectors_type_0_item)

        else:
            connectors = self.connectors

        repository_path: None | str | Unset
        if isinstance(self.repository_path, Unset):
            repository_path = UNSET
        else:
            repository_path = self.repository_path

        repository_tracking_branch: None | str | Unset
        if isinstance(self.repository_tracking_branch, Unset):
            repository_tracking_branch = UNSET
        else:
            repository_tracking_branch = self.repository_tracking_branch

        repository_url: None | str | Unset
        if isinstance(self.repository_url, Unset):
            repository_url = UNSET
        else:
            repository_url = self.repository_url

        categories: list[dict[str, Any]] | None | Unset
        if isinstance(self.categories, Unset):
            categories = UNSET
        elif isinstance(self.categories, list):
            categories = []
            for categories_type_0_item_data in self.categories:
                categories_type_0_item = categories_type_0_item_data.to_dict()
                categories.append(categories_type_0_item)

        else:
            categories = self.categories

        tags: list[dict[str, Any]] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = []
            for tags_type_0_item_data in self.tags:
                tags_type_0_item = tags_type_0_item_data.to_dict()
                tags.append(tags_type_0_item)

        else:
            tags = self.tags

        flag: dict[str, Any] | None | Unset
        if isinstance(self.flag, Unset):
            flag = UNSET
        elif isinstance(self.flag, Flag):
            flag = self.flag.to_dict()
        else:
            flag = self.flag

        default_release_id: int | None | Unset
        if isinstance(self.default_release_id, Unset):
            default_release_id = UNSET
        else:
            default_release_id = self.default_release_id

        default_release_channel: None | str | Unset
        if isinstance(self.default_release_channel, Unset):
            default_release_channel = UNSET
        else:
            default_release_channel = self.default_release_channel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "long_name": long_name,
                "type": type_,
            }
        )
        if created_date is not UNSET:
            field_dict["created_date"] = created_date
        if modified_date is not UNSET:
            field_dict["modified_date"] = modified_date
        if connectors is not UNSET:
            field_dict["connectors"] = connectors
        if repository_path is not UNSET:
            field_dict["repository_path"] = repository_path
        if repository_tracking_branch is not UNSET:
            field_dict["repository_tracking_branch"] = repository_tracking_branch
        if repository_url is not UNSET:
            field_dict["repository_url"] = repository_url
        if categories is not UNSET:
            field_dict["categories"] = categories
        if tags is not UNSET:
            field_dict["tags"] = tags
        if flag is not UNSET:
            field_dict["flag"] = flag
        if default_release_id is not UNSET:
            field_dict["default_release_id"] = default_release_id
        if default_release_channel is not UNSET:
            field_dict["default_release_channel"] = default_release_channel

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.category import Category  # noqa: PLC0415
        from ..models.connector import Connector  # noqa: PLC0415
        from ..models.flag import Flag  # noqa: PLC0415
        from ..models.tag import Tag  # noqa: PLC0415

        get = src_dict.get
        self = _new_instance(Integration)
        self.id = src_dict["id"]

        self.name = src_dict["name"]

        self.long_name = src_dict["long_name"]

        self.type_ = src_dict["type"]

        def _parse_created_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_date_type_0 = parse_date_time(data)

                return created_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_date = _parse_created_date(get("created_date", UNSET))

        self.created_date = created_date

        def _parse_modified_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                modified_date_type_0 = parse_date_time(data)

                return modified_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        modified_date = _parse_modified_date(get("modified_date", UNSET))

        self.modified_date = modified_date

        def _parse_connectors(data: object) -> list[Connector] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                connectors_type_0 = build_list(Connector.from_dict, data)

                return connectors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Connector] | None | Unset, data)

        connectors = _parse_connectors(get("connectors", UNSET))

        self.connectors = connectors

        self.repository_path = get("repository_path", UNSET)

        self.repository_tracking_branch = get("repository_tracking_branch", UNSET)

        self.repository_url = get("repository_url", UNSET)

        def _parse_categories(data: object) -> list[Category] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                categories_type_0 = build_list(Category.from_dict, data)

                return categories_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Category] | None | Unset, data)

        categories = _parse_categories(get("categories", UNSET))

        self.categories = categories

        def _parse_tags(data: object) -> list[Tag] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = build_list(Tag.from_dict, data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Tag] | None | Unset, data)

        tags = _parse_tags(get("tags", UNSET))

        self.tags = tags

        def _parse_flag(data: object) -> Flag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                flag_type_0 = Flag.from_dict(data)

                return flag_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Flag | None | Unset, data)

        flag = _parse_flag(get("flag", UNSET))

        self.flag = flag

        self.default_release_id = get("default_release_id", UNSET)

        self.default_release_channel = get("default_release_channel", UNSET)

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is Integration:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        integration = cls(
            self.id,
            self.name,
            self.long_name,
            self.type_,
            self.created_date,
            self.modified_date,
            self.connectors,
            self.repository_path,
            self.repository_tracking_branch,
            self.repository_url,
            self.categories,
            self.tags,
            self.flag,
            self.default_release_id,
            self.default_release_channel,
        )
        integration.additional_properties = self.additional_properties
        return integration

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


setattr(Integration, "additional_properties", EmptyDictUntilSet(vars(Integration)["additional_properties"]))
