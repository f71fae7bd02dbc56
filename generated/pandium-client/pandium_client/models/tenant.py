from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, EmptyDictUntilSet, Unset, parse_date_time

if TYPE_CHECKING:
    from ..models.tenant_configs import TenantConfigs
    from ..models.tenant_status import TenantStatus


T = TypeVar("T", bound="Tenant")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "integration_id",
        "archived",
        "configs",
        "created_date",
        "paused",
        "user_schedule",
        "schedule",
        "source",
        "integration_release_id",
        "integration_release_channel",
        "status",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class Tenant:
    """A tenant, a single installed instance of an integration.

    Attributes:
        id (int): Unique identifier of the tenant.
        name (str): Tenant name (lowercase alphanumeric with inner `-`).
        integration_id (int): Id of the integration this tenant is an instance of.
        archived (bool | None | Unset): True when the tenant is archived.
        configs (None | TenantConfigs | Unset): Config values of the tenant, validated against its release's config
            schema.
        created_date (datetime.datetime | None | Unset): When the tenant was created.
        paused (bool | None | Unset): True when scheduled runs are paused. New tenants are paused.
        user_schedule (None | str | Unset): Cron schedule requested for the tenant.
        schedule (None | str | Unset): Effective cron schedule, randomized by Pandium from `user_schedule`.
        source (None | str | Unset): Where the tenant was created (e.g. `api`, the Integration Hub or the marketplace).
        integration_release_id (int | None | Unset): Id of the release the tenant is pinned to, when pinned.
        integration_release_channel (None | str | Unset): Release channel the tenant follows, when not pinned to a
            release id.
        status (TenantStatus | Unset): Run and connection state of a tenant. Run snapshots are open objects describing a
            run.
    """

    id: int
    name: str
    integration_id: int
    archived: bool | None | Unset = UNSET
    configs: None | TenantConfigs | Unset = UNSET
    created_date: datetime.datetime | None | Unset = UNSET
    paused: bool | None | Unset = UNSET
    user_schedule: None | str | Unset = UNSET
    schedule: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    integration_release_id: int | None | Unset = UNSET
    integration_release_channel: None | str | Unset = UNSET
    status: TenantStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.tenant_configs import TenantConfigs  # noqa: PLC0415

        id = self.id

        name = self.name

        integration_id = self.integration_id

        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        configs: dict[str, Any] | None | Unset
        if isinstance(self.configs, Unset):
            configs = UNSET
        elif isinstance(self.configs, TenantConfigs):
            configs = self.configs.to_dict()
        else:
            configs = self.configs

        created_date: None | str | Unset
        if isinstance(self.created_date, Unset):
            created_date = UNSET
        elif isinstance(self.created_date, datetime.datetime):
            created_date = self.created_date.isoformat()
        else:
            created_date = self.created_date

        paused: bool | None | Unset
        if isinstance(self.paused, Unset):
            paused = UNSET
        else:
            paused = self.paused

        user_schedule: None | str | Unset
        if isinstance(self.user_schedule, Unset):
            user_schedule = UNSET
        else:
            user_schedule = self.user_schedule

        schedule: None | str | Unset
        if isinstance(self.schedule, Unset):
            schedule = UNSET
        else:
            schedule = self.schedule

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        integration_release_id: int | None | Unset
        if isinstance(self.integration_release_id, Unset):
            integration_release_id = UNSET
        else:
            integration_release_id = self.integration_release_id

        integration_release_channel: None | str | Unset
        if isinstance(self.integration_release_channel, Unset):
            integration_release_channel = UNSET
        else:
            integration_release_channel = self.integration_release_channel

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "integration_id": integration_id,
            }
        )
        if archived is not UNSET:
            field_dict["archived"] = archived
        if configs is not UNSET:
            field_dict["configs"] = configs
        if created_date is not UNSET:
            field_dict["created_date"] = created_date
        if paused is not UNSET:
            field_dict["paused"] = paused
        if user_schedule is not UNSET:
            field_dict["user_schedule"] = user_schedule
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if source is not UNSET:
            field_dict["source"] = source
        if integration_release_id is not UNSET:
            field_dict["integration_release_id"] = integration_release_id
        if integration_release_channel is not UNSET:
            field_dict["integration_release_channel"] = integration_release_channel
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tenant_configs import TenantConfigs  # noqa: PLC0415
        from ..models.tenant_status import TenantStatus  # noqa: PLC0415

        get = src_dict.get
        self = _new_instance(Tenant)
        self.id = src_dict["id"]

        self.name = src_dict["name"]

        self.integration_id = src_dict["integration_id"]

        self.archived = get("archived", UNSET)

        def _parse_configs(data: object) -> None | TenantConfigs | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                configs_type_0 = TenantConfigs.from_dict(data)

                return configs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TenantConfigs | Unset, data)

        configs = _parse_configs(get("configs", UNSET))

        self.configs = configs

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

        self.paused = get("paused", UNSET)

        self.user_schedule = get("user_schedule", UNSET)

        self.schedule = get("schedule", UNSET)

        self.source = get("source", UNSET)

        self.integration_release_id = get("integration_release_id", UNSET)

        self.integration_release_channel = get("integration_release_channel", UNSET)

        _status = get("status", UNSET)
        self.status = UNSET if _status is UNSET else TenantStatus.from_dict(_status)

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is Tenant:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        tenant = cls(
            self.id,
            self.name,
            self.integration_id,
            self.archived,
            self.configs,
            self.created_date,
            self.paused,
            self.user_schedule,
            self.schedule,
            self.source,
            self.integration_release_id,
            self.integration_release_channel,
            self.status,
        )
        tenant.additional_properties = self.additional_properties
        return tenant

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


setattr(Tenant, "additional_properties", EmptyDictUntilSet(vars(Tenant)["additional_properties"]))
