"""Contains all the data models used in inputs/outputs"""

from .contact import Contact
from .contact_collection import ContactCollection
from .created_response import CreatedResponse
from .group import Group
from .group_collection import GroupCollection
from .problem_details import ProblemDetails
from .problem_details_error import ProblemDetailsError

__all__ = (
    "Contact",
    "ContactCollection",
    "CreatedResponse",
    "Group",
    "GroupCollection",
    "ProblemDetails",
    "ProblemDetailsError",
)
