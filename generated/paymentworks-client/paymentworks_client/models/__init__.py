"""Contains all the data models used in inputs/outputs

Each model's module is imported on first use of its name (`from .models import Contact`, or
`models.Contact`), not when the package is imported: a program pays only for the models it uses.
Type checkers see every name through the imports under `TYPE_CHECKING`.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .auth_token_refreshed import AuthTokenRefreshed
    from .bad_request_error import BadRequestError
    from .error import Error
    from .field_change import FieldChange
    from .new_vendor_request import NewVendorRequest
    from .new_vendor_request_details import NewVendorRequestDetails
    from .new_vendor_request_page import NewVendorRequestPage
    from .new_vendor_request_status_change import NewVendorRequestStatusChange
    from .new_vendor_request_status_code import NewVendorRequestStatusCode
    from .new_vendor_request_type_code import NewVendorRequestTypeCode
    from .refresh_auth_token_request import RefreshAuthTokenRequest
    from .remittance_address import RemittanceAddress
    from .requesting_company import RequestingCompany
    from .requesting_company_summary import RequestingCompanySummary
    from .supplier_load_request import SupplierLoadRequest
    from .supplier_load_result import SupplierLoadResult
    from .tax_classification import TaxClassification
    from .update_group_name import UpdateGroupName
    from .update_page import UpdatePage
    from .update_status_code import UpdateStatusCode
    from .vendor_number import VendorNumber
    from .vendor_update import VendorUpdate
    from .vendor_update_metadata import VendorUpdateMetadata

_MODULES = {
    "AuthTokenRefreshed": ".auth_token_refreshed",
    "BadRequestError": ".bad_request_error",
    "Error": ".error",
    "FieldChange": ".field_change",
    "NewVendorRequest": ".new_vendor_request",
    "NewVendorRequestDetails": ".new_vendor_request_details",
    "NewVendorRequestPage": ".new_vendor_request_page",
    "NewVendorRequestStatusChange": ".new_vendor_request_status_change",
    "NewVendorRequestStatusCode": ".new_vendor_request_status_code",
    "NewVendorRequestTypeCode": ".new_vendor_request_type_code",
    "RefreshAuthTokenRequest": ".refresh_auth_token_request",
    "RemittanceAddress": ".remittance_address",
    "RequestingCompany": ".requesting_company",
    "RequestingCompanySummary": ".requesting_company_summary",
    "SupplierLoadRequest": ".supplier_load_request",
    "SupplierLoadResult": ".supplier_load_result",
    "TaxClassification": ".tax_classification",
    "UpdateGroupName": ".update_group_name",
    "UpdatePage": ".update_page",
    "UpdateStatusCode": ".update_status_code",
    "VendorNumber": ".vendor_number",
    "VendorUpdate": ".vendor_update",
    "VendorUpdateMetadata": ".vendor_update_metadata",
}

__all__ = (
    "AuthTokenRefreshed",
    "BadRequestError",
    "Error",
    "FieldChange",
    "NewVendorRequest",
    "NewVendorRequestDetails",
    "NewVendorRequestPage",
    "NewVendorRequestStatusChange",
    "NewVendorRequestStatusCode",
    "NewVendorRequestTypeCode",
    "RefreshAuthTokenRequest",
    "RemittanceAddress",
    "RequestingCompany",
    "RequestingCompanySummary",
    "SupplierLoadRequest",
    "SupplierLoadResult",
    "TaxClassification",
    "UpdateGroupName",
    "UpdatePage",
    "UpdateStatusCode",
    "VendorNumber",
    "VendorUpdate",
    "VendorUpdateMetadata",
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
