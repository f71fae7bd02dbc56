"""Contains all the data models used in inputs/outputs"""

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
