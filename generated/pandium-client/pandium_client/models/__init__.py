"""Contains all the data models used in inputs/outputs"""

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
