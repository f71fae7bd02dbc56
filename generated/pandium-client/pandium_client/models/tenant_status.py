from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, EmptyDictUntilSet, Unset

if TYPE_CHECKING:
    from ..models.tenant_auth_status import TenantAuthStatus
    from ..models.tenant_status_current_run import TenantStatusCurrentRun
    from ..models.tenant_status_dynamic_configs import TenantStatusDynamicConfigs
    from ..models.tenant_status_last_run import TenantStatusLastRun
    from ..models.tenant_status_last_successful_run import TenantStatusLastSuccessfulRun


T = TypeVar("T", bound="TenantStatus")
# `from_dict` runs once per item of a page: what it calls is bound once here (one global
# lookup per call instead of a global and an attribute).
_new_instance = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "last_run",
        "current_run",
        "last_successful_run",
        "dynamic_configs",
        "auth",
    }
)
_only_known_keys = _KNOWN_KEYS.issuperset


@_attrs_define
class TenantStatus:
    """Run and connection state of a tenant. Run snapshots are open objects describing a run.

    Attributes:
        last_run (None | TenantStatusLastRun | Unset): The tenant's most recent run.
        current_run (None | TenantStatusCurrentRun | Unset): The tenant's run in progress, if any.
        last_successful_run (None | TenantStatusLastSuccessfulRun | Unset): The tenant's most recent successful run.
        dynamic_configs (None | TenantStatusDynamicConfigs | Unset): Dynamic config values produced by the tenant's init
            runs.
        auth (TenantAuthStatus | Unset): Connection state of the tenant's connected systems.
    """

    last_run: None | TenantStatusLastRun | Unset = UNSET
    current_run: None | TenantStatusCurrentRun | Unset = UNSET
    last_successful_run: None | TenantStatusLastSuccessfulRun | Unset = UNSET
    dynamic_configs: None | TenantStatusDynamicConfigs | Unset = UNSET
    auth: TenantAuthStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.tenant_status_current_run import TenantStatusCurrentRun  # noqa: PLC0415
        from ..models.tenant_status_dynamic_configs import TenantStatusDynamicConfigs  # noqa: PLC0415
        from ..models.tenant_status_last_run import TenantStatusLastRun  # noqa: PLC0415
        from ..models.tenant_status_last_successful_run import TenantStatusLastSuccessfulRun  # noqa: PLC0415

        last_run: dict[str, Any] | None | Unset
        if isinstance(self.last_run, Unset):
            last_run = UNSET
        elif isinstance(self.last_run, TenantStatusLastRun):
            last_run = self.last_run.to_dict()
        else:
            last_run = self.last_run

        current_run: dict[str, Any] | None | Unset
        if isinstance(self.current_run, Unset):
            current_run = UNSET
        elif isinstance(self.current_run, TenantStatusCurrentRun):
            current_run = self.current_run.to_dict()
        else:
            current_run = self.current_run

        last_successful_run: dict[str, Any] | None | Unset
        if isinstance(self.last_successful_run, Unset):
            last_successful_run = UNSET
        elif isinstance(self.last_successful_run, TenantStatusLastSuccessfulRun):
            last_successful_run = self.last_successful_run.to_dict()
        else:
            last_successful_run = self.last_successful_run

        dynamic_configs: dict[str, Any] | None | Unset
        if isinstance(self.dynamic_configs, Unset):
            dynamic_configs = UNSET
        elif isinstance(self.dynamic_configs, TenantStatusDynamicConfigs):
            dynamic_configs = self.dynamic_configs.to_dict()
        else:
            dynamic_configs = self.dynamic_configs

        auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth, Unset):
            auth = self.auth.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if last_run is not UNSET:
            field_dict["last_run"] = last_run
        if current_run is not UNSET:
            field_dict["current_run"] = current_run
        if last_successful_run is not UNSET:
            field_dict["last_successful_run"] = last_successful_run
        if dynamic_configs is not UNSET:
            field_dict["dynamic_configs"] = dynamic_configs
        if auth is not UNSET:
            field_dict["auth"] = auth

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tenant_auth_status import TenantAuthStatus  # noqa: PLC0415
        from ..models.tenant_status_current_run import TenantStatusCurrentRun  # noqa: PLC0415
        from ..models.tenant_status_dynamic_configs import TenantStatusDynamicConfigs  # noqa: PLC0415
        from ..models.tenant_status_last_run import TenantStatusLastRun  # noqa: PLC0415
        from ..models.tenant_status_last_successful_run import TenantStatusLastSuccessfulRun  # noqa: PLC0415

        get = src_dict.get
        self = _new_instance(TenantStatus)

        def _parse_last_run(data: object) -> None | TenantStatusLastRun | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_run_type_0 = TenantStatusLastRun.from_dict(data)

                return last_run_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TenantStatusLastRun | Unset, data)

        last_run = _parse_last_run(get("last_run", UNSET))

        self.last_run = last_run

        def _parse_current_run(data: object) -> None | TenantStatusCurrentRun | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                current_run_type_0 = TenantStatusCurrentRun.from_dict(data)

                return current_run_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TenantStatusCurrentRun | Unset, data)

        current_run = _parse_current_run(get("current_run", UNSET))

        self.current_run = current_run

        def _parse_last_successful_run(data: object) -> None | TenantStatusLastSuccessfulRun | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_successful_run_type_0 = TenantStatusLastSuccessfulRun.from_dict(data)

                return last_successful_run_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TenantStatusLastSuccessfulRun | Unset, data)

        last_successful_run = _parse_last_successful_run(get("last_successful_run", UNSET))

        self.last_successful_run = last_successful_run

        def _parse_dynamic_configs(data: object) -> None | TenantStatusDynamicConfigs | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                dynamic_configs_type_0 = TenantStatusDynamicConfigs.from_dict(data)

                return dynamic_configs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TenantStatusDynamicConfigs | Unset, data)

        dynamic_configs = _parse_dynamic_configs(get("dynamic_configs", UNSET))

        self.dynamic_configs = dynamic_configs

        _auth = get("auth", UNSET)
        self.auth = UNSET if _auth is UNSET else TenantAuthStatus.from_dict(_auth)

        # Only known keys (most items): the slot stays unset and reads as {} (EmptyDictUntilSet).
        if not _only_known_keys(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}

        if cls is TenantStatus:
            return self  # type: ignore[return-value]
        # A subclass may have an `__init__` of its own (fields with defaults, `__attrs_post_init__`):
        # it is built through it.
        tenant_status = cls(
            self.last_run,
            self.current_run,
            self.last_successful_run,
            self.dynamic_configs,
            self.auth,
        )
        tenant_status.additional_properties = self.additional_properties
        return tenant_status

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


setattr(TenantStatus, "additional_properties", EmptyDictUntilSet(vars(TenantStatus)["additional_properties"]))
