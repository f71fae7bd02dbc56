from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, EmptyDictUntilSet, Unset, parse_date_time

if TYPE_CHECKING:
    from ..models.release_config_schema import ReleaseConfigSchema


T = TypeVar("T", bound="Release")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "repository_tracking_branch",
        "run_command",
        "tag",
        "config_schema",
        "config_version",
        "created_date",
        "modified_date",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class Release:
    """An integration release (a build of the integration's code and its config schema).

    Attributes:
        id (int): Unique identifier of the release.
        name (str): Release name.
        repository_tracking_branch (None | str | Unset): Branch the release was built from.
        run_command (None | str | Unset): Command that starts the integration code.
        tag (None | str | Unset): Source-control tag of the release.
        config_schema (None | ReleaseConfigSchema | Unset): JSON Schema of the tenant configs (from the release's
            PANDIUM.yaml); tenant configs are validated against it. On a tenant's release, dynamic configs are populated.
        config_version (str | Unset): Version of the release's config format.
        created_date (datetime.datetime | None | Unset): When the release was created.
        modified_date (datetime.datetime | None | Unset): When the release was last modified.
    """

    id: int
    name: str
    repository_tracking_branch: None | str | Unset = UNSET
    run_command: None | str | Unset = UNSET
    tag: None | str | Unset = UNSET
    config_schema: None | ReleaseConfigSchema | Unset = UNSET
    config_version: str | Unset = UNSET
    created_date: datetime.datetime | None | Unset = UNSET
    modified_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.release_config_schema import ReleaseConfigSchema  # noqa: PLC0415

        id = self.id

        name = self.name

        repository_tracking_branch: None | str | Unset
        if isinstance(self.repository_tracking_branch, Unset):
            repository_tracking_branch = UNSET
        else:
            repository_tracking_branch = self.repository_tracking_branch

        run_command: None | str | Unset
        if isinstance(self.run_command, Unset):
            run_command = UNSET
        else:
            run_command = self.run_command

        tag: None | str | Unset
        if isinstance(self.tag, Unset):
            tag = UNSET
        else:
            tag = self.tag

        config_schema: dict[str, Any] | None | Unset
        if isinstance(self.config_schema, Unset):
            config_schema = UNSET
        elif isinstance(self.config_schema, ReleaseConfigSchema):
            config_schema = self.config_schema.to_dict()
        else:
            config_schema = self.config_schema

        config_version = self.config_version

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if repository_tracking_branch is not UNSET:
            field_dict["repository_tracking_branch"] = repository_tracking_branch
        if run_command is not UNSET:
            field_dict["run_command"] = run_command
        if tag is not UNSET:
            field_dict["tag"] = tag
        if config_schema is not UNSET:
            field_dict["config_schema"] = config_schema
        if config_version is not UNSET:
            field_dict["config_version"] = config_version
        if created_date is not UNSET:
            field_dict["created_date"] = created_date
        if modified_date is not UNSET:
            field_dict["modified_date"] = modified_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.release_config_schema import ReleaseConfigSchema  # noqa: PLC0415

        get = src_dict.get
        self = _new_instance(Release)
        self.id = src_dict["id"]

        self.name = src_dict["name"]

        self.repository_tracking_branch = get("repository_tracking_branch", UNSET)

        self.run_command = get("run_command", UNSET)

        self.tag = get("tag", UNSET)

        def _parse_config_schema(data: object) -> None | ReleaseConfigSchema | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_schema_type_0 = ReleaseConfigSchema.from_dict(data)

                return config_schema_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReleaseConfigSchema | Unset, data)

        config_schema = _parse_config_schema(get("config_schema", UNSET))

        self.config_schema = config_schema

        self.config_version = get("config_version", UNSET)

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

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is Release:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        release = cls(
            self.id,
            self.name,
            self.repository_tracking_branch,
            self.run_command,
            self.tag,
            self.config_schema,
            self.config_version,
            self.created_date,
            self.modified_date,
        )
        release.additional_properties = self.additional_properties
        return release

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


setattr(Release, "additional_properties", EmptyDictUntilSet(vars(Release)["additional_properties"]))
