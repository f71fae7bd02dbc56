"""Contains all the data models used in inputs/outputs"""

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
