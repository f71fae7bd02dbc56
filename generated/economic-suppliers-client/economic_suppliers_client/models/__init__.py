"""Contains all the data models used in inputs/outputs

Each model's module is imported on first use of its name (`from .models import Contact`, or
`models.Contact`), not when the package is imported: a program pays only for the models it uses.
Type checkers see every name through the imports under `TYPE_CHECKING`.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .contact import Contact
    from .contact_collection import ContactCollection
    from .created_response import CreatedResponse
    from .group import Group
    from .group_collection import GroupCollection
    from .problem_details import ProblemDetails
    from .problem_details_error import ProblemDetailsError

_MODULES = {
    "Contact": ".contact",
    "ContactCollection": ".contact_collection",
    "CreatedResponse": ".created_response",
    "Group": ".group",
    "GroupCollection": ".group_collection",
    "ProblemDetails": ".problem_details",
    "ProblemDetailsError": ".problem_details_error",
}

__all__ = (
    "Contact",
    "ContactCollection",
    "CreatedResponse",
    "Group",
    "GroupCollection",
    "ProblemDetails",
    "ProblemDetailsError",
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
