from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, EmptyDictUntilSet, Unset

if TYPE_CHECKING:
    from ..models.tenant_patch_configs import TenantPatchConfigs


T = TypeVar("T", bound="TenantPatch")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "configs",
        "paused",
        "archived",
        "user_schedule",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class TenantPatch:
    """Body of updateTenant. Only the fields sent are changed.

    Attributes:
        name (None | str | Unset): Lowercase alphanumeric string; '-' is allowed but not at the start or end of the
            string.
        configs (None | TenantPatchConfigs | Unset): New config values, validated against the tenant's current
            integration release and any dynamic configs.
        paused (bool | None | Unset): Pause or resume scheduled runs.
        archived (bool | None | Unset): Archive or unarchive the tenant.
        user_schedule (str | Unset): Must be a valid cron string (five fields); randomized to create the tenant's
            schedule.
    """

    name: None | str | Unset = UNSET
    configs: None | TenantPatchConfigs | Unset = UNSET
    paused: bool | None | Unset = UNSET
    archived: bool | None | Unset = UNSET
    user_schedule: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.tenant_patch_configs import TenantPatchConfigs  # noqa: PLC0415

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        configs: dict[str, Any] | None | Unset
        if isinstance(self.configs, Unset):
            configs = UNSET
        elif isinstance(self.configs, TenantPatchConfigs):
            configs = self.configs.to_dict()
        else:
            configs = self.configs

        paused: bool | None | Unset
        if isinstance(self.paused, Unset):
            paused = UNSET
        else:
            paused = self.paused

        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        user_schedule = self.user_schedule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if configs is not UNSET:
            field_dict["configs"] = configs
        if paused is not UNSET:
            field_dict["paused"] = paused
        if archived is not UNSET:
            field_dict["archived"] = archived
        if user_schedule is not UNSET:
            field_dict["user_schedule"] = user_schedule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tenant_patch_configs import TenantPatchConfigs  # noqa: PLC0415

        get = src_dict.get
        self = _new_instance(TenantPatch)
        self.name = get("name", UNSET)

        def _parse_configs(data: object) -> None | TenantPatchConfigs | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                configs_type_0 = TenantPatchConfigs.from_dict(data)

                return configs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TenantPatchConfigs | Unset, data)

        configs = _parse_configs(get("configs", UNSET))

        self.configs = configs

        self.paused = get("paused", UNSET)

        self.archived = get("archived", UNSET)

        self.user_schedule = get("user_schedule", UNSET)

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is TenantPatch:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        tenant_patch = cls(
            self.name,
            self.configs,
            self.paused,
            self.archived,
            self.user_schedule,
        )
        tenant_patch.additional_properties = self.additional_properties
        return tenant_patch

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


setattr(TenantPatch, "additional_properties", EmptyDictUntilSet(vars(TenantPatch)["additional_properties"]))
