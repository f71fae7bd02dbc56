"""Contains all the data models used in inputs/outputs

Each model's module is imported on first use of its name (`from .models import Contact`, or
`models.Contact`), not when the package is imported: a program pays only for the models it uses.
Type checkers see every name through the imports under `TYPE_CHECKING`.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .build_create import BuildCreate
    from .build_result import BuildResult
    from .category import Category
    from .connector import Connector
    from .connector_disconnect_result import ConnectorDisconnectResult
    from .error_message import ErrorMessage
    from .flag import Flag
    from .http_validation_error import HTTPValidationError
    from .integration import Integration
    from .proxy_response import ProxyResponse
    from .proxy_response_data import ProxyResponseData
    from .proxy_rest_request import ProxyRestRequest
    from .proxy_rest_request_body import ProxyRestRequestBody
    from .proxy_rest_request_headers import ProxyRestRequestHeaders
    from .proxy_rest_request_query_params import ProxyRestRequestQueryParams
    from .proxy_soap_request import ProxySoapRequest
    from .proxy_soap_request_headers import ProxySoapRequestHeaders
    from .proxy_soap_request_query_params import ProxySoapRequestQueryParams
    from .proxy_xml_request import ProxyXmlRequest
    from .proxy_xml_request_headers import ProxyXmlRequestHeaders
    from .proxy_xml_request_query_params import ProxyXmlRequestQueryParams
    from .release import Release
    from .release_config_schema import ReleaseConfigSchema
    from .run import Run
    from .run_mode import RunMode
    from .run_phase import RunPhase
    from .run_status import RunStatus
    from .run_trigger import RunTrigger
    from .run_trigger_payload import RunTriggerPayload
    from .sync_payload import SyncPayload
    from .tag import Tag
    from .tenant import Tenant
    from .tenant_archive_result import TenantArchiveResult
    from .tenant_auth_status import TenantAuthStatus
    from .tenant_configs import TenantConfigs
    from .tenant_create import TenantCreate
    from .tenant_create_configs import TenantCreateConfigs
    from .tenant_metadata import TenantMetadata
    from .tenant_metadata_update import TenantMetadataUpdate
    from .tenant_patch import TenantPatch
    from .tenant_patch_configs import TenantPatchConfigs
    from .tenant_status import TenantStatus
    from .tenant_status_current_run import TenantStatusCurrentRun
    from .tenant_status_dynamic_configs import TenantStatusDynamicConfigs
    from .tenant_status_last_run import TenantStatusLastRun
    from .tenant_status_last_successful_run import TenantStatusLastSuccessfulRun
    from .trigger_response import TriggerResponse
    from .validation_error import ValidationError

_MODULES = {
    "BuildCreate": ".build_create",
    "BuildResult": ".build_result",
    "Category": ".category",
    "Connector": ".connector",
    "ConnectorDisconnectResult": ".connector_disconnect_result",
    "ErrorMessage": ".error_message",
    "Flag": ".flag",
    "HTTPValidationError": ".http_validation_error",
    "Integration": ".integration",
    "ProxyResponse": ".proxy_response",
    "ProxyResponseData": ".proxy_response_data",
    "ProxyRestRequest": ".proxy_rest_request",
    "ProxyRestRequestBody": ".proxy_rest_request_body",
    "ProxyRestRequestHeaders": ".proxy_rest_request_headers",
    "ProxyRestRequestQueryParams": ".proxy_rest_request_query_params",
    "ProxySoapRequest": ".proxy_soap_request",
    "ProxySoapRequestHeaders": ".proxy_soap_request_headers",
    "ProxySoapRequestQueryParams": ".proxy_soap_request_query_params",
    "ProxyXmlRequest": ".proxy_xml_request",
    "ProxyXmlRequestHeaders": ".proxy_xml_request_headers",
    "ProxyXmlRequestQueryParams": ".proxy_xml_request_query_params",
    "Release": ".release",
    "ReleaseConfigSchema": ".release_config_schema",
    "Run": ".run",
    "RunMode": ".run_mode",
    "RunPhase": ".run_phase",
    "RunStatus": ".run_status",
    "RunTrigger": ".run_trigger",
    "RunTriggerPayload": ".run_trigger_payload",
    "SyncPayload": ".sync_payload",
    "Tag": ".tag",
    "Tenant": ".tenant",
    "TenantArchiveResult": ".tenant_archive_result",
    "TenantAuthStatus": ".tenant_auth_status",
    "TenantConfigs": ".tenant_configs",
    "TenantCreate": ".tenant_create",
    "TenantCreateConfigs": ".tenant_create_configs",
    "TenantMetadata": ".tenant_metadata",
    "TenantMetadataUpdate": ".tenant_metadata_update",
    "TenantPatch": ".tenant_patch",
    "TenantPatchConfigs": ".tenant_patch_configs",
    "TenantStatus": ".tenant_status",
    "TenantStatusCurrentRun": ".tenant_status_current_run",
    "TenantStatusDynamicConfigs": ".tenant_status_dynamic_configs",
    "TenantStatusLastRun": ".tenant_status_last_run",
    "TenantStatusLastSuccessfulRun": ".tenant_status_last_successful_run",
    "TriggerResponse": ".trigger_response",
    "ValidationError": ".validation_error",
}

__all__ = (
    "BuildCreate",
    "BuildResult",
    "Category",
    "Connector",
    "ConnectorDisconnectResult",
    "ErrorMessage",
    "Flag",
    "HTTPValidationError",
    "Integration",
    "ProxyResponse",
    "ProxyResponseData",
    "ProxyRestRequest",
    "ProxyRestRequestBody",
    "ProxyRestRequestHeaders",
    "ProxyRestRequestQueryParams",
    "ProxySoapRequest",
    "ProxySoapRequestHeaders",
    "ProxySoapRequestQueryParams",
    "ProxyXmlRequest",
    "ProxyXmlRequestHeaders",
    "ProxyXmlRequestQueryParams",
    "Release",
    "ReleaseConfigSchema",
    "Run",
    "RunMode",
    "RunPhase",
    "RunStatus",
    "RunTrigger",
    "RunTriggerPayload",
    "SyncPayload",
    "Tag",
    "Tenant",
    "TenantArchiveResult",
    "TenantAuthStatus",
    "TenantConfigs",
    "TenantCreate",
    "TenantCreateConfigs",
    "TenantMetadata",
    "TenantMetadataUpdate",
    "TenantPatch",
    "TenantPatchConfigs",
    "TenantStatus",
    "TenantStatusCurrentRun",
    "TenantStatusDynamicConfigs",
    "TenantStatusLastRun",
    "TenantStatusLastSuccessfulRun",
    "TriggerResponse",
    "ValidationError",
)


def __getattr__(name: str) -> Any:
    try:
        module = _MODULES[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value  # later look-ups find it without calling this again
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
