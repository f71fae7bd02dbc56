"""Contains all the data models used in inputs/outputs

Each model's module is imported on first use of its name (`from .models import Contact`, or
`models.Contact`), not when the package is imported: a program pays only for the models it uses.
Type checkers see every name through the imports under `TYPE_CHECKING`.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .approval import Approval
    from .approval_status import ApprovalStatus
    from .business_information_answer import BusinessInformationAnswer
    from .business_information_item import BusinessInformationItem
    from .business_information_type import BusinessInformationType
    from .created_id import CreatedId
    from .custom_factor_create import CustomFactorCreate
    from .empty_object import EmptyObject
    from .error import Error
    from .evaluation_type import EvaluationType
    from .event_subscription import EventSubscription
    from .file_field import FileField
    from .file_origin import FileOrigin
    from .file_page import FilePage
    from .handshake_request import HandshakeRequest
    from .handshake_response import HandshakeResponse
    from .poc import Poc
    from .questionnaire import Questionnaire
    from .questionnaire_created import QuestionnaireCreated
    from .sort_direction import SortDirection
    from .supplier import Supplier
    from .supplier_create import SupplierCreate
    from .supplier_event import SupplierEvent
    from .supplier_event_data import SupplierEventData
    from .supplier_file import SupplierFile
    from .supplier_page import SupplierPage
    from .supplier_sort_field import SupplierSortField
    from .supplier_update import SupplierUpdate
    from .tag import Tag
    from .tag_page import TagPage
    from .tag_write import TagWrite
    from .webhook_challenge import WebhookChallenge
    from .webhook_event_name import WebhookEventName

_MODULES = {
    "Approval": ".approval",
    "ApprovalStatus": ".approval_status",
    "BusinessInformationAnswer": ".business_information_answer",
    "BusinessInformationItem": ".business_information_item",
    "BusinessInformationType": ".business_information_type",
    "CreatedId": ".created_id",
    "CustomFactorCreate": ".custom_factor_create",
    "EmptyObject": ".empty_object",
    "Error": ".error",
    "EvaluationType": ".evaluation_type",
    "EventSubscription": ".event_subscription",
    "FileField": ".file_field",
    "FileOrigin": ".file_origin",
    "FilePage": ".file_page",
    "HandshakeRequest": ".handshake_request",
    "HandshakeResponse": ".handshake_response",
    "Poc": ".poc",
    "Questionnaire": ".questionnaire",
    "QuestionnaireCreated": ".questionnaire_created",
    "SortDirection": ".sort_direction",
    "Supplier": ".supplier",
    "SupplierCreate": ".supplier_create",
    "SupplierEvent": ".supplier_event",
    "SupplierEventData": ".supplier_event_data",
    "SupplierFile": ".supplier_file",
    "SupplierPage": ".supplier_page",
    "SupplierSortField": ".supplier_sort_field",
    "SupplierUpdate": ".supplier_update",
    "Tag": ".tag",
    "TagPage": ".tag_page",
    "TagWrite": ".tag_write",
    "WebhookChallenge": ".webhook_challenge",
    "WebhookEventName": ".webhook_event_name",
}

__all__ = (
    "Approval",
    "ApprovalStatus",
    "BusinessInformationAnswer",
    "BusinessInformationItem",
    "BusinessInformationType",
    "CreatedId",
    "CustomFactorCreate",
    "EmptyObject",
    "Error",
    "EvaluationType",
    "EventSubscription",
    "FileField",
    "FileOrigin",
    "FilePage",
    "HandshakeRequest",
    "HandshakeResponse",
    "Poc",
    "Questionnaire",
    "QuestionnaireCreated",
    "SortDirection",
    "Supplier",
    "SupplierCreate",
    "SupplierEvent",
    "SupplierEventData",
    "SupplierFile",
    "SupplierPage",
    "SupplierSortField",
    "SupplierUpdate",
    "Tag",
    "TagPage",
    "TagWrite",
    "WebhookChallenge",
    "WebhookEventName",
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
