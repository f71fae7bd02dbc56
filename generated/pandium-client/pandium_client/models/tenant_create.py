from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, EmptyDictUntilSet, Unset

if TYPE_CHECKING:
    from ..models.tenant_create_configs import TenantCreateConfigs


T = TypeVar("T", bound="TenantCreate")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "integration_id",
        "user_schedule",
        "integration_release_id",
        "integration_release_channel",
        "configs",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class TenantCreate:
    """Body of createTenant.

    Attributes:
        name (str): Lowercase alphanumeric string; '-' is allowed but not at the start or end of the string.
        integration_id (int): Id of the integration to create a tenant of.
        user_schedule (None | str | Unset): Must be a valid cron string (five fields). Integration default when omitted.
        integration_release_id (int | None | Unset): You may pass in an integration release id OR a channel.
        integration_release_channel (None | str | Unset): You may pass in an integration release id OR a channel
            (`Latest` or `Default`).
        configs (None | TenantCreateConfigs | Unset): Will be validated against the tenant's integration release config
            schema.
    """

    name: str
    integration_id: int
    user_schedule: None | str | Unset = UNSET
    integration_release_id: int | None | Unset = UNSET
    integration_release_channel: None | str | Unset = UNSET
    configs: None | TenantCreateConfigs | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.tenant_create_configs import TenantCreateConfigs  # noqa: PLC0415

        name = self.name

        integration_id = self.integration_id

        user_schedule: None | str | Unset
        if isinstance(self.user_schedule, Unset):
            user_schedule = UNSET
        else:
            user_schedule = self.user_schedule

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

        configs: dict[str, Any] | None | Unset
        if isinstance(self.configs, Unset):
            configs = UNSET
        elif isinstance(self.configs, TenantCreateConfigs):
            configs = self.configs.to_dict()
        else:
            configs = self.configs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "integration_id": integration_id,
            }
        )
        if user_schedule is not UNSET:
            field_dict["user_schedule"] = user_schedule
        if integration_release_id is not UNSET:
            field_dict["integration_release_id"] = integration_release_id
        if integration_release_channel is not UNSET:
            field_dict["integration_release_channel"] = integration_release_channel
        if configs is not UNSET:
            field_dict["configs"] = configs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tenant_create_configs import TenantCreateConfigs  # noqa: PLC0415

        get = src_dict.get
        self = _new_instance(TenantCreate)
        self.name = src_dict["name"]

        self.integration_id = src_dict["integration_id"]

        self.user_schedule = get("user_schedule", UNSET)

        self.integration_release_id = get("integration_release_id", UNSET)

        self.integration_release_channel = get("integration_release_channel", UNSET)

        def _parse_configs(data: object) -> None | TenantCreateConfigs | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                configs_type_0 = TenantCreateConfigs.from_dict(data)

                return configs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TenantCreateConfigs | Unset, data)

        configs = _parse_configs(get("configs", UNSET))

        self.configs = configs

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is TenantCreate:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        tenant_create = cls(
            self.name,
            self.integration_id,
            self.user_schedule,
            self.integration_release_id,
            self.integration_release_channel,
            self.configs,
        )
        tenant_create.additional_properties = self.additional_properties
        return tenant_create

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


setattr(TenantCreate, "additional_properties", EmptyDictUntilSet(vars(TenantCreate)["additional_properties"]))
